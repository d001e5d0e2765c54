import { z } from "zod";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid e-mail address."),
  password: z.string().min(1, "Enter your password.").max(1024),
});
export type Credentials = z.infer<typeof credentialsSchema>;
