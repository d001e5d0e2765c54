import { readBodyWithin } from "@/lib/api/read-body-within";
import { withAuth } from "@/lib/api/with-auth";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { importArticleFile } from "@/lib/knowledge/admin/import-article-file";
import { importOptionsSchema, KNOWLEDGE_LIMITS } from "@/lib/validation/knowledge";

export const dynamic = "force-dynamic";

// The envelope around the largest accepted file.
const MAX_BODY_BYTES = KNOWLEDGE_LIMITS.importBytes + 256 * 1024;

// POST multipart/form-data with one `file` (plus `locale` and comma-separated `tags`): one draft
// article. The browser sends files one by one, so each succeeds or fails on its own.
export const POST = withAuth(
  async (request, { user }) => {
    const contentType = request.headers.get("content-type") ?? "";
    if (!contentType.toLowerCase().startsWith("multipart/form-data")) throw new AppError("bad_request:api", 'Send the file as multipart/form-data in a field named "file".');
    const body = await readBodyWithin(request, MAX_BODY_BYTES);
    if (!body) {
      throw new AppError("bad_request:admin", `The file is too large; files of at most ${KNOWLEDGE_LIMITS.importBytes / (1024 * 1024)} MB can be imported.`, { details: { reason: "too_large" } });
    }
    let form: FormData;
    try {
      form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
    } catch {
      throw new AppError("bad_request:api", "The upload is not readable multipart/form-data.");
    }
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("bad_request:api", 'Attach the file in a field named "file".');
    const options = importOptionsSchema.safeParse({ locale: form.get("locale") ?? undefined, tags: form.get("tags") ?? undefined });
    if (!options.success) {
      throw new AppError("bad_request:api", "Some fields are invalid.", { details: options.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message })) });
    }
    const imported = await importArticleFile(db(), {
      authorId: user.id,
      file: { bytes: new Uint8Array(await file.arrayBuffer()), fileName: file.name, mimeType: file.type },
      locale: options.data.locale,
      tags: options.data.tags,
    });
    return Response.json(imported, { status: 201 });
  },
  { roles: ["admin"] },
);
