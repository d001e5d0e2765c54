import { AppError } from "@/lib/errors";
import { idParamsSchema } from "@/lib/validation/api-v1";

// Path ids are UUIDs; anything else is a 400 naming the parameter (not a database error).
export function parseIdParam(params: { id: string }): string {
  const result = idParamsSchema.safeParse(params);
  if (!result.success) throw new AppError("bad_request:api", "The id in the path is not a valid id.", { details: [{ field: "id", message: "Expected a UUID." }] });
  return result.data.id;
}
