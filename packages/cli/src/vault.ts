import { isUtf8 } from "node:buffer";
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import {
  CONFIG_PATH,
  keyMapFor,
  normalizeKey,
  parseConfig,
  parseDay,
  parseNote,
  type Day,
  type Diagnostic,
  type KeyMap,
  type KithConfig,
  type ParsedNote,
} from "@kith/core";
import { UsageError } from "./errors";


export interface Vault {
  readonly root: string;
  readonly config: KithConfig;
  /** Settings that could not be used (the defaults stand in), as warnings on the settings file. */
  readonly configProblems: readonly Diagnostic[];
  readonly notes: readonly ParsedNote[];
  /**
   * The file of each note whose path is not its name on disk: names macOS wrote decomposed
   * (NFD, "e" + accent) are read in NFC, as Obsidian indexes them and as links and the command
   * line type them. Use {@link fileOf}.
   */
  readonly files: ReadonlyMap<string, string>;
}

/** Where a note of the vault is on disk. */
export function fileOf(vault: Pick<Vault, "root" | "files">, path: string): string {
  return join(vault.root, vault.files.get(path) ?? path);
}

/**
 * Every markdown file under `root`, as vault-relative paths with `/`, sorted: the notes Obsidian
 * shows. Like Obsidian, it leaves out what is hidden — a name that starts with "." (`.obsidian`,
 * `.trash`, `.git`, the old versions Syncthing keeps in `.stversions`, which would be read as
 * second copies of people) — and `node_modules`, and it follows symbolic links, each folder once.
 */
function listNotes(root: string): string[] {
  const out: string[] = [];
  const walked = new Set<string>();
  const walk = (dir: string): void => {
    const real = realpathSync(dir);
    // A link back up the tree (or two links to one folder) is read once.
    if (walked.has(real)) return;
    walked.add(real);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = join(dir, entry.name);
      let kind: { isDirectory(): boolean; isFile(): boolean } = entry;
      if (entry.isSymbolicLink()) {
        try {
          kind = statSync(full);
        } catch {
          continue; // a link to nothing
        }
      }
      if (kind.isDirectory()) walk(full);
      else if (kind.isFile() && entry.name.toLowerCase().endsWith(".md")) {
        out.push(relative(root, full).split(sep).join("/"));
      }
    }
  };
  walk(root);
  return out.sort();
}

/** Reads the plugin's settings from the vault, so the CLI and the plugin agree. */
function readConfig(root: string): { config: KithConfig; problems: Diagnostic[] } {
  let text: string;
  try {
    text = readFileSync(join(root, CONFIG_PATH), "utf8");
  } catch {
    const { config } = parseConfig(undefined);
    return { config, problems: [] };
  }
  try {
    const { config, problems } = parseConfig(JSON.parse(text));
    return { config, problems: problems.map(settingsWarning) };
  } catch (error) {
    const { config } = parseConfig(undefined);
    return { config, problems: [settingsWarning(`not valid JSON (${(error as Error).message}); using the defaults`)] };
  }
}

const settingsWarning = (message: string): Diagnostic => ({ path: CONFIG_PATH, severity: "warning", message });

/**
 * The line of a note's first byte that is not UTF-8 (a note saved as Windows-1252 by an old
 * editor), or undefined for UTF-8 text. Such a note reads with "\uFFFD" in place of those
 * characters, and writing it back would destroy them.
 */
export function notUtf8Line(bytes: Buffer, text: string): number | undefined {
  if (!text.includes("\uFFFD") || isUtf8(bytes)) return undefined;
  return text.slice(0, text.indexOf("\uFFFD")).split("\n").length;
}

/** Why a note that is not UTF-8 is not written, naming its line and what would fix it. */
export const notUtf8Refusal = (path: string, line: number): string =>
  `${path}: not UTF-8 text (line ${line}); Kith would write "\uFFFD" for the characters it cannot read, so the note was left untouched: save it as UTF-8 (in most editors "Save with encoding") and try again`;

