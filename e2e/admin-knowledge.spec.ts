import { randomInt } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, AGENT } from "./accounts";
import { LoginPage } from "./pages/login-page";
import { SimulatorPage } from "./pages/simulator-page";

// The knowledge base end to end: what an admin publishes is what the agent (offline model) answers
// from, at once; drafts and future-dated articles are never used.

const QUESTION = "What are your opening hours on Christmas Eve?";
const DRAFT_HOURS = "09:00 to 13:00";
const PUBLISHED_HOURS = "08:30 to 12:30";
const FUTURE_HOURS = "10:00 to 11:00";

// A UK number in Ofcom's drama range: no demo shop customer has it, so the region is unknown and
// only articles for every region apply.
function freshWaId(): string {
  return `4477009${String(randomInt(0, 100_000)).padStart(5, "0")}`;
}

function inDays(days: number): string {
  return new Date(Date.now() + days * 24 * 3600_000).toISOString().slice(0, 10);
}

async function signIn(page: Page, account: { email: string; password: string }, path: string): Promise<void> {
  const login = new LoginPage(page);
  await login.goto(path);
  await login.signIn(account);
  await expect(page).toHaveURL(new RegExp(path.replaceAll("/", "\\/")));
}

// Asks the question as a new simulated customer and returns the assistant's reply text.
async function askAsNewCustomer(page: Page, label: string): Promise<string> {
  const simulator = new SimulatorPage(page);
  await simulator.goto();
  const customer = { waId: freshWaId(), profileName: `Knowledge ${label}` };
  await simulator.createCustomer(customer);
  await simulator.sendText(QUESTION);
  // The answer cites its article ("From our help page …"); an after-hours notice may come first.
  const reply = simulator.transcript.locator('li[data-direction="business"]').filter({ hasText: /From our help page|don't have information/ }).last();
  await expect(reply).toBeVisible({ timeout: 20_000 });
  return (await reply.innerText()).replace(/\s+/g, " ");
}

test.describe("knowledge base", () => {
  test("an admin edits and publishes an article; the agent answers from the new text, never from drafts or future-dated articles", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, ADMIN, "/admin/knowledge");
    await expect(page.getByRole("heading", { name: "Knowledge base", level: 1 })).toBeVisible();

    // A draft, written in the editor.
    await page.getByRole("link", { name: "New article" }).click();
    await expect(page.getByRole("heading", { name: "New article", level: 1 })).toBeVisible();
    await page.getByRole("button", { name: "Create article" }).click();
    await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Give the article a title.")).toBeVisible();
    await expect(page.getByLabel("Title")).toBeFocused();
    await page.getByLabel("Title").fill("Opening hours on Christmas Eve");
    await page.getByLabel("Text (Markdown)").fill(`On Christmas Eve our team is available from ${DRAFT_HOURS}, and the shop closes early.\n\nOn Christmas Day we are closed.`);
    await page.getByLabel("Tags").fill("opening-hours, christmas");
    await page.getByLabel("Intents").fill("opening_hours_contact");
    await page.getByRole("tab", { name: "Preview" }).click();
    await expect(page.getByRole("tabpanel")).toContainText(`available from ${DRAFT_HOURS}`);
    await page.getByRole("button", { name: "Create article" }).click();
    await expect(page).toHaveURL(/\/admin\/knowledge\/[0-9a-f-]{36}$/);
    const articleUrl = page.url();
    await expect(page.getByTestId("article-status-line")).toContainText("Draft");

    // A published article that only takes effect next month (set up through the API).
    const future = await page.request.post("/api/admin/knowledge", {
      data: {
        title: "Christmas Eve opening hours from next month",
        body: `On Christmas Eve our team is available from ${FUTURE_HOURS}, and the shop closes early.\n\nThis replaces the current hours.`,
        status: "published",
        locale: "en",
        effectiveFrom: inDays(30),
        tags: ["opening-hours"],
        intents: ["opening_hours_contact"],
      },
    });
    expect(future.status()).toBe(201);

    const before = await askAsNewCustomer(page, "before");
    expect(before).not.toContain(DRAFT_HOURS);
    expect(before).not.toContain(FUTURE_HOURS);

    // Edit and publish.
    await page.goto(articleUrl);
    await page.getByLabel("Text (Markdown)").fill(`On Christmas Eve our team is available from ${PUBLISHED_HOURS}, and the shop closes early.\n\nOn Christmas Day we are closed.`);
    await page.getByLabel("Status").selectOption("published");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Saved as version 2.", { exact: false })).toBeVisible();
    await expect(page.getByTestId("article-status-line")).toContainText("Live");

    // The history shows both versions and what changed.
    const versions = page.getByRole("list", { name: "Versions" });
    await expect(versions.locator("li")).toHaveCount(2);
    await expect(versions.locator('li[data-version="2"]')).toContainText("Published");
    const diff = page.getByTestId("article-diff");
    await expect(diff.locator('[data-diff="removed"]').filter({ hasText: DRAFT_HOURS })).toBeVisible();
    await expect(diff.locator('[data-diff="added"]').filter({ hasText: PUBLISHED_HOURS })).toBeVisible();
    await expect(diff).toContainText("draft → published");

    const after = await askAsNewCustomer(page, "after");
    expect(after).toContain(PUBLISHED_HOURS);
    expect(after).toContain("Opening hours on Christmas Eve");
    expect(after).not.toContain(DRAFT_HOURS);
    expect(after).not.toContain(FUTURE_HOURS);

    // "Test a question" runs the same retrieval and model: today the published article, with a score.
    await page.goto("/admin/knowledge/test");
    await page.getByLabel("Message").fill(QUESTION);
    await page.getByLabel("Region").fill("GB");
    await page.getByRole("button", { name: "Test" }).click();
    const retrieved = page.getByRole("list", { name: "Retrieved articles" });
    await expect(retrieved.locator("li").first()).toContainText("Opening hours on Christmas Eve");
    await expect(retrieved.locator("li").first()).toContainText(/score \d\.\d{3}/);
    await expect(retrieved).not.toContainText("from next month");
    await expect(page.getByTestId("test-answer")).toContainText(PUBLISHED_HOURS);
    // On the future date, the scheduled article is retrieved as well.
    await page.getByLabel("On date").fill(inDays(30));
    await page.getByRole("button", { name: "Test" }).click();
    await expect(retrieved).toContainText("Christmas Eve opening hours from next month");
  });

  test("imports several files at once, with a clear error for each one that fails", async ({ page }) => {
    await signIn(page, ADMIN, "/admin/knowledge");
    await page.getByRole("button", { name: "Import files" }).click();
    const dialog = page.getByRole("dialog", { name: "Import articles" });
    await dialog.getByLabel("Files", { exact: true }).setInputFiles([
      { name: "gift-cards.md", mimeType: "text/markdown", buffer: Buffer.from("# Gift cards\n\nGift cards are valid for two years.") },
      { name: "policy.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from("PK fake") },
      { name: "broken.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 not really a pdf") },
      { name: "care.txt", mimeType: "text/plain", buffer: Buffer.from("Caring for your grinder\nBrush the burrs weekly.") },
    ]);
    await dialog.getByRole("button", { name: "Import 4 files" }).click();
    await expect(dialog.getByText("Done: 2 imported, 2 failed")).toBeVisible({ timeout: 15_000 });
    await expect(dialog.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "4");
    const files = dialog.getByRole("list", { name: "Files to import" });
    await expect(files.locator('li[data-import-state="imported"]')).toHaveCount(2);
    await expect(files.locator("li").filter({ hasText: "policy.docx" })).toContainText("only Markdown (.md), plain text (.txt) and PDF (.pdf) files can be imported");
    await expect(files.locator("li").filter({ hasText: "broken.pdf" })).toContainText("could not be read as a PDF");
    await dialog.getByRole("button", { name: "Done", exact: true }).click();

    await page.getByLabel("Search").fill("Caring for your grinder");
    const table = page.getByRole("table", { name: "Knowledge articles" });
    await expect(table.getByRole("row")).toHaveCount(2);
    await expect(table).toContainText("Draft");
    await page.getByLabel("Search").fill("");
    await page.getByLabel("Tag").selectOption("imported");
    await expect(page).toHaveURL(/tag=imported/);
    await expect(table.getByRole("row")).toHaveCount(3);
  });

  test("an agent cannot open the knowledge base or call its API", async ({ page }) => {
    await signIn(page, AGENT, "/inbox");
    expect((await page.goto("/admin/knowledge"))?.status()).toBe(403);
    const list = await page.request.get("/api/admin/knowledge");
    expect(list.status()).toBe(403);
    const test = await page.request.post("/api/admin/knowledge/test-question", { data: { message: "hello there", locale: "en" } });
    expect(test.status()).toBe(403);
  });
});
