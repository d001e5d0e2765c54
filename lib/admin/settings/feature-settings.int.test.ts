import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loadAssignmentPolicy } from "@/lib/conversation/load-assignment-policy";
import { CSAT_ENABLED_SETTING, isCsatEnabled } from "@/lib/csat/csat-setting";
import { settings } from "@/lib/db/schema";
import type { AppError } from "@/lib/errors";
import { loadCorrectnessWindowDays } from "@/lib/metrics/load-correctness-window";
import { useConsoleWorld } from "@/lib/testing/console-write-fixtures";
import { testDatabaseKinds } from "@/lib/testing/databases";
import { ASSIGNMENT_POLICY_SETTING } from "@/lib/validation/assignment";
import { CORRECTNESS_WINDOW_SETTING } from "@/lib/validation/metrics";
import { getAssistantSettings } from "./get-assistant-settings";
import { listChangeHistory } from "./list-change-history";
import { readSetting } from "./read-setting";
import { revertSettingChange } from "./revert-setting-change";
import { saveSetting } from "./save-setting";

// The CSAT survey switch, the metrics' correctness window and the handoff assignment policy on
// /admin/assistant: saved with the features' own schemas under their own keys, read by the features'
// own loaders on their next use, audited and revertible like every other settings area.
describe.each(testDatabaseKinds())("survey, correctness window and assignment settings on %s", (kind) => {
  const world = useConsoleWorld(kind);
  const { db } = world;
  const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (caught: AppError) => caught);

  it("shows the defaults the features use when nothing is stored", async () => {
    const view = await getAssistantSettings(db(), {});
    expect(view.values).toMatchObject({ csat: { enabled: true }, "correctness-window": 7, assignment: { autoAssign: true, maxOpenPerAgent: 8 } });
    expect(view.stored).toMatchObject({ csat: false, "correctness-window": false, assignment: false });
    expect(await isCsatEnabled(db())).toBe(true);
    expect(await loadCorrectnessWindowDays(db())).toBe(7);
    expect(await loadAssignmentPolicy(db())).toEqual({ autoAssign: true, maxOpenPerAgent: 8 });
  });

  it("refuses values outside the features' schemas, naming the field", async () => {
    const csat = await failure(saveSetting(db(), { area: "csat", value: { enabled: "yes" }, user: world.ana }));
    expect(csat).toMatchObject({ code: "bad_request:admin", details: [{ field: "enabled", message: expect.stringContaining("true or false") }] });
    const window = await failure(saveSetting(db(), { area: "correctness-window", value: 91, user: world.ana }));
    expect(window).toMatchObject({ details: [{ field: "", message: "the window is at most 90 days" }] });
    expect(await failure(saveSetting(db(), { area: "correctness-window", value: "14", user: world.ana }))).toMatchObject({ code: "bad_request:admin" });
    const assignment = await failure(saveSetting(db(), { area: "assignment", value: { autoAssign: true, maxOpenPerAgent: 0 }, user: world.ana }));
    expect(assignment).toMatchObject({ details: [{ field: "maxOpenPerAgent", message: "the limit is at least 1 open conversation" }] });
    expect(await db().select().from(settings)).toHaveLength(0);
  });

  it("turns the survey off for the next resolution, audits it and reverts to the default", async () => {
    expect((await saveSetting(db(), { area: "csat", value: { enabled: false }, user: world.ana })).changed).toBe(true);
    expect(await isCsatEnabled(db())).toBe(false);
    const [row] = await db().select({ value: settings.value }).from(settings).where(eq(settings.key, CSAT_ENABLED_SETTING));
    expect(row!.value).toEqual({ enabled: false });

    const history = await listChangeHistory(db(), { targetType: "setting", targetId: CSAT_ENABLED_SETTING });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: "settings.updated", actor: { id: world.ana.id }, before: null, after: { enabled: false } });
    await revertSettingChange(db(), { eventId: history[0]!.eventId, user: world.ben });
    expect(await isCsatEnabled(db())).toBe(true);
    expect((await readSetting(db(), "csat")).stored).toBe(false);
  });

  it("reads a bare true/false written before the page existed, and the survey loader agrees", async () => {
    await db().insert(settings).values({ key: CSAT_ENABLED_SETTING, value: false });
    expect(await readSetting(db(), "csat")).toMatchObject({ value: { enabled: false }, stored: true });
    expect(await isCsatEnabled(db())).toBe(false);
    // Saving the same meaning in the page's shape is a change of form only, recorded with the raw before.
    await saveSetting(db(), { area: "csat", value: { enabled: true }, user: world.ana });
    const [latest] = await listChangeHistory(db(), { targetType: "setting", targetId: CSAT_ENABLED_SETTING });
    expect(latest).toMatchObject({ before: false, after: { enabled: true } });
    await revertSettingChange(db(), { eventId: latest!.eventId, user: world.ana });
    expect(await isCsatEnabled(db())).toBe(false);
    await db().delete(settings).where(eq(settings.key, CSAT_ENABLED_SETTING));
  });

  it("stores the correctness window as the bare number the metrics read", async () => {
    await saveSetting(db(), { area: "correctness-window", value: 14, user: world.ana });
    await saveSetting(db(), { area: "correctness-window", value: 30, user: world.ben });
    expect(await loadCorrectnessWindowDays(db())).toBe(30);
    const [row] = await db().select({ value: settings.value }).from(settings).where(eq(settings.key, CORRECTNESS_WINDOW_SETTING));
    expect(row!.value).toBe(30);

    const history = await listChangeHistory(db(), { targetType: "setting", targetId: CORRECTNESS_WINDOW_SETTING });
    expect(history.map((entry) => [entry.before, entry.after])).toEqual([
      [14, 30],
      [null, 14],
    ]);
    await revertSettingChange(db(), { eventId: history[0]!.eventId, user: world.ana });
    expect(await loadCorrectnessWindowDays(db())).toBe(14);
    expect((await getAssistantSettings(db(), {})).values["correctness-window"]).toBe(14);
  });

  it("changes the assignment policy for the next handoff and reverts it", async () => {
    await saveSetting(db(), { area: "assignment", value: { autoAssign: false, maxOpenPerAgent: 3 }, user: world.ana });
    expect(await loadAssignmentPolicy(db())).toEqual({ autoAssign: false, maxOpenPerAgent: 3 });
    // A partial value (as the README documents it) gets the schema's defaults for the rest.
    await saveSetting(db(), { area: "assignment", value: { maxOpenPerAgent: 12 }, user: world.ana });
    expect(await loadAssignmentPolicy(db())).toEqual({ autoAssign: true, maxOpenPerAgent: 12 });
    const view = await getAssistantSettings(db(), {});
    expect(view.values.assignment).toEqual({ autoAssign: true, maxOpenPerAgent: 12 });
    expect(view.stored.assignment).toBe(true);

    const history = await listChangeHistory(db(), { targetType: "setting", targetId: ASSIGNMENT_POLICY_SETTING });
    expect(history[0]).toMatchObject({ before: { autoAssign: false, maxOpenPerAgent: 3 }, after: { autoAssign: true, maxOpenPerAgent: 12 } });
    await revertSettingChange(db(), { eventId: history[0]!.eventId, user: world.ana });
    expect(await loadAssignmentPolicy(db())).toEqual({ autoAssign: false, maxOpenPerAgent: 3 });
    const [revert] = await listChangeHistory(db(), { targetType: "setting", targetId: ASSIGNMENT_POLICY_SETTING });
    expect(revert).toMatchObject({ action: "settings.reverted", revertOf: history[0]!.eventId });
  });
});
