import { z } from "zod";

// The same minimum as ADMIN_PASSWORD (lib/env.ts); temporary passwords are 19 characters.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

// A signed-in person changing their own password on /account. Messages are shown beside the inputs.
export const changePasswordBodySchema = z
  .object({
    currentPassword: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(PASSWORD_MAX_LENGTH, "That is not your current password."),
    newPassword: z
      .string({ error: "Enter a new password." })
      .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
      .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`),
    confirmPassword: z.string({ error: "Type the new password again." }),
  })
  .refine((body) => body.confirmPassword === body.newPassword, { message: "The two new passwords are not the same.", path: ["confirmPassword"] })
  .refine((body) => body.newPassword !== body.currentPassword, { message: "Choose a password different from the current one.", path: ["newPassword"] });
export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;
