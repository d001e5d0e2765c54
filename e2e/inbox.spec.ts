import { randomInt } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import type { ConversationDetail, ConversationListResponse } from "@/lib/conversation/console-types";
import { ADMIN, AGENT, SECOND_AGENT } from "./accounts";
import { InboxPage } from "./pages/inbox-page";
import { LoginPage } from "./pages/login-page";
import { SimulatorPage } from "./pages/simulator-page";

// Portuguese-looking numbers no demo shop customer has (the seed uses 3519[1236]…).
function freshWaId(): string {
  return `3519980${String(randomInt(0, 100_000)).padStart(5, "0")}`;
}

async function signedInPage(browser: Browser, account: { email: string; password: string }, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = new LoginPage(page);
  await login.goto(path);
  await login.signIn(account);
  await expect(page).toHaveURL(new RegExp(path.split("?")[0]!), { timeout: 20_000 });
  return page;
}

async function listAll(page: Page): Promise<ConversationListResponse> {
  const response = await page.request.get("/api/conversations?queue=all&limit=200");
  expect(response.status()).toBe(200);
  return (await response.json()) as ConversationListResponse;
}

async function detailOf(page: Page, id: string): Promise<ConversationDetail> {
  const response = await page.request.get(`/api/conversations/${id}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as ConversationDetail;
}

test.describe("agent console", () => {
  test("a handoff arrives live with its packet; the agent takes over, replies, resolves and hands back", async ({ browser }) => {
    test.setTimeout(120_000);
    const agentPage = await signedInPage(browser, AGENT, "/inbox");
    const inbox = new InboxPage(agentPage);
    await inbox.goto("queue=needs_human");

    const customerPage = await signedInPage(browser, ADMIN, "/simulator");
    const simulator = new SimulatorPage(customerPage);
    const customer = { waId: freshWaId(), profileName: "Lena Handoff" };
    await simulator.createCustomer(customer);
    await simulator.sendText("I want to talk to a human, please.");

    // Live: the handoff appears in "needs a human" without a reload, with its packet.
    const row = inbox.row(customer.profileName);
    await expect(row).toBeVisible({ timeout: 20_000 });
    await expect(row).toContainText("Asked for a person");
    await row.click();
    const packet = agentPage.getByTestId("handoff-packet");
    await expect(packet).toContainText("Summary");
    await expect(packet).toContainText("Suggested next action");
    await expect(packet).toContainText("Asked for a person");

    // Take over: the bot stops and the customer is told a person joined.
    await inbox.action("Take over").click();
    await expect(inbox.ownerBadge).toHaveText(/You/);
    await expect(simulator.businessMessage("Ana")).toBeVisible({ timeout: 15_000 });
    const conversationId = new URL(agentPage.url()).searchParams.get("c")!;
    expect(conversationId).toMatch(/^[0-9a-f-]{36}$/);

    // The customer writes again: the turn is recorded as skipped for the human owner, no bot reply.
    const botMessagesBefore = (await detailMessages(agentPage, conversationId)).filter((message) => message.sender === "bot").length;
    await simulator.sendText("Hello? Is someone there?");
    await expect.poll(async () => (await detailOf(agentPage, conversationId)).turns.filter((turn) => turn.outcome === "human_owner").length, { timeout: 15_000 }).toBeGreaterThan(0);
    expect((await detailMessages(agentPage, conversationId)).filter((message) => message.sender === "bot").length).toBe(botMessagesBefore);
    await expect(inbox.message("Is someone there?")).toBeVisible();

    // The agent's reply reaches the phone, and the ticks come back to the console.
    const reply = `Hi Lena, Ana here. I'll sort this out now (${customer.waId}).`;
    await inbox.reply(reply);
    await expect(simulator.businessMessage(reply)).toBeVisible({ timeout: 15_000 });
    const sent = inbox.transcript.locator("[data-message-id]").filter({ hasText: reply });
    await expect(sent.getByRole("img", { name: /^(Delivered|Read)$/ })).toBeVisible({ timeout: 15_000 });

    // Resolve, hand back: the next message is the bot's again.
    await inbox.action("Resolve").click();
    await expect(inbox.ownerBadge).toHaveText("Resolved");
    await inbox.action("Hand back to bot").click();
    await expect(inbox.action("Hand back to bot")).toHaveCount(0);
    const businessBefore = await simulator.transcript.locator('li[data-direction="business"]').count();
    await simulator.sendText("Where is my order?");
    // A new conversation with the bot: its greeting and its question for the order number.
    await expect.poll(() => simulator.transcript.locator('li[data-direction="business"]').count(), { timeout: 20_000 }).toBeGreaterThan(businessBefore);
    const latest = (await listAll(agentPage)).conversations.find((item) => item.contact.waId === customer.waId && item.id !== conversationId);
    expect(latest?.owner).toBe("bot");
    expect(latest && (await detailMessages(agentPage, latest.id)).some((message) => message.sender === "bot")).toBe(true);
  });

  test("with the 24-hour window closed the composer offers approved templates only", async ({ browser }) => {
    const page = await signedInPage(browser, AGENT, "/inbox");
    const closed = (await listAll(page)).conversations.find(
      (item) => item.status !== "resolved" && item.windowExpiresAt !== null && new Date(item.windowExpiresAt).getTime() < Date.now(),
    );
    expect(closed, "the demo data has an open conversation with a closed window").toBeTruthy();
    const inbox = new InboxPage(page);
    await inbox.goto(`queue=all&c=${closed!.id}`);
    await expect(page.getByTestId("window-clock")).toHaveText("Window closed");
    const picker = page.getByTestId("template-picker");
    await expect(picker).toBeVisible();
    await expect(inbox.composer).toHaveCount(0);
    await expect(picker.getByLabel("Template", { exact: true })).toContainText("follow_up_after_window");

    // Take it over and send a template; it shows in the conversation.
    if ((await inbox.action("Take over").count()) > 0) {
      await inbox.action("Take over").click();
      await expect(inbox.ownerBadge).toHaveText(/You/);
    }
    const option = picker.getByLabel("Template", { exact: true }).locator("option", { hasText: "follow_up_after_window" }).first();
    await picker.getByLabel("Template", { exact: true }).selectOption((await option.getAttribute("value"))!);
    await picker.getByLabel("Parameter {{1}}").fill("Marta");
    await picker.getByRole("button", { name: "Send template" }).click();
    await expect(inbox.transcript.locator("[data-message-id]").filter({ hasText: "follow_up_after_window" }).last()).toBeVisible({ timeout: 10_000 });
  });

  test("two agents see each other's assignment live and a clear message when they collide", async ({ browser }) => {
    const anaPage = await signedInPage(browser, AGENT, "/inbox");
    const conversation = (await listAll(anaPage)).conversations.find((item) => item.status === "open" && item.owner === "human" && item.waitingSince !== null);
    expect(conversation, "the demo data has a waiting handoff").toBeTruthy();

    // Ana's live feed can be paused to make her view stale on purpose.
    let pauseAnaUpdates = false;
    await anaPage.routeWebSocket(/\/socket\.io\//, (socket) => {
      const server = socket.connectToServer();
      server.onMessage((message) => {
        if (pauseAnaUpdates && typeof message === "string" && message.includes('"conversation.updated"')) return;
        socket.send(message);
      });
      socket.onMessage((message) => server.send(message));
    });
    const ana = new InboxPage(anaPage);
    await ana.goto(`queue=all&c=${conversation!.id}`);
    const benPage = await signedInPage(browser, SECOND_AGENT, "/inbox");
    const ben = new InboxPage(benPage);
    await ben.goto(`queue=all&c=${conversation!.id}`);
    await expect(ana.ownerBadge).toBeVisible();

    // Ben assigns it to himself: Ana sees it at once.
    await benPage.getByRole("button", { name: "Assign", exact: true }).click();
    await benPage.getByRole("menuitem", { name: /Assign to me/ }).click();
    await expect(ben.ownerBadge).toHaveText(/You/);
    await expect(ana.ownerBadge).toHaveText(/Ben Müller/);

    // Ana's view goes stale; Ben resolves; Ana's resolve collides and she is told who acted.
    pauseAnaUpdates = true;
    await ben.action("Resolve").click();
    await expect(ben.ownerBadge).toHaveText("Resolved");
    await ana.action("Resolve").click();
    await expect(anaPage.getByText(/Ben Müller .*(resolved|changed)/).first()).toBeVisible();
    // …and her view now shows the latest state.
    await expect(ana.ownerBadge).toHaveText("Resolved");
  });
});

type StoredMessage = { sender: string; body: string | null; sentAt: string };
async function detailMessages(page: Page, id: string): Promise<StoredMessage[]> {
  const response = await page.request.get(`/api/conversations/${id}/messages`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { messages: StoredMessage[] }).messages;
}
