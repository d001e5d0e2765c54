"use client";

import * as React from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Separator } from "@/components/ui/separator";
import type { Role } from "@/lib/db/enums";
import type { PersonView, TeamView } from "@/lib/people/people-types";
import { Field } from "./field";
import { PeopleApiError, peopleApi, peopleKeys, type FieldErrors } from "./people-api";
import { ConfirmAlert, DialogForm, ErrorAlert, FormDialogFooter, RoleSelect, SecretShownOnce, TeamsCheckboxGroup } from "./people-form-parts";
import { ROLE_DESCRIPTIONS } from "./role-descriptions";

type Props = { person: PersonView; teams: TeamView[]; isSelf: boolean; onClose: () => void };

/** Role, teams, access and password of one person. */
export function PersonDialog({ person, teams, isSelf, onClose }: Props) {
  const queryClient = useQueryClient();
  const [role, setRole] = React.useState<Role>(person.role);
  const [teamIds, setTeamIds] = React.useState<string[]>(person.teamIds);
  const [fieldErrors, setFieldErrors] = React.useState<FieldErrors>({});
  const [confirming, setConfirming] = React.useState<"deactivate" | "reset" | null>(null);
  const [temporaryPassword, setTemporaryPassword] = React.useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: peopleKeys.directory });

  const save = useMutation({
    mutationFn: () => peopleApi.updateUser(person.id, { role: role === person.role ? undefined : role, teamIds }),
    onSuccess: () => {
      toast.success(`Saved ${person.name}.`);
      void refresh();
      onClose();
    },
    onError: (error) => setFieldErrors(error instanceof PeopleApiError ? error.fieldErrors : {}),
  });
  const setActive = useMutation({
    mutationFn: (active: boolean) => peopleApi.updateUser(person.id, { active }),
    onSuccess: (updated) => {
      toast.success(updated.active ? `${person.name} can sign in again.` : `${person.name} was deactivated and lost access.`);
      void refresh();
      onClose();
    },
  });
  const reset = useMutation({
    mutationFn: () => peopleApi.resetPassword(person.id),
    onSuccess: (result) => {
      setConfirming(null);
      setTemporaryPassword(result.temporaryPassword);
    },
  });
  const failure = [save, setActive, reset].find((mutation) => mutation.isError && !(mutation === save && Object.keys(fieldErrors).length > 0));

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{person.name}</DialogTitle>
          <DialogDescription>{person.email}</DialogDescription>
        </DialogHeader>

        {temporaryPassword ? (
          <SecretShownOnce label="New temporary password" value={temporaryPassword} onDone={onClose}>
            The old password no longer works. Give this one to {person.name} through a channel you trust; it is not shown again.
          </SecretShownOnce>
        ) : (
          <>
            <DialogForm onSubmit={() => save.mutate()}>
              <Field
                id="person-role"
                label="Role"
                error={fieldErrors.role}
                hint={isSelf ? "You cannot change your own role; another admin can." : ROLE_DESCRIPTIONS[role]}
              >
                {(props) => <RoleSelect {...props} value={role} disabled={isSelf || !person.active} onChange={setRole} />}
              </Field>
              <TeamsCheckboxGroup teams={teams} selected={teamIds} onChange={setTeamIds} error={fieldErrors.teamIds} empty="No teams yet." />
              <FormDialogFooter onCancel={onClose} pending={save.isPending} pendingLabel="Saving…" submitLabel="Save" />
            </DialogForm>

            <Separator />
            <section aria-labelledby="person-access" className="flex flex-col gap-3">
              <h3 id="person-access" className="text-sm font-semibold">
                Access
              </h3>
              {confirming === "reset" ? (
                <ConfirmAlert message={<>Make a new temporary password for {person.name}? Their current password stops working at once.</>}>
                  <Button size="sm" onClick={() => reset.mutate()} disabled={reset.isPending}>
                    {reset.isPending ? "Resetting…" : "Reset password"}
                  </Button>
                  <Button size="sm" variant="outline" onClick={() => setConfirming(null)}>
                    Keep it
                  </Button>
                </ConfirmAlert>
              ) : null}
              {confirming === "deactivate" ? (
                <ConfirmAlert message={<>Deactivate {person.name}? They are signed out of every page and API on their next request. Their history stays.</>}>
                  <Button size="sm" variant="destructive" onClick={() => setActive.mutate(false)} disabled={setActive.isPending}>
                    {setActive.isPending ? "Deactivating…" : "Deactivate"}
                  </Button>
                  <Button size="sm" variant="outline" onClick={() => setConfirming(null)}>
                    Cancel
                  </Button>
                </ConfirmAlert>
              ) : null}
              {confirming === null ? (
                <div className="flex flex-wrap gap-2">
                  <Button variant="outline" size="sm" onClick={() => setConfirming("reset")}>
                    Reset password
                  </Button>
                  {person.active ? (
                    <Button variant="outline" size="sm" disabled={isSelf} onClick={() => setConfirming("deactivate")} title={isSelf ? "You cannot deactivate yourself." : undefined}>
                      Deactivate
                    </Button>
                  ) : (
                    <Button variant="outline" size="sm" onClick={() => setActive.mutate(true)} disabled={setActive.isPending}>
                      {setActive.isPending ? "Reactivating…" : "Reactivate"}
                    </Button>
                  )}
                </div>
              ) : null}
            </section>
            <ErrorAlert error={failure?.error} />
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
