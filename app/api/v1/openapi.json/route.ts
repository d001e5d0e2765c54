import { createApiV1Document } from "@/lib/api-v1/openapi-document";

// The API description is public (like any published API reference): it names endpoints and
// shapes, never data. Same document as the checked-in docs/openapi.json.
export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(createApiV1Document(), { headers: { "cache-control": "public, max-age=300" } });
}
