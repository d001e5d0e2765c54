import type { EmulatorContext } from "./emulator-context";

// A fresh 5-minute download URL for a media id, served by the emulator itself
// (`${publicUrl}${basePath}/media-download/attachments?mid=…&ext=…&hash=…`).
export function mediaDownloadUrl(ctx: EmulatorContext, mediaId: string): string {
  const query = ctx.mediaUrls.issue(mediaId, ctx.clock.now());
  return `${ctx.options.publicUrl}${ctx.options.basePath}/media-download/attachments?${query}`;
}
