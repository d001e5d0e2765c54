"use client";

import * as React from "react";
import { UsersIcon } from "lucide-react";
import { RoleBadge } from "@/components/shell/role-badge";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { TableBody, TableCell, TableRow } from "@/components/ui/table";
import type { PeopleDirectory } from "@/lib/people/people-types";
import { DateText } from "./field";
import { InvitePersonDialog } from "./invite-person-dialog";
import { SectionHeader, SectionTable } from "./people-form-parts";
import { PersonDialog } from "./person-dialog";

/** Everyone with an account: role, teams, access; invite, edit, deactivate, reset passwords. */
export function UsersSection({ directory, currentUserId }: { directory: PeopleDirectory; currentUserId: string }) {
  const [editingId, setEditingId] = React.useState<string | null>(null);
  const teamName = new Map(directory.teams.map((team) => [team.id, team.name]));
  const editing = directory.users.find((person) => person.id === editingId);

  return (
    <section aria-labelledby="people-users" className="flex flex-col gap-3">
      <SectionHeader
        id="people-users"
        title="People"
        description="Changes to roles and access apply on the person's very next request."
        action={<InvitePersonDialog teams={directory.teams} />}
      />
      {directory.users.length === 0 ? (
        <EmptyState icon={<UsersIcon />} title="No people yet" description="Invite the first person to work the inbox." titleAs="h3" />
      ) : (
        <SectionTable labelledBy="people-users" columns={["Name", "Role", "Teams", "Status", "Last sign-in"]}>
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
        </SectionTable>
      )}
      {editing ? <PersonDialog key={editing.id} person={editing} teams={directory.teams} isSelf={editing.id === currentUserId} onClose={() => setEditingId(null)} /> : null}
    </section>
  );
}
