import type { Metadata } from "next";

import { LoginForm } from "@/components/auth/login-form";
import { BrandMark, PRODUCT_NAME } from "@/components/shell/brand";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { login } from "./actions";

export const metadata: Metadata = {
  title: "Sign in",
};

const DEFAULT_CALLBACK = "/inbox";

const DEMO_ACCOUNTS = [
  { role: "Admin", email: "admin@demo.local", password: "demo-admin-1234" },
  { role: "Agent", email: "ana@demo.local", password: "demo-agent-1234" },
] as const;

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { callbackUrl } = await searchParams;
  const safeCallback = safeCallbackUrl(callbackUrl);
  const showDemoHint = process.env.DEMO_LOGIN_HINT === "true";

  return (
    <main
      id="main"
      className="flex min-h-svh flex-col items-center justify-center bg-muted/40 px-4 py-10 sm:px-6"
    >
      <div className="flex w-full max-w-sm flex-col gap-6">
        <div className="flex items-center justify-center gap-2.5 text-lg font-semibold tracking-tight">
          <BrandMark className="size-9" />
          <span>{PRODUCT_NAME}</span>
        </div>

        <Card className="gap-6">
          <CardHeader className="text-center">
            <CardTitle as="h1" className="text-xl">
              Sign in to the support console
            </CardTitle>
            <CardDescription>Use the e-mail and password from your team admin.</CardDescription>
          </CardHeader>
          <CardContent>
            <LoginForm action={login} callbackUrl={safeCallback} />
          </CardContent>
        </Card>

        {showDemoHint ? (
          <section
            aria-labelledby="demo-accounts-title"
            className="rounded-lg border border-dashed bg-background px-4 py-3 text-sm"
          >
            <h2 id="demo-accounts-title" className="font-medium">
              Demo accounts
            </h2>
            <p className="mt-0.5 text-xs text-muted-foreground">
              Seeded for local development only.
            </p>
            <ul className="mt-2 grid gap-1.5">
              {DEMO_ACCOUNTS.map((account) => (
                <li key={account.email} className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
                  <span className="w-12 shrink-0 text-xs text-muted-foreground">{account.role}</span>
                  <code className="font-mono text-xs break-all">
                    {account.email} / {account.password}
                  </code>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </main>
  );
}

/** Only same-site relative paths ("/inbox?x=1"); never "//host" or "/\host", which browsers treat as absolute. */
function safeCallbackUrl(value: string | string[] | undefined): string {
  const url = Array.isArray(value) ? value[0] : value;
  if (!url || !url.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) {
    return DEFAULT_CALLBACK;
  }
  return url;
}
