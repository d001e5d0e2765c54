import { z } from "zod";

// Every setting the product reads, validated once at start. An invalid value stops the start with a
// message that names the variable, so operators never chase a crash deep inside a request.
const optionalUrl = z.string().url().optional().or(z.literal("").transform(() => undefined));
const boolish = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOSTNAME: z.string().min(1).default("0.0.0.0"),
    APP_URL: optionalUrl,
    DATA_DIR: z.string().min(1).default("./.data"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// connection URL")
      .optional()
      .or(z.literal("").transform(() => undefined)),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
    ADMIN_EMAIL: z.string().email().optional(),
    ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
    DEMO_DATA: boolish.optional(),
    DEMO_LOGIN_HINT: boolish.optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    RUN_WORKER: boolish.default(true),
    REALTIME_ADAPTER: z.enum(["memory", "postgres", "redis"]).default("memory"),
    REDIS_URL: optionalUrl,
    WHATSAPP_EMULATOR: boolish.optional(),
    WHATSAPP_GRAPH_API_URL: optionalUrl,
    WHATSAPP_GRAPH_API_VERSION: z.string().regex(/^v\d+\.\d+$/, "must look like v24.0").default("v24.0"),
    WHATSAPP_ACCESS_TOKEN: z.string().min(1).optional(),
    WHATSAPP_APP_SECRET: z.string().min(1).optional(),
    WHATSAPP_VERIFY_TOKEN: z.string().min(1).optional(),
    WHATSAPP_PHONE_NUMBER_ID: z.string().regex(/^\d+$/, "must be the numeric phone number id").optional(),
    WHATSAPP_DISPLAY_PHONE_NUMBER: z.string().regex(/^\+?\d+$/, "must be a phone number in digits").optional(),
    WHATSAPP_BUSINESS_ACCOUNT_ID: z.string().regex(/^\d+$/, "must be the numeric WhatsApp Business Account id").optional(),
    WHATSAPP_SEND_RATE_PER_SECOND: z.coerce.number().int().min(1).max(1000).default(80),
    BURST_WINDOW_MS: z.coerce.number().int().min(0).max(30_000).default(2000),
    OUTBOX_RECONCILE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
    MEDIA_STORAGE: z.enum(["local", "s3"]).default("local"),
    S3_ENDPOINT: optionalUrl,
    S3_BUCKET: z.string().min(1).optional(),
    S3_REGION: z.string().min(1).default("auto"),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    MEDIA_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(100 * 1024 * 1024),
    // provider:model, e.g. openai:gpt-4.1-mini, anthropic:claude-sonnet-4-5, mistral:mistral-large-latest,
    // google:gemini-2.5-flash, azure:<deployment>, bedrock:<model id>, openai-compatible:<model> (with
    // AI_BASE_URL, e.g. Ollama or vLLM). "offline" (default) is the built-in deterministic model.
    AI_MODEL: z
      .string()
      .regex(/^(offline|(openai|anthropic|mistral|google|azure|bedrock|openai-compatible):.+)$/, "must be offline or provider:model with a supported provider")
      .default("offline"),
    // The hosted models an admin may pick on the assistant page, comma-separated provider:model (each
    // offered only when its provider's key is set). Unset: a built-in list per provider.
    AI_MODEL_CHOICES: z
      .string()
      .regex(/^\s*(openai|anthropic|mistral|google|azure|bedrock|openai-compatible):[^,\s]+(\s*,\s*(openai|anthropic|mistral|google|azure|bedrock|openai-compatible):[^,\s]+)*\s*$/, "must be a comma-separated list of provider:model")
      .optional(),
    // Embedding model for semantic knowledge search (used with pgvector): openai:text-embedding-3-small,
    // mistral:mistral-embed, google:text-embedding-004, openai-compatible:<model>. Unset: keyword search only.
    AI_EMBEDDING_MODEL: z
      .string()
      .regex(/^(openai|mistral|google|openai-compatible):.+$/, "must be provider:model with openai, mistral, google or openai-compatible")
      .optional(),
    AI_BASE_URL: optionalUrl,
    AI_API_KEY: z.string().min(1).optional(),
    // The company's own systems behind the agent's tools (see lib/agent/connectors/http/CONTRACT.md);
    // without it the built-in demo shop answers.
    CONNECTOR_HTTP_URL: optionalUrl,
    CONNECTOR_HTTP_API_KEY: z.string().min(1).optional(),
    CONNECTOR_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
    // Set when a reverse proxy in front of the app sets X-Forwarded-For (then sign-in attempts are
    // also limited per client address).
    TRUST_PROXY: boolish.default(false),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  })
  .superRefine((env, ctx) => {
    if ((env.ADMIN_EMAIL === undefined) !== (env.ADMIN_PASSWORD === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [env.ADMIN_EMAIL === undefined ? "ADMIN_EMAIL" : "ADMIN_PASSWORD"],
        message: "ADMIN_EMAIL and ADMIN_PASSWORD must be set together",
      });
    }
    // Real Meta credentials come as a set; without an access token the built-in emulator is used.
    if (env.WHATSAPP_ACCESS_TOKEN && env.WHATSAPP_EMULATOR !== true) {
      for (const name of ["WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN", "WHATSAPP_PHONE_NUMBER_ID"] as const) {
        if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: "is required when WHATSAPP_ACCESS_TOKEN is set" });
      }
    }
    if (env.MEDIA_STORAGE === "s3") {
      for (const name of ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
        if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: "is required when MEDIA_STORAGE=s3" });
      }
    }
    if (env.CONNECTOR_HTTP_URL && !env.CONNECTOR_HTTP_API_KEY) {
      ctx.addIssue({ code: "custom", path: ["CONNECTOR_HTTP_API_KEY"], message: "is required when CONNECTOR_HTTP_URL is set" });
    }
    if (env.REALTIME_ADAPTER === "redis" && !env.REDIS_URL) {
      ctx.addIssue({ code: "custom", path: ["REDIS_URL"], message: "is required when REALTIME_ADAPTER=redis" });
    }
    if (env.REALTIME_ADAPTER === "postgres" && !env.DATABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "is required when REALTIME_ADAPTER=postgres" });
    }
  });

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  readonly code = "config:invalid_env";
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join(".") || "environment";
    return `${name}: ${issue.message}`;
  });
  throw new EnvError(problems);
}

const cache = globalThis as typeof globalThis & { __appEnv?: Env };

export function env(): Env {
  cache.__appEnv ??= parseEnv(process.env);
  return cache.__appEnv;
}
