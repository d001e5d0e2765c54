"use client";

import * as React from "react";
import type { ChatEntry } from "@/lib/whatsapp/emulator/chat-store";
import type { EmulatorApi } from "./emulator-api";
import type { WebhookProgress } from "./transcript";

// What every bubble needs from the open chat: the API (for media URLs), the transcript by wamid (for
// quotes), webhook progress (for ticks) and the customer's actions.
export type ChatActions = {
  // Each resolves true when the emulator accepted the action; failures are shown by the chat itself.
  tapButton(messageId: string, buttonId: string): Promise<boolean>;
  pickListRow(messageId: string, rowId: string): Promise<boolean>;
  react(messageId: string, emoji: string | null): Promise<boolean>;
  replyTo(entry: ChatEntry): void;
  showMessage(wamid: string): void;
};

export type ChatContextValue = {
  api: EmulatorApi;
  businessName: string;
  byWamid: ReadonlyMap<string, ChatEntry>;
  webhook: WebhookProgress;
  actions: ChatActions;
  // True while a tap, pick or reaction is on its way; controls stay disabled meanwhile.
  acting: boolean;
};

const ChatContext = React.createContext<ChatContextValue | null>(null);

export function ChatProvider({ value, children }: { value: ChatContextValue; children: React.ReactNode }) {
  return <ChatContext.Provider value={value}>{children}</ChatContext.Provider>;
}

export function useChat(): ChatContextValue {
  const value = React.useContext(ChatContext);
  if (!value) throw new Error("useChat must be used inside <ChatProvider>.");
  return value;
}
