import { GRAPH_ERROR, type GraphError } from "@/lib/whatsapp/cloud-api/graph-errors";
import {
  type MessageTemplate,
  type TemplateButtonDefinition,
  type TemplateComponentDefinition,
  fillTemplateText,
  templatePlaceholders,
} from "@/lib/whatsapp/cloud-api/message-template";
import type { OutboundTemplate, TemplateBodyParameter, TemplateComponent } from "@/lib/whatsapp/cloud-api/send-schema";

export type TemplateCheck = { ok: true; template: MessageTemplate } | { ok: false; error: GraphError };

// Checks a template send against the approved templates (shared/whatsapp/cloud-api.md §4.9, §9.4
// step 4): the name must exist in exactly that language and be APPROVED (132001; paused 132015,
// disabled 132016), header and body parameters must match the template's variables in number
// (132000) and kind (132012), dynamic buttons need their parameter, and the filled-in body must stay
// within 1024 characters (132005).
export function checkTemplateSend(templates: readonly MessageTemplate[], send: OutboundTemplate): TemplateCheck {
  const template = templates.find((candidate) => candidate.name === send.name && candidate.language === send.language.code);
  if (!template) return fail(GRAPH_ERROR.templateDoesNotExist, `template name (${send.name}) does not exist in ${send.language.code}`);
  if (template.status === "PAUSED") return fail(GRAPH_ERROR.templatePaused, `Template ${send.name} is paused because of low quality.`);
  if (template.status === "DISABLED") return fail(GRAPH_ERROR.templateDisabled, `Template ${send.name} is disabled.`);
  if (template.status !== "APPROVED") {
    return fail(GRAPH_ERROR.templateDoesNotExist, `template name (${send.name}) is not approved in ${send.language.code}`);
  }

  const components = send.components ?? [];
  const problem =
    checkHeader(definition(template, "HEADER"), components.filter(isComponent("header"))) ??
    checkBody(template, definition(template, "BODY"), components.filter(isComponent("body"))) ??
    checkButtons(definition(template, "BUTTONS")?.buttons ?? [], components.filter(isComponent("button")));
  return problem ? { ok: false, error: problem } : { ok: true, template };
}

const MAX_BODY_LENGTH = 1024;

type Definition<T extends TemplateComponentDefinition["type"]> = Extract<TemplateComponentDefinition, { type: T }>;
type SendComponent<T extends TemplateComponent["type"]> = Extract<TemplateComponent, { type: T }>;

function definition<T extends TemplateComponentDefinition["type"]>(template: MessageTemplate, type: T): Definition<T> | undefined {
  return template.components.find((component): component is Definition<T> => component.type === type);
}

function isComponent<T extends TemplateComponent["type"]>(type: T) {
  return (component: TemplateComponent): component is SendComponent<T> => component.type === type;
}

function checkHeader(header: Definition<"HEADER"> | undefined, sent: SendComponent<"header">[]): GraphError | undefined {
  if (sent.length > 1) return { code: GRAPH_ERROR.parameterValueInvalid, details: "header: only one header component is allowed" };
  const parameters = sent[0]?.parameters ?? [];
  if (!header || header.format === "TEXT") {
    const expected = templatePlaceholders(header?.text).length;
    const wrongKind = parameters.find((parameter) => parameter.type !== "text");
    if (wrongKind) return formatMismatch("header", "TEXT", wrongKind.type);
    return countMismatch("header", parameters.length, expected);
  }
  const parameter = parameters[0];
  if (parameter?.type !== header.format.toLowerCase()) return formatMismatch("header", header.format, parameter?.type);
  return countMismatch("header", parameters.length, 1);
}

function checkBody(template: MessageTemplate, body: Definition<"BODY"> | undefined, sent: SendComponent<"body">[]): GraphError | undefined {
  if (sent.length > 1) return { code: GRAPH_ERROR.parameterValueInvalid, details: "body: only one body component is allowed" };
  const parameters = sent[0]?.parameters ?? [];
  const expected = templatePlaceholders(body?.text);
  const countProblem = countMismatch("body", parameters.length, expected.length);
  if (countProblem) return countProblem;

  if (template.parameter_format === "NAMED") {
    const names = parameters.map((parameter) => parameter.parameter_name ?? "");
    const missing = expected.filter((name) => !names.includes(name));
    if (missing.length > 0) {
      return { code: GRAPH_ERROR.templateParamCountMismatch, details: `body: missing named parameters: ${missing.join(", ")}` };
    }
  }

  const values = new Map<string, string>();
  parameters.forEach((parameter, index) => {
    const key = template.parameter_format === "NAMED" ? (parameter.parameter_name ?? "") : String(index + 1);
    values.set(key, displayValue(parameter));
  });
  const filled = fillTemplateText(body?.text ?? "", values);
  if (filled.length > MAX_BODY_LENGTH) {
    return { code: GRAPH_ERROR.templateTextTooLong, details: `body: filled-in text is ${filled.length} characters; the maximum is ${MAX_BODY_LENGTH}.` };
  }
  return undefined;
}

const SUB_TYPE_OF: Record<TemplateButtonDefinition["type"], string> = {
  QUICK_REPLY: "quick_reply",
  URL: "url",
  PHONE_NUMBER: "phone_number",
  COPY_CODE: "copy_code",
};

function checkButtons(definitions: TemplateButtonDefinition[], sent: SendComponent<"button">[]): GraphError | undefined {
  const byIndex = new Map<number, SendComponent<"button">>();
  for (const component of sent) {
    const index = Number(component.index);
    const button = definitions[index];
    if (!button) return { code: GRAPH_ERROR.parameterValueInvalid, details: `buttons: the template has no button at index ${index}` };
    if (SUB_TYPE_OF[button.type] !== component.sub_type) {
      return { code: GRAPH_ERROR.parameterValueInvalid, details: `buttons: button at index ${index} is ${SUB_TYPE_OF[button.type]}, not ${component.sub_type}` };
    }
    if (byIndex.has(index)) return { code: GRAPH_ERROR.parameterValueInvalid, details: `buttons: button index ${index} is given twice` };
    byIndex.set(index, component);
  }
  // Dynamic URL suffixes and coupon codes have no default: the send must supply them.
  for (const [index, button] of definitions.entries()) {
    const needsParameter = (button.type === "URL" && templatePlaceholders(button.url).length > 0) || button.type === "COPY_CODE";
    if (needsParameter && !byIndex.has(index)) return countMismatch(`buttons[${index}]`, 0, 1);
  }
  return undefined;
}

export function displayValue(parameter: TemplateBodyParameter): string {
  switch (parameter.type) {
    case "text":
      return parameter.text;
    case "currency":
      return parameter.currency.fallback_value;
    case "date_time":
      return parameter.date_time.fallback_value;
  }
}

// Meta's own wording for 132000.
function countMismatch(component: string, received: number, expected: number): GraphError | undefined {
  if (received === expected) return undefined;
  return {
    code: GRAPH_ERROR.templateParamCountMismatch,
    details: `${component}: number of localizable_params (${received}) does not match the expected number of params (${expected})`,
  };
}

function formatMismatch(component: string, expected: string, received: string | undefined): GraphError {
  return {
    code: GRAPH_ERROR.templateParamFormatMismatch,
    details: `${component}: Format mismatch, expected ${expected}, received ${received?.toUpperCase() ?? "UNKNOWN"}`,
  };
}

function fail(code: number, details: string): TemplateCheck {
  return { ok: false, error: { code, details } };
}
