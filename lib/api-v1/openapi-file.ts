// Where the generated OpenAPI document is checked in, and its exact text (stable key order from
// the generator, two-space indent, trailing newline) so regenerating an unchanged API is a no-op.
export const OPENAPI_FILE = "docs/openapi.json";

export function serializeOpenApi(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
