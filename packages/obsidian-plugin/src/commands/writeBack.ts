// Applying core's edits the Obsidian way: the log line through `Vault.process` (an atomic
// read-modify-write of the text) and the keys through `FileManager.processFrontMatter` (which
// rewrites the YAML block as Obsidian writes properties).
import {
  appendUnderHeading,
  applyToFrontmatter,
  fail,
  keyMapFor,
  ok,
  type KithConfig,
  type NoteEdit,
  type Result,
} from "@kith/core";
import { getFrontMatterInfo, type App } from "obsidian";
import { frontmatterProblem, hasUnreadableFrontmatter } from "../index/noteInput";

/**
 * Writes `edit` to its note. A note whose frontmatter Obsidian could not read is refused and
 * left as it is: `processFrontMatter` would replace the block it cannot read.
 *
 * The log line goes first: should the second write fail, the line alone already tells core about
 * the interaction, while a `last_contact` moved without its line would be a record with no story.
 */
export async function applyNoteEdit(
  app: App,
  edit: NoteEdit,
  config: KithConfig,
): Promise<Result<true>> {
  const file = app.vault.getFileByPath(edit.path);
  if (file === null) return fail(`${edit.path}: the note is no longer there`);
  const cache = app.metadataCache.getFileCache(file);
  // No properties in the cache may also be an empty block, or one holding only a comment (a
  // template's): that one reads as no keys, and the write adds them.
  if (
    cache !== null &&
    hasUnreadableFrontmatter(cache) &&
    frontmatterProblem(file.path, getFrontMatterInfo(await app.vault.read(file)).frontmatter) !==
      undefined
  ) {
    return fail(
      `${edit.path}: its properties are not valid YAML, so Kith leaves the note untouched; fix them (see "Show problems in the vault") and try again`,
    );
  }
  try {
    const log = edit.appendLog;
    if (log !== undefined) {
      await app.vault.process(file, (text) => appendUnderHeading(text, log.heading, log.line));
    }
    const changes = [...Object.values(edit.set), ...Object.values(edit.add ?? {})];
    if (changes.some((value) => value !== undefined)) {
      const keyMap = keyMapFor(config);
      await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) =>
        applyToFrontmatter(frontmatter, edit, keyMap),
      );
    }
  } catch (error) {
    return fail(`${edit.path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return ok(true);
}
