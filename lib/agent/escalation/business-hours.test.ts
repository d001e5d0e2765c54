import { describe, expect, it } from "vitest";
import type { BusinessHours } from "@/lib/db/schema";
import { isWithinBusinessHours, nextOpening } from "./business-hours";

// The demo shop's hours (Amsterdam): weekdays 08-18, Saturday 10-14, Sunday closed.
const AMSTERDAM: BusinessHours = {
  timezone: "Europe/Amsterdam",
  weekly: {
    "0": [],
    "1": ["08:00-18:00"],
    "2": ["08:00-18:00"],
    "3": ["08:00-18:00"],
    "4": ["08:00-18:00"],
    "5": ["08:00-18:00"],
    "6": ["10:00-14:00"],
  },
  holidays: ["2026-12-25", "2026-12-26"],
};

const at = (iso: string) => new Date(iso);

describe("isWithinBusinessHours", () => {
  it("reads the clock in the inbox's time zone, winter and summer", () => {
    // Monday 2 March 2026: CET is UTC+1.
    expect(isWithinBusinessHours(AMSTERDAM, at("2026-03-02T06:59:00Z"))).toBe(false); // 07:59 local
    expect(isWithinBusinessHours(AMSTERDAM, at("2026-03-02T07:00:00Z"))).toBe(true); // 08:00 local
    // Monday 6 July 2026: CEST is UTC+2, so 06:30 UTC is already open.
    expect(isWithinBusinessHours(AMSTERDAM, at("2026-07-06T06:30:00Z"))).toBe(true);
    expect(isWithinBusinessHours(AMSTERDAM, at("2026-03-02T06:30:00Z"))).toBe(false);
  });

  it("treats the end of a range as closed", () => {
    expect(isWithinBusinessHours(AMSTERDAM, at("2026-03-07T12:59:00Z"))).toBe(true); // Saturday 13:59
    expect(isWithinBusinessHours(AMSTERDAM, at("2026-03-07T13:00:00Z"))).toBe(false); // Saturday 14:00
  });

  it("is closed on the weekend day without ranges", () => {
    expect(isWithinBusinessHours(AMSTERDAM, at("2026-03-08T11:00:00Z"))).toBe(false); // Sunday noon
  });

  it("is closed on a holiday that falls on a working day", () => {
    expect(isWithinBusinessHours(AMSTERDAM, at("2026-12-25T10:00:00Z"))).toBe(false); // Friday
    expect(isWithinBusinessHours(AMSTERDAM, at("2026-12-24T10:00:00Z"))).toBe(true); // Thursday
  });

  it("takes the weekday and the holiday date from the local calendar, not UTC", () => {
    const newYork: BusinessHours = { timezone: "America/New_York", weekly: { "4": ["20:00-22:00"], "5": [] }, holidays: [] };
    // 02:00 UTC on Friday is 21:00 on Thursday in New York (EST, UTC-5).
    expect(isWithinBusinessHours(newYork, at("2026-03-06T02:00:00Z"))).toBe(true);
    // 23:30 UTC on 24 December is already the 25th (a holiday) in Amsterdam.
    const lateShift: BusinessHours = { ...AMSTERDAM, weekly: { ...AMSTERDAM.weekly, "5": ["00:00-02:00"] } };
    expect(isWithinBusinessHours(lateShift, at("2026-12-24T23:30:00Z"))).toBe(false);
  });

  it("accepts 24:00 as the end of the day and skips malformed ranges", () => {
    const hours: BusinessHours = { timezone: "UTC", weekly: { "1": ["20:00-24:00", "nonsense", "12:00-11:00", "25:00-26:00"] }, holidays: [] };
    expect(isWithinBusinessHours(hours, at("2026-03-02T23:59:00Z"))).toBe(true);
    expect(isWithinBusinessHours(hours, at("2026-03-02T11:30:00Z"))).toBe(false);
  });
});

describe("nextOpening", () => {
  it("is now while open", () => {
    const now = at("2026-03-02T10:00:00Z");
    expect(nextOpening(AMSTERDAM, now)).toEqual(now);
  });

  it("is the same day's opening before it", () => {
    expect(nextOpening(AMSTERDAM, at("2026-03-02T05:00:00Z"))).toEqual(at("2026-03-02T07:00:00Z"));
  });

  it("is Saturday morning after Friday's close, and Monday after Saturday's", () => {
    expect(nextOpening(AMSTERDAM, at("2026-03-06T18:00:00Z"))).toEqual(at("2026-03-07T09:00:00Z")); // Sat 10:00 CET
    expect(nextOpening(AMSTERDAM, at("2026-03-07T14:00:00Z"))).toEqual(at("2026-03-09T07:00:00Z")); // Mon 08:00 CET
  });

  it("skips holidays and the weekend", () => {
    // Thursday 24 December after closing → Friday and Saturday are holidays, Sunday closed.
    expect(nextOpening(AMSTERDAM, at("2026-12-24T19:00:00Z"))).toEqual(at("2026-12-28T07:00:00Z"));
  });

  it("follows the clocks across the change to summer time", () => {
    // Saturday 28 March (CET) → Monday 30 March 08:00 CEST, clocks moved on Sunday the 29th.
    expect(nextOpening(AMSTERDAM, at("2026-03-28T15:00:00Z"))).toEqual(at("2026-03-30T06:00:00Z"));
  });

  it("is null when the team never opens", () => {
    expect(nextOpening({ timezone: "Europe/Amsterdam", weekly: {}, holidays: [] }, at("2026-03-02T10:00:00Z"))).toBeNull();
  });
});
