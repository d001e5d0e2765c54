"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowDownIcon, ArrowUpIcon, PencilIcon, PlusIcon, ShieldCheckIcon, Trash2Icon } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import type { RulesView } from "@/lib/admin/rules/list-rules";
import type { RuleSnapshot } from "@/lib/admin/rules/rule-snapshot";
import { adminRequest } from "./admin-request";
import { ChangeHistoryDialog } from "./change-history-dialog";
import { describeAction, describeCondition } from "./describe-rule";
import { DryRunPanel } from "./dry-run-panel";
import { RuleFormDialog } from "./rule-form-dialog";
import type { RuleEditorOptions } from "./rule-options";

const RULES_KEY = ["admin", "rules"] as const;

// The escalation rules in the order the agent checks them: switch on or off, move up or down, edit,
// delete, and see (and revert) every change. A dry run replays them over a past conversation.
export function RulesEditor({ initial, options }: { initial: RulesView; options: Omit<RuleEditorOptions, "teams"> }) {
  const queryClient = useQueryClient();
  const rules = useQuery({ queryKey: RULES_KEY, queryFn: () => adminRequest<RulesView>("/api/admin/rules"), initialData: initial });
  const [editing, setEditing] = useState<RuleSnapshot | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [deleting, setDeleting] = useState<RuleSnapshot | null>(null);
  const focusAfterMove = useRef<{ rule: RuleSnapshot; direction: "up" | "down" } | null>(null);
  const editorOptions: RuleEditorOptions = { ...options, teams: rules.data.teams };
  const teamName = (slug: string) => rules.data.teams.find((team) => team.slug === slug)?.name ?? slug;

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: RULES_KEY });
    void queryClient.invalidateQueries({ queryKey: ["admin", "history"] });
  };
  const toggle = useMutation({
    mutationFn: (input: { rule: RuleSnapshot; enabled: boolean }) => adminRequest(`/api/admin/rules/${input.rule.id}/enabled`, { method: "POST", body: { enabled: input.enabled } }),
    onSuccess: (_result, input) => {
      toast.success(`“${input.rule.name}” is ${input.enabled ? "on" : "off"} from the next customer message.`);
      refresh();
    },
    onError: (error) => toast.error(error.message),
  });
  const move = useMutation({
    mutationFn: (input: { rule: RuleSnapshot; direction: "up" | "down" }) => adminRequest(`/api/admin/rules/${input.rule.id}/move`, { method: "POST", body: { direction: input.direction } }),
    onSuccess: (_result, input) => {
      focusAfterMove.current = input;
      refresh();
    },
    onError: (error) => toast.error(error.message),
  });
  const remove = useMutation({
    mutationFn: (rule: RuleSnapshot) => adminRequest(`/api/admin/rules/${rule.id}`, { method: "DELETE" }),
    onSuccess: (_result, rule) => {
      toast.success(`“${rule.name}” deleted. Revert it from All changes if that was a mistake.`);
      setDeleting(null);
      refresh();
    },
    onError: (error) => toast.error(error.message),
  });
  const list = rules.data.rules;

  // Keep the keyboard on the moved rule once the list has re-rendered in its new order: the same
  // button, or the other one when the rule reached the end of the list.
  useEffect(() => {
    const moved = focusAfterMove.current;
    if (!moved) return;
    focusAfterMove.current = null;
    const same = document.getElementById(`move-${moved.direction}-${moved.rule.id}`);
    const other = document.getElementById(`move-${moved.direction === "up" ? "down" : "up"}-${moved.rule.id}`);
    (same instanceof HTMLButtonElement && !same.disabled ? same : other)?.focus();
  }, [rules.data]);

  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="rules-heading" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id="rules-heading" className="text-lg font-semibold">
            Rules, in the order they are checked
          </h2>
          <div className="ms-auto flex flex-wrap gap-2">
            <ChangeHistoryDialog title="All rule changes" subject="all rules" historyUrl="/api/admin/rules/history" revertUrl="/api/admin/rules/revert" invalidate={[RULES_KEY]} />
            <Button
              size="sm"
              onClick={() => {
                setEditing(null);
                setFormOpen(true);
              }}
            >
              <PlusIcon /> Add rule
            </Button>
          </div>
        </div>
        {list.length === 0 ? (
          <EmptyState icon={<ShieldCheckIcon />} title="No escalation rules" description="Without rules the assistant hands over only when it cannot help. Add one to route requests to a team." />
        ) : (
          <ol className="flex flex-col gap-2" aria-label="Escalation rules">
            {list.map((rule, index) => (
              <li key={rule.id} data-rule-id={rule.id} className="flex flex-col gap-3 rounded-lg border bg-card p-3 sm:flex-row sm:items-center" aria-label={rule.name}>
                <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-muted text-xs font-semibold" aria-label={`Position ${index + 1}`}>
                  {index + 1}
                </span>
                <div className="min-w-0 flex-1">
                  <div className="flex flex-wrap items-center gap-2">
                    <span className={rule.enabled ? "font-medium" : "font-medium text-muted-foreground line-through"}>{rule.name}</span>
                    {!rule.enabled ? <Badge variant="outline">Off</Badge> : null}
                    {rule.action.handover ? <Badge variant="secondary">Hands over</Badge> : null}
                  </div>
                  <p className="text-sm text-muted-foreground">
                    When {describeCondition(rule.condition)} → {describeAction(rule.action, teamName)}
                  </p>
                </div>
                <div className="flex shrink-0 flex-wrap items-center gap-1">
                  <label className="me-2 flex items-center gap-2 text-sm">
                    <button
                      type="button"
                      role="switch"
                      aria-checked={rule.enabled}
                      aria-label={`Enabled: ${rule.name}`}
                      disabled={toggle.isPending}
                      onClick={() => toggle.mutate({ rule, enabled: !rule.enabled })}
                      className="relative inline-flex h-5 w-9 shrink-0 items-center rounded-full border border-transparent bg-input transition-colors outline-none focus-visible:ring-[3px] focus-visible:ring-ring/40 aria-checked:bg-primary disabled:opacity-50"
                    >
                      <span aria-hidden="true" className={`block size-4 rounded-full bg-background shadow transition-transform ${rule.enabled ? "translate-x-4" : "translate-x-0.5"}`} />
                    </button>
                    <span aria-hidden="true">{rule.enabled ? "On" : "Off"}</span>
                  </label>
                  <Button id={`move-up-${rule.id}`} variant="ghost" size="icon-sm" aria-label={`Move “${rule.name}” up`} disabled={index === 0} onClick={() => !move.isPending && move.mutate({ rule, direction: "up" })}>
                    <ArrowUpIcon />
                  </Button>
                  <Button id={`move-down-${rule.id}`} variant="ghost" size="icon-sm" aria-label={`Move “${rule.name}” down`} disabled={index === list.length - 1} onClick={() => !move.isPending && move.mutate({ rule, direction: "down" })}>
                    <ArrowDownIcon />
                  </Button>
                  <Button
                    variant="ghost"
                    size="icon-sm"
                    aria-label={`Edit “${rule.name}”`}
                    onClick={() => {
                      setEditing(rule);
                      setFormOpen(true);
                    }}
                  >
                    <PencilIcon />
                  </Button>
                  <ChangeHistoryDialog trigger="icon" title={`Changes to “${rule.name}”`} subject={`“${rule.name}”`} historyUrl={`/api/admin/rules/history?ruleId=${rule.id}`} revertUrl="/api/admin/rules/revert" invalidate={[RULES_KEY]} />
                  <Button variant="ghost" size="icon-sm" aria-label={`Delete “${rule.name}”`} onClick={() => setDeleting(rule)}>
                    <Trash2Icon />
                  </Button>
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>

      <DryRunPanel teamName={teamName} />

      <RuleFormDialog open={formOpen} onOpenChange={setFormOpen} rule={editing} options={editorOptions} />
      <Dialog open={deleting !== null} onOpenChange={(open) => !open && setDeleting(null)}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Delete this rule?</DialogTitle>
            <DialogDescription>“{deleting?.name}” stops applying from the next customer message. The deletion is recorded and can be reverted from All changes.</DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <Button variant="outline" onClick={() => setDeleting(null)}>
              Keep it
            </Button>
            <Button variant="destructive" disabled={remove.isPending} onClick={() => deleting && remove.mutate(deleting)}>
              Delete rule
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
