import { expect, type Locator, type Page } from "@playwright/test";

// The customer simulator (/simulator): pick or create a simulated WhatsApp user and chat as them.
export class SimulatorPage {
  readonly transcript: Locator;
  readonly composer: Locator;
  readonly numberInput: Locator;
  readonly profileNameInput: Locator;

  constructor(private readonly page: Page) {
    this.transcript = page.getByRole("region", { name: "Chat transcript" });
    this.composer = page.getByRole("textbox", { name: "Message", exact: true });
    this.numberInput = page.getByLabel("WhatsApp number");
    this.profileNameInput = page.getByLabel("Profile name");
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page.getByRole("heading", { name: "Customer simulator", level: 1 })).toBeVisible();
  }

  async goto(): Promise<void> {
    await this.page.goto("/simulator");
    await this.expectLoaded();
  }

  async fillNewCustomer(customer: { waId: string; profileName: string }): Promise<void> {
    await this.numberInput.fill(customer.waId);
    await this.profileNameInput.fill(customer.profileName);
    await this.page.getByRole("button", { name: "Add customer" }).click();
  }

  // Creates the customer and waits until their chat is open and following the live event stream.
  async createCustomer(customer: { waId: string; profileName: string }): Promise<void> {
    await this.fillNewCustomer(customer);
    await expect(this.page.getByTestId("simulator-chatting-as")).toContainText(customer.profileName);
    await expect(this.customerListItem(customer.waId)).toHaveAttribute("aria-current", "true");
    await expect(this.customerListItem(customer.waId)).toContainText(customer.profileName);
    await expect(this.page.getByRole("status").filter({ hasText: /^Live updates: Live$/ })).toBeVisible();
  }

  // The customer's entry in the picker (the emulator keeps every customer of the run, so by number).
  customerListItem(waId: string): Locator {
    return this.page.getByRole("list", { name: "Simulated customers" }).locator(`button[data-wa-id="${waId}"]`);
  }

  async sendText(text: string): Promise<void> {
    await this.composer.fill(text);
    await this.composer.press("Enter");
    await expect(this.composer).toHaveValue("");
  }

  // A message the simulated customer sent (right-hand, green bubble).
  customerMessage(text: string): Locator {
    return this.transcript.locator('li[data-direction="customer"]').filter({ hasText: text });
  }

  // A message the business sent (left-hand, white bubble).
  businessMessage(text: string): Locator {
    return this.transcript.locator('li[data-direction="business"]').filter({ hasText: text });
  }
}
