import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { authenticateCredentials } from "@/lib/auth/authenticate-credentials";
import { isLoginLocked } from "@/lib/auth/login-rate-limit";
import { loadSessionUser } from "@/lib/auth/session-user";
import { auditEvents } from "@/lib/db/schema";
import type { AppError } from "@/lib/errors";
import { inviteUser } from "@/lib/people/invite-user";
import { resetUserPassword } from "@/lib/people/reset-user-password";
import { updateUser } from "@/lib/people/update-user";
import { createPerson, useConsoleWorld } from "@/lib/testing/console-write-fixtures";
import { testDatabaseKinds } from "@/lib/testing/databases";
import { changePasswordBodySchema } from "@/lib/validation/account";
import { changeOwnPassword } from "./change-own-password";
import { isPasswordTemporary } from "./is-password-temporary";

const POLICY = { maxFailures: 3, lockMinutes: 15 };
const NEW_PASSWORD = "correct horse battery staple";

describe.each(testDatabaseKinds())("own password and sessions on %s", (kind) => {
  const world = useConsoleWorld(kind, { people: false });
  const { db } = world;
  let counter = 0;

  // Someone an admin invited: signs in with the temporary password they were handed.
  const invite = async () => {
    const admin = await createPerson(db(), { name: "Ada Admin", role: "admin" });
    counter += 1;
    const { user, temporaryPassword } = await inviteUser(db(), { actorId: admin.id, body: { name: "Tia Temp", email: `tia.${counter}@example.test`, role: "agent", teamIds: [] } });
    return { admin, user, temporaryPassword };
  };
  const body = (currentPassword: string, newPassword = NEW_PASSWORD) => changePasswordBodySchema.parse({ currentPassword, newPassword, confirmPassword: newPassword });
  const audit = async (userId: string) => db().select({ action: auditEvents.action, data: auditEvents.data }).from(auditEvents).where(eq(auditEvents.targetId, userId)).orderBy(auditEvents.id);

  it("validates the form: length, confirmation, a different password", () => {
    const result = changePasswordBodySchema.safeParse({ currentPassword: "", newPassword: "short", confirmPassword: "shorter" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["currentPassword", "Enter your current password."],
      ["newPassword", "Use at least 12 characters."],
      ["confirmPassword", "The two new passwords are not the same."],
    ]);
    const same = changePasswordBodySchema.safeParse({ currentPassword: NEW_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    expect(same.error?.issues.map((issue) => issue.path.join("."))).toEqual(["newPassword"]);
  });

  it("changes the password after checking the current one; the audit keeps no secret", async () => {
    const { user, temporaryPassword } = await invite();
    const wrong = (await changeOwnPassword(db(), { userId: user.id, body: body("not-my-password"), policy: POLICY }).catch((caught: AppError) => caught)) as AppError;
    expect(wrong).toMatchObject({ code: "bad_request:api", details: [{ field: "currentPassword", message: "That is not your current password." }] });

    await changeOwnPassword(db(), { userId: user.id, body: body(temporaryPassword), policy: POLICY });
    expect(await authenticateCredentials(db(), { email: user.email, password: temporaryPassword, clientKey: null }, POLICY)).toMatchObject({ ok: false });
    expect(await authenticateCredentials(db(), { email: user.email, password: NEW_PASSWORD, clientKey: null }, POLICY)).toMatchObject({ ok: true });

    const events = await audit(user.id);
    expect(events.map((event) => event.action)).toEqual(expect.arrayContaining(["account.password_change_failed", "account.password_changed"]));
    expect(events.find((event) => event.action === "account.password_changed")!.data).toEqual({});
    const serialised = JSON.stringify(events);
    for (const secret of [temporaryPassword, NEW_PASSWORD, "not-my-password"]) expect(serialised).not.toContain(secret);
  });

  it("counts wrong current passwords against the sign-in limit of the account", async () => {
    const { user, temporaryPassword } = await invite();
    for (let attempt = 0; attempt < POLICY.maxFailures; attempt++) {
      await expect(changeOwnPassword(db(), { userId: user.id, body: body(`guess-number-${attempt}`), policy: POLICY })).rejects.toMatchObject({ code: "bad_request:api" });
    }
    // Locked now, even with the right password; sign-in for that e-mail is locked as well.
    await expect(changeOwnPassword(db(), { userId: user.id, body: body(temporaryPassword), policy: POLICY })).rejects.toMatchObject({ code: "rate_limited:api" });
    expect(await isLoginLocked(db(), `email:${user.email}`)).not.toBeNull();
    expect(await authenticateCredentials(db(), { email: user.email, password: temporaryPassword, clientKey: null }, POLICY)).toMatchObject({ ok: false, reason: "rate_limited" });
    expect((await audit(user.id)).map((event) => event.action)).toContain("account.password_change_blocked");
  });

  it("knows a temporary password until the person chooses their own, and again after an admin reset", async () => {
    const { admin, user, temporaryPassword } = await invite();
    expect(await isPasswordTemporary(db(), user.id)).toBe(true);
    await changeOwnPassword(db(), { userId: user.id, body: body(temporaryPassword), policy: POLICY });
    expect(await isPasswordTemporary(db(), user.id)).toBe(false);
    await resetUserPassword(db(), { actorId: admin.id, userId: user.id });
    expect(await isPasswordTemporary(db(), user.id)).toBe(true);
    // Seeded people (no invitation) are not nudged.
    expect(await isPasswordTemporary(db(), admin.id)).toBe(false);
  });

  it("ends sessions that began before an admin's reset or the person's own change, and only those", async () => {
    const { admin, user, temporaryPassword } = await invite();
    const before = { userId: user.id, signedInAt: Date.now() - 1000 };
    expect(await loadSessionUser(db(), before)).toMatchObject({ id: user.id });
    // A token without a sign-in time (issued before the check existed) is not trusted.
    expect(await loadSessionUser(db(), { userId: user.id, signedInAt: undefined })).toBeNull();

    // Renaming or a role change touches the user row but is no reason to sign out.
    await updateUser(db(), { actorId: admin.id, userId: user.id, changes: { name: "Tia Renamed", role: "supervisor" } });
    expect(await loadSessionUser(db(), before)).toMatchObject({ name: "Tia Renamed", role: "supervisor" });

    await changeOwnPassword(db(), { userId: user.id, body: body(temporaryPassword), policy: POLICY });
    expect(await loadSessionUser(db(), before)).toBeNull();
    const afterChange = { userId: user.id, signedInAt: Date.now() + 1 };
    expect(await loadSessionUser(db(), afterChange)).toMatchObject({ id: user.id });

    await new Promise((resolve) => setTimeout(resolve, 5));
    await resetUserPassword(db(), { actorId: admin.id, userId: user.id });
    expect(await loadSessionUser(db(), afterChange)).toBeNull();
    expect(await loadSessionUser(db(), { userId: user.id, signedInAt: Date.now() + 1 })).toMatchObject({ id: user.id });
  });
});
