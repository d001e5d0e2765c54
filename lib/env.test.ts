import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("applies the embedded defaults", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATA_DIR).toBe("./.data");
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.RUN_WORKER).toBe(true);
    expect(env.REALTIME_ADAPTER).toBe("memory");
  });

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ PORT: "eighty" })).toThrowError(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrowError(/DATABASE_URL: must be a postgres/);
    expect(() => parseEnv({ AUTH_SECRET: "short" })).toThrowError(/AUTH_SECRET: must be at least 32/);
    expect(() => parseEnv({ RUN_WORKER: "maybe" })).toThrowError(/RUN_WORKER/);
  });

  it("requires the admin e-mail and password together", () => {
    try {
      parseEnv({ ADMIN_EMAIL: "boss@example.com" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      expect((error as EnvError).problems).toEqual(["ADMIN_PASSWORD: ADMIN_EMAIL and ADMIN_PASSWORD must be set together"]);
    }
    expect(parseEnv({ ADMIN_EMAIL: "boss@example.com", ADMIN_PASSWORD: "a-long-password" }).ADMIN_EMAIL).toBe("boss@example.com");
  });

  it("requires the connection a scale-out adapter needs", () => {
    expect(() => parseEnv({ REALTIME_ADAPTER: "redis" })).toThrowError(/REDIS_URL: is required/);
    expect(() => parseEnv({ REALTIME_ADAPTER: "postgres" })).toThrowError(/DATABASE_URL: is required/);
  });
});
