import type { NextRequest } from "next/server";
import { auth } from "@/lib/auth/auth";
import { ALL_ROLES, hasRole, loadSessionUser, type SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { childLogger } from "@/lib/logger";

type RouteContext<P> = { params: Promise<P> };
export type AuthedHandler<P> = (request: NextRequest, ctx: { user: SessionUser; params: P }) => Promise<Response>;

const log = childLogger("api");

// The route side of the one access check: authentication, role, and one error shape for every route.
export function withAuth<P = Record<string, string>>(handler: AuthedHandler<P>, options: { roles?: readonly Role[] } = {}) {
  const allowed = options.roles ?? ALL_ROLES;
  return async (request: NextRequest, context: RouteContext<P>): Promise<Response> => {
    try {
      const session = await auth();
      const user = await loadSessionUser(db(), { userId: session?.user?.id, signedInAt: session?.signedInAt });
      if (!user) throw new AppError("unauthorized:api", "Sign in to use this API.");
      if (!hasRole(user, allowed)) throw new AppError("forbidden:api", `This action needs one of these roles: ${allowed.join(", ")}.`);
      return await handler(request, { user, params: await context.params });
    } catch (error) {
      return errorResponse(error, request);
    }
  };
}

export function errorResponse(error: unknown, request: Request): Response {
  if (error instanceof AppError) {
    if (error.type === "internal") log.error({ err: error, url: request.url }, "request failed");
    return error.toResponse();
  }
  log.error({ err: error, url: request.url }, "unhandled error in route handler");
  return new AppError("internal:api", "unexpected error", { cause: error }).toResponse();
}
