import { z } from "zod";

// `csat.enabled` in the settings table: whether a resolved conversation gets the satisfaction
// survey. Stored as { "enabled": bool }; a bare true/false (written by hand or by older versions)
// means the same.
export const csatSettingSchema = z.preprocess(
  (value) => (typeof value === "boolean" ? { enabled: value } : value),
  z.strictObject({ enabled: z.boolean({ error: "say whether the survey is sent (true or false)" }) }),
);
export type CsatSetting = z.infer<typeof csatSettingSchema>;
