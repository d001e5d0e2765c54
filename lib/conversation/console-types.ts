import type { ConversationQueue } from "@/lib/validation/conversations";
import type { AgentTurn, HandoffPacket, Language, Presence, ToolCallRecord } from "@/lib/db/schema";

// What the agent console reads. Dates travel as ISO strings so the same types describe the JSON
// the API returns and what the browser holds in its query cache.

export type PersonRef = { id: string; name: string };

export type ConversationListItem = {
  id: string;
  inboxId: string;
  contact: { id: string; name: string; waId: string; tier: string };
  status: "open" | "snoozed" | "resolved";
  owner: "bot" | "human";
  assignee: PersonRef | null;
  team: PersonRef | null;
  priority: "low" | "normal" | "high" | "urgent";
  labels: string[];
  language: Language | null;
  intent: string | null;
  lastMessageAt: string | null;
  lastMessagePreview: string | null;
  lastMessageSender: "customer" | "bot" | "agent" | "system" | null;
  // Oldest waiting handoff: what the "needs a human" queue sorts and clocks by.
  waitingSince: string | null;
  handoffReason: string | null;
  // First reply by a person after the handoff (null while nobody answered).
  firstResponseAt: string | null;
  createdAt: string;
  windowExpiresAt: string | null;
  snoozedUntil: string | null;
  // Customer messages after the signed-in person last read the conversation.
  unreadCount: number;
  version: number;
};

export type QueueCounts = Record<ConversationQueue, number>;

export type ConversationListResponse = { conversations: ConversationListItem[]; counts: QueueCounts };

export type ContactProfile = {
  id: string;
  name: string;
  profileName: string | null;
  waId: string;
  email: string | null;
  language: Language | null;
  country: string | null;
  tier: string;
  consent: string;
  shopCustomerId: string | null;
};

export type HandoffView = {
  id: string;
  status: "waiting" | "accepted" | "closed";
  reason: string;
  packet: HandoffPacket;
  createdAt: string;
  acceptedBy: PersonRef | null;
  acceptedAt: string | null;
};

export type CustomerRecords = {
  orders: { id: string; number: string; state: string; total: string; currency: string; placedAt: string; items: number }[];
  bookings: { id: string; reference: string; service: string; startsAt: string; status: string }[];
  // Why records are missing when they are (no linked shop customer, connector failure).
  note: string | null;
};

export type PreviousConversation = { id: string; status: string; createdAt: string; resolvedAt: string | null; preview: string | null };

export type AgentTurnView = Pick<AgentTurn, "id" | "status" | "intent" | "confidence" | "outcome" | "error"> & {
  startedAt: string;
  finishedAt: string | null;
  toolCalls: ToolCallRecord[];
};

export type ConversationDetail = {
  conversation: ConversationListItem & { resolvedAt: string | null; inboxName: string };
  contact: ContactProfile;
  handoff: HandoffView | null;
  records: CustomerRecords;
  previousConversations: PreviousConversation[];
  turns: AgentTurnView[];
  // The satisfaction survey sent after resolution and the customer's answer (null: none sent).
  csat: { score: number | null; comment: string | null; sentAt: string; answeredAt: string | null } | null;
};

export type ConsoleMessage = {
  id: string;
  direction: "inbound" | "outbound";
  sender: "customer" | "bot" | "agent" | "system";
  author: PersonRef | null;
  type: string;
  body: string | null;
  status: string;
  errorCode: number | null;
  errorTitle: string | null;
  waMessageId: string | null;
  replyToWaMessageId: string | null;
  isPrivateNote: boolean;
  turnId: string | null;
  sentAt: string;
  payload: Record<string, unknown>;
  media: { id: string; status: string; mimeType: string; fileName: string | null; sizeBytes: number | null; error: string | null } | null;
};

export type DirectoryEntry = PersonRef & { email: string; role: string; presence: Presence; teamIds: string[] };
export type Directory = { users: DirectoryEntry[]; teams: (PersonRef & { slug: string })[] };

export type CannedReplyView = { id: string; shortcut: string; title: string; body: string; language: Language | null };

export type TemplateParameterField = { index: number; example: string | null };
export type TemplateOption = {
  name: string;
  language: string;
  category: string;
  body: string;
  // Positional {{n}} parameters of the body, in order, with Meta's example values where given.
  parameters: TemplateParameterField[];
  quickReplies: string[];
};

export type UploadedAttachment = { waMediaId: string; kind: "image" | "audio" | "video" | "document" | "sticker"; fileName: string; mimeType: string; sizeBytes: number };
