import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { AwsClient } from "aws4fetch";
import type { Env } from "@/lib/env";

// Where media bytes live: a folder under DATA_DIR by default, or an S3-compatible bucket (AWS, R2,
// MinIO…). Keys are content hashes, so storing the same file twice is harmless.
export type MediaStorage = {
  put(key: string, bytes: Uint8Array, mimeType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
};

export function createMediaStorage(env: Env): MediaStorage {
  if (env.MEDIA_STORAGE === "s3") return s3Storage(env);
  return localStorage(path.resolve(env.DATA_DIR, "media"));
}

function localStorage(root: string): MediaStorage {
  const fileOf = (key: string) => path.join(root, key.slice(0, 2), key);
  return {
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      // Write then rename: a reader never sees half a file.
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, file);
    },
    async get(key) {
      const file = fileOf(key);
      try {
        await stat(file);
        return new Uint8Array(await readFile(file));
      } catch {
        return null;
      }
    },
  };
}

function s3Storage(env: Env): MediaStorage {
  const client = new AwsClient({ accessKeyId: env.S3_ACCESS_KEY_ID ?? "", secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? "", region: env.S3_REGION, service: "s3" });
  const objectUrl = (key: string) => `${(env.S3_ENDPOINT ?? "").replace(/\/$/, "")}/${env.S3_BUCKET}/${key}`;
  return {
    async put(key, bytes, mimeType) {
      const response = await client.fetch(objectUrl(key), { method: "PUT", body: new Uint8Array(bytes), headers: { "content-type": mimeType } });
      if (!response.ok) throw new Error(`S3 PUT ${key} failed: HTTP ${response.status}`);
    },
    async get(key) {
      const response = await client.fetch(objectUrl(key), { method: "GET" });
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`S3 GET ${key} failed: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}
