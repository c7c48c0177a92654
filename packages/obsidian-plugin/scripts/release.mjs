// Writes a release of the plugin: release/kith-<version>/ with main.js, manifest.json and
// styles.css (what Obsidian's plugin directory and a manual install need), and the same three
// files zipped as release/kith-<version>.zip. Refuses to release when package.json,
// manifest.json and versions.json disagree on the version (scripts/version.mjs keeps them in step).
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { zipSync } from "fflate";
import { bundle } from "./bundle.mjs";
import { versionProblems } from "./versions.mjs";

const here = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const problems = await versionProblems(here(""));
if (problems.length > 0) {
  process.stderr.write(`${problems.join("\n")}\nRun: pnpm --dir packages/obsidian-plugin version:set <version>\n`);
  process.exit(1);
}
const manifest = JSON.parse(await readFile(here("manifest.json"), "utf8"));
const folder = here(`release/kith-${manifest.version}`);
await rm(folder, { recursive: true, force: true });
await mkdir(folder, { recursive: true });
await bundle({ outfile: `${folder}/main.js` });
const files = {
  "main.js": await readFile(`${folder}/main.js`),
  "manifest.json": await readFile(here("manifest.json")),
  "styles.css": await readFile(here("styles.css")),
};
await writeFile(`${folder}/manifest.json`, files["manifest.json"]);
await writeFile(`${folder}/styles.css`, files["styles.css"]);
// Fixed times, so the same sources give the same zip.
const mtime = new Date("2026-01-01T00:00:00Z");
const zip = zipSync(
  Object.fromEntries(Object.entries(files).map(([name, data]) => [`kith/${name}`, [new Uint8Array(data), { mtime }]])),
);
await writeFile(here(`release/kith-${manifest.version}.zip`), zip);
process.stdout.write(`release/kith-${manifest.version}/ and release/kith-${manifest.version}.zip\n`);
