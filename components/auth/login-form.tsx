"use client";

import * as React from "react";
import { CircleAlertIcon, LoaderCircleIcon } from "lucide-react";

import type { LoginState } from "@/app/(auth)/login/state";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type LoginFormProps = {
  action: (prev: LoginState, formData: FormData) => Promise<LoginState>;
  /** Where to go after signing in; a relative path (the page sanitises it). */
  callbackUrl: string;
};

const initialState: LoginState = {};

/** E-mail and password sign-in. Errors appear above the fields; the e-mail survives a failed attempt. */
export function LoginForm({ action, callbackUrl }: LoginFormProps) {
  const [state, formAction, pending] = React.useActionState(action, initialState);
  const errorId = React.useId();
  const describedBy = state.error ? errorId : undefined;
  const passwordRef = React.useRef<HTMLInputElement>(null);

  // After a failed attempt the password is cleared: put the cursor back there (the alert is announced).
  React.useEffect(() => {
    if (state.error) passwordRef.current?.focus();
  }, [state]);

  return (
    <form action={formAction} className="grid gap-5" aria-busy={pending || undefined}>
      {state.error ? (
        <Alert variant="destructive" role="alert" id={errorId}>
          <CircleAlertIcon aria-hidden="true" />
          <AlertTitle>Couldn&apos;t sign you in</AlertTitle>
          <AlertDescription>{state.error}</AlertDescription>
        </Alert>
      ) : null}

      <input type="hidden" name="callbackUrl" value={callbackUrl} />

      <div className="grid gap-2">
        <Label htmlFor="login-email">Email</Label>
        <Input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          // React resets the form after the action; the reset restores this returned e-mail.
          defaultValue={state.email ?? ""}
          aria-describedby={describedBy}
          aria-invalid={state.error ? true : undefined}
        />
      </div>

      <div className="grid gap-2">
        <Label htmlFor="login-password">Password</Label>
        <Input
          ref={passwordRef}
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby={describedBy}
          aria-invalid={state.error ? true : undefined}
        />
      </div>

      <Button type="submit" size="lg" className="w-full" disabled={pending}>
        {pending ? (
          <LoaderCircleIcon aria-hidden="true" className="animate-spin motion-reduce:animate-none" />
        ) : null}
        Sign in
      </Button>
      <p aria-live="polite" className="sr-only">
        {pending ? "Signing in…" : ""}
      </p>
    </form>
  );
}
