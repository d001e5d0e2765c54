import { existsSync, statSync } from "node:fs";
import path from "node:path";

// The third-party datasets live beside the project (../shared/data), never inside it: a fresh clone
// does not have them, so `npm run eval:external` is optional and skips with a message when they are
// missing. EXTERNAL_DATA_DIR (or --data) points elsewhere. Not DATA_DIR: that is the product's own
// data folder (embedded database, auth secret, media).
export const EXTERNAL_DATA_ENV = "EXTERNAL_DATA_DIR";

export const DATASET_FOLDERS = ["clinc150", "banking77", "pii", "redteam"] as const;
export type DatasetFolder = (typeof DATASET_FOLDERS)[number];

export type DataDirResolution = { dir: string; present: DatasetFolder[]; missing: DatasetFolder[] };

export function defaultExternalDataDir(projectRoot: string): string {
  return path.resolve(projectRoot, "..", "shared", "data");
}

export function resolveExternalDataDir(projectRoot: string, override: string | undefined): DataDirResolution {
  const dir = path.resolve(projectRoot, override && override.trim() !== "" ? override : defaultExternalDataDir(projectRoot));
  const present: DatasetFolder[] = [];
  const missing: DatasetFolder[] = [];
  for (const folder of DATASET_FOLDERS) {
    const full = path.join(dir, folder);
    if (existsSync(full) && statSync(full).isDirectory()) present.push(folder);
    else missing.push(folder);
  }
  return { dir, present, missing };
}
