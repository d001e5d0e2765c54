import type { IncomingHttpHeaders } from "node:http";
import { getToken } from "next-auth/jwt";
import { loadSessionUser, type SessionUser } from "@/lib/auth/session-user";
import type { Db } from "@/lib/db/client";

const SECURE_COOKIE = "__Secure-authjs.session-token";

// Sessions for raw Node requests (socket.io handshakes, the emulator's control API): the same cookie
// and the same user lookup as pages and routes.
export async function sessionUserFromHeaders(db: Db, headers: IncomingHttpHeaders, secret: string): Promise<SessionUser | null> {
  const cookie = headers.cookie ?? "";
  if (!cookie) return null;
  const secureCookie = cookie.includes(SECURE_COOKIE);
  const token = await getToken({ req: { headers: { cookie } }, secret, secureCookie });
  const uid = typeof token?.uid === "string" ? token.uid : undefined;
  const signedInAt = typeof token?.signedInAt === "number" ? token.signedInAt : undefined;
  return loadSessionUser(db, { userId: uid, signedInAt });
}
