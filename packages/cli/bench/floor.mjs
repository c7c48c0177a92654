// The floor for `kith due` over a vault on disk (issue 4, BENCHMARKS.md): in one Node process,
// merely read every .md file under a folder and parse its frontmatter with js-yaml (CORE_SCHEMA,
// the library and schema @kith/core reads with). Nothing else: no network, no follow-ups.
//
//   node packages/cli/bench/floor.mjs VAULT
//
// Prints how many notes and frontmatter keys it read (so the work cannot be skipped).
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
// js-yaml is a dependency of @kith/core; pnpm does not hoist it, so resolve it from there. This
// takes its CommonJS build ("require" condition): with js-yaml 5.5.0 it parses a note's
// frontmatter about 3x faster than the ES module build ("import" condition) that esbuild puts in
// the CLI bundle (BENCHMARKS.md), and a floor is the fastest plain way to do the job.
const { load, CORE_SCHEMA } = createRequire(join(root, "packages/core/package.json"))("js-yaml");

const vault = process.argv[2];
if (vault === undefined) {
  process.stderr.write("usage: node packages/cli/bench/floor.mjs VAULT\n");
  process.exit(2);
}

let notes = 0;
let keys = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.isFile() && entry.name.endsWith(".md")) read(full);
  }
};
const read = (file) => {
  const text = readFileSync(file, "utf8");
  notes++;
  if (!text.startsWith("---\n")) return;
  const end = text.indexOf("\n---\n", 3);
  if (end === -1) return;
  const data = load(text.slice(4, end + 1), { schema: CORE_SCHEMA });
  if (data !== null && typeof data === "object") keys += Object.keys(data).length;
};
walk(resolve(vault));
process.stdout.write(`${notes} notes, ${keys} frontmatter keys\n`);
