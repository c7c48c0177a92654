import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
const core = here("./packages/core/src/index.ts");

export default defineConfig({
  resolve: { alias: { "@kith/core": core } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "core", include: ["packages/core/test/**/*.test.ts"] },
      },
      {
        extends: true,
        test: { name: "cli", include: ["packages/cli/test/**/*.test.ts"] },
      },
      {
        extends: true,
        resolve: {
          alias: { obsidian: here("./packages/obsidian-plugin/test/fake/obsidian.ts") },
        },
        test: {
          name: "plugin",
          include: ["packages/obsidian-plugin/test/**/*.test.ts"],
          environment: "happy-dom",
        },
      },
      {
        extends: true,
        test: { name: "examples", include: ["examples/test/**/*.test.ts"] },
      },
    ],
    benchmark: { include: ["packages/*/bench/**/*.bench.ts"] },
  },
});
