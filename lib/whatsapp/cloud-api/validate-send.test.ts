import { describe, expect, test } from "vitest";
import type { SendMessageRequest } from "./send-schema";
import { formatParamPath, validateSendRequest } from "./validate-send";

const TO = "+447700900123";
const WAMID = "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhgUQTRDMTIzQjE2MTJERDI3MkQxMzcA";

function button(id: string, title: string) {
  return { type: "reply", reply: { id, title } };
}

function buttonsMessage(buttons: unknown[]) {
  return {
    messaging_product: "whatsapp",
    to: TO,
    type: "interactive",
    interactive: { type: "button", body: { text: "How would you like us to fix it?" }, action: { buttons } },
  };
}

function listMessage(sections: unknown[]) {
  return {
    messaging_product: "whatsapp",
    to: TO,
    type: "interactive",
    interactive: { type: "list", body: { text: "What do you need help with?" }, action: { button: "Choose topic", sections } },
  };
}

function rows(count: number) {
  return Array.from({ length: count }, (_, index) => ({ id: `row_${index}`, title: `Row ${index}` }));
}

function expectError(body: unknown, code: number, details?: string) {
  const result = validateSendRequest(body);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  if (details !== undefined) expect(result.error.details).toBe(details);
}

// Every request example of shared/whatsapp/cloud-api.md §4, typed so the compiler checks them too.
const REFERENCE_EXAMPLES: SendMessageRequest[] = [
  {
    messaging_product: "whatsapp",
    recipient_type: "individual",
    to: TO,
    type: "text",
    text: { preview_url: true, body: "You can track it here: https://track.example.com/A-1042" },
  },
  {
    messaging_product: "whatsapp",
    recipient_type: "individual",
    to: TO,
    type: "interactive",
    interactive: {
      type: "button",
      header: { type: "text", text: "Order A-1042" },
      body: { text: "Sorry about the damaged box. How would you like us to fix it?" },
      footer: { text: "Reply within 7 days" },
      action: {
        buttons: [
          { type: "reply", reply: { id: "refund", title: "Request refund" } },
          { type: "reply", reply: { id: "replace", title: "Send replacement" } },
          { type: "reply", reply: { id: "agent", title: "Talk to a person" } },
        ],
      },
    },
  },
  {
    messaging_product: "whatsapp",
    to: TO,
    type: "interactive",
    interactive: {
      type: "list",
      header: { type: "text", text: "Support topics" },
      body: { text: "What do you need help with?" },
      footer: { text: "Acme Support" },
      action: {
        button: "Choose topic",
        sections: [
          {
            title: "Orders",
            rows: [
              { id: "topic_delivery", title: "Delivery problem", description: "Late, lost or damaged parcel" },
              { id: "topic_return", title: "Return an item" },
            ],
          },
          { title: "Account", rows: [{ id: "topic_login", title: "Can't log in" }] },
        ],
      },
    },
  },
  {
    messaging_product: "whatsapp",
    to: TO,
    type: "interactive",
    interactive: {
      type: "cta_url",
      body: { text: "Print your prepaid return label here." },
      action: { name: "cta_url", parameters: { display_text: "Get label", url: "https://returns.example.com/l/8812" } },
    },
  },
  { messaging_product: "whatsapp", to: TO, type: "image", image: { id: "1037543291543636", caption: "Here is the replacement we shipped" } },
  {
    messaging_product: "whatsapp",
    to: TO,
    type: "document",
    document: { link: "https://files.example.com/invoices/A-1042.pdf", filename: "invoice-A-1042.pdf", caption: "Your invoice" },
  },
  { messaging_product: "whatsapp", to: TO, type: "audio", audio: { id: "1013859600285441", voice: true } },
  { messaging_product: "whatsapp", to: TO, type: "video", video: { link: "https://files.example.com/howto.mp4" } },
  { messaging_product: "whatsapp", to: TO, type: "sticker", sticker: { id: "6349705142634567" } },
  {
    messaging_product: "whatsapp",
    to: TO,
    type: "location",
    location: { latitude: "51.5014", longitude: "-0.1419", name: "Parcel locker", address: "12 Victoria St" },
  },
  {
    messaging_product: "whatsapp",
    to: TO,
    type: "contacts",
    contacts: [
      {
        name: { formatted_name: "Tomasz Nowak", first_name: "Tomasz", last_name: "Nowak" },
        phones: [{ phone: "+44 7700 900456", wa_id: "447700900456", type: "CELL" }],
        emails: [{ email: "tomasz@example.com", type: "WORK" }],
        org: { company: "Nowak Logistics" },
      },
    ],
  },
  {
    messaging_product: "whatsapp",
    recipient_type: "individual",
    to: TO,
    type: "reaction",
    reaction: { message_id: WAMID, emoji: "\u{1F44D}" },
  },
  {
    messaging_product: "whatsapp",
    recipient_type: "individual",
    to: TO,
    type: "template",
    template: {
      name: "ticket_update",
      language: { code: "en_GB", policy: "deterministic" },
      components: [
        { type: "header", parameters: [{ type: "image", image: { id: "2871834006348767" } }] },
        {
          type: "body",
          parameters: [
            { type: "text", text: "Amara" },
            { type: "text", text: "A-1042" },
          ],
        },
        { type: "button", sub_type: "quick_reply", index: "0", parameters: [{ type: "payload", payload: "reopen_ticket_8812" }] },
        { type: "button", sub_type: "url", index: "1", parameters: [{ type: "text", text: "8812" }] },
      ],
    },
  },
  {
    messaging_product: "whatsapp",
    to: TO,
    context: { message_id: WAMID },
    biz_opaque_callback_data: "ticket:8812",
    type: "text",
    text: { body: "Yes, that's the right address" },
  },
];

