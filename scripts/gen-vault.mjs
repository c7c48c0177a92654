// Writes the seeded synthetic network of packages/core/bench/generate.ts to a folder as markdown
// notes with YAML frontmatter, for timing the `kith` command on a vault on disk (BENCHMARKS.md).
//
//   node scripts/gen-vault.mjs OUT_DIR [--contacts 10000] [--interactions-per-contact 10] [--seed 20261125]
//
// OUT_DIR must not exist or be empty. The generator is TypeScript: esbuild compiles it on the
// fly. The YAML is written with the `yaml` package that @kith/core depends on (resolved from
// packages/core, as pnpm does not hoist it to the root); empty values are written as Obsidian
// writes them (`phone:` with nothing after it).
import { mkdirSync, readdirSync, rmSync, writeFileSync, mkdtempSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    contacts: { type: "string", default: "10000" },
    "interactions-per-contact": { type: "string", default: "10" },
    seed: { type: "string", default: "20261125" },
  },
});
const out = positionals[0];
if (out === undefined) {
  process.stderr.write(
    "usage: node scripts/gen-vault.mjs OUT_DIR [--contacts N] [--interactions-per-contact N] [--seed N]\n",
  );
  process.exit(2);
}
const target = resolve(out);
if (existsSync(target) && readdirSync(target).length > 0) {
  process.stderr.write(`${target} is not empty; give a new folder\n`);
  process.exit(2);
}

const contacts = Number(values.contacts);
const perContact = Number(values["interactions-per-contact"]);
const seed = Number(values.seed);

// Compile the generator (TypeScript, type-only imports) to a temporary ES module.
const tmp = mkdtempSync(join(tmpdir(), "kith-gen-"));
const bundle = join(tmp, "generate.mjs");
await build({
  entryPoints: [join(root, "packages/core/bench/generate.ts")],
  outfile: bundle,
  bundle: true,
  platform: "node",
  format: "esm",
  logLevel: "error",
});
const { generateNetwork } = await import(pathToFileURL(bundle).href);
rmSync(tmp, { recursive: true, force: true });

const requireFromCore = createRequire(join(root, "packages/core/package.json"));
const YAML = requireFromCore("yaml");

const started = performance.now();
const notes = generateNetwork({ contacts, interactionsPerContact: perContact, seed });
const made = new Set();
let bytes = 0;
for (const note of notes) {
  const file = join(target, note.path);
  const dir = dirname(file);
  if (!made.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  }
  const yaml = YAML.stringify(note.frontmatter ?? {}, { lineWidth: 0, nullStr: "" }).replace(
    /: $/gm,
    ":",
  );
  const text = `---\n${yaml}---\n${note.body ?? ""}`;
  bytes += Buffer.byteLength(text);
  writeFileSync(file, text);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `${notes.length} notes (${contacts} contacts, ${contacts * perContact} interactions), ${(bytes / 1e6).toFixed(1)} MB, written to ${target} in ${seconds} s\n`,
);
