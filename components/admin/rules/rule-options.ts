// What the rule editor offers in its pickers; read on the server and passed to the client.
export type RuleEditorOptions = {
  teams: { slug: string; name: string }[];
  intents: string[];
  topics: string[];
  tiers: string[];
  priorities: string[];
  languages: string[];
};
