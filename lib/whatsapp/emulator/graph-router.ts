import type { IncomingMessage, ServerResponse } from "node:http";
import type { EmulatorContext } from "./emulator-context";
import { checkAccessToken } from "./graph-auth";
import { handleGraphObjectDelete, handleGraphObjectGet } from "./handle-graph-object";
import { handleMediaUpload } from "./handle-media-upload";
import { handleMessageTemplates } from "./handle-message-templates";
import { handleMessages } from "./handle-messages";
import { unknownObjectError, unknownPathError } from "./graph-object-errors";
import { sendGraphError } from "./http-respond";

const VERSION_SEGMENT = /^v\d+(\.\d+)?$/;

// The Meta-compatible surface under `${basePath}/graph` (shared/whatsapp/cloud-api.md §9.1). Any
// `v<major>.<minor>` prefix is accepted, and so is no version at all, as on Graph. The access token is
// checked before anything else, so even unknown paths answer 104/190 without one.
export async function routeGraphRequest(ctx: EmulatorContext, req: IncomingMessage, res: ServerResponse, url: URL, graphPath: string): Promise<void> {
  const authError = checkAccessToken(req, url, {
    accessToken: ctx.options.accessToken,
    tokenExpired: ctx.faults.current().tokenExpired,
    now: ctx.clock.now(),
  });
  if (authError) return sendGraphError(res, authError);

  const segments = graphPath.split("/").filter((segment) => segment !== "");
  if (segments[0] !== undefined && VERSION_SEGMENT.test(segments[0])) segments.shift();
  const [objectId, edge, ...extra] = segments;
  const method = (req.method ?? "GET").toUpperCase();
  if (objectId === undefined || extra.length > 0) return sendGraphError(res, unknownPathError(graphPath));

  if (edge === undefined) {
    if (method === "GET") return handleGraphObjectGet(ctx, res, url, objectId);
    if (method === "DELETE") return handleGraphObjectDelete(ctx, res, url, objectId);
    return sendGraphError(res, unknownObjectError(method, objectId));
  }
  if (edge === "messages" && method === "POST") return handleMessages(ctx, req, res, objectId);
  if (edge === "media" && method === "POST") return handleMediaUpload(ctx, req, res, objectId);
  if (edge === "message_templates" && method === "GET") return handleMessageTemplates(ctx, res, url, objectId);
  if (["messages", "media", "message_templates"].includes(edge)) return sendGraphError(res, unknownObjectError(method, objectId));
  return sendGraphError(res, unknownPathError(`/${edge}`));
}
