"use client";

import * as React from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { PlusIcon, UsersRoundIcon } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { TableBody, TableCell, TableRow } from "@/components/ui/table";
import type { PeopleDirectory, TeamView } from "@/lib/people/people-types";
import { CheckboxGroup, Field } from "./field";
import { PeopleApiError, peopleApi, peopleKeys, type FieldErrors } from "./people-api";
import { CancelSubmitButtons, ConfirmAlert, DialogForm, ErrorAlert, SectionHeader, SectionTable } from "./people-form-parts";

/** Teams route handoffs; rules refer to a team by its slug, which never changes on rename. */
export function TeamsSection({ directory }: { directory: PeopleDirectory }) {
  const [editing, setEditing] = React.useState<TeamView | "new" | null>(null);
  const personName = new Map(directory.users.map((person) => [person.id, person.name]));

  return (
    <section aria-labelledby="people-teams" className="flex flex-col gap-3">
      <SectionHeader
        id="people-teams"
        title="Teams"
        description="Handoffs go round-robin to the online members of a team."
        action={
          <Button variant="outline" onClick={() => setEditing("new")}>
            <PlusIcon aria-hidden="true" />
            New team
          </Button>
        }
      />
      {directory.teams.length === 0 ? (
        <EmptyState icon={<UsersRoundIcon />} title="No teams yet" description="Create a team to route handoffs to the right people." titleAs="h3" />
      ) : (
        <SectionTable labelledBy="people-teams" columns={["Team", "Slug (used by rules)", "Members"]}>
          <TableBody>
            {directory.teams.map((team) => (
              <TableRow key={team.id}>
                <TableCell className="font-medium">{team.name}</TableCell>
                <TableCell className="font-mono text-xs">{team.slug}</TableCell>
                <TableCell className="max-w-80 whitespace-normal">
                  {team.memberIds.length === 0 ? <span className="text-muted-foreground">Nobody yet</span> : team.memberIds.map((id) => personName.get(id) ?? "?").join(", ")}
                </TableCell>
                <TableCell className="text-right">
                  <Button variant="outline" size="sm" onClick={() => setEditing(team)} aria-label={`Edit team ${team.name}`}>
                    Edit
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </SectionTable>
      )}
      {editing ? <TeamDialog key={editing === "new" ? "new" : editing.id} team={editing === "new" ? null : editing} directory={directory} onClose={() => setEditing(null)} /> : null}
    </section>
  );
}

function TeamDialog({ team, directory, onClose }: { team: TeamView | null; directory: PeopleDirectory; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = React.useState(team?.name ?? "");
  const [memberIds, setMemberIds] = React.useState<string[]>(team?.memberIds ?? []);
  const [fieldErrors, setFieldErrors] = React.useState<FieldErrors>({});
  const [confirmDelete, setConfirmDelete] = React.useState(false);
  const done = (message: string) => {
    toast.success(message);
    void queryClient.invalidateQueries({ queryKey: peopleKeys.directory });
    onClose();
  };

  const save = useMutation({
    mutationFn: () => (team ? peopleApi.updateTeam(team.id, { name, memberIds }) : peopleApi.createTeam({ name, memberIds })),
    onSuccess: (saved) => done(team ? `Saved ${saved.name}.` : `Created ${saved.name}.`),
    onError: (error) => setFieldErrors(error instanceof PeopleApiError ? error.fieldErrors : {}),
  });
  const remove = useMutation({
    mutationFn: () => peopleApi.deleteTeam(team!.id),
    onSuccess: () => done(`Deleted ${team!.name}.`),
  });
  const error = remove.error ?? (Object.keys(fieldErrors).length === 0 ? save.error : null);
  const activePeople = directory.users.filter((person) => person.active || memberIds.includes(person.id));

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogForm onSubmit={() => save.mutate()}>
          <DialogHeader>
            <DialogTitle>{team ? `Edit ${team.name}` : "New team"}</DialogTitle>
            <DialogDescription>{team ? `Rules keep referring to it as “${team.slug}”.` : "Name it after the work it takes, e.g. Billing & Payments."}</DialogDescription>
          </DialogHeader>
          <Field id="team-name" label="Name" error={fieldErrors.name}>
            {(props) => <Input {...props} value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" required />}
          </Field>
          <CheckboxGroup
            legend="Members"
            options={activePeople.map((person) => ({ value: person.id, label: person.name, hint: person.email }))}
            selected={memberIds}
            onChange={setMemberIds}
            error={fieldErrors.memberIds}
          />
          <ErrorAlert error={error} />
          {confirmDelete && team ? (
            <ConfirmAlert message={<>Delete {team.name}? Its open conversations move to the unassigned queue.</>}>
              <Button size="sm" variant="destructive" onClick={() => remove.mutate()} disabled={remove.isPending}>
                {remove.isPending ? "Deleting…" : "Delete team"}
              </Button>
              <Button size="sm" variant="outline" onClick={() => setConfirmDelete(false)}>
                Keep it
              </Button>
            </ConfirmAlert>
          ) : null}
          <DialogFooter className="sm:justify-between">
            {team && !confirmDelete ? (
              <Button type="button" variant="ghost" className="text-destructive" onClick={() => setConfirmDelete(true)}>
                Delete…
              </Button>
            ) : (
              <span />
            )}
            <div className="flex flex-col-reverse gap-2 sm:flex-row">
              <CancelSubmitButtons onCancel={onClose} pending={save.isPending} pendingLabel="Saving…" submitLabel={team ? "Save" : "Create team"} />
            </div>
          </DialogFooter>
        </DialogForm>
      </DialogContent>
    </Dialog>
  );
}
