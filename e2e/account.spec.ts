import { expect, test, type Browser, type Page } from "@playwright/test";
import { ADMIN } from "./accounts";
import { LoginPage } from "./pages/login-page";

// Changing your own password: a fresh agent invited through the admin API (so no other spec's
// sign-in changes) is nudged off the temporary password, changes it on /account, keeps working in
// this browser while an older session ends, and signs in with the new password. An admin's reset
// then ends the agent's session too.

const NEW_PASSWORD = "a brand new e2e passphrase";

async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(account);
  await expect(page).toHaveURL(/\/inbox/);
}

async function newSignedInPage(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account);
  return page;
}

test("an agent replaces the temporary password; older sessions end; an admin reset ends the new one", async ({ browser }) => {
  const admin = await newSignedInPage(browser, ADMIN);
  const email = `account.${Date.now()}@demo.local`;
  const invited = await admin.request.post("/api/admin/people/users", { data: { name: "Pat Password", email, role: "agent", teamIds: [] } });
  expect(invited.status()).toBe(201);
  const { user, temporaryPassword } = (await invited.json()) as { user: { id: string }; temporaryPassword: string };

  const older = await newSignedInPage(browser, { email, password: temporaryPassword });
  const page = await newSignedInPage(browser, { email, password: temporaryPassword });
  await expect(page.getByTestId("temporary-password-notice")).toBeVisible();

  await page.getByRole("button", { name: "Account menu for Pat Password" }).click();
  await page.getByRole("menuitem", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();

  const current = page.getByLabel("Current password");
  const next = page.getByLabel("New password", { exact: true });
  const confirm = page.getByLabel("Confirm new password");
  const submit = page.getByRole("button", { name: "Change password" });

  await current.fill("not-the-password");
  await next.fill(NEW_PASSWORD);
  await confirm.fill(`${NEW_PASSWORD}!`);
  await submit.click();
  await expect(page.getByText("The two new passwords are not the same.")).toBeVisible();
  await expect(confirm).toHaveAttribute("aria-invalid", "true");

  await confirm.fill(NEW_PASSWORD);
  await submit.click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();

  await current.fill(temporaryPassword);
  await submit.click();
  await expect(page.getByText("Password changed. Your other sessions were signed out.")).toBeVisible();
  await expect(page.getByTestId("temporary-password-notice")).toHaveCount(0);

  // This browser got a fresh session; the one that signed in earlier did not survive the change.
  expect((await page.request.get("/api/conversations")).status()).toBe(200);
  expect((await older.request.get("/api/conversations")).status()).toBe(401);
  await older.context().close();

  await page.getByRole("button", { name: "Account menu for Pat Password" }).click();
  await page.getByRole("menuitem", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  const login = new LoginPage(page);
  await login.signIn({ email, password: temporaryPassword });
  await expect(page.getByRole("alert").filter({ hasText: /sign you in/i })).toContainText(/wrong e-mail or password/i);
  await login.signIn({ email, password: NEW_PASSWORD });
  await expect(page).toHaveURL(/\/inbox/);
  await expect(page.getByTestId("temporary-password-notice")).toHaveCount(0);

  // An admin's reset ends the session at once: the API refuses it and pages send it to sign-in.
  expect((await admin.request.post(`/api/admin/people/users/${user.id}/reset-password`)).status()).toBe(200);
  expect((await page.request.get("/api/conversations")).status()).toBe(401);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await expect(page.getByRole("heading", { name: /sign in/i })).toBeVisible();
  await admin.context().close();
  await page.context().close();
});
