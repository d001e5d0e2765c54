"use client";

import * as React from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { UserPlusIcon } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import type { Role } from "@/lib/db/enums";
import type { InvitedPerson, TeamView } from "@/lib/people/people-types";
import { Field } from "./field";
import { PeopleApiError, peopleApi, peopleKeys, type FieldErrors } from "./people-api";
import { DialogForm, ErrorAlert, FormDialogFooter, RoleSelect, SecretShownOnce, TeamsCheckboxGroup } from "./people-form-parts";
import { ROLE_DESCRIPTIONS } from "./role-descriptions";

/** Creates an account and shows its temporary password once (no e-mail is sent). */
export function InvitePersonDialog({ teams }: { teams: TeamView[] }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = React.useState(false);
  const [name, setName] = React.useState("");
  const [email, setEmail] = React.useState("");
  const [role, setRole] = React.useState<Role>("agent");
  const [teamIds, setTeamIds] = React.useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = React.useState<FieldErrors>({});
  const [invited, setInvited] = React.useState<InvitedPerson | null>(null);

  const invite = useMutation({
    mutationFn: () => peopleApi.invite({ name, email, role, teamIds }),
    onSuccess: (result) => {
      setInvited(result);
      setFieldErrors({});
      void queryClient.invalidateQueries({ queryKey: peopleKeys.directory });
    },
    onError: (error) => setFieldErrors(error instanceof PeopleApiError ? error.fieldErrors : {}),
  });

  function reset() {
    setName("");
    setEmail("");
    setRole("agent");
    setTeamIds([]);
    setFieldErrors({});
    setInvited(null);
    invite.reset();
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          if (invited) toast.success(`${invited.user.name} can sign in now.`);
          reset();
        }
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <UserPlusIcon aria-hidden="true" />
          Invite person
        </Button>
      </DialogTrigger>
      <DialogContent>
        {invited ? (
          <>
            <DialogHeader>
              <DialogTitle>{invited.user.name} was added</DialogTitle>
              <DialogDescription>
                They sign in at this console&apos;s address with <strong>{invited.user.email}</strong> and this temporary password.
              </DialogDescription>
            </DialogHeader>
            <SecretShownOnce label="Temporary password" value={invited.temporaryPassword} onDone={() => setOpen(false)}>
              No e-mail is sent. Copy the password now and give it to {invited.user.name} through a channel you trust (in person, your
              password manager, a chat you control). If it gets lost, use <em>Reset password</em> to make a new one.
            </SecretShownOnce>
          </>
        ) : (
          <DialogForm onSubmit={() => invite.mutate()}>
            <DialogHeader>
              <DialogTitle>Invite a person</DialogTitle>
              <DialogDescription>They get a temporary password that you hand over yourself.</DialogDescription>
            </DialogHeader>
            <Field id="invite-name" label="Name" error={fieldErrors.name}>
              {(props) => <Input {...props} value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" required />}
            </Field>
            <Field id="invite-email" label="E-mail" error={fieldErrors.email} hint="What they sign in with.">
              {(props) => <Input {...props} type="email" value={email} onChange={(event) => setEmail(event.target.value)} autoComplete="off" required />}
            </Field>
            <Field id="invite-role" label="Role" error={fieldErrors.role} hint={ROLE_DESCRIPTIONS[role]}>
              {(props) => <RoleSelect {...props} value={role} onChange={setRole} />}
            </Field>
            <TeamsCheckboxGroup teams={teams} selected={teamIds} onChange={setTeamIds} error={fieldErrors.teamIds} empty="No teams yet. Create one under Teams." />
            <ErrorAlert error={Object.keys(fieldErrors).length === 0 ? invite.error : null} />
            <FormDialogFooter onCancel={() => setOpen(false)} pending={invite.isPending} pendingLabel="Adding…" submitLabel="Add person" />
          </DialogForm>
        )}
      </DialogContent>
    </Dialog>
  );
}
