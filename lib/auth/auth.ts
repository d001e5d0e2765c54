import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { credentialsSchema } from "@/lib/validation/auth";
import { authenticateCredentials } from "./authenticate-credentials";

declare module "next-auth" {
  interface User {
    role?: Role;
  }
  interface Session {
    user: { id: string; email: string; name: string; role: Role };
    // When this session began (epoch ms); a later password reset ends it (lib/auth/session-user.ts).
    signedInAt?: number;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    signedInAt?: number;
  }
}

export class InvalidCredentialsError extends CredentialsSignin {
  override code = "invalid_credentials";
}

export class RateLimitedError extends CredentialsSignin {
  override code = "rate_limited";
}

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentialsError();
        const clientKey = clientAddress(request.headers);
        const { LOGIN_MAX_FAILURES, LOGIN_LOCK_MINUTES } = env();
        const result = await authenticateCredentials(
          db(),
          { ...parsed.data, clientKey },
          { maxFailures: LOGIN_MAX_FAILURES, lockMinutes: LOGIN_LOCK_MINUTES },
        );
        if (!result.ok) throw result.reason === "rate_limited" ? new RateLimitedError() : new InvalidCredentialsError();
        return { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // `user` is only present at sign-in; later refreshes keep these claims as they are.
      if (user?.id) {
        token.uid = user.id;
        token.role = user.role;
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user.id = token.uid;
        session.user.role = token.role;
        session.signedInAt = token.signedInAt;
      }
      return session;
    },
  },
});

// X-Forwarded-For is written by the client unless a proxy we trust sets it; only then is the last
// entry (the address the proxy saw) a key worth limiting on.
function clientAddress(headers: Headers): string | null {
  if (!env().TRUST_PROXY) return null;
  const hops = headers.get("x-forwarded-for")?.split(",").map((hop) => hop.trim()).filter(Boolean) ?? [];
  return hops.at(-1) ?? headers.get("x-real-ip") ?? null;
}
