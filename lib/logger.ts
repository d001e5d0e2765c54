import pino, { type Logger } from "pino";

// Structured JSON logs. Secrets and personal data listed here are replaced before a line is written,
// wherever they appear in a logged object.
const REDACT = [
  "password",
  "*.password",
  "passwordHash",
  "*.passwordHash",
  "token",
  "*.token",
  "accessToken",
  "*.accessToken",
  "secret",
  "*.secret",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "headers.cookie",
  "*.headers.cookie",
  "cardNumber",
  "*.cardNumber",
];

const holder = globalThis as typeof globalThis & { __logger?: Logger };

export function logger(): Logger {
  holder.__logger ??= pino({
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
    redact: { paths: REDACT, censor: "[redacted]" },
    base: { service: "support-console" },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
  return holder.__logger;
}

export function childLogger(component: string): Logger {
  return logger().child({ component });
}
