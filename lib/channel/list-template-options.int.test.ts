import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import type { MessageTemplate } from "@/lib/whatsapp/cloud-api/message-template";
import { DEFAULT_TEMPLATES } from "@/lib/whatsapp/emulator/default-templates";
import { TEST_ACCESS_TOKEN, TEST_APP_SECRET, TEST_BUSINESS, TEST_VERIFY_TOKEN } from "@/lib/whatsapp/emulator/testing/emulator-test-fixtures";
import { startEmulatorServer, type EmulatorServer } from "@/lib/whatsapp/emulator/testing/start-emulator-server";
import { createGraphApiClient } from "./graph-api-client";
import { listTemplateOptions } from "./list-template-options";

const body = (text: string) => ({ type: "BODY" as const, text });
let nextId = 9_000_000;
const template = (name: string, overrides: Partial<MessageTemplate> = {}): MessageTemplate => ({
  id: String(nextId++),
  name,
  language: "en",
  status: "APPROVED",
  category: "UTILITY",
  components: [body(`Template ${name}`)],
  ...overrides,
});

// Many approved templates (more than one page of 100) and a few the console cannot send.
const FILLER = Array.from({ length: 110 }, (_, index) => template(`filler_${String(index).padStart(3, "0")}`, { language: "de" }));
const UNSENDABLE: MessageTemplate[] = [
  template("pending_one", { status: "PENDING" }),
  template("named_params", { parameter_format: "NAMED", components: [body("Hi {{first_name}}")] }),
  template("image_header", { components: [{ type: "HEADER", format: "IMAGE" }, body("See the photo")] }),
  template("url_with_param", { components: [body("Track it"), { type: "BUTTONS", buttons: [{ type: "URL", text: "Track", url: "https://example.com/t/{{1}}" }] }] }),
];

describe("template options through the Cloud API emulator", () => {
  let server: EmulatorServer;
  let requests = 0;
  const countingFetch: typeof fetch = (input, init) => {
    requests++;
    return fetch(input, init);
  };
  const client = (token = TEST_ACCESS_TOKEN) =>
    createGraphApiClient({ graphBaseUrl: server.emulator.graphBaseUrl, apiVersion: "v24.0", accessToken: token }, countingFetch);

  beforeAll(async () => {
    server = await startEmulatorServer({
      accessToken: TEST_ACCESS_TOKEN,
      appSecret: TEST_APP_SECRET,
      verifyToken: TEST_VERIFY_TOKEN,
      webhookUrl: "http://127.0.0.1:9/unused",
      business: TEST_BUSINESS,
      templates: [...DEFAULT_TEMPLATES, ...FILLER, ...UNSENDABLE],
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it("lists approved templates with body, positional parameters and example values, and quick replies", async () => {
    const options = await listTemplateOptions(client(), TEST_BUSINESS.wabaId, { language: "en" });
    expect(options.map((option) => option.name)).toEqual(["order_update", "follow_up_after_window", "csat_survey"]);
    expect(options[0]).toEqual({
      name: "order_update",
      language: "en",
      category: "UTILITY",
      body: "Hi {{1}}, your order {{2}} is now {{3}}.",
      parameters: [
        { index: 1, example: "Amara" },
        { index: 2, example: "A-1042" },
        { index: 3, example: "out for delivery" },
      ],
      quickReplies: [],
    });
    expect(options[2]).toMatchObject({ name: "csat_survey", parameters: [], quickReplies: ["Great", "OK", "Poor"] });
  });

  it("follows the paging links and leaves out what cannot be sent", async () => {
    const all = await listTemplateOptions(client(), TEST_BUSINESS.wabaId);
    expect(all).toHaveLength(DEFAULT_TEMPLATES.length + FILLER.length);
    expect(all.map((option) => option.name)).not.toEqual(expect.arrayContaining(["pending_one"]));
    for (const name of UNSENDABLE.map((unsendable) => unsendable.name)) expect(all.some((option) => option.name === name), name).toBe(false);
    expect((await listTemplateOptions(client(), TEST_BUSINESS.wabaId, { language: "fr" })).map((option) => option.language)).toEqual(["fr", "fr", "fr"]);
  });

  it("asks WhatsApp once per five minutes", async () => {
    const cached = client();
    let now = Date.now();
    requests = 0;
    await listTemplateOptions(cached, TEST_BUSINESS.wabaId, { now: () => now });
    const firstRound = requests;
    expect(firstRound).toBe(2);
    await listTemplateOptions(cached, TEST_BUSINESS.wabaId, { language: "nl", now: () => now });
    expect(requests).toBe(firstRound);
    now += 5 * 60_000 + 1;
    await listTemplateOptions(cached, TEST_BUSINESS.wabaId, { now: () => now });
    expect(requests).toBe(2 * firstRound);
  });

  it("turns a Graph failure into a clear unavailable error", async () => {
    const failure = listTemplateOptions(client("wrong-token"), TEST_BUSINESS.wabaId);
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toMatchObject({ code: "unavailable:whatsapp", message: expect.stringMatching(/^WhatsApp did not return the message templates: .+/) });
    await expect(listTemplateOptions(client(), "999999999999999")).rejects.toMatchObject({ code: "unavailable:whatsapp" });
    await expect(listTemplateOptions(client(), "")).rejects.toMatchObject({ code: "unavailable:config" });
  });
});
