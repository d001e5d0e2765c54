import type { z } from "zod";
import { AppError } from "@/lib/errors";

// Request bodies are validated with the shared zod schemas; each problem names its field.
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    throw new AppError("bad_request:api", "The request body must be JSON.");
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    const details = result.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message }));
    throw new AppError("bad_request:api", "Some fields are invalid.", { details });
  }
  return result.data;
}
