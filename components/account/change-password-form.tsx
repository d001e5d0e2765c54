"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { toast } from "sonner";
import { AdminApiError, adminRequest, type FieldErrors } from "@/components/admin/rules/admin-request";
import { FieldMessage } from "@/components/admin/rules/field-message";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Draft = { currentPassword: string; newPassword: string; confirmPassword: string };
const EMPTY: Draft = { currentPassword: "", newPassword: "", confirmPassword: "" };

// Current password, new password and its confirmation. The server checks everything and answers
// per field; after a change every other session is signed out and this browser gets a new session.
export function ChangePasswordForm({ minLength }: { minLength: number }) {
  const id = useId();
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [fields, setFields] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const change = useMutation({
    mutationFn: (body: Draft) => adminRequest<{ changed: boolean; signedIn: boolean }>("/api/account/password", { method: "POST", body }),
    onMutate: () => {
      setFields({});
      setFormError(null);
    },
    onSuccess: (result) => {
      setDraft(EMPTY);
      if (!result.signedIn) {
        router.push("/login?callbackUrl=%2Faccount");
        return;
      }
      toast.success("Password changed. Your other sessions were signed out.");
      router.refresh();
    },
    onError: (error) => {
      setFields(error instanceof AdminApiError ? error.fields : {});
      setFormError(error.message);
    },
  });
  const field = (name: keyof Draft, label: string, autoComplete: string, hint?: string) => (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={`${id}-${name}`}>{label}</Label>
      <Input
        id={`${id}-${name}`}
        name={name}
        type="password"
        autoComplete={autoComplete}
        value={draft[name]}
        onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
        aria-invalid={fields[name] ? true : undefined}
        aria-describedby={`${id}-${name}-hint ${id}-${name}-error`}
      />
      {hint ? (
        <p id={`${id}-${name}-hint`} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <FieldMessage id={`${id}-${name}-error`} message={fields[name]} />
    </div>
  );

  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border bg-card p-4 md:p-6">
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          change.mutate(draft);
        }}
      >
        <div>
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            Change password
          </h2>
          <p className="text-sm text-muted-foreground">Your other signed-in browsers are signed out when the password changes.</p>
        </div>
        {formError ? (
          <Alert variant="destructive">
            <AlertDescription>{formError}</AlertDescription>
          </Alert>
        ) : null}
        {field("currentPassword", "Current password", "current-password")}
        {field("newPassword", "New password", "new-password", `At least ${minLength} characters. A few unrelated words make a strong password that is easy to type.`)}
        {field("confirmPassword", "Confirm new password", "new-password")}
        <div>
          <Button type="submit" disabled={change.isPending}>
            {change.isPending ? "Changing…" : "Change password"}
          </Button>
        </div>
      </form>
    </section>
  );
}
