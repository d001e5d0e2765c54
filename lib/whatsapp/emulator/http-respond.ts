import type { ServerResponse } from "node:http";
import { type GraphError, renderGraphError } from "@/lib/whatsapp/cloud-api/graph-errors";

// Small writers for node:http responses; every emulator answer goes through one of these.

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=UTF-8",
    "content-length": String(Buffer.byteLength(text)),
    "cache-control": "no-store",
    ...headers,
  });
  res.end(text);
}

// Graph errors as Meta sends them (§1), with the catalogue's HTTP status.
export function sendGraphError(res: ServerResponse, error: GraphError): void {
  const { status, body } = renderGraphError(error);
  // Graph names the failing token scheme on 401s, as OAuth servers do.
  sendJson(res, status, body, status === 401 ? { "www-authenticate": 'OAuth "Facebook Platform" "invalid_token"' } : {});
}

export function sendBytes(res: ServerResponse, status: number, bytes: Buffer, contentType: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": contentType, "content-length": String(bytes.length), "cache-control": "no-store", ...headers });
  res.end(bytes);
}

// The control API's error shape matches the product's AppError JSON: { error: { code, message, details? } }.
export function sendControlError(res: ServerResponse, status: number, code: string, message: string, details?: unknown): void {
  sendJson(res, status, { error: { code, message, ...(details === undefined ? {} : { details }) } });
}
