import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { ADMIN, AGENT } from "./accounts";
import { LoginPage } from "./pages/login-page";

// Who may open which admin page and API, and the API token life cycle driven through the UI.
// Admin-only pages answer 403 to agents and supervisors; supervisors see metrics and the audit log.

const ADMIN_ONLY_PAGES = ["/admin/knowledge", "/admin/rules", "/admin/assistant", "/admin/people"];
const SUPERVISOR_PAGES = ["/admin/metrics", "/admin/audit"];

const ADMIN_ONLY_APIS: { method: "GET" | "POST" | "PATCH"; path: string }[] = [
  { method: "GET", path: "/api/admin/people/users" },
  { method: "POST", path: "/api/admin/people/users" },
  { method: "GET", path: "/api/admin/people/tokens" },
  { method: "POST", path: "/api/admin/people/tokens" },
  { method: "POST", path: "/api/admin/people/teams" },
  { method: "GET", path: "/api/admin/knowledge" },
  { method: "GET", path: "/api/admin/rules" },
  { method: "GET", path: "/api/admin/settings" },
];
const SUPERVISOR_APIS = ["/api/admin/audit", "/api/admin/overview"];

async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  const login = new LoginPage(page);
  await login.goto();
  await login.signIn(account);
  await expect(page).toHaveURL(/\/inbox/);
}

async function expectForbiddenPage(page: Page, path: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), `${path} should answer 403`).toBe(403);
  await expect(page.getByRole("heading", { name: /don.t have access/i })).toBeVisible();
}

async function expectForbiddenApi(request: APIRequestContext, api: { method: string; path: string }): Promise<void> {
  const response = await request.fetch(api.path, { method: api.method, data: api.method === "GET" ? undefined : {} });
  expect(response.status(), `${api.method} ${api.path} should answer 403`).toBe(403);
  expect((await response.json()).error.code).toBe("forbidden:api");
}

// An admin creates a supervisor through the people API; the temporary password is the only way in.
async function inviteSupervisor(admin: APIRequestContext): Promise<{ id: string; email: string; password: string }> {
  const email = `supervisor.${Date.now()}@demo.local`;
  const response = await admin.post("/api/admin/people/users", { data: { name: "Sam Supervisor", email, role: "supervisor", teamIds: [] } });
  expect(response.status()).toBe(201);
  const body = (await response.json()) as { user: { id: string; role: string }; temporaryPassword: string };
  expect(body.user.role).toBe("supervisor");
  return { id: body.user.id, email, password: body.temporaryPassword };
}

async function newSignedInPage(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

test.describe("admin access by role", () => {
  test("an agent gets 403 on every admin page and admin API", async ({ page }) => {
    await signIn(page, AGENT);
    for (const path of [...ADMIN_ONLY_PAGES, ...SUPERVISOR_PAGES]) await expectForbiddenPage(page, path);
    for (const api of [...ADMIN_ONLY_APIS, ...SUPERVISOR_APIS.map((path) => ({ method: "GET" as const, path }))]) await expectForbiddenApi(page.request, api);
    await expectForbiddenApi(page.request, { method: "PATCH", path: "/api/admin/people/users/00000000-0000-4000-8000-000000000000" });
  });

  test("a supervisor sees metrics and the audit log but not people, rules or settings; deactivation ends access at once", async ({ page, browser }) => {
    await signIn(page, ADMIN);
    const supervisor = await inviteSupervisor(page.request);
    const supervisorPage = await newSignedInPage(browser, supervisor);

    for (const path of SUPERVISOR_PAGES) {
      const response = await supervisorPage.goto(path);
      expect(response?.status(), `${path} should open for a supervisor`).toBe(200);
    }
    for (const path of ADMIN_ONLY_PAGES) await expectForbiddenPage(supervisorPage, path);
    for (const api of ADMIN_ONLY_APIS) await expectForbiddenApi(supervisorPage.request, api);
    for (const path of SUPERVISOR_APIS) expect((await supervisorPage.request.get(path)).status(), path).toBe(200);

    const deactivate = await page.request.patch(`/api/admin/people/users/${supervisor.id}`, { data: { active: false } });
    expect(deactivate.status()).toBe(200);
    const after = await supervisorPage.request.get("/api/admin/audit");
    expect(after.status()).toBe(401);
    await supervisorPage.context().close();
  });
});

test.describe("API tokens", () => {
  test("an admin creates a token in the UI, sees it once, uses it on /api/v1, then revokes it", async ({ page, request }) => {
    await signIn(page, ADMIN);
    await page.goto("/admin/people");
    await expect(page.getByRole("heading", { name: "People and API", level: 1 })).toBeVisible();

    const name = `E2E reader ${Date.now()}`;
    await page.getByRole("button", { name: "New API token" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Name").fill(name);
    // conversations:read is preselected; add contacts:read.
    await expect(dialog.getByRole("checkbox", { name: /conversations:read/ })).toBeChecked();
    await dialog.getByRole("checkbox", { name: /contacts:read/ }).check();
    await dialog.getByRole("button", { name: "Create token" }).click();

    const secretBox = dialog.getByTestId("one-time-secret");
    await expect(secretBox).toHaveText(/^wsc_[A-Za-z0-9_-]{43}$/);
    const secret = (await secretBox.textContent())!.trim();
    await expect(dialog.getByText("Shown only once")).toBeVisible();
    await dialog.getByRole("button", { name: "Done" }).click();
    await expect(page.getByRole("dialog")).toHaveCount(0);

    // Shown once: the page keeps only the prefix.
    const row = page.getByTestId(`token-${name}`);
    await expect(row).toContainText(`${secret.slice(0, 12)}…`);
    await expect(page.getByText(secret)).toHaveCount(0);
    await page.reload();
    await expect(page.getByText(secret)).toHaveCount(0);

    const authorization = { authorization: `Bearer ${secret}` };
    const list = await request.get("/api/v1/conversations?limit=5", { headers: authorization });
    expect(list.status()).toBe(200);
    const body = (await list.json()) as { data: { id: string }[]; nextCursor: string | null };
    expect(body.data.length).toBeGreaterThan(0);
    const detail = await request.get(`/api/v1/conversations/${body.data[0]!.id}`, { headers: authorization });
    expect(detail.status()).toBe(200);
    expect(await detail.json()).toMatchObject({ id: body.data[0]!.id, messages: expect.any(Array), turns: expect.any(Array) });

    const noScope = await request.get("/api/v1/metrics/summary", { headers: authorization });
    expect(noScope.status()).toBe(403);
    expect((await noScope.json()).error.code).toBe("forbidden:api");
    expect((await request.get("/api/v1/conversations")).status()).toBe(401);

    await page.reload();
    await expect(page.getByTestId(`token-${name}`)).not.toContainText("Never");
    await page.getByTestId(`token-${name}`).getByRole("button", { name: `Revoke ${name}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Revoke token" }).click();
    await expect(page.getByTestId(`token-${name}`)).toContainText(/revoked/i);

    const revoked = await request.get("/api/v1/conversations", { headers: authorization });
    expect(revoked.status()).toBe(401);
    expect(await revoked.json()).toEqual({ error: { code: "unauthorized:api", message: "This API token was revoked." } });
  });

  test("the OpenAPI document is public", async ({ request }) => {
    const response = await request.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ openapi: "3.1.0" });
  });
});
