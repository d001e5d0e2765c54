import { expect, test } from "@playwright/test";
import { io } from "socket.io-client";
import { ADMIN, AGENT } from "./accounts";
import { LoginPage } from "./pages/login-page";

test.describe("sign-in and roles", () => {
  test("an agent signs in and lands in the inbox", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(AGENT);
    await expect(page).toHaveURL(/\/inbox/);
    await expect(page.getByRole("heading", { name: "Inbox", level: 1 })).toBeVisible();
    await expect(page.getByRole("navigation").getByRole("link", { name: "Admin" })).toHaveCount(0);
  });

  test("an agent who opens an admin page gets 403", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(AGENT);
    await expect(page).toHaveURL(/\/inbox/);
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByText("403")).toBeVisible();
    await expect(page.getByRole("heading", { name: /don.t have access/i })).toBeVisible();

    const api = await page.request.get("/api/admin/overview");
    expect(api.status()).toBe(403);
    expect((await api.json()).error.code).toBe("forbidden:api");
  });

  test("an admin reaches the admin shell", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto("/admin");
    await login.signIn(ADMIN);
    await expect(page).toHaveURL(/\/admin/);
    await expect(page.getByRole("heading", { name: "Admin", level: 1 })).toBeVisible();
    await expect(page.getByText("Published articles", { exact: true })).toBeVisible();
    const api = await page.request.get("/api/admin/overview");
    expect(api.status()).toBe(200);
    expect((await api.json()).articles.published).toBeGreaterThanOrEqual(30);
  });

  test("a wrong password shows a clear error and keeps the e-mail", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn({ email: AGENT.email, password: "not-the-password" });
    await expect(page.getByRole("alert").filter({ hasText: /sign you in/i })).toContainText(/wrong e-mail or password/i);
    await expect(page.getByLabel("Email")).toHaveValue(AGENT.email);
    await expect(page).toHaveURL(/\/login/);
  });

  test("pages and APIs refuse anonymous visitors", async ({ page, request }) => {
    await page.goto("/inbox");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Finbox/);
    const api = await request.get("/api/conversations");
    expect(api.status()).toBe(401);
    expect((await api.json()).error.code).toBe("unauthorized:api");
  });
});

test.describe("realtime", () => {
  test("socket.io rejects an unauthenticated connection and accepts a signed-in one", async ({ page, baseURL }) => {
    const anonymous = io(baseURL!, { path: "/socket.io", transports: ["websocket"], reconnection: false });
    const rejection = await new Promise<string>((resolve) => {
      anonymous.on("connect", () => resolve("connected"));
      anonymous.on("connect_error", (error) => resolve(error.message));
    });
    anonymous.close();
    expect(rejection).toBe("unauthorized");

    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(AGENT);
    await expect(page).toHaveURL(/\/inbox/);
    const cookies = await page.context().cookies();
    const cookieHeader = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const signedIn = io(baseURL!, { path: "/socket.io", transports: ["websocket"], reconnection: false, extraHeaders: { cookie: cookieHeader } });
    const ready = await new Promise<{ user: { role: string } } | string>((resolve) => {
      signedIn.on("ready", (info: { user: { role: string } }) => resolve(info));
      signedIn.on("connect_error", (error) => resolve(error.message));
    });
    signedIn.close();
    expect(ready).toMatchObject({ user: { role: "agent" } });
  });
});

test.describe("health", () => {
  test("health and readiness answer without a session", async ({ request }) => {
    expect((await request.get("/api/health")).status()).toBe(200);
    const ready = await request.get("/api/ready");
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready", database: "pglite" });
  });
});
