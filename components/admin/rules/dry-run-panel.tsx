"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { FlaskConicalIcon } from "lucide-react";
import { useId, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { Skeleton } from "@/components/ui/skeleton";
import type { DryRunResult } from "@/lib/admin/rules/dry-run-rules";
import type { DryRunConversationOption } from "@/lib/admin/rules/list-dry-run-conversations";
import { adminRequest } from "./admin-request";

// Replays today's rules over a past conversation: per customer turn, the signals, which rules match
// and what the deciding rule would do. Nothing is sent or changed.
export function DryRunPanel({ teamName }: { teamName: (slug: string) => string }) {
  const id = useId();
  const [search, setSearch] = useState("");
  const [conversationId, setConversationId] = useState("");
  const conversations = useQuery({
    queryKey: ["admin", "dry-run-conversations", search],
    queryFn: () => adminRequest<{ conversations: DryRunConversationOption[] }>(`/api/admin/rules/dry-run/conversations?search=${encodeURIComponent(search)}`).then((body) => body.conversations),
  });
  const run = useMutation({ mutationFn: (id: string) => adminRequest<DryRunResult>("/api/admin/rules/dry-run", { method: "POST", body: { conversationId: id } }) });

  return (
    <section aria-labelledby={`${id}-heading`} className="flex flex-col gap-4 rounded-xl border p-4 md:p-6">
      <div>
        <h2 id={`${id}-heading`} className="text-lg font-semibold">
          Dry run
        </h2>
        <p className="text-sm text-muted-foreground">
          Pick a past conversation to see, turn by turn, which of the current rules would match and what would happen. Confidence, sentiment and language are the ones stored with each turn. Nothing is sent or changed.
        </p>
      </div>
      <form
        className="grid gap-3 md:grid-cols-[1fr_2fr_auto] md:items-end"
        onSubmit={(event) => {
          event.preventDefault();
          if (conversationId) run.mutate(conversationId);
        }}
      >
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${id}-search`}>Find a customer</Label>
          <Input id={`${id}-search`} type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder="Name or number" />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor={`${id}-conversation`}>Conversation</Label>
          <NativeSelect id={`${id}-conversation`} value={conversationId} onChange={(event) => setConversationId(event.target.value)} aria-busy={conversations.isFetching}>
            <option value="">{conversations.isPending ? "Loading conversations…" : conversations.data?.length ? "Choose a conversation" : "No answered conversations found"}</option>
            {conversations.data?.map((option) => (
              <option key={option.id} value={option.id}>
                {option.contactName} · {option.turns} turn{option.turns === 1 ? "" : "s"}
                {option.intent ? ` · ${option.intent.replaceAll("_", " ")}` : ""}
                {option.lastMessageAt ? ` · ${new Date(option.lastMessageAt).toLocaleDateString()}` : ""}
              </option>
            ))}
          </NativeSelect>
        </div>
        <Button type="submit" disabled={!conversationId || run.isPending}>
          <FlaskConicalIcon /> {run.isPending ? "Running…" : "Run dry run"}
        </Button>
      </form>

      {run.isPending ? <Skeleton className="h-32" aria-label="Running the dry run" /> : null}
      {run.isError ? (
        <p role="alert" className="text-sm text-destructive">
          {run.error.message}
        </p>
      ) : null}
      {run.data ? <DryRunResultView result={run.data} teamName={teamName} /> : null}
    </section>
  );
}

function DryRunResultView({ result, teamName }: { result: DryRunResult; teamName: (slug: string) => string }) {
  if (result.turns.length === 0) return <EmptyState title="No turns to replay" description="The assistant never answered this conversation." titleAs="h3" />;
  return (
    <div className="flex flex-col gap-3" aria-live="polite">
      <p className="text-sm text-muted-foreground">
        {result.conversation.contactName} ({result.conversation.tier}) · {result.rulesChecked} enabled rules checked
      </p>
      <ol className="flex flex-col gap-3" aria-label="Dry run by turn">
        {result.turns.map((turn, index) => (
          <li key={turn.turnId} className="rounded-lg border p-3 text-sm" data-testid="dry-run-turn">
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">Turn {index + 1}</span>
              <time className="text-muted-foreground" dateTime={turn.at}>
                {new Date(turn.at).toLocaleString()}
              </time>
              {turn.actualOutcome ? <Badge variant="outline">Actually: {turn.actualOutcome.replace("handoff:", "handed over, ")}</Badge> : null}
            </div>
            <blockquote className="mt-2 border-s-2 ps-3 whitespace-pre-wrap">{turn.texts.join("\n") || "(no text)"}</blockquote>
            <p className="mt-2 text-xs text-muted-foreground">
              {turn.signals.language} · intent {turn.signals.intent.replaceAll("_", " ")} · confidence {Math.round(turn.signals.confidence * 100)}% · {turn.signals.sentiment}
              {turn.signals.explicitHumanRequest ? " · asks for a person" : ""}
              {turn.signals.highRiskTopics.length ? ` · topics: ${turn.signals.highRiskTopics.join(", ").replaceAll("_", " ")}` : ""}
              {turn.context.outsideBusinessHours ? " · outside business hours" : ""}
            </p>
            <div className="mt-2">
              {turn.matches.length === 0 ? (
                <p>No rule matches: the assistant answers.</p>
              ) : (
                <>
                  <p>Matching rules: {turn.matches.map((match) => match.ruleName).join("; ")}</p>
                  {turn.decision ? (
                    <p className="font-medium">
                      Would {turn.decision.handover ? `hand over${turn.decision.teamSlug ? ` to ${teamName(turn.decision.teamSlug)}` : ""}` : "keep answering"} (“{turn.decision.ruleName}”)
                      {turn.decision.priority ? ` · priority ${turn.decision.priority}` : ""}
                      {turn.decision.labels.length ? ` · labels ${turn.decision.labels.join(", ")}` : ""}
                    </p>
                  ) : null}
                  {turn.decision?.customerMessage ? <p className="text-muted-foreground">Message: “{turn.decision.customerMessage}”</p> : null}
                </>
              )}
            </div>
          </li>
        ))}
      </ol>
    </div>
  );
}
