import { randomInt } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import type { ConversationDetail, ConversationListResponse } from "@/lib/conversation/console-types";
import { ADMIN, AGENT } from "./accounts";
import { LoginPage } from "./pages/login-page";
import { SimulatorPage } from "./pages/simulator-page";

const RULE_NAME = "Lawyer mentions go to the legal team (e2e)";
const LEGAL_MESSAGE = "A member of our legal team will reply here shortly.";

// Portuguese-looking numbers no demo shop customer has (the seed uses 3519[1236]…).
function freshWaId(): string {
  return `3519970${String(randomInt(0, 100_000)).padStart(5, "0")}`;
}

async function signedInPage(browser: Browser, account: { email: string; password: string }, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const login = new LoginPage(page);
  await login.goto(path);
  await login.signIn(account);
  await expect(page).toHaveURL(new RegExp(path));
  return page;
}

test.describe("escalation rules", () => {
  test("an admin adds a keyword rule, moves it to the top, and the next matching customer message hands over to Legal", async ({ browser }) => {
    test.setTimeout(120_000);
    const admin = await signedInPage(browser, ADMIN, "/admin/rules");
    await expect(admin.getByRole("heading", { name: "Escalation rules", level: 1 })).toBeVisible();
    const rules = admin.getByRole("list", { name: "Escalation rules" });

    // A rule the server refuses explains itself next to the field.
    await admin.getByRole("button", { name: "Add rule" }).click();
    const dialog = admin.getByRole("dialog");
    await dialog.getByLabel("Name").fill("x");
    await dialog.getByRole("button", { name: "Add rule" }).click();
    await expect(dialog.getByText("The name needs at least 3 characters")).toBeVisible();
    await expect(dialog.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");

    // keyword "lawyer" → hand over to Legal, with our own message and label.
    await dialog.getByLabel("Name").fill(RULE_NAME);
    await dialog.getByLabel("Condition").selectOption("keyword");
    await dialog.getByLabel("Keywords").fill("lawyer");
    await dialog.getByLabel("Team").selectOption({ label: "Legal & Compliance" });
    await dialog.getByLabel("Set priority").selectOption("urgent");
    await dialog.getByLabel("Add labels").fill("e2e-legal");
    await dialog.getByText("Message to the customer (optional)").click();
    await dialog.getByLabel("English").fill(LEGAL_MESSAGE);
    await dialog.getByRole("button", { name: "Add rule" }).click();
    await expect(dialog).toBeHidden();
    const item = rules.getByRole("listitem", { name: RULE_NAME });
    await expect(item).toContainText("hand over to Legal & Compliance");
    await expect(rules.getByRole("listitem").last()).toHaveAttribute("aria-label", RULE_NAME);

    // Move it to the top with the keyboard: rules are checked in order and the first that hands over decides.
    for (let attempt = 0; attempt < 30; attempt++) {
      if ((await rules.getByRole("listitem").first().getAttribute("aria-label")) === RULE_NAME) break;
      const up = item.getByRole("button", { name: `Move “${RULE_NAME}” up` });
      await expect(up).toBeEnabled();
      await up.focus();
      const position = await rules.getByRole("listitem").evaluateAll((items, name) => items.findIndex((element) => element.getAttribute("aria-label") === name), RULE_NAME);
      await admin.keyboard.press("Enter");
      await expect.poll(() => rules.getByRole("listitem").evaluateAll((items, name) => items.findIndex((element) => element.getAttribute("aria-label") === name), RULE_NAME)).toBe(position - 1);
      // Focus stays on the moved rule, so Enter can be pressed again.
      await expect(item.locator(":focus")).toHaveCount(1);
    }
    await expect(rules.getByRole("listitem").first()).toHaveAttribute("aria-label", RULE_NAME);
    await expect(item.getByRole("button", { name: `Move “${RULE_NAME}” up` })).toBeDisabled();

    // The change is in the rule's history.
    await item.getByRole("button", { name: `History of “${RULE_NAME}”` }).click();
    const history = admin.getByRole("list", { name: `Changes to “${RULE_NAME}”` });
    await expect(history.getByRole("listitem").last()).toContainText("Created");
    await expect(history.getByRole("listitem").first()).toContainText("Moved");
    await admin.keyboard.press("Escape");

    // The customer mentions a lawyer: the bot hands over to Legal with the rule's message.
    const customerPage = await signedInPage(browser, AGENT, "/simulator");
    const simulator = new SimulatorPage(customerPage);
    const customer = { waId: freshWaId(), profileName: "Lara Legal" };
    await simulator.createCustomer(customer);
    await simulator.sendText("My lawyer will be in touch about order SO-100001.");
    await expect(simulator.businessMessage(LEGAL_MESSAGE)).toBeVisible({ timeout: 20_000 });

    let conversationId: string | undefined;
    await expect
      .poll(async () => {
        const list = (await (await customerPage.request.get("/api/conversations?queue=all&limit=200")).json()) as ConversationListResponse;
        conversationId = list.conversations.find((row) => row.contact.waId === customer.waId)?.id;
        return conversationId ?? null;
      }, { timeout: 10_000 })
      .not.toBeNull();
    const conversation = { id: conversationId! };
    const detail = (await (await customerPage.request.get(`/api/conversations/${conversation.id}`)).json()) as ConversationDetail;
    expect(detail.handoff).not.toBeNull();
    expect(detail.conversation.team?.name).toBe("Legal & Compliance");
    expect(detail.conversation.owner).toBe("human");
    expect(detail.conversation.priority).toBe("urgent");
    expect(detail.conversation.labels).toContain("e2e-legal");

    // The dry run over that conversation shows the rule deciding, without touching it.
    await admin.getByLabel("Find a customer").fill("Lara Legal");
    const picker = admin.getByLabel("Conversation", { exact: true });
    await expect(picker.locator("option", { hasText: "Lara Legal" })).toHaveCount(1);
    await picker.selectOption(conversation.id);
    await admin.getByRole("button", { name: "Run dry run" }).click();
    const turn = admin.getByTestId("dry-run-turn").first();
    await expect(turn).toContainText(`Would hand over to Legal & Compliance (“${RULE_NAME}”)`);

    // An agent cannot open the page or call the API.
    expect((await customerPage.request.get("/api/admin/rules")).status()).toBe(403);

    // Leave the demo rules as they were for other specs.
    const rulesBody = (await (await admin.request.get("/api/admin/rules")).json()) as { rules: { id: string; name: string }[] };
    const created = rulesBody.rules.find((rule) => rule.name === RULE_NAME)!;
    expect((await admin.request.delete(`/api/admin/rules/${created.id}`)).status()).toBe(204);
  });
});
