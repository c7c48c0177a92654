/**
 * A small program on @kith/core: read a folder of notes, print the weekly digest as markdown.
 *
 *   pnpm example:digest [VAULT] [YYYY-MM-DD]
 *
 * VAULT (default examples/vault) is from the repository's root, where pnpm runs the script; the
 * day defaults to the example vault's 2026-11-25. On the example vault it prints what
 * `kith digest examples/vault --today 2026-11-25` prints; it reads no settings file, and unlike
 * kith it reads hidden folders other than `.obsidian` (such as `.trash`) too.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { buildNetwork, parseNote, renderDigestMarkdown, weeklyDigest } from "@kith/core";

/** Every markdown note under `root` but those in `.obsidian`, read with core's own parser. */
function readNotes(root: string) {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".md") && !e.parentPath.includes(".obsidian"))
    .map((e) => join(e.parentPath, e.name));
  return files.map((full) => parseNote(relative(root, full).split(sep).join("/"), readFileSync(full, "utf8")));
}

/** The digest of the vault at `root` for `today`. */
export function digestOf(root: string, today: string): string {
  const { network } = buildNetwork(readNotes(root));
  return renderDigestMarkdown(weeklyDigest(network, { today }));
}

const [vault = "examples/vault", today = "2026-11-25"] = process.argv.slice(2);
if (process.argv[1]?.endsWith("digest.js") === true) console.log(digestOf(vault, today));
