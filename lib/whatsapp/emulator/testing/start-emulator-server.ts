import { type Server, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type CloudApiEmulator, createCloudApiEmulator } from "../create-cloud-api-emulator";
import type { CloudApiEmulatorOptions } from "../emulator-options";
import { closeServer } from "./start-webhook-receiver";

// Hosts an emulator on 127.0.0.1 with an ephemeral port, the way server.ts mounts it: the emulator
// answers its own paths and everything else gets a 404 (Next.js would take it in the app).

export type EmulatorServer = {
  emulator: CloudApiEmulator;
  // e.g. http://127.0.0.1:41234
  origin: string;
  // `${origin}${basePath}`
  baseUrl: string;
  close(): Promise<void>;
};

export async function startEmulatorServer(
  options: Omit<CloudApiEmulatorOptions, "publicUrl" | "basePath"> & { basePath?: string },
): Promise<EmulatorServer> {
  let emulator: CloudApiEmulator | null = null;
  const server: Server = createServer((req, res) => {
    if (!emulator) {
      res.writeHead(503).end();
      return;
    }
    void emulator.handle(req, res).then((handled) => {
      if (!handled) res.writeHead(404, { "content-type": "text/plain" }).end("not the emulator");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const basePath = options.basePath ?? "/__emulator";
  const created = createCloudApiEmulator({ ...options, basePath, publicUrl: origin });
  emulator = created;

  return {
    emulator: created,
    origin,
    baseUrl: `${origin}${basePath}`,
    async close() {
      await created.close();
      await closeServer(server);
    },
  };
}
