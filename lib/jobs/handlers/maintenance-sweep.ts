import { purgeExpiredLoginAttempts } from "@/lib/auth/purge-login-attempts";
import { wakeSnoozedConversations } from "@/lib/conversation/wake-snoozed-conversations";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { childLogger } from "@/lib/logger";

const log = childLogger("jobs");

export async function maintenanceSweep(): Promise<void> {
  const woken = await wakeSnoozedConversations(db());
  const purged = await purgeExpiredLoginAttempts(db(), env().LOGIN_LOCK_MINUTES * 2);
  if (woken || purged) log.info({ woken, purged }, "maintenance sweep");
}
