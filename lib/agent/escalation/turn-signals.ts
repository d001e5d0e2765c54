import type { IntentPrediction, IntentRanking } from "@/lib/ai/offline/nlu/classifier";
import type { Entity } from "@/lib/ai/offline/nlu/entities/types";
import type { Lang } from "@/lib/ai/offline/nlu/lang";
import type { Sentiment } from "@/lib/ai/offline/nlu/sentiment";
import type { BusinessHours, CONTACT_TIERS } from "@/lib/db/schema";
import type { HighRiskTopic } from "./high-risk-topic-lexicon";

export type TurnIntent = IntentPrediction["intent"];
export type ContactTier = (typeof CONTACT_TIERS)[number];

// What one customer turn says, read once and shared by the escalation rules, the reply and the
// handoff packet. A turn is a whole burst: "hi", "order SO-104233", "still not here" are one text.
export type TurnSignals = {
  // The turn's customer text, all burst fragments joined by newlines.
  text: string;
  language: Lang;
  intent: TurnIntent;
  // How sure the agent is of what the customer wants (0-1). For "out_of_scope" this is the best
  // intent's probability, not the classifier's confidence that the message is out of scope, so a
  // low value always means "unsure what they want".
  confidence: number;
  ranking: IntentRanking;
  entities: Entity[];
  sentiment: Sentiment;
  highRiskTopics: HighRiskTopic[];
  explicitHumanRequest: boolean;
};

// What the rules need to know beyond the turn itself.
export type EscalationContext = {
  tier: ContactTier;
  now: Date;
  // The inbox's opening hours; null means always open.
  businessHours: BusinessHours | null;
  // Clarifying questions the agent has asked in this episode (since the customer's current request
  // began); low confidence hands over only after one.
  clarificationsAsked: number;
  failedLookups: number;
  // Consecutive negative customer turns, this one included (0 when this turn is not negative).
  negativeStreak: number;
  // A system the agent needed (orders, carrier, payments) failed during this turn.
  integrationError: boolean;
  // Below this confidence the agent asks a clarifying question instead of acting (AI settings).
  confidenceThreshold: number;
};
