import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { settings } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { SETTING_SCHEMAS, type SettingArea, type SettingValues } from "@/lib/validation/assistant-settings";
import { defaultSettingValue, SETTING_KEYS } from "./setting-keys";

export type StoredSetting<A extends SettingArea> = { value: SettingValues[A]; stored: boolean; updatedAt: Date | null };

// One area's value: the stored one when it is still valid, else the default (a stored value written
// by an older version that no longer parses must not stop the assistant).
export async function readSetting<A extends SettingArea>(db: Db, area: A): Promise<StoredSetting<A>> {
  const [row] = await db.select().from(settings).where(eq(settings.key, SETTING_KEYS[area])).limit(1);
  return parseStored(area, row);
}

export async function readAllSettings(db: Db): Promise<{ [A in SettingArea]: StoredSetting<A> }> {
  const rows = await db.select().from(settings).where(inArray(settings.key, Object.values(SETTING_KEYS)));
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const read = <A extends SettingArea>(area: A) => parseStored(area, byKey.get(SETTING_KEYS[area]));
  return {
    policy: read("policy"),
    persona: read("persona"),
    messages: read("messages"),
    "intent-examples": read("intent-examples"),
    model: read("model"),
    "burst-window": read("burst-window"),
    csat: read("csat"),
    "correctness-window": read("correctness-window"),
    assignment: read("assignment"),
  };
}

function parseStored<A extends SettingArea>(area: A, row: { value: unknown; updatedAt: Date } | undefined): StoredSetting<A> {
  const fallback = defaultSettingValue(area, { aiModel: env().AI_MODEL, burstWindowMs: env().BURST_WINDOW_MS });
  if (!row) return { value: fallback, stored: false, updatedAt: null };
  // The policy may have been stored partially (older installs): missing thresholds keep their defaults.
  const defaults: unknown = fallback;
  const candidate = area === "policy" && isRecord(row.value) && isRecord(defaults) ? { ...defaults, ...row.value } : row.value;
  const parsed = SETTING_SCHEMAS[area].safeParse(candidate);
  if (!parsed.success) return { value: fallback, stored: false, updatedAt: row.updatedAt };
  return { value: parsed.data as SettingValues[A], stored: true, updatedAt: row.updatedAt };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
