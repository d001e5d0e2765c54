import { randomInt } from "node:crypto";
import { expect, test } from "@playwright/test";
import { AGENT } from "./accounts";
import { LoginPage } from "./pages/login-page";
import { SimulatorPage } from "./pages/simulator-page";

type ConversationListItem = { id: string; contact: { waId: string; name: string }; lastMessagePreview: string | null };
type StoredMessage = { direction: "inbound" | "outbound"; sender: string; body: string | null; status: string };

// A number no demo shop customer has (Portuguese 35199…; the seed uses 3519[1236]…).
function freshWaId(): string {
  return `3519990${String(randomInt(0, 100_000)).padStart(5, "0")}`;
}

test.describe("customer simulator", () => {
  test.beforeEach(async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto("/simulator");
    await login.signIn(AGENT);
    await expect(page).toHaveURL(/\/simulator/);
    await new SimulatorPage(page).expectLoaded();
  });

  test("a message typed as a customer reaches the product through the emulator's signed webhook", async ({ page }) => {
    const simulator = new SimulatorPage(page);
    const customer = { waId: freshWaId(), profileName: "Rita Simulada" };
    await simulator.createCustomer(customer);
    await expect(page).toHaveURL(new RegExp(`customer=${customer.waId}`));

    const text = `Hi, where is my order? (${customer.waId})`;
    await simulator.sendText(text);

    const bubble = simulator.customerMessage(text);
    await expect(bubble).toHaveCount(1);
    // Double ticks: the emulator saw our webhook answer 200 (or the business already read it).
    await expect(bubble.getByRole("img", { name: /^(Delivered to|Read by) the business$/ })).toBeVisible();

    // The product's own API: the message went emulator → signed webhook → our database.
    let conversation: ConversationListItem | null = null;
    await expect
      .poll(
        async () => {
          const response = await page.request.get("/api/conversations?queue=all&limit=200");
          expect(response.status()).toBe(200);
          const body = (await response.json()) as { conversations: ConversationListItem[] };
          conversation = body.conversations.find((item) => item.contact.waId === customer.waId) ?? null;
          return conversation;
        },
        { timeout: 10_000 },
      )
      .toMatchObject({ contact: { waId: customer.waId, name: customer.profileName } });
    const stored = async () => ((await (await page.request.get(`/api/conversations/${conversation!.id}/messages`)).json()) as { messages: StoredMessage[] }).messages;
    expect((await stored()).filter((m) => m.direction === "inbound").map((m) => m.body)).toEqual([text]);

    // The assistant's reply went out through the outbound client and the emulator to the phone,
    // and the ticks came back: the simulated customer has the chat open, so it is read.
    const reply = simulator.transcript.getByText(/automated assistant/i);
    await expect(reply).toBeVisible({ timeout: 15_000 });
    await expect
      .poll(async () => (await stored()).filter((m) => m.direction === "outbound").map((m) => m.status), { timeout: 15_000 })
      .toContain("read");

    // Still exactly one bubble after the live events and refetches settled.
    await expect(bubble).toHaveCount(1);
  });

  test("a number without a country code is refused with a clear error", async ({ page }) => {
    const simulator = new SimulatorPage(page);
    await simulator.fillNewCustomer({ waId: "06 1234 5678", profileName: "Local Number" });
    await expect(simulator.numberInput).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Start with the country code instead of a leading 0", { exact: false })).toBeVisible();
    await expect(simulator.numberInput).toBeFocused();
    await expect(page.getByTestId("simulator-chatting-as")).toHaveCount(0);
  });
});
