export type LoginState = { error?: string; email?: string };
