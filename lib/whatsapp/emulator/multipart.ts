// A minimal multipart/form-data parser (RFC 7578) for the media upload endpoint and the control
// API's file posts. Bodies are already fully in memory (size-capped by the caller), so this works on
// one Buffer and never streams.

export type MultipartPart = {
  name: string;
  fileName?: string;
  contentType?: string;
  data: Buffer;
};

export type MultipartParse =
  | { ok: true; parts: MultipartPart[] }
  | { ok: false; reason: "not_multipart" | "missing_boundary" | "malformed" };

const CRLF = Buffer.from("\r\n");
const HEADER_END = Buffer.from("\r\n\r\n");

export function parseMultipartFormData(body: Buffer, contentTypeHeader: string | undefined): MultipartParse {
  if (!contentTypeHeader || !/^multipart\/form-data\b/i.test(contentTypeHeader.trim())) return { ok: false, reason: "not_multipart" };
  const boundary = boundaryOf(contentTypeHeader);
  if (!boundary) return { ok: false, reason: "missing_boundary" };

  const delimiter = Buffer.from(`--${boundary}`);
  // Parts are separated by CRLF + delimiter; the first delimiter may start the body without a CRLF.
  const separator = Buffer.concat([CRLF, delimiter]);
  let position = body.indexOf(delimiter);
  if (position === -1) return { ok: false, reason: "malformed" };
  position += delimiter.length;

  const parts: MultipartPart[] = [];
  for (;;) {
    // "--" after a delimiter closes the body.
    if (body.subarray(position, position + 2).toString("latin1") === "--") return { ok: true, parts };
    if (!body.subarray(position, position + 2).equals(CRLF)) return { ok: false, reason: "malformed" };
    position += 2;

    const headerEnd = body.indexOf(HEADER_END, position);
    if (headerEnd === -1) return { ok: false, reason: "malformed" };
    const headers = parseHeaders(body.subarray(position, headerEnd).toString("utf8"));
    const dataStart = headerEnd + HEADER_END.length;
    const dataEnd = body.indexOf(separator, dataStart);
    if (dataEnd === -1) return { ok: false, reason: "malformed" };

    const disposition = headers.get("content-disposition");
    const name = disposition ? dispositionParam(disposition, "name") : undefined;
    if (name === undefined) return { ok: false, reason: "malformed" };
    const fileName = disposition ? dispositionParam(disposition, "filename") : undefined;
    const contentType = headers.get("content-type");
    parts.push({
      name,
      ...(fileName === undefined ? {} : { fileName }),
      ...(contentType === undefined ? {} : { contentType }),
      data: body.subarray(dataStart, dataEnd),
    });
    position = dataEnd + separator.length;
  }
}

// Text fields as strings (last one wins), for the simple name=value parts of a form.
export function multipartFields(parts: readonly MultipartPart[]): Map<string, string> {
  const fields = new Map<string, string>();
  for (const part of parts) if (part.fileName === undefined) fields.set(part.name, part.data.toString("utf8"));
  return fields;
}

function boundaryOf(contentType: string): string | undefined {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  // RFC 2046 caps boundaries at 70 characters.
  return boundary && boundary.length <= 70 ? boundary : undefined;
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

// form-data; name="file"; filename="a b.jpg". Browsers and undici follow the WHATWG rule and write
// '"', CR and LF as %22, %0D and %0A; older clients backslash-escape quotes. Both are undone here.
function dispositionParam(disposition: string, param: string): string | undefined {
  const pattern = new RegExp(`;\\s*${param}=(?:"((?:[^"\\\\]|\\\\.)*)"|([^;\\s]+))`, "i");
  const match = pattern.exec(disposition);
  if (!match) return undefined;
  if (match[1] === undefined) return match[2];
  return match[1]
    .replace(/\\(.)/g, "$1")
    .replace(/%22/gi, '"')
    .replace(/%0D/gi, "\r")
    .replace(/%0A/gi, "\n");
}
