import { expect, type Locator, type Page } from "@playwright/test";

// The agent console (/inbox): queues and list on the left, the open conversation in the middle,
// the customer's context on the right (a drawer on smaller screens).
export class InboxPage {
  readonly list: Locator;
  readonly transcript: Locator;
  readonly composer: Locator;
  readonly ownerBadge: Locator;

  constructor(private readonly page: Page) {
    this.list = page.getByTestId("conversation-list");
    this.transcript = page.getByTestId("transcript");
    this.composer = page.getByRole("textbox", { name: "Reply to the customer" });
    this.ownerBadge = page.getByTestId("owner-badge");
  }

  async goto(query = "queue=needs_human"): Promise<void> {
    await this.page.goto(`/inbox?${query}`);
    await expect(this.page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
    // Live updates are connected once the "connecting" notice is gone.
    await expect(this.page.getByTestId("connection-state")).toHaveCount(0, { timeout: 10_000 });
  }

  queue(name: string): Locator {
    return this.page.getByRole("navigation", { name: "Queues" }).getByRole("button", { name: new RegExp(`^${name}`) });
  }

  row(text: string): Locator {
    return this.list.getByRole("button").filter({ hasText: text });
  }

  action(name: string): Locator {
    return this.page.getByRole("toolbar", { name: "Conversation actions" }).getByRole("button", { name, exact: true });
  }

  message(text: string): Locator {
    return this.transcript.getByText(text, { exact: false });
  }

  async reply(text: string): Promise<void> {
    await this.composer.fill(text);
    await this.composer.press("Enter");
    await expect(this.composer).toHaveValue("");
  }
}
