import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

// First gate for pages: no session cookie → the sign-in page. Every page and route still checks the
// session and role itself (lib/auth/require-page-user.ts, lib/api/with-auth.ts).
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const secureCookie = request.cookies.has("__Secure-authjs.session-token");
  const token = await getToken({ req: request, secret: process.env.AUTH_SECRET, secureCookie });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = {
  // Public: sign-in, auth API, health checks, the WhatsApp webhook, static assets. APIs answer 401
  // themselves instead of redirecting.
  matcher: ["/((?!login|api/|_next/|favicon.ico|icon.svg|robots.txt).*)"],
};
