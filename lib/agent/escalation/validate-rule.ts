import { escalationRuleInputSchema, type EscalationRuleInput } from "./rule-schemas";

export type RuleFieldError = {
  // Dotted path from the rule's root: "condition.threshold", "action.addLabels.1".
  field: string;
  message: string;
};

export type RuleValidation = { ok: true; rule: EscalationRuleInput } | { ok: false; errors: RuleFieldError[] };

export type RuleValidationOptions = {
  // The teams that exist; when given, a handToTeam naming another slug is an error.
  knownTeamSlugs?: readonly string[];
};

// Checks an admin's rule (name, enabled, condition, action) before it is stored, returning every
// problem with the field it belongs to rather than stopping at the first.
export function validateRule(input: unknown, options: RuleValidationOptions = {}): RuleValidation {
  const parsed = escalationRuleInputSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        field: issue.path.map(String).join("."),
        message: issue.code === "unrecognized_keys" ? `unknown field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}` : issue.message,
      })),
    };
  }
  const team = parsed.data.action.handToTeam;
  if (team !== undefined && options.knownTeamSlugs && !options.knownTeamSlugs.includes(team)) {
    return {
      ok: false,
      errors: [{ field: "action.handToTeam", message: `there is no team "${team}"; use one of ${options.knownTeamSlugs.join(", ")}` }],
    };
  }
  return { ok: true, rule: parsed.data };
}
