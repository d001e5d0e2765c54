import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { GRAPH_ERROR, type GraphError } from "@/lib/whatsapp/cloud-api/graph-errors";

// Graph's access-token check (shared/whatsapp/cloud-api.md §1, §9.1). The token comes from
// "Authorization: Bearer …" or, as Graph also allows, ?access_token=. No token → 104 (HTTP 400),
// an unknown one → 190 "Cannot parse access token" (401), and with the tokenExpired fault on the
// right token is refused as expired (190, subcode 463).
export function checkAccessToken(req: IncomingMessage, url: URL, input: { accessToken: string; tokenExpired: boolean; now: Date }): GraphError | null {
  const token = bearerToken(req.headers.authorization) ?? url.searchParams.get("access_token");
  if (token === null || token === "") return { code: GRAPH_ERROR.accessTokenRequired };
  if (!sameToken(token, input.accessToken)) return { code: GRAPH_ERROR.accessTokenInvalid };
  if (input.tokenExpired) {
    const expiredAt = new Date(input.now.getTime() - 2 * 60 * 60 * 1000);
    return {
      code: GRAPH_ERROR.accessTokenInvalid,
      subcode: 463,
      message: `Error validating access token: Session has expired on ${graphDate(expiredAt)}. The current time is ${graphDate(input.now)}.`,
    };
  }
  return null;
}

function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match?.[1]?.trim() ?? null;
}

function sameToken(received: string, expected: string): boolean {
  const a = Buffer.from(received);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

// "Friday, 20-Nov-26 09:00:00 UTC", the layout of Graph's expiry messages (Meta prints Pacific time).
function graphDate(date: Date): string {
  const weekday = date.toLocaleDateString("en-US", { weekday: "long", timeZone: "UTC" });
  const day = String(date.getUTCDate()).padStart(2, "0");
  const month = date.toLocaleDateString("en-US", { month: "short", timeZone: "UTC" });
  const year = String(date.getUTCFullYear() % 100).padStart(2, "0");
  const time = date.toISOString().slice(11, 19);
  return `${weekday}, ${day}-${month}-${year} ${time} UTC`;
}
