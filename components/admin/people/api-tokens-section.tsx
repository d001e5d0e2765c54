"use client";

import * as React from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { KeyRoundIcon, PlusIcon } from "lucide-react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
import { Skeleton } from "@/components/ui/skeleton";
import { TableBody, TableCell, TableRow } from "@/components/ui/table";
import { API_SCOPES, type ApiScope } from "@/lib/db/enums";
import type { ApiTokenView, CreatedApiToken } from "@/lib/people/people-types";
import { TOKEN_EXPIRY_CHOICES } from "@/lib/validation/people";
import { CheckboxGroup, DateText, Field } from "./field";
import { PeopleApiError, peopleApi, peopleKeys, type FieldErrors } from "./people-api";
import { DialogForm, ErrorAlert, FormDialogFooter, SecretShownOnce, SectionHeader, SectionTable } from "./people-form-parts";

const SCOPE_HINTS: Record<ApiScope, string> = {
  "conversations:read": "Conversations with messages, assistant turns (intent, confidence) and handoff packets.",
  "contacts:read": "Customers' contact records.",
  "knowledge:read": "Knowledge base articles.",
  "knowledge:write": "Create and update knowledge articles (each save a new version, audited as this token).",
  "metrics:read": "The outcome metrics summary.",
};

const STATE_BADGE = { active: "success", expired: "outline", revoked: "outline" } as const;

