// Why a scenario is known to fail. Each is a defect outside the offline policy and NLU (in the agent
// runner or the escalation lexicon), described where it would be fixed; a scenario marked with one
// runs as `it.fails`, so it starts failing the suite the day the defect is fixed.
export const KNOWN_RUNNER_GAPS = {
  negatedHumanRequest:
    "escalation/explicit-human-request.ts treats a negation up to three words before a request as negating it, so in 'actually no, just get me a human' the 'no' that declines the cancellation cancels the request for a person; the turn is read as a declined change and nobody is called.",
} as const;

// Defects in what the agent knows rather than how it runs: the knowledge search (lib/knowledge) and
// the one-request-per-turn reading of the offline model.
export const KNOWN_KNOWLEDGE_GAPS = {
  keywordMiss:
    "The knowledge search is keyword full-text search per language (lib/knowledge/search-knowledge.ts, no fuzzy or compound matching); for words no article contains (a typo such as 'rückerstatung', 'telefoonnummer', 'einloggen' against an English-only article) it finds nothing, and the offline policy then says it does not know instead of searching again by the topic (a retry by topic title works, but plan-step-conversation.test.ts pins 'no article → no second search').",
  wrongArticle:
    "The keyword search ranks 'Reembolsos: condiciones y plazos' first for 'cuanto tarda el envio express' and the offline policy quotes the top hit without checking it belongs to the question's intent (hits carry no intent); the runner also does not put the customer's country in slots.country, which would have given a live shipping quote for Spain.",
  oneRequestPerTurn:
    "'where is my order …?? this is ridiculous, terrible service' classifies as complaint (0.96), and the offline model serves one request per turn: the order question goes unanswered and the complaint flow quotes the best keyword hit, here the appointments article.",
} as const;
