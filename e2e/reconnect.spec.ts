import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomInt } from "node:crypto";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { AGENT } from "./accounts";
import { InboxPage } from "./pages/inbox-page";
import { LoginPage } from "./pages/login-page";

// This spec runs a server of its own (same build, its own embedded database) so it can stop and
// start it while a signed-in agent keeps the inbox open.
const port = Number(process.env.E2E_PORT ?? 3210) + 1;
const baseURL = `http://localhost:${port}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), "support-e2e-restart-"));
let server: ChildProcess | null = null;

async function startServer(): Promise<void> {
  server = spawn("node_modules/.bin/tsx", ["server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
      DEMO_DATA: "true",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    const ready = await fetch(`${baseURL}/api/ready`).then((response) => response.ok, () => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the restarted server did not become ready");
}

async function stopServer(): Promise<void> {
  const running = server;
  if (!running || running.exitCode !== null) return;
  const exited = new Promise((resolve) => running.once("exit", resolve));
  running.kill("SIGTERM");
  await exited;
  server = null;
}

async function customerSays(api: APIRequestContext, waId: string, text: string): Promise<void> {
  const created = await api.post("/__emulator/control/customers", { data: { waId, profileName: "Theo Reconnect" } });
  expect(created.ok()).toBe(true);
  const sent = await api.post(`/__emulator/control/customers/${waId}/text`, { data: { text } });
  expect(sent.ok()).toBe(true);
}

test.describe("agent console across a server restart", () => {
  test.beforeAll(async () => {
    test.setTimeout(200_000);
    await startServer();
  });
  test.afterAll(async () => {
    await stopServer();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test("after the server restarts the inbox reconnects and shows the messages sent meanwhile, once", async ({ browser }) => {
    test.setTimeout(240_000);
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    const login = new LoginPage(page);
    await login.goto("/inbox");
    await login.signIn(AGENT);
    await expect(page).toHaveURL(/\/inbox/);
    const inbox = new InboxPage(page);
    await inbox.goto("queue=all");

    const waId = `3519970${String(randomInt(0, 100_000)).padStart(5, "0")}`;
    await customerSays(context.request, waId, "Before the restart");
    await inbox.row("Theo Reconnect").click();
    await expect(inbox.message("Before the restart")).toBeVisible({ timeout: 15_000 });

    // The server goes away: the console says so and keeps what the agent typed.
    await stopServer();
    await expect(page.getByTestId("connection-state")).toBeVisible({ timeout: 15_000 });
    await page.getByRole("tab", { name: "Private note" }).click();
    await page.getByRole("textbox", { name: /Private note/ }).fill("Draft typed while offline");

    // While the browser cannot reconnect yet, the server comes back and the customer writes twice.
    await context.setOffline(true);
    await startServer();
    const api = await request.newContext({ baseURL, storageState: await context.storageState() });
    await customerSays(api, waId, "Sent while you were away (1)");
    await customerSays(api, waId, "Sent while you were away (2)");
    await api.dispose();

    await context.setOffline(false);
    await expect(page.getByTestId("connection-state")).toHaveCount(0, { timeout: 20_000 });
    await expect(inbox.message("Sent while you were away (1)")).toHaveCount(1, { timeout: 15_000 });
    await expect(inbox.message("Sent while you were away (2)")).toHaveCount(1);
    await expect(inbox.message("Before the restart")).toHaveCount(1);
    await expect(page.getByRole("textbox", { name: /Private note/ })).toHaveValue("Draft typed while offline");
    await context.close();
  });
});
