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
  {
    // Build scripts run in Node at build time and never inside Obsidian, so the rule that keeps
    // Node's modules out of a mobile plugin does not apply to them.
    files: ["scripts/**/*.mjs"],
    languageOptions: { globals: { process: "readonly" } },
    rules: { "obsidianmd/no-nodejs-modules": "off" },
  },
  {
    // The fake's own test registers a setting tab drawn with display() on purpose: that is the
    // path the fake renders (Obsidian before 1.13), so the nudge towards definitions is moot there.
    files: ["test/fake.test.ts"],
    rules: { "obsidianmd/settings-tab/prefer-setting-definitions": "off" },
  },
  {
    // The release test checks files on disk that a user copies into a vault, loadBundle loads a
    // production bundle with Node's vm as Obsidian loads main.js (for the production bundle test
    // and the benchmarks), and the benchmarks read the process's clock: all run in Node, never
    // inside Obsidian.
    files: ["test/release.test.ts", "test/loadBundle.ts", "bench/**/*.ts"],
    languageOptions: { globals: { process: "readonly" } },
    rules: { "obsidianmd/no-nodejs-modules": "off" },
  },
]);
