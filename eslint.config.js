// The plugin has its own config (packages/obsidian-plugin/eslint.config.js) with the rules
// Obsidian's reviewers apply; `pnpm lint` runs both.
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig([
  {
    ignores: ["**/dist/**", "**/node_modules/**", "packages/obsidian-plugin/**", "**/release/**"],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["*.js", "*.mjs", "*.ts", "scripts/*.mjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  {
    // Core runs anywhere: a web app, a bot, Obsidian on a phone. Nothing of the world gets in.
    files: ["packages/core/src/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["obsidian", "obsidian/*"], message: "@kith/core must not depend on Obsidian." },
            { regex: "^node:", message: "@kith/core must not import Node built-ins." },
            {
              group: ["fs", "fs/*", "path", "os", "child_process", "url", "util", "crypto"],
              message: "@kith/core must not import Node built-ins.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "window", message: "@kith/core must not touch the DOM." },
        { name: "document", message: "@kith/core must not touch the DOM." },
        { name: "process", message: "@kith/core must not read the environment." },
      ],
    },
  },
]);
