import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import type { MetricsSummary } from "@/lib/metrics/get-metrics-summary";
import { ADMIN, AGENT } from "./accounts";
import { LoginPage } from "./pages/login-page";

test.describe("metrics dashboard", () => {
  test("an admin sees the figures with their definitions, drills down to the conversations and downloads the CSV", async ({ page }) => {
    test.setTimeout(90_000);
    const login = new LoginPage(page);
    await login.goto("/admin/metrics");
    await login.signIn(ADMIN);
    await expect(page).toHaveURL(/\/admin\/metrics/);
    await expect(page.getByRole("heading", { name: "Metrics", level: 1 })).toBeVisible();

    // The API gives the same figures the page shows (demo data: the last 30 days).
    const api = await page.request.get("/api/admin/metrics?preset=30d");
    expect(api.status()).toBe(200);
    const summary = (await api.json()) as MetricsSummary;
    expect(summary.conversations).toBeGreaterThan(10);
    expect(summary.escalation.count).toBeGreaterThan(0);

    // Definitions are written next to the figures.
    const automated = page.locator('[data-metric="Automated resolution"]');
    await expect(automated).toContainText("Resolved conversations with no handoff and no message from a person");
    await expect(page.locator('[data-metric="Containment with correctness"]')).toContainText("within 7 days after the resolution");
    await expect(page.locator('[data-metric="Escalation quality"]')).toContainText("suggests an action");
    await expect(page.locator('[data-metric="Time to first useful message"]')).toContainText("completed without handing over");
    await expect(page.getByRole("img", { name: /Daily conversations/ })).toBeVisible();

    // Drill down from the escalation rate to the conversations behind it.
    await page.getByRole("button", { name: /^Escalation rate: .*Show the conversations/ }).click();
    const sheet = page.getByRole("dialog");
    await expect(sheet.getByRole("heading", { name: "Escalated" })).toBeVisible();
    await expect(sheet).toContainText(`${summary.escalation.count} conversation`);
    const rows = sheet.getByRole("table", { name: "Conversations behind the figure" }).locator("tbody tr");
    await expect(rows).toHaveCount(Math.min(50, summary.escalation.count));
    const firstId = await rows.first().getAttribute("data-conversation-id");
    expect(firstId).toMatch(/^[0-9a-f-]{36}$/);

    // The CSV of the drill-down: one row per escalated conversation.
    const drillDownload = page.waitForEvent("download");
    await sheet.getByRole("link", { name: "Download these as CSV" }).click();
    const drillCsv = readFileSync((await (await drillDownload).path())!, "utf8").trimEnd().split("\r\n");
    expect(drillCsv).toHaveLength(summary.escalation.count + 1);
    expect(drillCsv.every((line, index) => index === 0 || line.split(",")[9] === "true")).toBe(true);

    // A row opens the conversation in the inbox.
    await rows.first().getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/inbox\\?queue=all&c=${firstId}`));

    // Back on the dashboard: the full export, one row per conversation of the range.
    await page.goto("/admin/metrics");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^metrics-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync((await file.path())!, "utf8").trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^conversation_id,created_at,inbox,intent,status,resolved_at,/);
    expect(lines).toHaveLength(summary.conversations + 1);
    expect(lines.some((line) => line.startsWith(firstId!))).toBe(true);
  });

  test("an agent cannot open metrics or call its APIs", async ({ page }) => {
    const login = new LoginPage(page);
    await login.goto();
    await login.signIn(AGENT);
    await expect(page).toHaveURL(/\/inbox/);
    const response = await page.goto("/admin/metrics");
    expect(response?.status()).toBe(403);
    for (const path of ["/api/admin/metrics", "/api/admin/metrics/conversations?set=all", "/api/admin/metrics/export"]) {
      const api = await page.request.get(path);
      expect(api.status()).toBe(403);
    }
  });
});
