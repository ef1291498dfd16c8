import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".shot.mjs", ".next/**", "public/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // A cycle makes load order matter and hides which module owns what.
    files: ["**/*.{ts,tsx}"],
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    // lib/ takes domain types; the URL's shape and the UI live in components/, which may import lib/, never the reverse.
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/components/*", "**/components/*", "**/url-state*"], message: "lib/ must not depend on components/ or the URL state." }] },
      ],
    },
  },
  {
    // CommonJS files (what next.config.js and the standalone server require with plain Node) load with require.
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["scripts/**", "e2e/**", "instrumentation.ts"],
    rules: { "no-console": "off" },
  },
  {
    // e2e/fixtures.ts checks every API response a test receives against the published OpenAPI document.
    files: ["e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@playwright/test", importNames: ["test"], message: "Import test from ./fixtures, which checks API responses against /api/openapi.json." }] },
      ],
    },
  },
]);
