// Obsidian's `FileManager`: frontmatter edits, renames, links.
import type * as obsidian from "obsidian";
import { findFrontmatter, isPlainObject, parseYamlText, replaceFrontmatter } from "./frontmatter";
import type { MetadataCache } from "./metadataCache";
import type { TAbstractFile, TFile, TFolder, Vault } from "./vault";

export class FileManager {
  readonly #vault: Vault;
  readonly #metadataCache: MetadataCache;

  constructor(vault: Vault, metadataCache: MetadataCache) {
    this.#vault = vault;
    this.#metadataCache = metadataCache;
  }

  /**
   * Parses the note's frontmatter into a plain object (`{}` when there is none), lets `fn` mutate
   * it synchronously, then rewrites the whole block: comments dropped, flow lists written as block
   * lists, a block added at the top when the note had none; the body is kept. Rejects, writing
   * nothing, when the existing YAML does not parse or `fn` throws.
   */
  async processFrontMatter(
    file: TFile,
    fn: (frontmatter: Record<string, unknown>) => void,
    options?: obsidian.DataWriteOptions,
  ): Promise<void> {
    await this.#vault.process(
      file,
      (text) => {
        const block = findFrontmatter(text);
        let frontmatter: Record<string, unknown> = {};
        if (block) {
          const parsed = parseYamlText(block.yaml);
          if (!parsed.ok) throw parsed.error;
          if (isPlainObject(parsed.value)) frontmatter = parsed.value;
          else if (parsed.value !== null)
            throw new Error(`${file.path}: the frontmatter is not a mapping`);
        }
        fn(frontmatter);
        return replaceFrontmatter(text, frontmatter);
      },
      options,
    );
  }

  /** Renames through the vault. Obsidian may also update links to the file; the fake does not. */
  async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
    await this.#vault.rename(file, newPath);
  }

  /** `[[Link text#subpath|alias]]`, with the shortest link text (Obsidian's default settings). */
  generateMarkdownLink(file: TFile, sourcePath: string, subpath?: string, alias?: string): string {
    const linktext = this.#metadataCache.fileToLinktext(file, sourcePath, true);
    return `[[${linktext}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
  }

  /** New notes go to the vault root (Obsidian's default "Default location for new notes"). */
  getNewFileParent(_sourcePath: string, _newFilePath?: string): TFolder {
    return this.#vault.getRoot();
  }

  async trashFile(file: TAbstractFile): Promise<void> {
    await this.#vault.trash(file, true);
  }

  /** The user always confirms, in the fake. */
  async promptForDeletion(file: TAbstractFile): Promise<boolean> {
    await this.trashFile(file);
    return true;
  }
}
