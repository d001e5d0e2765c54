import { describe, expect, test } from "vitest";
import type { MessageTemplate } from "@/lib/whatsapp/cloud-api/message-template";
import type { OutboundTemplate } from "@/lib/whatsapp/cloud-api/send-schema";
import { DEFAULT_TEMPLATES } from "./default-templates";
import { checkTemplateSend } from "./template-check";
import { renderTemplate } from "./template-render";

const TICKET_UPDATE: MessageTemplate = {
  id: "1",
  name: "ticket_update",
  language: "en_GB",
  status: "APPROVED",
  category: "UTILITY",
  components: [
    { type: "HEADER", format: "IMAGE" },
    { type: "BODY", text: "Hi {{1}}, ticket {{2}} was updated." },
    {
      type: "BUTTONS",
      buttons: [
        { type: "QUICK_REPLY", text: "Reopen ticket" },
        { type: "URL", text: "View", url: "https://help.example.com/t/{{1}}" },
      ],
    },
  ],
};
const NAMED: MessageTemplate = {
  id: "2",
  name: "named_hello",
  language: "en",
  status: "APPROVED",
  category: "MARKETING",
  parameter_format: "NAMED",
  components: [{ type: "BODY", text: "Hello {{first_name}}" }],
};
const PAUSED: MessageTemplate = { ...NAMED, id: "3", name: "paused_one", status: "PAUSED" };
const TEMPLATES = [...DEFAULT_TEMPLATES, TICKET_UPDATE, NAMED, PAUSED];

function text(value: string) {
  return { type: "text" as const, text: value };
}

const ORDER_UPDATE: OutboundTemplate = {
  name: "order_update",
  language: { code: "fr" },
  components: [{ type: "body", parameters: [text("Amara"), text("A-1042"), text("expédiée")] }],
};

describe("checkTemplateSend", () => {
  test("accepts a correct send and renders it", () => {
    const result = checkTemplateSend(TEMPLATES, ORDER_UPDATE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(renderTemplate(result.template, ORDER_UPDATE).body).toBe("Bonjour Amara, votre commande A-1042 est maintenant expédiée.");
  });

  test("unknown name or language → 132001 with Meta's details", () => {
    expect(checkTemplateSend(TEMPLATES, { ...ORDER_UPDATE, name: "nope" })).toStrictEqual({
      ok: false,
      error: { code: 132001, details: "template name (nope) does not exist in fr" },
    });
    expect(checkTemplateSend(TEMPLATES, { ...ORDER_UPDATE, language: { code: "it" } })).toMatchObject({ ok: false, error: { code: 132001 } });
  });

  test("wrong parameter count → 132000", () => {
    expect(checkTemplateSend(TEMPLATES, { ...ORDER_UPDATE, components: [{ type: "body", parameters: [text("Amara")] }] })).toStrictEqual({
      ok: false,
      error: { code: 132000, details: "body: number of localizable_params (1) does not match the expected number of params (3)" },
    });
    expect(checkTemplateSend(TEMPLATES, { name: "order_update", language: { code: "en" } })).toMatchObject({ ok: false, error: { code: 132000 } });
  });

  test("media headers, dynamic URL buttons and named parameters", () => {
    const body = { type: "body" as const, parameters: [text("Amara"), text("8812")] };
    const url = { type: "button" as const, sub_type: "url" as const, index: 1, parameters: [text("8812")] };
    const image = { type: "header" as const, parameters: [{ type: "image" as const, image: { id: "1" } }] };
    const base = { name: "ticket_update", language: { code: "en_GB" } };
    expect(checkTemplateSend(TEMPLATES, { ...base, components: [body, url] })).toMatchObject({
      ok: false,
      error: { code: 132012, details: "header: Format mismatch, expected IMAGE, received UNKNOWN" },
    });
    expect(checkTemplateSend(TEMPLATES, { ...base, components: [image, body] })).toMatchObject({ ok: false, error: { code: 132000 } });
    const quickReplyAsUrl = { type: "button" as const, sub_type: "url" as const, index: "0", parameters: [text("x")] };
    expect(checkTemplateSend(TEMPLATES, { ...base, components: [image, body, url, quickReplyAsUrl] })).toMatchObject({ ok: false, error: { code: 131009 } });
    const ok = checkTemplateSend(TEMPLATES, { ...base, components: [image, body, url] });
    expect(ok.ok).toBe(true);
    if (ok.ok) {
      expect(renderTemplate(ok.template, { ...base, components: [image, body, url] }).buttons).toStrictEqual([
        { type: "quick_reply", index: 0, text: "Reopen ticket", payload: "Reopen ticket" },
        { type: "url", index: 1, text: "View", url: "https://help.example.com/t/8812" },
      ]);
    }

    const named = { name: "named_hello", language: { code: "en" } };
    expect(checkTemplateSend(TEMPLATES, { ...named, components: [{ type: "body", parameters: [{ ...text("Amara"), parameter_name: "first" }] }] })).toMatchObject({
      ok: false,
      error: { code: 132000 },
    });
    expect(checkTemplateSend(TEMPLATES, { ...named, components: [{ type: "body", parameters: [{ ...text("Amara"), parameter_name: "first_name" }] }] }).ok).toBe(true);
  });

  test("paused templates → 132015; over-long filled text → 132005", () => {
    expect(checkTemplateSend(TEMPLATES, { name: "paused_one", language: { code: "en" } })).toMatchObject({ ok: false, error: { code: 132015 } });
    const long = { ...ORDER_UPDATE, components: [{ type: "body" as const, parameters: [text("x".repeat(1000)), text("A"), text("B")] }] };
    expect(checkTemplateSend(TEMPLATES, long)).toMatchObject({ ok: false, error: { code: 132005 } });
  });
});
