// Audit actions that set a person's password. There is no column saying how a password was set, so
// the audit trail answers it: the latest of these events for a user tells whether the password is a
// temporary one an admin handed over, and a reset or change after a session began ends that session.

// An admin issued a temporary password (invitation or reset).
export const TEMPORARY_PASSWORD_ACTIONS = ["people.user_invited", "people.user_password_reset"] as const;

// The person chose their own password on /account.
export const OWN_PASSWORD_CHANGED_ACTION = "account.password_changed";

// Events that make every session started before them invalid.
export const PASSWORD_REPLACED_ACTIONS = ["people.user_password_reset", OWN_PASSWORD_CHANGED_ACTION] as const;
