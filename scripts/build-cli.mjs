// Bundles the CLI (with @kith/core from its source) into packages/cli/dist/kith.js.
// Quiet unless something fails, so `pnpm --silent kith … --json` prints only JSON.
import { build } from "esbuild";

await build({
  entryPoints: ["packages/cli/src/kith.ts"],
  outfile: "packages/cli/dist/kith.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@kith/source"],
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: 'import { createRequire as __kithRequire } from "node:module"; const require = __kithRequire(import.meta.url);' },
  sourcemap: true,
  logLevel: "error",
});
