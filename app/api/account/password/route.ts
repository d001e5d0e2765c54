import { changeOwnPassword } from "@/lib/account/change-own-password";
import { parseJsonBody } from "@/lib/api/parse-json-body";
import { withAuth } from "@/lib/api/with-auth";
import { signIn } from "@/lib/auth/auth";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { childLogger } from "@/lib/logger";
import { changePasswordBodySchema } from "@/lib/validation/account";

export const dynamic = "force-dynamic";

const log = childLogger("account");

// Any signed-in person changes their own password. The change ends every earlier session, this one
// included, so the browser is signed in again with the new password (a fresh session cookie);
// `signedIn: false` sends the person to the sign-in page instead.
export const POST = withAuth(async (request, { user }) => {
  const body = await parseJsonBody(request, changePasswordBodySchema);
  const { LOGIN_MAX_FAILURES, LOGIN_LOCK_MINUTES } = env();
  const { email } = await changeOwnPassword(db(), { userId: user.id, body, policy: { maxFailures: LOGIN_MAX_FAILURES, lockMinutes: LOGIN_LOCK_MINUTES } });
  const signedIn = await signIn("credentials", { email, password: body.newPassword, redirect: false }).then(
    () => true,
    (error: unknown) => {
      log.warn({ err: error, userId: user.id }, "signing in again after a password change failed");
      return false;
    },
  );
  return Response.json({ changed: true, signedIn }, { headers: { "cache-control": "no-store" } });
});
