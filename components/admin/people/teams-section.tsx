"use client";

import * as React from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { PlusIcon, UsersRoundIcon } from "lucide-react";
import { toast } from "sonner";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { PeopleDirectory, TeamView } from "@/lib/people/people-types";
import { CheckboxGroup, Field } from "./field";
import { PeopleApiError, peopleApi, peopleKeys, type FieldErrors } from "./people-api";

/** Teams route handoffs; rules refer to a team by its slug, which never changes on rename. */
export function TeamsSection({ directory }: { directory: PeopleDirectory }) {
  const [editing, setEditing] = React.useState<TeamView | "new" | null>(null);
  const personName = new Map(directory.users.map((person) => [person.id, person.name]));

  return (
    <section aria-labelledby="people-teams" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="people-teams" className="text-lg font-semibold">
            Teams
          </h2>
          <p className="text-sm text-muted-foreground">Handoffs go round-robin to the online members of a team.</p>
        </div>
        <Button variant="outline" onClick={() => setEditing("new")}>
          <PlusIcon aria-hidden="true" />
          New team
        </Button>
      </div>
      {directory.teams.length === 0 ? (
        <EmptyState icon={<UsersRoundIcon />} title="No teams yet" description="Create a team to route handoffs to the right people." titleAs="h3" />
      ) : (
        <div className="rounded-xl border">
          <Table aria-labelledby="people-teams">
            <TableHeader>
              <TableRow>
                <TableHead>Team</TableHead>
                <TableHead>Slug (used by rules)</TableHead>
                <TableHead>Members</TableHead>
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
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
          </Table>
        </div>
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
        <form
          className="flex flex-col gap-4"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate();
          }}
        >
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
          {error ? (
            <p role="alert" className="text-sm text-destructive">
              {error.message}
            </p>
          ) : null}
          {confirmDelete && team ? (
            <Alert variant="warning">
              <AlertDescription>
                <p>Delete {team.name}? Its open conversations move to the unassigned queue.</p>
                <div className="mt-2 flex gap-2">
                  <Button size="sm" variant="destructive" onClick={() => remove.mutate()} disabled={remove.isPending}>
                    {remove.isPending ? "Deleting…" : "Delete team"}
                  </Button>
                  <Button size="sm" variant="outline" onClick={() => setConfirmDelete(false)}>
                    Keep it
                  </Button>
                </div>
              </AlertDescription>
            </Alert>
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
              <Button type="button" variant="outline" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" disabled={save.isPending}>
                {save.isPending ? "Saving…" : team ? "Save" : "Create team"}
              </Button>
            </div>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
