import { z } from "zod";
import { API_SCOPES, ROLES } from "@/lib/db/enums";

// People and access: the bodies the admin people API accepts. Shared by the routes, the forms and
// the tests.

const personName = z.string().trim().min(1, "Enter the person's name.").max(120, "Names are at most 120 characters.");
const teamIds = z.array(z.uuid("Not a team id.")).max(50, "At most 50 teams.");

export const roleSchema = z.enum(ROLES, { error: "Pick a role: admin, supervisor or agent." });

export const inviteUserBodySchema = z.object({
  name: personName,
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid e-mail address.")).pipe(z.string().max(254, "E-mail addresses are at most 254 characters.")),
  role: roleSchema,
  teamIds: teamIds.default([]),
});
export type InviteUserBody = z.infer<typeof inviteUserBodySchema>;

// One change at a time keeps each audit event about one thing; several fields may still be sent.
export const updateUserBodySchema = z
  .object({
    name: personName.optional(),
    role: roleSchema.optional(),
    active: z.boolean().optional(),
    teamIds: teamIds.optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), "Send at least one change.");
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

const teamName = z.string().trim().min(1, "Enter a team name.").max(80, "Team names are at most 80 characters.");
const memberIds = z.array(z.uuid("Not a user id.")).max(500, "At most 500 members.");

export const createTeamBodySchema = z.object({ name: teamName, memberIds: memberIds.default([]) });
export type CreateTeamBody = z.infer<typeof createTeamBodySchema>;

export const updateTeamBodySchema = z
  .object({ name: teamName.optional(), memberIds: memberIds.optional() })
  .refine((body) => body.name !== undefined || body.memberIds !== undefined, "Send a new name or the members.");
export type UpdateTeamBody = z.infer<typeof updateTeamBodySchema>;

export const apiScopeSchema = z.enum(API_SCOPES, { error: `Unknown scope. Scopes: ${API_SCOPES.join(", ")}.` });

export const TOKEN_EXPIRY_CHOICES = [7, 30, 90, 365] as const;

export const createApiTokenBodySchema = z.object({
  name: z.string().trim().min(1, "Name the token after what uses it.").max(80, "Token names are at most 80 characters."),
  scopes: z
    .array(apiScopeSchema)
    .min(1, "Pick at least one scope.")
    .max(API_SCOPES.length)
    .transform((scopes) => [...new Set(scopes)].sort()),
  // Days from now; null or absent: the token does not expire.
  expiresInDays: z.number().int().min(1, "Expire after at least one day.").max(3650, "Expire within ten years.").nullable().default(null),
});
export type CreateApiTokenBody = z.input<typeof createApiTokenBodySchema>;
export type CreateApiTokenInput = z.infer<typeof createApiTokenBodySchema>;