/** The local calendar day of a time, `YYYY-MM-DD`. */
export function localDay(time: Date): string {
  const y = time.getFullYear();
  const m = String(time.getMonth() + 1).padStart(2, "0");
  const d = String(time.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/**
 * Reads a vault: every note parsed (a note that cannot be read is a diagnostic, never a stop),
 * and the configuration. An unreadable vault folder is a usage error. `today`, when the command
 * knows it, lets a contact whose only date is in the future count from its creation day.
 */
export function readVault(root: string, options: { readonly today?: string | undefined } = {}): Vault {
  let isDir: boolean;
  try {
    isDir = statSync(root).isDirectory();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" || code === "ENOTDIR" ? "no such directory" : `cannot be read: ${code ?? (error as Error).message}`;
    throw new UsageError(`${root}: not a folder of notes (${why})`);
  }
  if (!isDir) throw new UsageError(`${root}: not a folder of notes (it is a file; give the folder that holds the notes)`);
  const { config, problems } = readConfig(root);
  const keyMap = keyMapFor(config);
  const today = options.today === undefined ? undefined : parseDay(options.today);
  const notes: ParsedNote[] = [];
  const files = new Map<string, string>();
  const onDisk = listNotes(root);
  const names = new Set(onDisk);
  for (const file of onDisk) {
    const nfc = file.normalize("NFC");
    // Two files whose names differ only so (possible on Linux) are two notes: the NFD one keeps its name.
    const path = nfc === file || names.has(nfc) ? file : nfc;
    if (path !== file) files.set(path, file);
    const full = join(root, file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(full);
    } catch (error) {
      notes.push({
        path,
        bodyLine: 1,
        diagnostics: [{ path, severity: "error", message: `cannot be read: ${(error as Error).message}` }],
      });
      continue;
    }
    const text = bytes.toString("utf8");
    const badLine = notUtf8Line(bytes, text);
    const parsed = parseNote(path, text);
    const note: ParsedNote =
      badLine === undefined
        ? parsed
        : {
            ...parsed,
            diagnostics: [
              ...parsed.diagnostics,
              {
                path,
                severity: "warning",
                message: `not UTF-8 text (line ${badLine}): what cannot be decoded reads as "\uFFFD", and Kith will not write to the note until it is saved as UTF-8 (in most editors "Save with encoding")`,
              },
            ],
          };
    notes.push(needsCreated(note, config, keyMap, today) ? { ...note, created: createdDay(full) } : note);
  }
  return { root, config, configProblems: problems, notes, files };
}

/**
 * The day a note was made: its birth time, as the plugin reads it (Obsidian's `stat.ctime`), or
 * its last change when the file system keeps no birth time (NFS, some overlay mounts: Node gives
 * 1 January 1970).
 */
function createdDay(full: string): string {
  const { birthtime, birthtimeMs, mtime } = statSync(full);
  return localDay(birthtimeMs > 0 ? birthtime : mtime);
}

/**
 * Only a contact without a met date or last contact counts from the file's creation day, so only
 * such notes pay for a `stat` (in a vault of 100k interaction notes the stats cost seconds).
 * A key that is there but empty (`met:`, as new contact notes have it) or that holds no day does
 * not count as a date: such a contact needs its creation day too, or it would never fall due.
 */
function needsCreated(note: ParsedNote, config: KithConfig, keyMap: KeyMap, today: Day | undefined): boolean {
  if (!mayBeContact(note, config)) return false;
  for (const [key, value] of Object.entries(note.frontmatter ?? {})) {
    const field = keyMap.fieldOf.get(normalizeKey(key));
    if (field === "created" && typeof value === "string" && parseDay(value) !== undefined) return false;
    if (field === "met" || field === "lastContact") {
      const day = typeof value === "string" ? parseDay(value) : undefined;
      if (day !== undefined && (today === undefined || day <= today)) return false;
    }
  }
  return true;
}

/** Whether a note may be a contact: by its type, or (having none) by its folder or a tag. */
function mayBeContact(note: ParsedNote, config: KithConfig): boolean {
  const fm = note.frontmatter;
  const type = typeof fm?.type === "string" ? fm.type.trim().toLowerCase() : undefined;
  if (type !== undefined && config.contactTypes.some((t) => t.toLowerCase() === type)) return true;
  // Contacts found by folder or tag, with or without frontmatter, have no type to go by: keep the
  // stat for them.
  const lower = note.path.toLowerCase();
  if (config.contactFolders.some((f) => lower.startsWith(`${f.toLowerCase().replace(/\/+$/, "")}/`))) return true;
  return config.contactTags.length > 0 && type === undefined;
}
