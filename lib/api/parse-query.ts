import type { z } from "zod";
import { AppError } from "@/lib/errors";

// Query strings are validated with the same zod schemas the UI uses; a bad value names the field.
export function parseQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const result = schema.safeParse(params);
  if (!result.success) {
    const details = result.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message }));
    throw new AppError("bad_request:api", "Some query parameters are invalid.", { details });
  }
  return result.data;
}
