// Every POST /{phone-number-id}/messages the emulator received, exactly as received, with the answer
// it gave — accepted or not. Tests and the simulator use it to see what our client really sent.
// In memory, newest last, capped so a long dev session cannot grow it without bound.

export type SentRequestRecord = {
  seq: number;
  // Virtual time, ISO.
  receivedAt: string;
  phoneNumberId: string;
  // The body as sent on the wire (UTF-8), and parsed when it was JSON.
  rawBody: string;
  body: unknown;
  response: { status: number; body: unknown };
  // Set when the send was accepted.
  wamid: string | null;
};

export type SentRequestLog = {
  record(entry: Omit<SentRequestRecord, "seq">): void;
  list(): SentRequestRecord[];
  reset(): void;
};

const MAX_RECORDS = 5_000;

export function createSentRequestLog(): SentRequestLog {
  let records: SentRequestRecord[] = [];
  let seq = 0;
  return {
    record(entry) {
      records.push({ ...entry, seq: ++seq });
      if (records.length > MAX_RECORDS) records = records.slice(-MAX_RECORDS);
    },
    list: () => structuredClone(records),
    reset() {
      records = [];
    },
  };
}
