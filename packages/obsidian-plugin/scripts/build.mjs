// Builds the plugin into dist/: main.js, manifest.json and styles.css, ready to copy into a
// vault's .obsidian/plugins/kith/. Prints main.js's size; fails when it is over the budget or
// when classic zod got in. `--dev` keeps it unminified with an inline source map (no budget).
import { copyFile, mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { BUDGET_BYTES, bundle, CEILING_BYTES, classicZod, kb } from "./bundle.mjs";

const here = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const dev = process.argv.includes("--dev");

await mkdir(here("dist"), { recursive: true });
const { bytes, inputs, byPackage } = await bundle({ dev, outfile: here("dist/main.js") });
await copyFile(here("manifest.json"), here("dist/manifest.json"));
await copyFile(here("styles.css"), here("dist/styles.css"));

process.stdout.write(`dist/main.js ${kb(bytes)} (budget ${kb(BUDGET_BYTES)})\n`);
const zod = classicZod(inputs);
if (zod.length > 0) {
  process.stderr.write(
    `classic zod is in the bundle (import "zod/mini" instead): ${zod.join(", ")}\n`,
  );
  process.exitCode = 1;
}
if (!dev && bytes > BUDGET_BYTES) {
  process.stderr.write(`dist/main.js is over its ${kb(BUDGET_BYTES)} budget by ${kb(bytes - BUDGET_BYTES)} (see BENCHMARKS.md)\n`);
}
if (!dev && bytes > CEILING_BYTES) {
  const rows = byPackage.map(([name, size]) => `  ${kb(size).padStart(9)}  ${name}`);
  process.stderr.write(
    `dist/main.js grew past its ceiling of ${kb(CEILING_BYTES)}; by package:\n${rows.join("\n")}\n`,
  );
  process.exitCode = 1;
}
