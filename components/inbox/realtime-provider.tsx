"use client";

import * as React from "react";
import { useQueryClient, type QueryClient } from "@tanstack/react-query";
import { io, type Socket } from "socket.io-client";
import type { ConsoleMessage, ConversationDetail, ConversationListResponse, Directory } from "@/lib/conversation/console-types";
import type { RealtimeEvent } from "@/lib/realtime/events";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/realtime/protocol";
import { consoleKeys } from "./console-api";

type ConsoleSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type ConnectionState = "connecting" | "online" | "reconnecting";
type Listener = (event: RealtimeEvent) => void;
type Typist = { userId: string; name: string; until: number };

type RealtimeContextValue = {
  state: ConnectionState;
  subscribe: (listener: Listener) => () => void;
  // Joins a conversation's room for as long as it is open; re-joined after every reconnect.
  watchConversation: (conversationId: string | null) => void;
  sendTyping: (conversationId: string) => void;
  typists: (conversationId: string) => Typist[];
};

const RealtimeContext = React.createContext<RealtimeContextValue | null>(null);
const TYPING_VISIBLE_MS = 4_000;
const INVALIDATE_DELAY_MS = 80;

/**
 * One socket.io connection per console tab. Events update the React Query caches directly where the
 * event carries the change, and otherwise invalidate exactly the affected queries (coalesced), so
 * lists and conversations follow the server without polling. After a reconnect every console query
 * is refetched: whatever happened while the connection was down is caught up once, from the server's
 * state, without duplicates.
 */
