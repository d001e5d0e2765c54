import { BookOpen, Database, MessagesSquare, ShieldAlert, Users, type LucideIcon } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { AdminOverview } from "@/lib/admin/get-admin-overview";

type Platform = { kind: string; database: string; vector: boolean };
type OverviewCard = { title: string; icon: LucideIcon; description: string; figures: [label: string, value: number | string][] };

function cardsFor(overview: AdminOverview, platform: Platform): OverviewCard[] {
  return [
    {
      title: "Knowledge base",
      icon: BookOpen,
      description: "Only published articles, effective today, are used by the assistant.",
      figures: [
        ["Published articles", overview.articles.published ?? 0],
        ["Drafts", overview.articles.draft ?? 0],
        ["Archived", overview.articles.archived ?? 0],
      ],
    },
    {
      title: "Escalation rules",
      icon: ShieldAlert,
      description: "Evaluated on every turn, whatever the model says.",
      figures: [
        ["Enabled rules", overview.rules.enabled],
        ["Disabled rules", overview.rules.disabled],
      ],
    },
    {
      title: "Conversations",
      icon: MessagesSquare,
      description: "Right now, across all inboxes.",
      figures: [
        ["Waiting for a person", overview.conversations.waitingHandoffs],
        ["Open", overview.conversations.open],
        ["Resolved", overview.conversations.resolved],
      ],
    },
    {
      title: "People",
      icon: Users,
      description: "Active accounts by role.",
      figures: [
        ["Admins", overview.users.admin ?? 0],
        ["Supervisors", overview.users.supervisor ?? 0],
        ["Agents", overview.users.agent ?? 0],
      ],
    },
    {
      title: "Platform",
      icon: Database,
      description: "Where the data lives.",
      figures: [
        ["Database", platform.kind === "pglite" ? "Embedded PGlite" : "PostgreSQL"],
        ["Engine", platform.database],
        ["Semantic search", platform.vector ? "pgvector on" : "keyword only"],
      ],
    },
  ];
}

export function OverviewCards({ overview, platform }: { overview: AdminOverview; platform: Platform }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {cardsFor(overview, platform).map(({ title, icon: Icon, description, figures }) => (
        <Card key={title}>
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <Icon className="size-4" aria-hidden /> {title}
            </CardTitle>
            <CardDescription>{description}</CardDescription>
          </CardHeader>
          <CardContent>
            <dl>
              {figures.map(([label, value]) => (
                <div key={label} className="flex items-baseline justify-between gap-4 py-1">
                  <dt className="text-sm text-muted-foreground">{label}</dt>
                  <dd className="text-lg font-semibold tabular-nums">{value}</dd>
                </div>
              ))}
            </dl>
          </CardContent>
        </Card>
      ))}
    </div>
  );
}
