import type { z } from "zod";
import { AppError } from "@/lib/errors";

export type FieldError = { field: string; message: string };

// Every problem with the field it belongs to ("weekly.1.0", "disclosure.fr"), so a form can show
// each message beside its input.
export function fieldErrorsOf(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join("."),
    message: issue.code === "unrecognized_keys" ? `unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}` : issue.message,
  }));
}

export function invalidSettings(fields: FieldError[], message = "Some values need fixing before they can be saved."): AppError {
  const summary = fields.length === 1 && fields[0] ? `${message} ${capitalise(fields[0].message)}.` : message;
  return new AppError("bad_request:admin", summary, { details: fields });
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
