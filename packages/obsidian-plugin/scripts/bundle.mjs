// The plugin's bundle, shared by the build (scripts/build.mjs) and the budget test
// (test/bundle.test.ts): one CommonJS file with @kith/core compiled from its source.
// esbuild is a devDependency of the workspace root, which builds the CLI with it too.
// eslint-disable-next-line import/no-extraneous-dependencies -- resolved from the workspace root
import { build } from "esbuild";
import { Buffer } from "node:buffer";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

/** The budget for main.js. Not met yet: see BENCHMARKS.md ("Plugin bundle"). */
export const BUDGET_BYTES = 150 * 1024;

/**
 * What main.js may not grow past until the budget is met: its size once rrule was cut to what
 * core uses, Fuse.js replaced by uFuzzy, the target raised to ES2022 and core's ~3× faster
 * network build added (177.3 KB), then terser run after esbuild (172.8 KB), plus 1.2 KB. Lower
 * it as the bundle shrinks; never raise it without saying why in BENCHMARKS.md.
 */
export const CEILING_BYTES = 174 * 1024;

// From a path, not a URL object: under happy-dom (the plugin's tests) `URL` is happy-dom's.
const root = (path) => join(dirname(fileURLToPath(import.meta.url)), "..", path);

/**
 * rrule for the plugin: only what core uses of it. rrule's package.json does not say its modules
 * are free of side effects, and core reads it through a namespace (`import * as`, to work with
 * Node's CommonJS interop too), which keeps every export alive: RRuleSet, rrulestr and their
 * parsers (~6 KB) that Kith never calls. Core's import is answered by a module that re-exports
 * the two classes it uses, and rrule's own modules are marked side-effect free so esbuild drops
 * the rest.
 */
const RRULE_USED = "kith-rrule-used";
const RRULE_FILE = /[\\/]node_modules[\\/](?:.*[\\/])?rrule[\\/]dist[\\/]/;
const rruleUsedOnly = {
  name: "rrule-used-only",
  setup(build) {
    build.onResolve({ filter: /^rrule$/ }, (args) =>
      /[\\/]core[\\/]src[\\/]cadence\.ts$/.test(args.importer)
        ? { path: RRULE_USED, namespace: RRULE_USED, pluginData: args.resolveDir }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: RRULE_USED }, (args) => ({
      contents: 'export { RRule, Weekday } from "rrule";',
      resolveDir: args.pluginData,
      loader: "js",
    }));
    // What the re-export and rrule's own modules import: resolved as usual, side-effect free.
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === RRULE_USED) return undefined; // the resolve below, not a new one
      if (args.namespace !== RRULE_USED && !RRULE_FILE.test(args.importer)) return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: RRULE_USED,
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      return { path: resolved.path, namespace: resolved.namespace, sideEffects: false };
    });
  },
};

/**
 * terser after esbuild's minifier: it inlines and folds across functions where esbuild works one
 * statement at a time (main.js ~3 KB smaller, in ~1.5 s; a third pass saves 80 bytes more).
 * `toplevel`: Obsidian runs main.js inside a function, as a CommonJS module, so its top-level
 * names are private. `unsafe_arrows` turns `function` expressions that use neither `this` nor
 * `arguments` into arrows (~1.5 KB): the only such expressions are rrule's and tslib's ES5
 * helpers, and none of them is called with `new` or given a prototype (an arrow has none), which
 * is what the transform cannot check.
 */
const TERSER = {
  ecma: 2022,
  toplevel: true,
  compress: { passes: 2, hoist_funs: true, unsafe_arrows: true },
  mangle: true,
};

/**
 * Bundles src/main.ts. With `outfile` it writes there; without, it keeps the output in memory.
 * Returns the size and what each package contributes (esbuild's figures, before terser).
 */
export async function bundle({ dev = false, outfile } = {}) {
  const result = await build({
    entryPoints: [root("src/main.ts")],
    outfile: outfile ?? root("dist/main.js"),
    write: false,
    bundle: true,
    format: "cjs",
    // Obsidian runs plugins in a browser context on every platform: no Node built-ins.
    platform: "browser",
    // Mobile Obsidian runs on the system web view: ES2022's private class fields and methods
    // need Safari 15 (iOS 15, 2021) or Chrome 84 (Android's updatable WebView). Older targets
    // turn each `#field` access into a WeakMap lookup: slower, and 5 KB larger.
    target: "es2022",
    // Obsidian reads main.js as UTF-8: "…" stays one character, not "\u2026" (terser keeps it so).
    charset: "utf8",
    conditions: ["@kith/source"],
    plugins: [rruleUsedOnly],
    // Provided by Obsidian at runtime.
    external: ["obsidian", "electron", "@codemirror/*", "@lezer/*"],
    minify: !dev,
    sourcemap: dev ? "inline" : false,
    legalComments: "none",
    metafile: true,
    logLevel: "warning",
  });
  const built = result.outputFiles[0];
  if (built === undefined) throw new Error("esbuild wrote no main.js");
  const code = dev ? built.text : (await minify(built.text, TERSER)).code;
  if (code === undefined) throw new Error("terser returned no code");
  if (outfile !== undefined) {
    await mkdir(dirname(outfile), { recursive: true });
    await writeFile(outfile, code);
  }
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
    bytes: Buffer.byteLength(code),
    code: outfile === undefined ? code : undefined,
    inputs: Object.keys(output.inputs),
    byPackage: [...byPackage].sort((a, b) => b[1] - a[1]),
  };
}

/** Classic zod in the bundle (core must import zod/mini): the paths that brought it, if any. */
export function classicZod(inputs) {
  return inputs.filter((path) => /zod\/(v4\/)?classic\//.test(path));
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
