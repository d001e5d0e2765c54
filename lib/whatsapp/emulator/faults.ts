import { z } from "zod";

// Fault knobs (shared/whatsapp/cloud-api.md §9.2): ways to make the emulator misbehave the way Meta
// can, so the product's handling of each case gets exercised. All off by default; reset() clears them.

const failNextSendsSchema = z.strictObject({
  count: z.number().int().min(1),
  code: z.number().int(),
  // sync: the send answers with the Graph error; async: 200 with a wamid, then a `failed` status.
  mode: z.enum(["sync", "async"]).default("sync"),
  details: z.string().optional(),
});

export const emulatorFaultsPatchSchema = z.strictObject({
  // Every webhook POST is also sent this many extra times (same bytes, same signature).
  duplicateDeliveries: z.number().int().min(0).max(20).optional(),
  // Hold updates for windowMs, then deliver them reversed (read before delivered before sent) or shuffled.
  reorder: z.strictObject({ mode: z.enum(["reverse", "shuffle"]).default("reverse"), windowMs: z.number().int().min(0).default(100) }).nullable().optional(),
  // Wait this long before the first attempt of every POST.
  deliveryDelayMs: z.number().int().min(0).optional(),
  // Collect updates for windowMs (or until maxUpdates are waiting) and POST them together.
  batch: z.strictObject({ maxUpdates: z.number().int().min(1).max(1000).default(1000), windowMs: z.number().int().min(0).default(100) }).nullable().optional(),
  failNextSends: failNextSendsSchema.nullable().optional(),
  // Answer every send with 130429.
  throttle: z.boolean().optional(),
  // Treat every customer's service window as closed.
  forceWindowClosed: z.boolean().optional(),
  // How a free-form send outside the window fails: async `failed` status (what Meta usually does) or a 400.
  windowErrorMode: z.enum(["async", "sync"]).optional(),
  // The access token is reported expired (190, subcode 463).
  tokenExpired: z.boolean().optional(),
  // Skip `delivered`: only `read` arrives (and carries the pricing), as happens when a user reads at once.
  skipDelivered: z.boolean().optional(),
});
export type EmulatorFaultsPatch = z.input<typeof emulatorFaultsPatchSchema>;

export type EmulatorFaults = {
  duplicateDeliveries: number;
  reorder: { mode: "reverse" | "shuffle"; windowMs: number } | null;
  deliveryDelayMs: number;
  batch: { maxUpdates: number; windowMs: number } | null;
  failNextSends: z.output<typeof failNextSendsSchema> | null;
  throttle: boolean;
  forceWindowClosed: boolean;
  windowErrorMode: "async" | "sync";
  tokenExpired: boolean;
  skipDelivered: boolean;
};

export const NO_FAULTS: EmulatorFaults = {
  duplicateDeliveries: 0,
  reorder: null,
  deliveryDelayMs: 0,
  batch: null,
  failNextSends: null,
  throttle: false,
  forceWindowClosed: false,
  windowErrorMode: "async",
  tokenExpired: false,
  skipDelivered: false,
};

export type InjectedFailure = { code: number; mode: "sync" | "async"; details?: string };

export type FaultSwitchboard = {
  current(): EmulatorFaults;
  // Merges a patch (validated; throws ZodError on bad input) and returns the new settings.
  apply(patch: EmulatorFaultsPatch): EmulatorFaults;
  // Takes one failure off failNextSends, if any is left.
  takeInjectedFailure(): InjectedFailure | null;
  reset(): void;
};

export function createFaultSwitchboard(): FaultSwitchboard {
  let faults: EmulatorFaults = { ...NO_FAULTS };
  return {
    current: () => structuredClone(faults),
    apply(patch) {
      const parsed = emulatorFaultsPatchSchema.parse(patch);
      const defined = Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined));
      faults = { ...faults, ...defined };
      return structuredClone(faults);
    },
    takeInjectedFailure() {
      const failing = faults.failNextSends;
      if (!failing) return null;
      faults = { ...faults, failNextSends: failing.count > 1 ? { ...failing, count: failing.count - 1 } : null };
      return { code: failing.code, mode: failing.mode, ...(failing.details === undefined ? {} : { details: failing.details }) };
    },
    reset() {
      faults = { ...NO_FAULTS };
    },
  };
}