/** Tokens for the REST API /api/v1: scoped, shown once, revocable. */
export function ApiTokensSection({ initialTokens }: { initialTokens: ApiTokenView[] }) {
  const tokens = useQuery({ queryKey: peopleKeys.tokens, queryFn: peopleApi.tokens, initialData: initialTokens });
  const [creating, setCreating] = React.useState(false);
  const [revoking, setRevoking] = React.useState<ApiTokenView | null>(null);

  return (
    <section aria-labelledby="people-tokens" className="flex flex-col gap-3">
      <SectionHeader
        id="people-tokens"
        title="API tokens"
        description={
          <>
            For the REST API at <code className="font-mono">/api/v1</code>. Send <code className="font-mono">Authorization: Bearer &lt;token&gt;</code>; the reference is at{" "}
            <a className="underline underline-offset-4" href="/api/v1/openapi.json">
              /api/v1/openapi.json
            </a>
            .
          </>
        }
        action={
          <Button variant="outline" onClick={() => setCreating(true)}>
            <PlusIcon aria-hidden="true" />
            New API token
          </Button>
        }
      />
      {tokens.isPending ? (
        <Skeleton className="h-24 w-full" />
      ) : tokens.data.length === 0 ? (
        <EmptyState icon={<KeyRoundIcon />} title="No API tokens" description="Create a token for each system that reads from this console, with only the scopes it needs." titleAs="h3" />
      ) : (
        <SectionTable labelledBy="people-tokens" columns={["Name", "Token", "Scopes", "Status", "Last used", "Expires"]}>
          <TableBody>
            {tokens.data.map((token) => (
              <TableRow key={token.id} data-testid={`token-${token.name}`}>
                <TableCell>
                  <div className="flex flex-col">
                    <span className="font-medium">{token.name}</span>
                    <span className="text-xs text-muted-foreground">
                      {token.createdBy ? `by ${token.createdBy.name}, ` : ""}
                      <DateText iso={token.createdAt} />
                    </span>
                  </div>
                </TableCell>
                <TableCell className="font-mono text-xs">{token.prefix}…</TableCell>
                <TableCell className="max-w-64 whitespace-normal">
                  <div className="flex flex-wrap gap-1">
                    {token.scopes.map((scope) => (
                      <Badge key={scope} variant="secondary" className="font-mono">
                        {scope}
                      </Badge>
                    ))}
                  </div>
                </TableCell>
                <TableCell>
                  <Badge variant={STATE_BADGE[token.state]} className="capitalize">
                    {token.state}
                  </Badge>
                </TableCell>
                <TableCell>
                  <DateText iso={token.lastUsedAt} fallback="Never" />
                </TableCell>
                <TableCell>
                  <DateText iso={token.expiresAt} fallback="Never" />
                </TableCell>
                <TableCell className="text-right">
                  {token.state === "revoked" ? null : (
                    <Button variant="outline" size="sm" onClick={() => setRevoking(token)} aria-label={`Revoke ${token.name}`}>
                      Revoke
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </SectionTable>
      )}
      <ErrorAlert error={tokens.error} />
      {creating ? <CreateTokenDialog onClose={() => setCreating(false)} /> : null}
      {revoking ? <RevokeTokenDialog token={revoking} onClose={() => setRevoking(null)} /> : null}
    </section>
  );
}

function CreateTokenDialog({ onClose }: { onClose: () => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = React.useState("");
  const [scopes, setScopes] = React.useState<ApiScope[]>(["conversations:read"]);
  const [expiry, setExpiry] = React.useState<string>("90");
  const [fieldErrors, setFieldErrors] = React.useState<FieldErrors>({});
  const [created, setCreated] = React.useState<CreatedApiToken | null>(null);

  const create = useMutation({
    mutationFn: () => peopleApi.createToken({ name, scopes, expiresInDays: expiry === "never" ? null : Number(expiry) }),
    onSuccess: (result) => {
      setCreated(result);
      void queryClient.invalidateQueries({ queryKey: peopleKeys.tokens });
    },
    onError: (error) => setFieldErrors(error instanceof PeopleApiError ? error.fieldErrors : {}),
  });

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        {created ? (
          <>
            <DialogHeader>
              <DialogTitle>Token “{created.token.name}” created</DialogTitle>
              <DialogDescription>Scopes: {created.token.scopes.join(", ")}.</DialogDescription>
            </DialogHeader>
            <SecretShownOnce label="API token" value={created.secret} onDone={onClose}>
              Copy it now and store it in the system that will use it. Only its first characters ({created.token.prefix}…) are kept here; if it is lost, revoke it and create a new
              one.
            </SecretShownOnce>
          </>
        ) : (
          <DialogForm onSubmit={() => create.mutate()}>
            <DialogHeader>
              <DialogTitle>New API token</DialogTitle>
              <DialogDescription>Give each system its own token with only the scopes it needs.</DialogDescription>
            </DialogHeader>
            <Field id="token-name" label="Name" error={fieldErrors.name} hint="What uses it, e.g. “BI nightly export”.">
              {(props) => <Input {...props} value={name} onChange={(event) => setName(event.target.value)} autoComplete="off" required />}
            </Field>
            <CheckboxGroup
              legend="Scopes"
              options={API_SCOPES.map((scope) => ({ value: scope, label: scope, hint: SCOPE_HINTS[scope] }))}
              selected={scopes}
              onChange={setScopes}
              error={fieldErrors.scopes}
            />
            <Field id="token-expiry" label="Expires" error={fieldErrors.expiresInDays}>
              {(props) => (
                <NativeSelect {...props} value={expiry} onChange={(event) => setExpiry(event.target.value)}>
                  {TOKEN_EXPIRY_CHOICES.map((days) => (
                    <option key={days} value={String(days)}>
                      In {days} days
                    </option>
                  ))}
                  <option value="never">Never</option>
                </NativeSelect>
              )}
            </Field>
            <ErrorAlert error={Object.keys(fieldErrors).length === 0 ? create.error : null} />
            <FormDialogFooter onCancel={onClose} pending={create.isPending} pendingLabel="Creating…" submitLabel="Create token" />
          </DialogForm>
        )}
      </DialogContent>
    </Dialog>
  );
}

function RevokeTokenDialog({ token, onClose }: { token: ApiTokenView; onClose: () => void }) {
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => peopleApi.revokeToken(token.id),
    onSuccess: () => {
      toast.success(`Revoked “${token.name}”.`);
      void queryClient.invalidateQueries({ queryKey: peopleKeys.tokens });
      onClose();
    },
  });
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Revoke “{token.name}”?</DialogTitle>
          <DialogDescription>Every request with this token ({token.prefix}…) is refused from now on. This cannot be undone.</DialogDescription>
        </DialogHeader>
        <ErrorAlert error={revoke.error} />
        <DialogFooter>
          <Button variant="outline" onClick={onClose}>
            Keep it
          </Button>
          <Button variant="destructive" onClick={() => revoke.mutate()} disabled={revoke.isPending}>
            {revoke.isPending ? "Revoking…" : "Revoke token"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
