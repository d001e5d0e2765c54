import { type MessageTemplate, type TemplateButtonDefinition, fillTemplateText } from "@/lib/whatsapp/cloud-api/message-template";
import type { OutboundTemplate } from "@/lib/whatsapp/cloud-api/send-schema";
import { displayValue } from "./template-check";

// What the customer sees for a template send, for the simulator's chat view: texts with the
// variables filled in, and the buttons with the payload a quick-reply tap will carry back.

export type RenderedTemplateButton =
  | { type: "quick_reply"; index: number; text: string; payload: string }
  | { type: "url"; index: number; text: string; url: string }
  | { type: "phone_number"; index: number; text: string; phoneNumber: string }
  | { type: "copy_code"; index: number; text: string; code: string };

export type RenderedTemplate = {
  name: string;
  language: string;
  category: MessageTemplate["category"];
  header: { format: "TEXT" | "IMAGE" | "VIDEO" | "DOCUMENT" | "LOCATION"; text?: string } | null;
  body: string;
  footer: string | null;
  buttons: RenderedTemplateButton[];
};

export function renderTemplate(template: MessageTemplate, send: OutboundTemplate): RenderedTemplate {
  const components = send.components ?? [];
  const bodyParameters = components.find((component) => component.type === "body")?.parameters ?? [];
  const headerParameters = components.find((component) => component.type === "header")?.parameters ?? [];
  const named = template.parameter_format === "NAMED";

  const bodyValues = new Map<string, string>();
  bodyParameters.forEach((parameter, index) => bodyValues.set(named ? (parameter.parameter_name ?? "") : String(index + 1), displayValue(parameter)));
  const headerValues = new Map<string, string>();
  headerParameters.forEach((parameter, index) => {
    if (parameter.type === "text") headerValues.set(named ? (parameter.parameter_name ?? "") : String(index + 1), parameter.text);
  });

  let header: RenderedTemplate["header"] = null;
  let body = "";
  let footer: string | null = null;
  let buttons: RenderedTemplateButton[] = [];
  for (const component of template.components) {
    if (component.type === "HEADER") {
      header = { format: component.format, ...(component.text === undefined ? {} : { text: fillTemplateText(component.text, headerValues) }) };
    } else if (component.type === "BODY") {
      body = fillTemplateText(component.text, bodyValues);
    } else if (component.type === "FOOTER") {
      footer = component.text;
    } else {
      buttons = component.buttons.map((button, index) => renderButton(button, index, send));
    }
  }
  return { name: template.name, language: template.language, category: template.category, header, body, footer, buttons };
}

function renderButton(button: TemplateButtonDefinition, index: number, send: OutboundTemplate): RenderedTemplateButton {
  const parameter = send.components?.find((component) => component.type === "button" && Number(component.index) === index)?.parameters[0];
  switch (button.type) {
    case "QUICK_REPLY":
      // Without a payload in the send, Meta echoes the label back as the payload.
      return { type: "quick_reply", index, text: button.text, payload: parameter?.type === "payload" ? parameter.payload : button.text };
    case "URL":
      return { type: "url", index, text: button.text, url: parameter?.type === "text" ? fillTemplateText(button.url, new Map([["1", parameter.text]])) : button.url };
    case "PHONE_NUMBER":
      return { type: "phone_number", index, text: button.text, phoneNumber: button.phone_number };
    case "COPY_CODE":
      return { type: "copy_code", index, text: button.text ?? "Copy code", code: parameter?.type === "coupon_code" ? parameter.coupon_code : (button.example ?? "") };
  }
}
