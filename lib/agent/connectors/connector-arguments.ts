import { z } from "zod";
import { ConnectorError } from "./connector-error";

// Argument checks both implementations run before touching a system, so a malformed call fails the
// same way (connector:invalid_request) whether it would have gone to our database or over HTTP.

const idempotencyKeySchema = z.string().trim().min(1).max(200);
const calendarDateSchema = z.iso.date();

export function parseArgument<Schema extends z.ZodType>(operation: string, name: string, schema: Schema, value: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ConnectorError("connector:invalid_request", operation, `invalid ${name}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function requireIdempotencyKey(operation: string, key: string): string {
  return parseArgument(operation, "idempotency key (1 to 200 characters)", idempotencyKeySchema, key);
}

export function requireCalendarDate(operation: string, name: string, value: string): string {
  return parseArgument(operation, `${name} (YYYY-MM-DD)`, calendarDateSchema, value);
}

export function requireIntegerInRange(operation: string, name: string, value: number, min: number, max: number): number {
  return parseArgument(operation, name, z.number().int().min(min).max(max), value);
}

export function requireText(operation: string, name: string, value: string, maxLength = 500): string {
  return parseArgument(operation, name, z.string().trim().min(1).max(maxLength), value);
}

// "nl" and " NL " are accepted as NL; "Netherlands" is not a country code.
export function requireCountryCode(operation: string, value: string): string {
  return parseArgument(operation, "country (ISO 3166-1 alpha-2 code such as NL)", z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/), value);
}
