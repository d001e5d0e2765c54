import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import type { ConversationListResponse } from "@/lib/conversation/console-types";
import { parseScenario } from "@/lib/evals/load-scenarios";
import { ADMIN, AGENT } from "./accounts";
import { InboxPage } from "./pages/inbox-page";
import { LoginPage } from "./pages/login-page";

// The smallest intent folder: a run of it takes well under a minute on the offline model.
const SMALL_INTENT = "burst";

test.describe("evaluations", () => {
  test("an admin runs one intent's scenarios, watches the progress and opens the finished run", async ({ page }) => {
    test.setTimeout(240_000);
    const login = new LoginPage(page);
    await login.goto("/admin/evals");
    await login.signIn(ADMIN);
    await expect(page).toHaveURL(/\/admin\/evals/);
    await expect(page.getByRole("heading", { name: "Evaluations", level: 1 })).toBeVisible();

    await page.getByLabel("Intent", { exact: true }).selectOption(SMALL_INTENT);
    await page.getByRole("button", { name: "Run evaluations" }).click();
    const progress = page.getByTestId("evals-progress");
    await expect(progress).toBeVisible();
    await expect(progress).toContainText(/Loading scenarios…|\d+ \/ 2 scenario runs done/);
    await expect(progress).toContainText(SMALL_INTENT);

    // Only one run at a time: a second start is refused with the reason.
    const second = await page.request.post("/api/admin/evals", { data: { intent: SMALL_INTENT } });
    expect(second.status()).toBe(409);
    expect(((await second.json()) as { error: { message: string } }).error.message).toMatch(/already in progress/);

    const finished = page.getByTestId("evals-finished");
    await expect(finished).toBeVisible({ timeout: 200_000 });
    await expect(finished).toContainText("of 2 scenario runs");
    await expect(progress).toHaveCount(0);

    const row = page.getByTestId("evals-run-row").first();
    await expect(row).toContainText(`${SMALL_INTENT}/`);
    await expect(row).toContainText("offline");

    await finished.getByRole("link", { name: "Open its report" }).click();
    await expect(page).toHaveURL(/\/admin\/evals\/\d{4}-\d{2}-\d{2}T/);
    await expect(page.getByRole("heading", { name: /Evaluation run/, level: 1 })).toBeVisible();
    const intents = page.getByTestId("evals-intent-row");
    await expect(intents).toHaveCount(1);
    await expect(intents.first()).toContainText(SMALL_INTENT);
    await expect(page.getByTestId("evals-failures")).toBeVisible();
  });

  test("an admin saves a demo conversation as a test case with synthetic identifiers", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto("/inbox");
    await login.signIn(ADMIN);
    await expect(page).toHaveURL(/\/inbox/);
    const list = (await (await page.request.get("/api/conversations?queue=all&limit=200")).json()) as ConversationListResponse;
    const conversation = list.conversations.find((item) => item.intent && item.handoffReason) ?? list.conversations.find((item) => item.intent);
    expect(conversation, "a demo conversation with an intent").toBeTruthy();

    const inbox = new InboxPage(page);
    await inbox.goto(`queue=all&c=${conversation!.id}`);
    await expect(page.getByTestId("conversation-title")).toHaveText(conversation!.contact.name);
    await inbox.action("Save as test case").click();

    const dialog = page.getByRole("dialog", { name: "Save as test case" });
    await expect(dialog.getByTestId("test-case-result")).toBeVisible();
    const savedPath = await dialog.getByTestId("test-case-path").textContent();
    expect(savedPath).toMatch(/^evals\/[a-z_]+\/inbox-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.json$/);

    try {
      const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("link", { name: "Download JSON" }).click()]);
      expect(download.suggestedFilename()).toBe(path.basename(savedPath!));
      const text = await readFile((await download.path())!, "utf8");
      const parsed = parseScenario(text);
      expect(parsed.ok, parsed.ok ? "" : parsed.error).toBe(true);
      // Never the real number or name.
      expect(text).not.toContain(conversation!.contact.waId);
      expect(text).not.toContain(conversation!.contact.name);
      // The same file was written to the evals folder.
      expect(await readFile(path.resolve(savedPath!), "utf8")).toBe(text);
    } finally {
      await rm(path.resolve(savedPath!), { force: true });
    }
  });

  test("an agent sees the action disabled and cannot use the evaluations API", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto("/inbox");
    await login.signIn(AGENT);
    await expect(page).toHaveURL(/\/inbox/);
    const list = (await (await page.request.get("/api/conversations?queue=all&limit=50")).json()) as ConversationListResponse;
    const conversation = list.conversations[0];
    expect(conversation).toBeTruthy();
    const inbox = new InboxPage(page);
    await inbox.goto(`queue=all&c=${conversation!.id}`);
    await expect(page.getByRole("toolbar", { name: "Conversation actions" }).getByRole("button", { name: "Save as test case" })).toBeDisabled();
    await page.getByTestId("save-test-case-disabled").hover();
    await expect(page.getByRole("tooltip")).toContainText("Only admins and supervisors");
    expect((await page.request.post(`/api/conversations/${conversation!.id}/test-case`)).status()).toBe(403);
    expect((await page.request.get("/api/admin/evals")).status()).toBe(403);
    expect((await page.goto("/admin/evals"))?.status()).toBe(403);
  });
});
