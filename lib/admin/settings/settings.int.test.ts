import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_INTENT_EXAMPLES } from "@/lib/ai/offline/nlu/default-intent-examples";
import { intentClassifier, setIntentExamples } from "@/lib/ai/offline/offline-nlu";
import { loadAgentPolicy } from "@/lib/agent/load-agent-policy";
import type { AppError } from "@/lib/errors";
import { auditEvents, inboxes, settings } from "@/lib/db/schema";
import { useConsoleWorld } from "@/lib/testing/console-write-fixtures";
import { testDatabaseKinds } from "@/lib/testing/databases";
import { getAssistantSettings } from "./get-assistant-settings";
import { listChangeHistory } from "./list-change-history";
import { loadAgentSettings } from "./load-agent-settings";
import { loadBurstWindowMs } from "./load-burst-window";
import { readSetting } from "./read-setting";
import { revertSettingChange } from "./revert-setting-change";
import { saveBusinessHours } from "./save-business-hours";
import { saveSetting } from "./save-setting";

const OFFLINE = { AI_MODEL: "offline", AI_BASE_URL: undefined, AI_API_KEY: undefined };

describe.each(testDatabaseKinds())("assistant settings on %s", (kind) => {
  const world = useConsoleWorld(kind);
  const { db } = world;
  afterAll(() => setIntentExamples(DEFAULT_INTENT_EXAMPLES));

  it("validates a settings area and explains every problem by field", async () => {
    const error = (await saveSetting(db(), { area: "policy", value: { maxAutoRefundCents: -5, returnWindowDays: 400, cancellableStates: ["paid", "teleported"], addressChangeStates: [] }, user: world.ana }).catch(
      (caught: AppError) => caught,
    )) as AppError;
    expect(error.code).toBe("bad_request:admin");
    expect((error.details as { field: string }[]).map((detail) => detail.field).sort()).toEqual(["cancellableStates.1", "maxAutoRefundCents", "returnWindowDays"]);
    const model = (await saveSetting(db(), { area: "model", value: { model: "openai:gpt-4.1" }, user: world.ana, keys: {} }).catch((caught: AppError) => caught)) as AppError;
    expect(model.details).toEqual([{ field: "model", message: expect.stringContaining("is not configured here") }]);
    expect(await db().select().from(settings)).toHaveLength(0);
  });

  it("saves thresholds the agent reads on the next turn, audits before and after, and reverts", async () => {
    const first = { maxAutoRefundCents: 2500, returnWindowDays: 14, cancellableStates: ["paid" as const], addressChangeStates: ["paid" as const, "processing" as const] };
    await saveSetting(db(), { area: "policy", value: first, user: world.ana });
    expect(await loadAgentPolicy(db())).toEqual(first);
    await saveSetting(db(), { area: "policy", value: { ...first, returnWindowDays: 60 }, user: world.ben });
    expect((await loadAgentPolicy(db())).returnWindowDays).toBe(60);
    // Saving the same value again is not a change.
    expect((await saveSetting(db(), { area: "policy", value: { ...first, returnWindowDays: 60 }, user: world.ben })).changed).toBe(false);

    const history = await listChangeHistory(db(), { targetType: "setting", targetId: "agent.policy" });
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ action: "settings.updated", actor: { id: world.ben.id, name: "Ben Ortiz" }, before: first, after: { returnWindowDays: 60 } });
    expect(history[1]).toMatchObject({ actor: { id: world.ana.id }, before: null, after: first });

    await revertSettingChange(db(), { eventId: history[0]!.eventId, user: world.ana });
    expect((await loadAgentPolicy(db())).returnWindowDays).toBe(14);
    const [revert] = await listChangeHistory(db(), { targetType: "setting", targetId: "agent.policy" });
    expect(revert).toMatchObject({ action: "settings.reverted", revertOf: history[0]!.eventId, before: { returnWindowDays: 60 }, after: first });
    // Reverting the first save goes back to the shipped defaults (no stored row).
    await revertSettingChange(db(), { eventId: history[1]!.eventId, user: world.ana });
    expect((await readSetting(db(), "policy")).stored).toBe(false);
    await expect(revertSettingChange(db(), { eventId: history[1]!.eventId, user: world.ana })).rejects.toMatchObject({ code: "conflict:admin" });
  });

  it("feeds persona, disclosure and handoff texts, intent examples and the burst window to the agent", async () => {
    expect(await loadAgentSettings(db(), OFFLINE)).toEqual({ disclosure: {}, handoff: {} });
    await saveSetting(db(), { area: "persona", value: { shopName: "Acme Coffee", persona: "You are Acme Coffee's cheerful helper on WhatsApp.", tone: "formal" }, user: world.ana });
    await saveSetting(db(), { area: "messages", value: { disclosure: { fr: "Je suis le robot d'Acme Coffee ; écrivez « conseiller »." }, handoff: { en: "A barista from our team takes it from here." } }, user: world.ana });
    await saveSetting(db(), { area: "intent-examples", value: { added: { order_status: { en: ["has the grinder left the warehouse"] } } }, user: world.ana });
    await saveSetting(db(), { area: "burst-window", value: { ms: 4500 }, user: world.ana });
    const loaded = await loadAgentSettings(db(), OFFLINE);
    expect(loaded).toMatchObject({ shopName: "Acme Coffee", tone: "formal", disclosure: { fr: expect.stringContaining("Acme") }, handoff: { en: "A barista from our team takes it from here." } });
    expect(loaded.model).toBeUndefined();
    expect(await loadBurstWindowMs(db)).toBe(4500);
    // The classifier now knows the added example.
    expect(intentClassifier().classify("has the grinder left the warehouse", "en").intent).toBe("order_status");

    const view = await getAssistantSettings(db(), {});
    expect(view.stored).toMatchObject({ persona: true, messages: true, policy: false });
    expect(view.builtIn.disclosure.en).toContain("Acme Coffee");
    expect(view.models.map((option) => option.id)).toEqual(["offline"]);
  });

  it("stores business hours per inbox, refuses impossible ones, and reverts to the earlier hours", async () => {
    const bad = (await saveBusinessHours(db(), {
      inboxId: world.inbox.id,
      body: { businessHours: { timezone: "Mars/Olympus", weekly: { "0": [], "1": ["18:00-09:00"], "2": [], "3": [], "4": [], "5": [], "6": [] }, holidays: ["25-12-2026"] } },
      user: world.ana,
    }).catch((caught: AppError) => caught)) as AppError;
    expect((bad.details as { field: string }[]).map((detail) => detail.field).sort()).toEqual(["holidays.0", "timezone", "weekly.1.0"]);

    const hours = { timezone: "Europe/Lisbon", weekly: { "0": [], "1": ["09:00-17:00"], "2": ["09:00-17:00"], "3": [], "4": [], "5": [], "6": [] }, holidays: ["2026-12-25"] };
    await saveBusinessHours(db(), { inboxId: world.inbox.id, body: { businessHours: hours }, user: world.ana });
    await saveBusinessHours(db(), { inboxId: world.inbox.id, body: { businessHours: null }, user: world.ben });
    const history = await listChangeHistory(db(), { targetType: "inbox_business_hours", targetId: world.inbox.id });
    expect(history.map((entry) => [entry.before === null, entry.after === null])).toEqual([
      [false, true],
      [true, false],
    ]);
    await revertSettingChange(db(), { eventId: history[0]!.eventId, user: world.ana });
    const [inbox] = await db().select({ businessHours: inboxes.businessHours }).from(inboxes).where(eq(inboxes.id, world.inbox.id));
    expect(inbox!.businessHours).toEqual(hours);
    const audits = await db().select().from(auditEvents).where(eq(auditEvents.targetType, "inbox_business_hours"));
    expect(audits).toHaveLength(3);
  });
});
