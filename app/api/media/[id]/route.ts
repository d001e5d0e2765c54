import { z } from "zod";
import { withAuth } from "@/lib/api/with-auth";
import { channelRuntime } from "@/lib/channel/channel-runtime";
import { readStoredMedia } from "@/lib/channel/media/read-stored-media";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

// Media is served only to signed-in users, never cached by shared caches.
export const GET = withAuth<{ id: string }>(async (_request, { params }) => {
  const id = z.string().uuid().safeParse(params.id);
  if (!id.success) throw new AppError("bad_request:api", "Not a media id.");
  const file = await readStoredMedia(db(), channelRuntime().storage, id.data);
  const name = (file.fileName ?? "file").replace(/[^\w.\- ]/g, "_");
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": file.mimeType,
      "content-length": String(file.bytes.byteLength),
      "content-disposition": `inline; filename="${name}"`,
      "cache-control": "private, max-age=3600",
      "x-content-type-options": "nosniff",
    },
  });
});
