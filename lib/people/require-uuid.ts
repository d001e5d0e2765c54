import { z } from "zod";
import { AppError } from "@/lib/errors";

const uuid = z.uuid();

// A malformed id in an admin URL is a missing resource, not a database error.
export function requireUuid(value: string, what: string): string {
  if (!uuid.safeParse(value).success) throw new AppError("not_found:admin", `There is no ${what} with this id.`);
  return value;
}
