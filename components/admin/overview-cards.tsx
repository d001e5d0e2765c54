import { BookOpen, Database, MessagesSquare, ShieldAlert, Users } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { AdminOverview } from "@/lib/admin/get-admin-overview";

type Platform = { kind: string; database: string; vector: boolean };

function Figure({ label, value }: { label: string; value: number | string }) {
  return (
    <div className="flex items-baseline justify-between gap-4 py-1">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="text-lg font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

export function OverviewCards({ overview, platform }: { overview: AdminOverview; platform: Platform }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      <Card>
        <CardHeader>
          <CardTitle className="flex items-center gap-2"><BookOpen className="size-4" aria-hidden /> Knowledge base</CardTitle>
          <CardDescription>Only published articles, effective today, are used by the assistant.</CardDescription>
        </CardHeader>
        <CardContent>
          <dl>
            <Figure label="Published articles" value={overview.articles.published ?? 0} />
            <Figure label="Drafts" value={overview.articles.draft ?? 0} />
            <Figure label="Archived" value={overview.articles.archived ?? 0} />
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle className="flex items-center gap-2"><ShieldAlert className="size-4" aria-hidden /> Escalation rules</CardTitle>
          <CardDescription>Evaluated on every turn, whatever the model says.</CardDescription>
        </CardHeader>
        <CardContent>
          <dl>
            <Figure label="Enabled rules" value={overview.rules.enabled} />
            <Figure label="Disabled rules" value={overview.rules.disabled} />
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle className="flex items-center gap-2"><MessagesSquare className="size-4" aria-hidden /> Conversations</CardTitle>
          <CardDescription>Right now, across all inboxes.</CardDescription>
        </CardHeader>
        <CardContent>
          <dl>
            <Figure label="Waiting for a person" value={overview.conversations.waitingHandoffs} />
            <Figure label="Open" value={overview.conversations.open} />
            <Figure label="Resolved" value={overview.conversations.resolved} />
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle className="flex items-center gap-2"><Users className="size-4" aria-hidden /> People</CardTitle>
          <CardDescription>Active accounts by role.</CardDescription>
        </CardHeader>
        <CardContent>
          <dl>
            <Figure label="Admins" value={overview.users.admin ?? 0} />
            <Figure label="Supervisors" value={overview.users.supervisor ?? 0} />
            <Figure label="Agents" value={overview.users.agent ?? 0} />
          </dl>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle className="flex items-center gap-2"><Database className="size-4" aria-hidden /> Platform</CardTitle>
          <CardDescription>Where the data lives.</CardDescription>
        </CardHeader>
        <CardContent>
          <dl>
            <Figure label="Database" value={platform.kind === "pglite" ? "Embedded PGlite" : "PostgreSQL"} />
            <Figure label="Engine" value={platform.database} />
            <Figure label="Semantic search" value={platform.vector ? "pgvector on" : "keyword only"} />
          </dl>
        </CardContent>
      </Card>
    </div>
  );
}
