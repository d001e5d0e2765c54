"use client";

import * as React from "react";
import { CheckCircle2Icon, CircleDashedIcon, SparklesIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { ConversationDetail } from "@/lib/conversation/console-types";
import { formatDuration } from "./format-wait";
import { LANGUAGE_NAMES, REASON_LABELS } from "./queue-labels";

export type ContextPanelProps = { detail: ConversationDetail; onUseDraft: (text: string) => void; onOpenConversation: (id: string) => void };

/**
 * Everything an agent needs beside the chat: the handoff packet (what the customer wants, what was
 * collected and tried, what to do next), the customer's profile, their orders and bookings from the
 * connected systems, and earlier conversations.
 */
export function ContextPanel({ detail, onUseDraft, onOpenConversation }: ContextPanelProps) {
  const { handoff, contact, records, previousConversations, csat } = detail;
  const now = new Date();
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-5 p-4 text-sm" data-testid="context-panel">
      {handoff ? (
        <section aria-labelledby="handoff-heading" className="grid min-w-0 gap-3" data-testid="handoff-packet">
          <div className="flex items-center justify-between gap-2">
            <h3 id="handoff-heading" className="font-semibold">
              Handoff
            </h3>
            <Badge variant={handoff.status === "waiting" ? "destructive" : "secondary"}>
              {handoff.status === "waiting" ? `Waiting ${formatDuration(new Date(handoff.createdAt), now)}` : handoff.status === "accepted" ? `Taken by ${handoff.acceptedBy?.name ?? "a person"}` : "Closed"}
            </Badge>
          </div>
          <p className="text-xs text-muted-foreground">
            Reason: <span className="font-medium text-foreground">{REASON_LABELS[handoff.reason] ?? handoff.reason}</span> · Sentiment: {handoff.packet.sentiment} · Urgency:{" "}
            <span className={cn(handoff.packet.urgency === "high" && "font-semibold text-destructive")}>{handoff.packet.urgency}</span>
          </p>
          <Field label="Summary">{handoff.packet.summary}</Field>
          <Field label="Customer asked">{handoff.packet.customerAsked}</Field>
          <Field label="Requested resolution">{handoff.packet.requestedResolution}</Field>
          <div className="grid gap-1">
            <h4 className="text-xs font-medium text-muted-foreground uppercase">Identifiers</h4>
            {handoff.packet.identifiers.length === 0 ? (
              <p className="text-muted-foreground">None collected.</p>
            ) : (
              <ul className="grid gap-1">
                {handoff.packet.identifiers.map((identifier) => (
                  <li key={`${identifier.kind}:${identifier.value}`} className="flex items-center gap-2">
                    {identifier.verified ? (
                      <CheckCircle2Icon className="size-4 text-emerald-600" aria-label="verified" />
                    ) : (
                      <CircleDashedIcon className="size-4 text-muted-foreground" aria-label="stated, not verified" />
                    )}
                    <span className="text-muted-foreground">{identifier.kind}</span>
                    <span className="min-w-0 truncate font-mono" title={identifier.value}>{identifier.value}</span>
                    <span className="ml-auto text-xs text-muted-foreground">{identifier.verified ? "verified" : "stated"}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div className="grid gap-1">
            <h4 className="text-xs font-medium text-muted-foreground uppercase">Steps tried</h4>
            {handoff.packet.stepsTried.length === 0 ? (
              <p className="text-muted-foreground">Nothing was tried before the handoff.</p>
            ) : (
              <ol className="grid list-decimal gap-1 pl-5">
                {handoff.packet.stepsTried.map((step, index) => (
                  <li key={index}>
                    {step.step} <span className="text-muted-foreground">→ {step.result}</span>
                  </li>
                ))}
              </ol>
            )}
          </div>
          {handoff.packet.linksSent.length > 0 && (
            <Field label="Links sent">
              <ul>
                {handoff.packet.linksSent.map((link) => (
                  <li key={link} className="truncate">
                    <a href={link} target="_blank" rel="noopener noreferrer" className="text-primary underline">
                      {link}
                    </a>
                  </li>
                ))}
              </ul>
            </Field>
          )}
          <div className="rounded-md border border-primary/30 bg-primary/5 p-3">
            <h4 className="mb-1 text-xs font-medium text-primary uppercase">Suggested next action</h4>
            <p>{handoff.packet.suggestedAction}</p>
            {handoff.packet.draftReply && (
              <Button size="sm" variant="outline" className="mt-2" onClick={() => onUseDraft(handoff.packet.draftReply)}>
                <SparklesIcon /> Use suggested reply
              </Button>
            )}
          </div>
        </section>
      ) : (
        <p className="text-muted-foreground">The assistant has not handed this conversation over.</p>
      )}

      <section aria-labelledby="customer-heading" className="grid gap-2">
        <h3 id="customer-heading" className="font-semibold">
          Customer
        </h3>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
          <Term label="Name">{contact.name}</Term>
          {contact.profileName && contact.profileName !== contact.name && <Term label="WhatsApp name">{contact.profileName}</Term>}
          <Term label="Number">+{contact.waId}</Term>
          {contact.email && <Term label="E-mail">{contact.email}</Term>}
          <Term label="Language">{contact.language ? (LANGUAGE_NAMES[contact.language] ?? contact.language) : "Unknown"}</Term>
          {contact.country && <Term label="Country">{contact.country}</Term>}
          <Term label="Tier">
            <Badge variant={contact.tier === "vip" ? "warning" : "secondary"}>{contact.tier}</Badge>
          </Term>
          <Term label="Consent">{contact.consent.replace("_", " ")}</Term>
        </dl>
      </section>

      {csat && (
        <section aria-labelledby="csat-heading" className="grid gap-1" data-testid="csat-summary">
          <h3 id="csat-heading" className="font-semibold">
            Satisfaction
          </h3>
          {csat.score === null ? (
            <p className="text-muted-foreground">Survey sent {new Date(csat.sentAt).toLocaleString()}; no answer yet.</p>
          ) : (
            <p>
              <Badge variant={csat.score >= 4 ? "success" : csat.score >= 3 ? "secondary" : "destructive"}>{CSAT_LABELS[csat.score] ?? `${csat.score}/5`}</Badge>{" "}
              <span className="text-xs text-muted-foreground">
                {csat.score}/5{csat.answeredAt ? ` · ${new Date(csat.answeredAt).toLocaleString()}` : ""}
              </span>
            </p>
          )}
          {csat.comment && <p className="text-muted-foreground italic">“{csat.comment}”</p>}
        </section>
      )}

      <section aria-labelledby="orders-heading" className="grid gap-2">
        <h3 id="orders-heading" className="font-semibold">
          Orders and bookings
        </h3>
        {records.note && <p className="text-muted-foreground">{records.note}</p>}
        {records.orders.length > 0 && (
          <ul className="grid gap-1.5">
            {records.orders.map((order) => (
              <li key={order.id} className="flex items-center gap-2 rounded-md border px-2 py-1.5">
                <span className="font-mono text-xs">{order.number}</span>
                <Badge variant="secondary">{order.state.replaceAll("_", " ")}</Badge>
                <span className="ml-auto tabular-nums">
                  {order.total} {order.currency}
                </span>
                <span className="text-xs text-muted-foreground">{new Date(order.placedAt).toLocaleDateString()}</span>
              </li>
            ))}
          </ul>
        )}
        {records.bookings.length > 0 && (
          <ul className="grid gap-1.5">
            {records.bookings.map((booking) => (
              <li key={booking.id} className="flex items-center gap-2 rounded-md border px-2 py-1.5">
                <span className="font-mono text-xs">{booking.reference}</span>
                <span>{booking.service}</span>
                <span className="ml-auto text-xs text-muted-foreground">{new Date(booking.startsAt).toLocaleString()}</span>
                <Badge variant="secondary">{booking.status}</Badge>
              </li>
            ))}
          </ul>
        )}
        {!records.note && records.orders.length === 0 && records.bookings.length === 0 && <p className="text-muted-foreground">No orders or bookings.</p>}
      </section>

      <section aria-labelledby="history-heading" className="grid gap-2">
        <h3 id="history-heading" className="font-semibold">
          Previous conversations
        </h3>
        {previousConversations.length === 0 ? (
          <p className="text-muted-foreground">This is the first conversation with this customer.</p>
        ) : (
          <ul className="grid gap-1">
            {previousConversations.map((previous) => (
              <li key={previous.id}>
                <button type="button" className="grid w-full gap-0.5 rounded-md px-2 py-1.5 text-left hover:bg-accent" onClick={() => onOpenConversation(previous.id)}>
                  <span className="text-xs text-muted-foreground">
                    {new Date(previous.createdAt).toLocaleDateString()} · {previous.status}
                  </span>
                  <span className="truncate">{previous.preview ?? "No messages"}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

const CSAT_LABELS: Record<number, string> = { 1: "Bad", 2: "Poor", 3: "OK", 4: "Good", 5: "Great" };

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-0.5">
      <h4 className="text-xs font-medium text-muted-foreground uppercase">{label}</h4>
      <div>{children}</div>
    </div>
  );
}

function Term({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt className="text-muted-foreground">{label}</dt>
      <dd className="min-w-0 truncate">{children}</dd>
    </>
  );
}
