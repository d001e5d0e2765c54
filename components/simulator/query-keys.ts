// React Query keys for the simulator's emulator data (all under "simulator").
export const simulatorKeys = {
  customers: ["simulator", "customers"] as const,
  conversation: (waId: string) => ["simulator", "conversation", waId] as const,
  deliveries: ["simulator", "deliveries"] as const,
};
