"use client";

import * as React from "react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ThemeProvider, useTheme } from "next-themes";
import { Toaster } from "sonner";

/*
 * next-themes renders an inline <script> that sets the theme class before first paint. React 19 warns
 * about <script> elements rendered on the client, so on the client we mark it as an inert data block
 * (`text/plain`); the server-rendered copy stays executable. Same pattern as Next's "preventing flash
 * before hydration" guide.
 */
const themeScriptProps = {
  type: typeof window === "undefined" ? "text/javascript" : "text/plain",
} as const;

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Live data arrives over the socket; avoid refetch storms on focus and on mount.
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: 1,
      },
    },
  });
}

function ThemedToaster() {
  const { resolvedTheme } = useTheme();
  return (
    <Toaster
      theme={resolvedTheme === "dark" ? "dark" : "light"}
      position="bottom-right"
      closeButton
      richColors
      toastOptions={{ duration: 5000 }}
    />
  );
}

/** App-wide client providers: theme (class on <html>, system default), React Query, toasts. */
export function Providers({ children }: { children: React.ReactNode }) {
  // One QueryClient per browser session (and per request on the server), never shared across users.
  const [queryClient] = React.useState(makeQueryClient);

  return (
    <ThemeProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
      scriptProps={themeScriptProps}
    >
      <QueryClientProvider client={queryClient}>
        {children}
        <ThemedToaster />
      </QueryClientProvider>
    </ThemeProvider>
  );
}
