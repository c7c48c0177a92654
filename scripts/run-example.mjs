// Runs an example program from examples/ (TypeScript) on Node 20: bundle it, then run it.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";

const [name = "digest", ...args] = process.argv.slice(2);
const outfile = `examples/dist/${name}.js`;
await build({
  entryPoints: [`examples/${name}.ts`],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  conditions: ["@kith/source"],
  banner: { js: 'import { createRequire as __kithRequire } from "node:module"; const require = __kithRequire(import.meta.url);' },
  logLevel: "error",
});
const run = spawnSync(process.execPath, [outfile, ...args], { stdio: "inherit" });
process.exitCode = run.status ?? 1;