describe("validateSendRequest", () => {
  test.each(REFERENCE_EXAMPLES.map((example) => [example.type, example] as const))("accepts the reference %s example", (_, example) => {
    expect(validateSendRequest(example)).toStrictEqual({ ok: true, request: example });
  });

  test("accepts mark-as-read and the typing indicator", () => {
    for (const body of [
      { messaging_product: "whatsapp", status: "read", message_id: WAMID },
      { messaging_product: "whatsapp", status: "read", message_id: WAMID, typing_indicator: { type: "text" } },
    ]) {
      expect(validateSendRequest(body)).toStrictEqual({ ok: true, request: body });
    }
  });

  test("a missing type means text, as in Meta's reference", () => {
    const result = validateSendRequest({ messaging_product: "whatsapp", to: TO, text: { body: "hi" } });
    expect(result).toStrictEqual({ ok: true, request: { messaging_product: "whatsapp", to: TO, type: "text", text: { body: "hi" } } });
  });

  describe("golden send-validation cases (§9.5)", () => {
    test("4 buttons → 131009 with Meta's details", () => {
      expectError(
        buttonsMessage([button("a", "A"), button("b", "B"), button("c", "C"), button("d", "D")]),
        131009,
        "Invalid buttons count. Min allowed buttons: 1, Max allowed buttons: 3",
      );
    });

    test("a 21-character button title → 131009", () => {
      expectError(buttonsMessage([button("a", "x".repeat(21))]), 131009, "Button title length invalid. Min length: 1, Max length: 20");
    });

    test("11 list rows → 131009", () => {
      expectError(listMessage([{ title: "A", rows: rows(6) }, { title: "B", rows: rows(5).map((row) => ({ ...row, id: `b${row.id}` })) }]), 131009, "Total row count exceed max allowed count: 10");
      expectError(listMessage([{ rows: rows(11) }]), 131009);
    });

    test("missing type object → 131008", () => {
      expectError({ messaging_product: "whatsapp", to: TO, type: "text" }, 131008, "The parameter text is required.");
      expectError({ messaging_product: "whatsapp", to: TO, type: "interactive", interactive: { body: { text: "x" } } }, 131008, "The parameter interactive['type'] is required.");
    });
  });

  test("envelope problems come first and map to Meta codes", () => {
    expectError("not an object", 100);
    expectError({ to: TO, type: "text", text: { body: "x" } }, 131008, "The parameter messaging_product is required.");
    expectError({ messaging_product: "sms", to: TO, type: "text", text: { body: "x" } }, 131009, 'messaging_product must be "whatsapp"');
    expectError({ messaging_product: "whatsapp", type: "text", text: { body: "x" } }, 131008, "The parameter to is required.");
    expectError({ messaging_product: "whatsapp", to: TO, type: "poll", poll: {} }, 131051, "Message type poll is not supported.");
    expectError({ messaging_product: "whatsapp", to: TO, type: 7 }, 100);
  });

  test("unknown keys and wrong JSON types → 100", () => {
    expectError(
      { messaging_product: "whatsapp", to: TO, type: "text", text: { body: "x", previewurl: true } },
      100,
      'Unexpected key "previewurl" on param "text".',
    );
    expectError({ messaging_product: "whatsapp", to: TO, type: "text", text: { body: 42 } }, 100, "Param text['body'] must be a string.");
    expectError({ messaging_product: "whatsapp", to: TO, type: "audio", audio: { id: "1", caption: "no captions on audio" } }, 100);
  });

  test("interactive limits", () => {
    expectError(buttonsMessage([]), 131009, "Invalid buttons count. Min allowed buttons: 1, Max allowed buttons: 3");
    expectError(buttonsMessage([button("a", "Same"), button("b", "Same")]), 131009, "Button titles must be unique.");
    expectError(buttonsMessage([button("x".repeat(257), "A")]), 131009, "Button id length invalid. Min length: 1, Max length: 256");
    expectError(buttonsMessage([button(" padded", "A")]), 131009, "Button id must not start or end with spaces.");
    expectError(listMessage([{ title: "A", rows: [{ id: "a", title: "x".repeat(25) }] }]), 131009, "Row title length invalid. Min length: 1, Max length: 24");
    expectError(listMessage([{ title: "A", rows: [{ id: "a", title: "a", description: "x".repeat(73) }] }]), 131009);
    expectError(listMessage([{ rows: rows(1) }, { title: "B", rows: [{ id: "b", title: "b" }] }]), 131008);
    expectError(listMessage(Array.from({ length: 11 }, (_, index) => ({ title: `S${index}`, rows: [{ id: `r${index}`, title: "r" }] }))), 131009);
    const imageHeaderList = listMessage([{ rows: rows(1) }]);
    imageHeaderList.interactive = { ...imageHeaderList.interactive, ...{ header: { type: "image", image: { id: "1" } } } };
    expectError(imageHeaderList, 131009);
    expectError(
      { messaging_product: "whatsapp", to: TO, type: "interactive", interactive: { type: "flow", body: { text: "x" }, action: {} } },
      131009,
      "Unsupported interactive type. Supported: button, list, cta_url.",
    );
    expectError(
      {
        messaging_product: "whatsapp",
        to: TO,
        type: "interactive",
        interactive: { type: "cta_url", body: { text: "x" }, action: { name: "cta_url", parameters: { display_text: "Go", url: "ftp://nope" } } },
      },
      131009,
    );
  });

  test("media needs exactly one of id or link", () => {
    expectError({ messaging_product: "whatsapp", to: TO, type: "image", image: { caption: "x" } }, 131008);
    expectError({ messaging_product: "whatsapp", to: TO, type: "image", image: { id: "1", link: "https://x.io/a.png" } }, 131009);
    expectError({ messaging_product: "whatsapp", to: TO, type: "image", image: { id: "1", caption: "x".repeat(1025) } }, 131009);
  });

  test("text, template, reaction and location values", () => {
    expectError({ messaging_product: "whatsapp", to: TO, type: "text", text: { body: "x".repeat(4097) } }, 131009, "Text body length invalid. Min length: 1, Max length: 4096");
    expectError({ messaging_product: "whatsapp", to: TO, type: "template", template: { name: "Order_Update", language: { code: "en" } } }, 131009);
    expectError({ messaging_product: "whatsapp", to: TO, type: "template", template: { name: "order_update" } }, 131008, "The parameter template['language'] is required.");
    expectError(
      { messaging_product: "whatsapp", to: TO, context: { message_id: WAMID }, type: "reaction", reaction: { message_id: WAMID, emoji: "x" } },
      131009,
    );
    expectError({ messaging_product: "whatsapp", to: TO, type: "location", location: { latitude: 91, longitude: 0 } }, 131009);
  });
});

describe("formatParamPath", () => {
  test("uses Meta's bracket notation", () => {
    expect(formatParamPath(["interactive", "action", "buttons", 3, "reply", "title"])).toBe("interactive['action']['buttons'][3]['reply']['title']");
    expect(formatParamPath([])).toBe("(body)");
  });
});
