import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { authenticateCredentials } from "@/lib/auth/authenticate-credentials";
import { recordLoginFailure } from "@/lib/auth/login-rate-limit";
import { loadSessionUser } from "@/lib/auth/session-user";
import { auditEvents, escalationRules, loginAttempts, teamMembers, teams, users } from "@/lib/db/schema";
import { createConversation, createPerson, createTeam, useConsoleWorld } from "@/lib/testing/console-write-fixtures";
import { testDatabaseKinds } from "@/lib/testing/databases";
import { createTeamBodySchema, inviteUserBodySchema, updateTeamBodySchema, updateUserBodySchema } from "@/lib/validation/people";
import { createTeam as createTeamCommand } from "./create-team";
import { deleteTeam } from "./delete-team";
import { inviteUser } from "./invite-user";
import { listPeople } from "./list-people";
import { resetUserPassword } from "./reset-user-password";
import { updateTeam } from "./update-team";
import { updateUser } from "./update-user";

const POLICY = { maxFailures: 5, lockMinutes: 15 };

describe.each(testDatabaseKinds())("people and teams on %s", (kind) => {
  const world = useConsoleWorld(kind, { people: false });
  const { db, events } = world;

  const auditFor = async (targetId: string) =>
    db().select({ action: auditEvents.action, actorId: auditEvents.actorId, data: auditEvents.data }).from(auditEvents).where(eq(auditEvents.targetId, targetId)).orderBy(auditEvents.id);

  it("invites a person with a one-time temporary password that signs in; the audit keeps no secret", async () => {
    const admin = await createPerson(db(), { name: "Ada Admin", role: "admin" });
    const team = await createTeam(db());
    const body = inviteUserBodySchema.parse({ name: "Sam Super", email: "  Sam.Super@Example.test ", role: "supervisor", teamIds: [team.id] });
    const { user, temporaryPassword } = await inviteUser(db(), { actorId: admin.id, body });

    expect(user).toMatchObject({ name: "Sam Super", email: "sam.super@example.test", role: "supervisor", active: true, teamIds: [team.id] });
    expect(temporaryPassword).toMatch(/^[a-z0-9]{4}(-[a-z0-9]{4}){3}$/);
    const [stored] = await db().select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(stored!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored!.passwordHash).not.toContain(temporaryPassword);

    const signIn = await authenticateCredentials(db(), { email: "SAM.SUPER@example.test", password: temporaryPassword, clientKey: null }, POLICY);
    expect(signIn).toMatchObject({ ok: true, user: { id: user.id, role: "supervisor" } });

    const audit = await auditFor(user.id);
    expect(audit[0]).toEqual({ action: "people.user_invited", actorId: admin.id, data: { email: "sam.super@example.test", role: "supervisor", teamIds: [team.id] } });
    expect(JSON.stringify(audit)).not.toContain(temporaryPassword);

    await expect(inviteUser(db(), { actorId: admin.id, body: { ...body, email: "sam.super@example.test" } })).rejects.toMatchObject({ code: "conflict:admin" });
    await expect(inviteUser(db(), { actorId: admin.id, body: { ...body, email: "other@example.test", teamIds: ["00000000-0000-4000-8000-000000000000"] } })).rejects.toMatchObject({
      code: "bad_request:admin",
    });
  });

  it("validates invitations and updates with field-level messages", () => {
    const invalid = inviteUserBodySchema.safeParse({ name: "", email: "not-an-address", role: "owner" });
    expect(invalid.success).toBe(false);
    expect(invalid.error?.issues.map((issue) => issue.path.join("."))).toEqual(["name", "email", "role"]);
    expect(updateUserBodySchema.safeParse({}).success).toBe(false);
    expect(createTeamBodySchema.safeParse({ name: "   " }).success).toBe(false);
    expect(updateTeamBodySchema.safeParse({}).success).toBe(false);
  });

  it("changes roles and (de)activates at once, audited; deactivated people lose access on their next request", async () => {
    const admin = await createPerson(db(), { name: "Ada Admin", role: "admin" });
    const agent = await createPerson(db(), { name: "Ana Agent", presence: "online" });
    // A session that began before the changes: a role change or deactivation is not a password change.
    const session = { userId: agent.id, signedInAt: Date.now() - 1000 };

    expect(await updateUser(db(), { actorId: admin.id, userId: agent.id, changes: { role: "supervisor" } })).toMatchObject({ role: "supervisor" });
    expect(await loadSessionUser(db(), session)).toMatchObject({ role: "supervisor" });

    expect(await updateUser(db(), { actorId: admin.id, userId: agent.id, changes: { active: false } })).toMatchObject({ active: false, presence: "offline" });
    expect(await loadSessionUser(db(), session)).toBeNull();
    expect(events).toContainEqual({ type: "presence.changed", userId: agent.id, presence: "offline" });

    await updateUser(db(), { actorId: admin.id, userId: agent.id, changes: { active: true } });
    expect(await loadSessionUser(db(), session)).toMatchObject({ id: agent.id });

    // No change, no audit event.
    await updateUser(db(), { actorId: admin.id, userId: agent.id, changes: { role: "supervisor" } });
    expect((await auditFor(agent.id)).map((event) => [event.action, event.data])).toEqual([
      ["people.user_role_changed", { from: "agent", to: "supervisor" }],
      ["people.user_deactivated", {}],
      ["people.user_reactivated", {}],
    ]);
  });

  it("never leaves the platform without an active admin, and admins cannot lock themselves out", async () => {
    // Fresh world: make every existing admin inactive so this test controls the admins.
    await db().update(users).set({ active: false }).where(eq(users.role, "admin"));
    const first = await createPerson(db(), { name: "First Admin", role: "admin" });
    const second = await createPerson(db(), { name: "Second Admin", role: "admin" });

    await expect(updateUser(db(), { actorId: first.id, userId: first.id, changes: { active: false } })).rejects.toMatchObject({ code: "conflict:admin", message: expect.stringMatching(/your own account/) });
    await expect(updateUser(db(), { actorId: first.id, userId: first.id, changes: { role: "agent" } })).rejects.toMatchObject({ code: "conflict:admin", message: expect.stringMatching(/your own admin role/) });

    await updateUser(db(), { actorId: first.id, userId: second.id, changes: { role: "supervisor" } });
    // `second` is a supervisor now; pretend an admin acting elsewhere tries to demote the last one.
    await expect(updateUser(db(), { actorId: second.id, userId: first.id, changes: { role: "agent" } })).rejects.toMatchObject({ code: "conflict:admin", message: expect.stringMatching(/last active admin/) });
    await expect(updateUser(db(), { actorId: second.id, userId: first.id, changes: { active: false } })).rejects.toMatchObject({ code: "conflict:admin", message: expect.stringMatching(/last active admin/) });
    expect(await loadSessionUser(db(), { userId: first.id, signedInAt: Date.now() })).toMatchObject({ role: "admin" });

    // With a second admin again, the first may be demoted by someone else.
    await updateUser(db(), { actorId: first.id, userId: second.id, changes: { role: "admin" } });
    expect(await updateUser(db(), { actorId: second.id, userId: first.id, changes: { role: "agent" } })).toMatchObject({ role: "agent" });
  });

  it("resets a password: the old one stops working, the new one is shown once, a lockout is lifted", async () => {
    const admin = await createPerson(db(), { name: "Ada Admin", role: "admin" });
    const { user, temporaryPassword: first } = await inviteUser(db(), { actorId: admin.id, body: { name: "Ben Reset", email: "ben.reset@example.test", role: "agent", teamIds: [] } });
    for (let attempt = 0; attempt < 6; attempt++) await recordLoginFailure(db(), "email:ben.reset@example.test", POLICY);

    const { temporaryPassword: second } = await resetUserPassword(db(), { actorId: admin.id, userId: user.id });
    expect(second).not.toBe(first);
    expect(await db().select().from(loginAttempts).where(eq(loginAttempts.key, "email:ben.reset@example.test"))).toEqual([]);
    expect(await authenticateCredentials(db(), { email: user.email, password: first, clientKey: null }, POLICY)).toMatchObject({ ok: false });
    expect(await authenticateCredentials(db(), { email: user.email, password: second, clientKey: null }, POLICY)).toMatchObject({ ok: true });

    const audit = await auditFor(user.id);
    expect(audit.map((event) => event.action)).toContain("people.user_password_reset");
    expect(JSON.stringify(audit)).not.toContain(second);
    await expect(resetUserPassword(db(), { actorId: admin.id, userId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ code: "not_found:admin" });
  });

  it("creates, renames, staffs and deletes teams; the slug survives a rename; a team used by a rule cannot be deleted", async () => {
    const admin = await createPerson(db(), { name: "Ada Admin", role: "admin" });
    const ana = await createPerson(db(), { name: "Ana Team" });
    const ben = await createPerson(db(), { name: "Ben Team" });
    const gone = await createPerson(db(), { name: "Gone Team", active: false });

    const team = await createTeamCommand(db(), { actorId: admin.id, body: { name: "Returns & Refunds", memberIds: [ana.id] } });
    expect(team).toMatchObject({ slug: "returns-refunds", name: "Returns & Refunds", memberIds: [ana.id] });
    const twin = await createTeamCommand(db(), { actorId: admin.id, body: { name: "Returns Refunds", memberIds: [] } });
    expect(twin.slug).toBe("returns-refunds-2");
    await expect(createTeamCommand(db(), { actorId: admin.id, body: { name: "returns & REFUNDS", memberIds: [] } })).rejects.toMatchObject({ code: "conflict:admin" });
    await expect(createTeamCommand(db(), { actorId: admin.id, body: { name: "Ghosts", memberIds: [gone.id] } })).rejects.toMatchObject({ code: "bad_request:admin" });

    const renamed = await updateTeam(db(), { actorId: admin.id, teamId: team.id, body: { name: "Returns", memberIds: [ben.id] } });
    expect(renamed).toMatchObject({ slug: "returns-refunds", name: "Returns", memberIds: [ben.id] });
    expect((await listPeople(db())).teams.find((row) => row.id === team.id)).toEqual(renamed);
    expect((await auditFor(team.id)).map((event) => [event.action, event.data])).toEqual([
      ["people.team_created", { name: "Returns & Refunds", slug: "returns-refunds", memberIds: [ana.id] }],
      ["people.team_renamed", { from: "Returns & Refunds", to: "Returns" }],
      ["people.team_members_changed", { added: [ben.id], removed: [ana.id] }],
    ]);

    const [rule] = await db()
      .insert(escalationRules)
      .values({ name: "Refund lawyers", position: 99, condition: { kind: "keyword", keywords: ["refund"] }, action: { handover: true, handToTeam: "returns-refunds" } })
      .returning();
    await expect(deleteTeam(db(), { actorId: admin.id, teamId: team.id })).rejects.toMatchObject({ code: "conflict:admin", message: expect.stringContaining("Refund lawyers") });
    await db().delete(escalationRules).where(eq(escalationRules.id, rule!.id));

    const conversation = await createConversation(db(), { inbox: world.inbox, teamId: team.id });
    await deleteTeam(db(), { actorId: admin.id, teamId: team.id });
    expect(await db().select().from(teams).where(eq(teams.id, team.id))).toEqual([]);
    expect(await db().select().from(teamMembers).where(and(eq(teamMembers.teamId, team.id), eq(teamMembers.userId, ben.id)))).toEqual([]);
    expect((await auditFor(team.id)).at(-1)).toMatchObject({ action: "people.team_deleted", data: { openConversations: 1 } });
    expect(conversation.teamId).toBe(team.id);
    await expect(deleteTeam(db(), { actorId: admin.id, teamId: team.id })).rejects.toMatchObject({ code: "not_found:admin" });
  });
});
