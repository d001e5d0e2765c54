// Writes docs/openapi.json from the /api/v1 zod schemas (lib/api-v1/openapi-document.ts).
// `npm run openapi`; lib/api-v1/openapi-document.test.ts fails when the checked-in file is stale.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { createApiV1Document } from "@/lib/api-v1/openapi-document";
import { OPENAPI_FILE, serializeOpenApi } from "@/lib/api-v1/openapi-file";

const target = path.resolve(import.meta.dirname, "..", OPENAPI_FILE);
writeFileSync(target, serializeOpenApi(createApiV1Document()));
console.log(`wrote ${path.relative(process.cwd(), target)}`);
