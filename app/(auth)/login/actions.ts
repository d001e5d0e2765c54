"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { credentialsSchema } from "@/lib/validation/auth";
import type { LoginState } from "./state";

const MESSAGES: Record<string, string> = {
  invalid_credentials: "Wrong e-mail or password.",
  rate_limited: "Too many failed sign-in attempts. Wait a few minutes and try again.",
};

export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get("email") ?? "");
  const parsed = credentialsSchema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the form.", email };
  const callbackUrl = safeCallbackUrl(formData.get("callbackUrl"));
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: callbackUrl });
    return {};
  } catch (error) {
    // signIn redirects by throwing; only authentication failures are turned into a message.
    if (error instanceof AuthError) {
      const code = "code" in error && typeof error.code === "string" ? error.code : "invalid_credentials";
      return { error: MESSAGES[code] ?? MESSAGES.invalid_credentials, email };
    }
    throw error;
  }
}

function safeCallbackUrl(value: FormDataEntryValue | null): string {
  const url = typeof value === "string" ? value : "";
  // "//host" and "/\host" are read by browsers as another site.
  return url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\") ? url : "/inbox";
}
