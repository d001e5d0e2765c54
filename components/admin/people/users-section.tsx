"use client";

import * as React from "react";
import { UsersIcon } from "lucide-react";
import { RoleBadge } from "@/components/shell/role-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { PeopleDirectory } from "@/lib/people/people-types";
import { DateText } from "./field";
import { InvitePersonDialog } from "./invite-person-dialog";
import { PersonDialog } from "./person-dialog";

/** Everyone with an account: role, teams, access; invite, edit, deactivate, reset passwords. */
export function UsersSection({ directory, currentUserId }: { directory: PeopleDirectory; currentUserId: string }) {
  const [editingId, setEditingId] = React.useState<string | null>(null);
  const teamName = new Map(directory.teams.map((team) => [team.id, team.name]));
  const editing = directory.users.find((person) => person.id === editingId);

  return (
    <section aria-labelledby="people-users" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="people-users" className="text-lg font-semibold">
            People
          </h2>
          <p className="text-sm text-muted-foreground">Changes to roles and access apply on the person&apos;s very next request.</p>
        </div>
        <InvitePersonDialog teams={directory.teams} />
      </div>
      {directory.users.length === 0 ? (
        <EmptyState icon={<UsersIcon />} title="No people yet" description="Invite the first person to work the inbox." titleAs="h3" />
      ) : (
        <div className="rounded-xl border">
          <Table aria-labelledby="people-users">
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Role</TableHead>
                <TableHead>Teams</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Last sign-in</TableHead>
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {directory.users.map((person) => (
                <TableRow key={person.id} data-testid={`person-${person.email}`} className={person.active ? undefined : "text-muted-foreground"}>
                  <TableCell>
                    <div className="flex flex-col">
                      <span className="font-medium">
                        {person.name}
                        {person.id === currentUserId ? <span className="text-muted-foreground"> (you)</span> : null}
                      </span>
                      <span className="text-xs text-muted-foreground">{person.email}</span>
                    </div>
                  </TableCell>
                  <TableCell>
                    <RoleBadge role={person.role} />
                  </TableCell>
                  <TableCell className="max-w-56 whitespace-normal">
                    {person.teamIds.length === 0 ? <span className="text-muted-foreground">—</span> : person.teamIds.map((id) => teamName.get(id) ?? "?").join(", ")}
                  </TableCell>
                  <TableCell>{person.active ? <Badge variant="success">Active</Badge> : <Badge variant="outline">Deactivated</Badge>}</TableCell>
                  <TableCell>
                    <DateText iso={person.lastLoginAt} fallback="Never" />
                  </TableCell>
                  <TableCell className="text-right">
                    <Button variant="outline" size="sm" onClick={() => setEditingId(person.id)} aria-label={`Edit ${person.name}`}>
                      Edit
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {editing ? <PersonDialog key={editing.id} person={editing} teams={directory.teams} isSelf={editing.id === currentUserId} onClose={() => setEditingId(null)} /> : null}
    </section>
  );
}
