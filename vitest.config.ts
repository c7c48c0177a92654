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
        test: {
          name: "core",
          include: ["packages/core/test/**/*.test.ts"],
          benchmark: { include: ["packages/core/bench/**/*.bench.ts"] },
        },
      },
      {
        extends: true,
        test: {
          name: "cli",
          include: ["packages/cli/test/**/*.test.ts"],
          benchmark: { include: [] },
        },
      },
      {
        extends: true,
        resolve: {
          alias: { obsidian: here("./packages/obsidian-plugin/test/fake/obsidian.ts") },
        },
        test: {
          name: "plugin",
          include: ["packages/obsidian-plugin/test/**/*.test.ts"],
          benchmark: { include: ["packages/obsidian-plugin/bench/**/*.bench.ts"] },
          environment: "happy-dom",
        },
      },
      {
        extends: true,
        test: {
          name: "examples",
          include: ["examples/test/**/*.test.ts"],
          benchmark: { include: [] },
        },
      },
    ],
    // No `benchmark.include` here: projects extend this config and their lists would add to it, so
    // every bench file would run once per project. Each project names its own package's benchmarks
    // (the plugin's need its `obsidian` alias and happy-dom); cli and examples have none.
  },
});
