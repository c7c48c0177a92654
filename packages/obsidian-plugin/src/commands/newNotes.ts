// New contact and ask notes, made from the settings: the folder, the keys a contact starts with,
// and the vault's own spelling of each key.
import { keyMapFor, normalizeKey, type KeyMap, type KithConfig } from "@kith/core";
import { normalizePath, stringifyYaml, type App, type TFile } from "obsidian";

/** A frontmatter value Kith writes in a new note; `null` is an empty property. */
export type NewValue = string | boolean | null;

/** Characters Obsidian does not allow in file names, or that break links. */
const UNSAFE = /[\\/:*?"<>|#^[\]]/g;

/** A name as a file name: no characters that break paths or links, spaces tidied. */
export function safeFileName(name: string): string {
  return name.replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
}

/** The key a vault uses for a field name or key from the settings (`org`, `Last contact`…). */
function vaultKey(key: string, keyMap: KeyMap): string {
  const field = keyMap.fieldOf.get(normalizeKey(key));
  return field === undefined ? key : keyMap.keyOf[field];
}

/** A frontmatter block from ordered entries: empty values as `key:`, others as Obsidian writes them. */
export function frontmatterBlock(entries: readonly (readonly [string, NewValue])[]): string {
  const lines = entries.map(([key, value]) =>
    value === null
      ? `${plainKey(key) ? key : JSON.stringify(key)}:`
      : stringifyYaml({ [key]: value }).trimEnd(),
  );
  return `---\n${lines.join("\n")}\n---\n`;
}

function plainKey(key: string): boolean {
  return /^[A-Za-z_][\w -]*$/.test(key) && key.trim() === key;
}

/**
 * A new contact note: `type` (the first contact type in the settings), then the settings' keys
 * with empty values, a title, and the log heading ready for the first entry.
 *
 * @example contactNoteText(defaultConfig(), "Jane Doe") // "---\ntype: contact\norg:\n…---\n# Jane Doe\n\n## Interactions\n"
 */
export function contactNoteText(config: KithConfig, name: string): string {
  const keyMap = keyMapFor(config);
  const typeKey = keyMap.keyOf.type;
  const entries: [string, NewValue][] = [];
  const type = config.contactTypes[0];
  if (type !== undefined) entries.push([typeKey, type]);
  const seen = new Set([normalizeKey(typeKey)]);
  for (const key of config.newContactKeys) {
    const written = vaultKey(key, keyMap);
    if (seen.has(normalizeKey(written))) continue;
    seen.add(normalizeKey(written));
    entries.push([written, null]);
  }
  return `${frontmatterBlock(entries)}# ${name}\n\n## ${config.logHeading}\n`;
}

/** A path in `folder` for a note named `name` that no file has yet (` 2`, ` 3`… when taken). */
export function freePath(app: App, folder: string, name: string): string {
  const base = folder.trim() === "" ? name : `${folder}/${name}`;
  for (let n = 1; ; n++) {
    const path = normalizePath(`${base}${n === 1 ? "" : ` ${n}`}.md`);
    if (app.vault.getAbstractFileByPath(path) === null) return path;
  }
}

/** Creates a note, and its folder when missing. */
export async function createNote(app: App, path: string, text: string): Promise<TFile> {
  const slash = path.lastIndexOf("/");
  const folder = slash === -1 ? "" : path.slice(0, slash);
  if (folder !== "" && app.vault.getFolderByPath(folder) === null)
    await app.vault.createFolder(folder);
  return app.vault.create(path, text);
}

/** Opens a note in the main area. */
export async function openNote(app: App, path: string): Promise<void> {
  const file = app.vault.getFileByPath(path);
  if (file !== null) await app.workspace.getLeaf(false).openFile(file);
}
