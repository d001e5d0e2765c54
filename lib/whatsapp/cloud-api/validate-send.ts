import type { z } from "zod";
import { GRAPH_ERROR, type GraphError } from "./graph-errors";
import {
  type MessagesEndpointRequest,
  SEND_MESSAGE_SCHEMAS,
  type SendIssueParams,
  isSendMessageType,
  markAsReadRequestSchema,
} from "./send-schema";

export type SendValidation = { ok: true; request: MessagesEndpointRequest } | { ok: false; error: GraphError };

// Validates a POST /{phone-number-id}/messages body the way the Cloud API does (shared/whatsapp/
// cloud-api.md §9.4 step 1) and reports the first problem with Meta's code:
//   missing required parameter → 131008, wrong JSON type or unknown key → 100,
//   bad value (length, count, format, enum) → 131009, unknown message type → 131051.
// Envelope fields are checked before the message content, as Meta does, so a request with several
// problems reports the same one Meta would report first.
export function validateSendRequest(body: unknown): SendValidation {
  if (!isJsonObject(body)) return fail(GRAPH_ERROR.invalidParameter, "The request body must be a JSON object.");
  if ("status" in body) return parseWith(markAsReadRequestSchema, body);

  if (body.messaging_product === undefined) return fail(GRAPH_ERROR.requiredParameterMissing, "The parameter messaging_product is required.");
  if (body.to === undefined) return fail(GRAPH_ERROR.requiredParameterMissing, "The parameter to is required.");

  // Meta's messages reference makes `type` optional with "text" as the default.
  const type = body.type ?? "text";
  if (typeof type !== "string") return fail(GRAPH_ERROR.invalidParameter, "Param type must be a string.");
  if (!isSendMessageType(type)) return fail(GRAPH_ERROR.unsupportedMessageType, `Message type ${type} is not supported.`);
  if (body[type] === undefined) return fail(GRAPH_ERROR.requiredParameterMissing, `The parameter ${type} is required.`);

  return parseWith(SEND_MESSAGE_SCHEMAS[type], { ...body, type });
}

// "interactive.action.buttons.3.reply.title" in Meta's notation: interactive['action']['buttons'][3]['reply']['title']
export function formatParamPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(body)";
  const [head, ...rest] = path;
  return rest.reduce<string>(
    (text, key) => (typeof key === "number" ? `${text}[${key}]` : `${text}['${String(key)}']`),
    String(head),
  );
}

// Issues whose message is this marker had no details of our own; we write them from the issue.
const NO_CUSTOM_MESSAGE = "\u0000no-custom-message";

function parseWith(schema: z.ZodType<MessagesEndpointRequest>, input: Record<string, unknown>): SendValidation {
  const result = schema.safeParse(input, { reportInput: true, error: () => NO_CUSTOM_MESSAGE });
  if (result.success) return { ok: true, request: result.data };
  const [first] = result.error.issues;
  if (first === undefined) return fail(GRAPH_ERROR.invalidParameter, "Invalid parameter.");
  return { ok: false, error: issueToGraphError(first) };
}

function issueToGraphError(issue: z.core.$ZodIssue): GraphError {
  const path = formatParamPath(issue.path);
  const own = issue.message === NO_CUSTOM_MESSAGE ? undefined : issue.message;
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return graphError(GRAPH_ERROR.requiredParameterMissing, `The parameter ${path} is required.`);
      return graphError(GRAPH_ERROR.invalidParameter, own ?? `Param ${path} must be ${withArticle(issue.expected)}.`);
    case "unrecognized_keys": {
      const key = issue.keys[0] ?? "";
      return graphError(GRAPH_ERROR.invalidParameter, issue.path.length === 0 ? `Unexpected key "${key}".` : `Unexpected key "${key}" on param "${path}".`);
    }
    case "invalid_union":
      // A discriminated union reports a missing or unknown `type` here; a missing one is a missing parameter.
      if (issue.discriminator !== undefined && isJsonObject(issue.input) && issue.input[issue.discriminator] === undefined) {
        return graphError(GRAPH_ERROR.requiredParameterMissing, `The parameter ${path} is required.`);
      }
      return graphError(GRAPH_ERROR.parameterValueInvalid, own ?? `Param ${path} is not valid.`);
    case "custom": {
      const params: SendIssueParams | undefined = issue.params;
      return graphError(params?.graphCode ?? GRAPH_ERROR.parameterValueInvalid, own ?? `Param ${path} is not valid.`);
    }
    case "too_big":
      return graphError(GRAPH_ERROR.parameterValueInvalid, own ?? `Param ${path} must be at most ${String(issue.maximum)}${unitOf(issue.origin)}.`);
    case "too_small":
      return graphError(GRAPH_ERROR.parameterValueInvalid, own ?? `Param ${path} must be at least ${String(issue.minimum)}${unitOf(issue.origin)}.`);
    case "invalid_format":
      return graphError(GRAPH_ERROR.parameterValueInvalid, own ?? `Param ${path} is not a valid ${issue.format}.`);
    case "invalid_value":
      return graphError(GRAPH_ERROR.parameterValueInvalid, own ?? `Param ${path} must be one of: ${issue.values.map(String).join(", ")}.`);
    default:
      return graphError(GRAPH_ERROR.parameterValueInvalid, own ?? `Param ${path} is not valid.`);
  }
}

function unitOf(origin: string): string {
  if (origin === "string") return " characters";
  if (origin === "array" || origin === "set") return " items";
  return "";
}

function withArticle(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function graphError(code: number, details: string): GraphError {
  return { code, details };
}

function fail(code: number, details: string): SendValidation {
  return { ok: false, error: graphError(code, details) };
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
