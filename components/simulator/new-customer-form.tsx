"use client";

import * as React from "react";
import { UserPlusIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { type CustomerFormErrors, PROFILE_NAME_MAX, parseCustomerForm } from "./customer-input";

// Adds a simulated WhatsApp user to the emulator (or renames an existing one) and opens the chat.
export function NewCustomerForm({
  businessNumber,
  onCreate,
}: {
  businessNumber: string;
  // Throws with a readable message when the emulator refuses.
  onCreate: (input: { waId: string; profileName: string | null }) => Promise<void>;
}) {
  const [number, setNumber] = React.useState("");
  const [profileName, setProfileName] = React.useState("");
  const [errors, setErrors] = React.useState<CustomerFormErrors>({});
  const [failure, setFailure] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const numberRef = React.useRef<HTMLInputElement>(null);
  const nameRef = React.useRef<HTMLInputElement>(null);
  const id = React.useId();

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseCustomerForm({ number, profileName }, businessNumber);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      (parsed.errors.number ? numberRef : nameRef).current?.focus();
      return;
    }
    setErrors({});
    setFailure(null);
    setSaving(true);
    try {
      await onCreate(parsed.value);
      setNumber("");
      setProfileName("");
    } catch (cause) {
      setFailure(cause instanceof Error ? cause.message : "The customer could not be created.");
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-title`} className="flex flex-col gap-3">
      <h3 id={`${id}-title`} className="text-sm font-semibold">
        New customer
      </h3>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-number`}>WhatsApp number</Label>
        <Input
          ref={numberRef}
          id={`${id}-number`}
          name="waId"
          value={number}
          onChange={(event) => setNumber(event.target.value)}
          inputMode="tel"
          autoComplete="off"
          placeholder="31612345678"
          aria-invalid={errors.number ? true : undefined}
          aria-describedby={errors.number ? `${id}-number-error` : `${id}-number-hint`}
        />
        {errors.number ? (
          <p id={`${id}-number-error`} className="text-xs text-destructive">
            {errors.number}
          </p>
        ) : (
          <p id={`${id}-number-hint`} className="text-xs text-muted-foreground">
            Country code first, digits only (a leading + or spaces are fine).
          </p>
        )}
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={`${id}-name`}>Profile name</Label>
        <Input
          ref={nameRef}
          id={`${id}-name`}
          name="profileName"
          value={profileName}
          onChange={(event) => setProfileName(event.target.value)}
          autoComplete="off"
          maxLength={PROFILE_NAME_MAX + 50}
          placeholder="Optional, as set in WhatsApp"
          aria-invalid={errors.profileName ? true : undefined}
          aria-describedby={errors.profileName ? `${id}-name-error` : undefined}
        />
        {errors.profileName ? (
          <p id={`${id}-name-error`} className="text-xs text-destructive">
            {errors.profileName}
          </p>
        ) : null}
      </div>
      {failure ? (
        <p role="alert" className="text-xs text-destructive">
          {failure}
        </p>
      ) : null}
      <Button type="submit" disabled={saving} className="self-start">
        <UserPlusIcon aria-hidden="true" />
        {saving ? "Adding…" : "Add customer"}
      </Button>
    </form>
  );
}