export function RealtimeProvider({ userId, children }: { userId: string; children: React.ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = React.useState<ConnectionState>("connecting");
  const [typing, setTyping] = React.useState<Record<string, Typist[]>>({});
  const socketRef = React.useRef<ConsoleSocket | null>(null);
  const listeners = React.useRef(new Set<Listener>());
  const watched = React.useRef<string | null>(null);

  React.useEffect(() => {
    const socket: ConsoleSocket = io({ path: "/socket.io", transports: ["websocket", "polling"], reconnectionDelayMax: 4_000 });
    socketRef.current = socket;
    const invalidate = coalescedInvalidator(queryClient);
    let connectedBefore = false;

    socket.on("connect", () => {
      setState("online");
      if (watched.current) socket.emit("conversation:join", watched.current, () => {});
      if (connectedBefore) invalidate.everything();
      connectedBefore = true;
    });
    socket.on("disconnect", () => setState("reconnecting"));
    socket.on("connect_error", () => setState(connectedBefore ? "reconnecting" : "connecting"));
    socket.on("event", (event) => {
      applyToCaches(queryClient, event, invalidate, userId);
      if (event.type === "typing" && event.userId !== userId) {
        setTyping((current) => {
          const others = (current[event.conversationId] ?? []).filter((typist) => typist.userId !== event.userId);
          return { ...current, [event.conversationId]: [...others, { userId: event.userId, name: event.name, until: Date.now() + TYPING_VISIBLE_MS }] };
        });
      }
      if (event.type === "message.created" && event.sender === "agent") {
        // The person who was typing has sent: stop showing "typing…".
        setTyping((current) => (current[event.conversationId] ? { ...current, [event.conversationId]: [] } : current));
      }
      for (const listener of listeners.current) listener(event);
    });
    return () => {
      socket.disconnect();
      socketRef.current = null;
    };
  }, [queryClient, userId]);

  // Expire "typing…" indicators.
  React.useEffect(() => {
    const timer = setInterval(() => {
      setTyping((current) => {
        const now = Date.now();
        let changed = false;
        const next: Record<string, Typist[]> = {};
        for (const [id, list] of Object.entries(current)) {
          const alive = list.filter((typist) => typist.until > now);
          if (alive.length !== list.length) changed = true;
          if (alive.length) next[id] = alive;
        }
        return changed ? next : current;
      });
    }, 1_000);
    return () => clearInterval(timer);
  }, []);

  const value = React.useMemo<RealtimeContextValue>(
    () => ({
      state,
      subscribe: (listener) => {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
      watchConversation: (conversationId) => {
        const socket = socketRef.current;
        if (watched.current === conversationId) return;
        if (watched.current && socket) socket.emit("conversation:leave", watched.current);
        watched.current = conversationId;
        if (conversationId && socket?.connected) socket.emit("conversation:join", conversationId, () => {});
      },
      sendTyping: (conversationId) => socketRef.current?.emit("typing", conversationId),
      typists: (conversationId) => typing[conversationId] ?? [],
    }),
    [state, typing],
  );

  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}

export function useRealtime(): RealtimeContextValue {
  const value = React.useContext(RealtimeContext);
  if (!value) throw new Error("useRealtime must be used inside <RealtimeProvider>");
  return value;
}

/** Calls `listener` for every live event while the component is mounted. */
export function useRealtimeEvent(listener: Listener): void {
  const { subscribe } = useRealtime();
  const latest = React.useRef(listener);
  React.useEffect(() => {
    latest.current = listener;
  });
  React.useEffect(() => subscribe((event) => latest.current(event)), [subscribe]);
}

type Invalidator = { keys: (...keys: (readonly unknown[])[]) => void; everything: () => void };

function coalescedInvalidator(queryClient: QueryClient): Invalidator {
  const pending = new Map<string, readonly unknown[]>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    for (const key of pending.values()) void queryClient.invalidateQueries({ queryKey: key });
    pending.clear();
  };
  return {
    keys: (...keys) => {
      for (const key of keys) pending.set(JSON.stringify(key), key);
      timer ??= setTimeout(flush, INVALIDATE_DELAY_MS);
    },
    everything: () => {
      for (const key of [consoleKeys.lists(), ["conversation"], ["messages"], consoleKeys.directory()]) void queryClient.invalidateQueries({ queryKey: key });
    },
  };
}

function applyToCaches(queryClient: QueryClient, event: RealtimeEvent, invalidate: Invalidator, userId: string): void {
  switch (event.type) {
    case "message.created":
      invalidate.keys(consoleKeys.messages(event.conversationId), consoleKeys.lists());
      if (event.sender === "bot" || event.sender === "customer") invalidate.keys(consoleKeys.detail(event.conversationId));
      return;
    case "message.updated":
      invalidate.keys(consoleKeys.messages(event.conversationId));
      return;
    case "message.status":
      queryClient.setQueryData<ConsoleMessage[]>(consoleKeys.messages(event.conversationId), (messages) =>
        messages?.map((message) =>
          message.id === event.messageId ? { ...message, status: event.status, errorCode: event.errorCode ?? message.errorCode, errorTitle: event.errorTitle ?? message.errorTitle } : message,
        ),
      );
      return;
    case "conversation.updated":
      patchConversation(queryClient, event.conversationId, event.version, event.changes);
      invalidate.keys(consoleKeys.lists(), consoleKeys.detail(event.conversationId));
      return;
    case "conversation.created":
    case "handoff.created":
      invalidate.keys(consoleKeys.lists(), consoleKeys.detail(event.conversationId));
      return;
    case "presence.changed":
      queryClient.setQueryData<Directory>(consoleKeys.directory(), (directory) =>
        directory && { ...directory, users: directory.users.map((user) => (user.id === event.userId ? { ...user, presence: event.presence } : user)) },
      );
      return;
    case "mention":
      if (event.userId === userId) invalidate.keys(consoleKeys.messages(event.conversationId));
      return;
    case "typing":
    case "system.notice":
      return;
  }
}

// Owner, status, priority, labels and version change in place at once, so the header and list show
// another person's action before the refetch lands.
function patchConversation(queryClient: QueryClient, conversationId: string, version: number, changes: Record<string, unknown>): void {
  const simple: Record<string, unknown> = {};
  for (const key of ["owner", "status", "priority", "labels"] as const) if (key in changes) simple[key] = changes[key];
  queryClient.setQueryData<ConversationDetail>(consoleKeys.detail(conversationId), (detail) =>
    detail && detail.conversation.version < version ? { ...detail, conversation: { ...detail.conversation, ...simple, version } } : detail,
  );
  queryClient.setQueriesData<ConversationListResponse>({ queryKey: consoleKeys.lists() }, (list) =>
    list && {
      ...list,
      conversations: list.conversations.map((item) => (item.id === conversationId && item.version < version ? { ...item, ...simple, version } : item)),
    },
  );
}
