import type { CustomerTier } from "@/lib/agent/connectors/schemas";
import type { Connectors } from "@/lib/agent/connectors/types";
import type { Lang } from "@/lib/ai/offline/nlu/lang";
import type { OrderState } from "@/lib/db/schema";

export type { ToolFailure, ToolFailureReason, ToolOutcome, ToolSuccess } from "./tool-outcome";

// Who the tools act for. The runner fills it from the conversation: `verifiedCustomerId` only once
// identity was checked (phone on file, or identify_customer), never from anything a message claims.
export type CustomerScope = {
  // The WhatsApp id: the customer's phone number in international format, digits only.
  waId: string;
  verifiedCustomerId: string | null;
  verifiedBy: "phone" | "email" | "order_postcode" | null;
  // ISO 3166-1 alpha-2, from the customer record or the phone number; null when unknown.
  country: string | null;
  language: Lang;
  tier: CustomerTier;
};

// The boundaries admins set. Enforced in the tools, so no prompt, message or tool result can move them.
export type AgentPolicy = {
  // Refunds above this (in the order's currency) go to a person for approval.
  maxAutoRefundCents: number;
  // Days after delivery during which the agent may start a return or exchange.
  returnWindowDays: number;
  cancellableStates: readonly OrderState[];
  addressChangeStates: readonly OrderState[];
};

export const DEFAULT_AGENT_POLICY: AgentPolicy = {
  maxAutoRefundCents: 5000,
  returnWindowDays: 30,
  cancellableStates: ["pending_payment", "paid", "processing"],
  addressChangeStates: ["pending_payment", "paid", "processing"],
};

export type ToolContext = {
  connectors: Connectors;
  scope: CustomerScope;
  policy: AgentPolicy;
  // Set by the runner only for a change tool the customer has confirmed; the connector uses it so a
  // retried call is applied once. Null means "not confirmed", and change tools refuse.
  idempotencyKey: string | null;
  now: Date;
};
