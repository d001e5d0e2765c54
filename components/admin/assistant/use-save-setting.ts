"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { AdminApiError, adminRequest, type FieldErrors } from "@/components/admin/rules/admin-request";

export const SETTINGS_KEY = ["admin", "assistant-settings"] as const;

// Saves one settings area (or an inbox's hours) and keeps the server's per-field problems for the form.
export function useSaveSetting(url: string, successMessage: string) {
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (value: unknown) => adminRequest<{ changed: boolean }>(url, { method: "PUT", body: value }),
    onMutate: () => {
      setFields({});
      setFormError(null);
    },
    onSuccess: (result) => {
      toast.success(result.changed ? successMessage : "Nothing changed.");
      void queryClient.invalidateQueries({ queryKey: SETTINGS_KEY });
      void queryClient.invalidateQueries({ queryKey: ["admin", "history"] });
    },
    onError: (error) => {
      setFields(error instanceof AdminApiError ? error.fields : {});
      setFormError(error.message);
    },
  });
  return { ...mutation, fields, formError };
}
