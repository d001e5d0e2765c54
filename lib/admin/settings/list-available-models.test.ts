import { describe, expect, it } from "vitest";
import { listAvailableModels } from "./list-available-models";

describe("listAvailableModels", () => {
  it("offers only the offline model without any provider key", () => {
    expect(listAvailableModels({ AI_MODEL: "offline" }, {}).map((option) => option.id)).toEqual(["offline"]);
  });

  it("offers a provider's models once its key is set, and AI_MODEL as configured", () => {
    const ids = listAvailableModels({ AI_MODEL: "openai-compatible:llama3" }, { ANTHROPIC_API_KEY: "sk-test", OPENAI_API_KEY: "" }).map((option) => option.id);
    expect(ids[0]).toBe("offline");
    expect(ids).toContain("openai-compatible:llama3");
    expect(ids).toContain("anthropic:claude-haiku-4-5");
    expect(ids.some((id) => id.startsWith("openai:"))).toBe(false);
  });

  it("offers AI_MODEL_CHOICES instead of the built-in list, each only with its provider's key", () => {
    const config = { AI_MODEL: "offline", AI_MODEL_CHOICES: " anthropic:claude-opus-4-5, openai-compatible:qwen3 ,azure:support-gpt" };
    const withKeys = listAvailableModels(config, { ANTHROPIC_API_KEY: "sk", AI_BASE_URL: "http://127.0.0.1:11434/v1" });
    expect(withKeys.map((option) => option.id)).toEqual(["offline", "anthropic:claude-opus-4-5", "openai-compatible:qwen3"]);
    expect(withKeys[1]!.label).toBe("claude-opus-4-5 (Anthropic)");
    expect(listAvailableModels(config, { AZURE_API_KEY: "k" }).map((option) => option.id)).toEqual(["offline", "azure:support-gpt"]);
  });

  it("lists AI_MODEL once when it is also in the catalogue", () => {
    const ids = listAvailableModels({ AI_MODEL: "openai:gpt-4.1-mini" }, { OPENAI_API_KEY: "sk" }).map((option) => option.id);
    expect(ids.filter((id) => id === "openai:gpt-4.1-mini")).toHaveLength(1);
  });
});
