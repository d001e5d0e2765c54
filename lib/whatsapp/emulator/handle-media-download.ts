import type { IncomingMessage, ServerResponse } from "node:http";
import { graphErrorBody } from "@/lib/whatsapp/cloud-api/graph-errors";
import type { EmulatorContext } from "./emulator-context";
import { checkAccessToken } from "./graph-auth";
import { sendBytes, sendGraphError, sendJson } from "./http-respond";

// GET <download url> (shared/whatsapp/cloud-api.md §5): needs the same bearer token as Graph, and
// answers 404 once the URL's 5 minutes are over, when the signature is wrong, or when the media is
// gone — the client must then ask GET /{media-id} for a fresh URL.
export function handleMediaDownload(ctx: EmulatorContext, req: IncomingMessage, res: ServerResponse, url: URL): void {
  const now = ctx.clock.now();
  const authError = checkAccessToken(req, url, { accessToken: ctx.options.accessToken, tokenExpired: ctx.faults.current().tokenExpired, now });
  if (authError) return sendGraphError(res, authError);

  const { result, mediaId } = ctx.mediaUrls.check(url.searchParams, now);
  const media = result === "valid" && mediaId !== null ? ctx.media.get(mediaId) : undefined;
  if (!media) {
    const reason = result === "expired" ? "URL signature expired" : result === "invalid" ? "URL signature mismatch" : "Media not found";
    return sendJson(res, 404, graphErrorBody(100, undefined, { message: reason }));
  }
  const headers: Record<string, string> = {};
  if (media.fileName) headers["content-disposition"] = `attachment; filename="${media.fileName.replace(/["\\\r\n]/g, "_")}"`;
  sendBytes(res, 200, media.bytes, media.mimeType, headers);
}
