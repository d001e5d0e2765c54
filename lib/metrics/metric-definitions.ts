// The definitions written next to each figure on /admin/metrics. Kept beside the SQL they describe
// (conversation-facts.ts); no imports, so client components can use them.
export function metricDefinitions(windowDays: number) {
  const window = `${windowDays} day${windowDays === 1 ? "" : "s"}`;
  return {
    scope: "Conversations created in the selected range (UTC days), in the selected inbox. Every figure counts these conversations, whenever the events happened.",
    botFirstResponse: "Assistant: time from the customer's first message to the assistant's first message. p50 is the median, p90 the time 90% stayed under.",
    humanFirstResponse:
      "People: time from the moment a person was needed (the first handoff, or the customer's first message when a person wrote without a handoff) to the first reply by a person. Private notes are not replies.",
    botFirstUseful:
      "Assistant: time from the customer's first message to the first assistant message sent in a turn that completed without handing over, and before any handoff. Greetings of a turn that ended in a handoff do not count.",
    humanFirstUseful: "People: a person's first reply is counted as their first useful message, so this equals their first response time.",
    automatedResolution: "Resolved conversations with no handoff and no message from a person, out of all conversations.",
    containment: `Resolved by the assistant (as above) and, within ${window} after the resolution, not reopened by a person, not followed by a new conversation from the same customer, and not reversed. Out of all conversations; the share of the assistant's resolutions that held is shown too.`,
    reversed: `Reversed: an order the assistant cancelled is no longer cancelled and was changed within ${window} after the resolution (re-opened), or a refund the assistant requested is now rejected (corrected; the shop keeps no time for the rejection, so any later rejection counts).`,
    escalation: "Conversations with at least one handoff to a person, out of all conversations; by the reason of the first handoff.",
    escalationQuality: "Handoffs whose packet names at least one identifier (order, e-mail…), lists a step tried and suggests an action, out of all handoffs of these conversations.",
    pickup: "Handoff created → a person accepted it, over handoffs that were accepted. Handoffs still waiting are counted apart.",
    recontact: `Resolved conversations (by anyone) after which the same customer started a new conversation, on any number, within ${window}.`,
    csat: "Survey answers of 4 or 5 out of all answers (1–5), the average answer, and the share of surveys sent that were answered.",
    intents: "Per intent of the conversation (the assistant's reading; 'unknown' when none): volume, automated resolution and escalation as above, CSAT as the share of 4–5 answers.",
    series: "Per UTC day of creation: conversations, those resolved by the assistant, those escalated.",
  };
}
export type MetricDefinitions = ReturnType<typeof metricDefinitions>;
