// The plugin's bundle, shared by the build (scripts/build.mjs) and the budget test
// (test/bundle.test.ts): one CommonJS file with @kith/core compiled from its source.
// esbuild is a devDependency of the workspace root, which builds the CLI with it too.
// eslint-disable-next-line import/no-extraneous-dependencies -- resolved from the workspace root
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

/** The budget for main.js. Not met yet: see BENCHMARKS.md ("Plugin bundle"). */
export const BUDGET_BYTES = 150 * 1024;

/**
 * What main.js may not grow past until the budget is met: its size once the YAML libraries were
 * taken out of it (core's applyEdit.ts and frontmatterBlock.ts) and fuse.js/basic used, plus 2.5 KB. Lower it as the
 * bundle shrinks; never raise it without saying why in BENCHMARKS.md.
 */
export const CEILING_BYTES = 194 * 1024;

const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * Bundles src/main.ts. With `outfile` it writes there; without, it keeps the output in memory.
 * Returns the size and what each package contributes.
 */
export async function bundle({ dev = false, outfile } = {}) {
  const result = await build({
    entryPoints: [root("src/main.ts")],
    ...(outfile === undefined
      ? { outfile: root("dist/main.js"), write: false }
      : { outfile, write: true }),
    bundle: true,
    format: "cjs",
    // Obsidian runs plugins in a browser context on every platform: no Node built-ins.
    platform: "browser",
    // Mobile Obsidian runs on the system web view (Safari on iOS): stay within what it parses.
    target: "es2020",
    conditions: ["@kith/source"],
    // Provided by Obsidian at runtime.
    external: ["obsidian", "electron", "@codemirror/*", "@lezer/*"],
    minify: !dev,
    sourcemap: dev ? "inline" : false,
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
  });
  const output = Object.values(result.metafile.outputs)[0];
  const byPackage = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(
      path,
    )?.[1];
    const key = pkg ?? (/(^|\/)core\/src\//.test(path) ? "@kith/core" : "the plugin");
    byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
  }
  return {
    bytes: output.bytes,
    inputs: Object.keys(output.inputs),
    byPackage: [...byPackage].sort((a, b) => b[1] - a[1]),
  };
}

/** Classic zod in the bundle (core must import zod/mini): the paths that brought it, if any. */
export function classicZod(inputs) {
  return inputs.filter((path) => /zod\/(v4\/)?classic\//.test(path));
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
