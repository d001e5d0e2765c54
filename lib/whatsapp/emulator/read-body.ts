import type { IncomingMessage } from "node:http";

export type BodyRead = { ok: true; body: Buffer } | { ok: false; reason: "too_large"; receivedBytes: number };

// Reads a request body into memory, up to maxBytes. A larger body is drained (so the connection stays
// usable for the answer) but not kept.
export async function readRequestBody(req: IncomingMessage, maxBytes: number): Promise<BodyRead> {
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of req) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    received += bytes.length;
    if (received <= maxBytes) chunks.push(bytes);
  }
  if (received > maxBytes) return { ok: false, reason: "too_large", receivedBytes: received };
  return { ok: true, body: Buffer.concat(chunks) };
}
