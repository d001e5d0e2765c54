import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", ".next-*/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "bench/results/**"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // Domain code never reaches into the UI or the socket transport.
    files: ["lib/**/*.ts"],
    ignores: ["lib/realtime/socket-server.ts", "lib/realtime/scale-out-adapter.ts", "lib/jobs/worker-main.ts", "lib/realtime/protocol.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "socket.io", message: "Publish through lib/realtime/publish.ts instead." }],
          patterns: [{ group: ["@/components/*", "@/app/*"], message: "Domain code must not import the UI." }],
        },
      ],
    },
  },
];

export default config;
