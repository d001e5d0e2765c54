"use client";

import * as React from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { ROLES, type Role } from "@/lib/db/enums";
import type { TeamView } from "@/lib/people/people-types";
import { CheckboxGroup } from "./field";
import { OneTimeSecret } from "./one-time-secret";

/** A section's heading and description, with its main action on the right. */
export function SectionHeader({ id, title, description, action }: { id: string; title: string; description: React.ReactNode; action: React.ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        <p className="text-sm text-muted-foreground">{description}</p>
      </div>
      {action}
    </div>
  );
}

/** A bordered table named by the section heading, with these column headings and a hidden "Actions" one last. */
export function SectionTable({ labelledBy, columns, children }: { labelledBy: string; columns: string[]; children: React.ReactNode }) {
  return (
    <div className="rounded-xl border">
      <Table aria-labelledby={labelledBy}>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHead key={column}>{column}</TableHead>
            ))}
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        {children}
      </Table>
    </div>
  );
}

/** A dialog form: submitting it runs `onSubmit` instead of navigating; the browser's own validation is off. */
export function DialogForm({ onSubmit, children }: { onSubmit: () => void; children: React.ReactNode }) {
  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

/** Cancel and submit buttons; the submit one is disabled and says `pendingLabel` while pending. */
export function CancelSubmitButtons({ onCancel, pending, pendingLabel, submitLabel }: { onCancel: () => void; pending: boolean; pendingLabel: string; submitLabel: string }) {
  return (
    <>
      <Button type="button" variant="outline" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </>
  );
}

/** A dialog form's footer: Cancel and submit. */
export function FormDialogFooter(props: React.ComponentProps<typeof CancelSubmitButtons>) {
  return (
    <DialogFooter>
      <CancelSubmitButtons {...props} />
    </DialogFooter>
  );
}

/** A secret shown once, then a Done button that closes the dialog. */
export function SecretShownOnce({ label, value, onDone, children }: { label: string; value: string; onDone: () => void; children: React.ReactNode }) {
  return (
    <>
      <OneTimeSecret label={label} value={value}>
        {children}
      </OneTimeSecret>
      <DialogFooter>
        <Button onClick={onDone}>Done</Button>
      </DialogFooter>
    </>
  );
}

/** The server's message for a failed request (when no field shows it). */
export function ErrorAlert({ error }: { error: Error | null | undefined }) {
  return error ? (
    <p role="alert" className="text-sm text-destructive">
      {error.message}
    </p>
  ) : null;
}

/** A warning asking to confirm a step, with its buttons below. */
export function ConfirmAlert({ message, children }: { message: React.ReactNode; children: React.ReactNode }) {
  return (
    <Alert variant="warning">
      <AlertDescription>
        <p>{message}</p>
        <div className="mt-2 flex gap-2">{children}</div>
      </AlertDescription>
    </Alert>
  );
}

/** A role picker; spread the props `Field` hands over into it. */
export function RoleSelect({ value, onChange, ...props }: Omit<React.ComponentProps<typeof NativeSelect>, "value" | "onChange" | "children"> & { value: Role; onChange: (role: Role) => void }) {
  return (
    <NativeSelect {...props} value={value} onChange={(event) => onChange(event.target.value as Role)}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {role[0]!.toUpperCase() + role.slice(1)}
        </option>
      ))}
    </NativeSelect>
  );
}

/** The teams a person belongs to, as checkboxes. */
export function TeamsCheckboxGroup({ teams, selected, onChange, error, empty }: { teams: TeamView[]; selected: string[]; onChange: (next: string[]) => void; error?: string; empty: string }) {
  return <CheckboxGroup legend="Teams" options={teams.map((team) => ({ value: team.id, label: team.name }))} selected={selected} onChange={onChange} error={error} empty={empty} />;
}
