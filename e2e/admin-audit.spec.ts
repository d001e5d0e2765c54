import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { ADMIN, AGENT } from "./accounts";
import { LoginPage } from "./pages/login-page";

test.describe("audit log", () => {
  test("an admin filters the log, reads an entry, verifies the chain and exports the entries", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto("/admin/audit");
    await login.signIn(ADMIN);
    await expect(page).toHaveURL(/\/admin\/audit/);
    await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
    const rows = page.getByTestId("audit-row");
    await expect(rows.first()).toBeVisible();

    // Sign-ins only: the admin's own sign-in is there, and nothing else.
    await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Sign-ins" });
    await page.getByLabel("Actor", { exact: true }).fill(ADMIN.email);
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(rows.first()).toHaveAttribute("data-action", "auth.login");
    for (const action of await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute("data-action")))) expect(action).toMatch(/^auth\./);
    await expect(rows.first()).toContainText("Noor Visser");

    // The entry's data and hash open in place.
    await rows.first().getByRole("button", { name: /Show details of entry/ }).click();
    await expect(page.getByTestId("audit-data").first()).toBeVisible();
    await expect(page.getByText(/^hash [0-9a-f]{64}$/).first()).toBeVisible();

    // A date range that excludes today leaves nothing.
    await page.getByLabel("To", { exact: true }).fill("2020-01-01");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByRole("heading", { name: "No entries match" })).toBeVisible();
    await page.getByRole("button", { name: "Clear" }).click();
    await expect(rows.first()).toBeVisible();

    await page.getByRole("button", { name: "Verify chain" }).click();
    await expect(page.getByTestId("chain-verdict")).toContainText("The chain is intact");

    // Export the sign-ins; the export is itself in the log.
    await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Sign-ins" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(rows.first()).toHaveAttribute("data-action", /^auth\./);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-log-.*\.csv$/);
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv.split("\r\n")[0]).toBe("id,at,actor_type,actor_id,actor_name,actor_email,action,target_type,target_id,data,hash");
    expect(csv).toContain(",auth.login,");
    await page.getByLabel("Kind", { exact: true }).selectOption({ label: "Exports" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(rows.first()).toHaveAttribute("data-action", "audit.exported");
  });

  test("an agent cannot open the audit log or its API", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(AGENT);
    await expect(page).toHaveURL(/\/inbox/);
    expect((await page.goto("/admin/audit"))?.status()).toBe(403);
    expect((await page.request.get("/api/admin/audit")).status()).toBe(403);
    expect((await page.request.post("/api/admin/audit/verify")).status()).toBe(403);
    expect((await page.request.get("/api/admin/audit/export")).status()).toBe(403);
  });
});
