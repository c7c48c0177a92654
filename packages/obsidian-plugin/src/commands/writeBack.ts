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
import { frontmatterProblem, neverClosed } from "../index/noteInput";

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
  // The note as it is now, not as the metadata cache last parsed it: it may have changed since.
  const text = await app.vault.read(file);
  const refuse = (why: string, fix: string): Result<true> =>
    fail(
      `${edit.path}: its properties ${why}, so Kith leaves the note untouched; ${fix} and try again`,
    );
  // Obsidian reads a block no "---" line closes as no properties: processFrontMatter would put a
  // new block above it, and the user's properties would stay in the body for good.
  if (neverClosed(text)) return refuse("are never closed", 'add a line "---" after them');
  // An empty block, or one holding only a comment (a template's), is no problem: the write adds
  // the keys to it.
  const info = getFrontMatterInfo(text);
  if (info.exists && frontmatterProblem(file.path, info.frontmatter) !== undefined) {
    return refuse("are not valid YAML", 'fix them (see "Show problems in the vault")');
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
