// Bundles the CLI (with @kith/core from its source) into packages/cli/dist/kith.js.
// Quiet unless something fails, so `pnpm --silent kith … --json` prints only JSON.
//
// Everything is bundled: core and the CLI's libraries (csv-parse, ical-generator), so the
// published @kith/cli has no runtime dependencies and `npm install -g` of its tarball needs
// nothing but Node 20. Paths are relative to this file, so it runs from the root (`pnpm kith`)
// or from packages/cli (`pnpm --filter @kith/cli build`, and `prepack` before every pack).
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const cli = (path) => fileURLToPath(new URL(`../packages/cli/${path}`, import.meta.url));

await build({
  entryPoints: [cli("src/kith.ts")],
  outfile: cli("dist/kith.js"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@kith/source"],
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: {
    js: 'import { createRequire as __kithRequire } from "node:module"; const require = __kithRequire(import.meta.url);',
  },
  sourcemap: true,
  logLevel: "error",
  plugins: [
    {
      // js-yaml 5's ES-module build parses ~3× slower than its CommonJS build (same documents,
      // same process; BENCHMARKS.md, issue 4), and parsing every note is most of `kith due`.
      name: "js-yaml-commonjs",
      setup(b) {
        // require's resolution picks the package's "require" entry: the CommonJS build.
        b.onResolve({ filter: /^js-yaml$/ }, (args) => ({
          path: createRequire(join(args.resolveDir, "index.js")).resolve("js-yaml"),
        }));
      },
    },
  ],
});
