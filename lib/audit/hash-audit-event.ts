import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json";

export const GENESIS_HASH = "0".repeat(64);

export type AuditContent = {
  at: Date;
  actorType: string;
  actorId: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  data: Record<string, unknown>;
};

export function hashAuditEvent(prevHash: string, content: AuditContent): string {
  return createHash("sha256").update(prevHash).update("\n").update(canonicalJson(content)).digest("hex");
}
