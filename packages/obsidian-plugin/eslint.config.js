// The rules Obsidian's plugin reviewers apply. Run from this folder: the rule set reads
// ./manifest.json from the working directory.
import { defineConfig } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";

export default defineConfig([
  { ignores: ["dist/**", "release/**", "node_modules/**", "main.js"] },
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ["eslint.config.js", "scripts/*.mjs"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // The test fake *is* Obsidian: it implements createEl, instanceOf, the config folder and
    // trashFile, so the rules that steer plugins towards those APIs cannot apply to it.
    files: ["test/fake/**/*.ts"],
    rules: {
      "obsidianmd/prefer-create-el": "off",
      "obsidianmd/prefer-instanceof": "off",
      "obsidianmd/hardcoded-config-path": "off",
      "obsidianmd/prefer-file-manager-trash-file": "off",
    },
  },
]);
