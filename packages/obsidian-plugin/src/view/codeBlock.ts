// The `kith` code block: a live list inside any note.
//
// ```kith
// due within 14
// ```
import {
  ASK_STATUSES,
  askNeeds,
  askPhrase,
  fail,
  goingCold,
  ok,
  renderDigestMarkdown,
  weeklyDigest,
  whoToTell,
  type NetworkIndex,
  type Result,
} from "@kith/core";
import { Component, MarkdownRenderChild, MarkdownRenderer } from "obsidian";
import { openNote } from "../commands/newNotes";
import type { Kith } from "../kith";
import { renderSections } from "./rows";

/** What a block asks for. */
export type BlockQuery =
  | { readonly kind: "due"; readonly within: number | undefined }
  | { readonly kind: "asks" }
  | { readonly kind: "cold" }
  | { readonly kind: "tell"; readonly target: string }
  | { readonly kind: "digest" };

const USAGE = 'Write one of: "due", "due within 14", "asks", "cold", "tell [[Update]]", "digest".';

/**
 * Reads a block's text: its first line that is not blank.
 *
 * @example parseBlockQuery("due within 14") // { ok: true, value: { kind: "due", within: 14 } }
 */
export function parseBlockQuery(source: string): Result<BlockQuery> {
  const line = source
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l !== "");
  if (line === undefined) return fail(`This kith block is empty. ${USAGE}`);
  const due = /^due(?:\s+within\s+(\d+)(?:\s*(?:d|days?))?)?$/i.exec(line);
  if (due !== null)
    return ok({ kind: "due", within: due[1] === undefined ? undefined : Number(due[1]) });
  if (/^asks$/i.test(line)) return ok({ kind: "asks" });
  if (/^cold$/i.test(line)) return ok({ kind: "cold" });
  if (/^digest$/i.test(line)) return ok({ kind: "digest" });
  const tell = /^tell\s+(.+)$/i.exec(line);
  if (tell?.[1] !== undefined) return ok({ kind: "tell", target: tell[1].trim() });
  return fail(`"${line}" is not something a kith block shows. ${USAGE}`);
}

/** The blocks on screen, so the plugin can unload them all when it unloads. */
export class KithBlocks {
  readonly #live = new Set<KithBlock>();

  add(block: KithBlock): void {
    this.#live.add(block);
  }

  delete(block: KithBlock): void {
    this.#live.delete(block);
  }

  unloadAll(): void {
    for (const block of [...this.#live]) block.unload();
  }
}

/**
 * One rendered block. It listens for changes while loaded, and redraws when the network or the
 * day changed since it last drew. Unloaded by Obsidian when the note's view goes, or by the plugin
 * when it unloads.
 */
export class KithBlock extends MarkdownRenderChild {
  readonly #source: string;
  readonly #sourcePath: string;
  readonly #kith: Kith;
  readonly #blocks: KithBlocks;
  #drawn: { network: NetworkIndex | undefined; version: number; today: string } | undefined;
  /** Owns what a markdown rendering registered; replaced by each redraw. */
  #markdown: Component | undefined;

  constructor(
    containerEl: HTMLElement,
    source: string,
    sourcePath: string,
    kith: Kith,
    blocks: KithBlocks,
  ) {
    super(containerEl);
    this.#source = source;
    this.#sourcePath = sourcePath;
    this.#kith = kith;
    this.#blocks = blocks;
  }

  onload(): void {
    this.#blocks.add(this);
    this.containerEl.addClass("kith-block");
    this.registerEvent(this.#kith.onChange(() => this.render()));
    this.render();
  }

  onunload(): void {
    this.#blocks.delete(this);
  }

  render(): void {
    const network = this.#kith.network();
    const today = this.#kith.today();
    const version = network?.version ?? -1;
    const drawn = this.#drawn;
    if (
      drawn !== undefined &&
      drawn.network === network &&
      drawn.version === version &&
      drawn.today === today
    )
      return;
    this.#drawn = { network, version, today };
    const el = this.containerEl;
    el.empty();
    if (this.#markdown !== undefined) this.removeChild(this.#markdown);
    this.#markdown = undefined;
    const query = parseBlockQuery(this.#source);
    if (!query.ok) {
      el.createDiv({ cls: "kith-block-error", text: query.issues.join(" ") });
      return;
    }
    if (network === undefined) {
      el.createDiv({ cls: "kith-empty", text: "Reading your notes…" });
      return;
    }
    switch (query.value.kind) {
      case "due":
        this.#due(el, network, query.value.within ?? network.config.horizonDays);
        break;
      case "asks":
        this.#asks(el, network);
        break;
      case "cold":
        this.#cold(el, network);
        break;
      case "tell":
        this.#tell(el, network, query.value.target);
        break;
      case "digest":
        this.#digest(el, network);
        break;
    }
  }

  #due(el: HTMLElement, network: NetworkIndex, within: number): void {
    const followUps = network.dueFollowUps({ today: this.#kith.today(), within });
    if (followUps.length === 0) {
      el.createDiv({ cls: "kith-empty", text: `Nobody is due in the next ${within} days.` });
      return;
    }
    renderSections(el, followUps, this.#kith, true);
  }

  #asks(el: HTMLElement, network: NetworkIndex): void {
    const open = [...network.network.asks.values()].filter((a) => askNeeds(a) !== undefined);
    if (open.length === 0) {
      el.createDiv({ cls: "kith-empty", text: "No asks need anything from you." });
      return;
    }
    for (const status of ASK_STATUSES) {
      const group = open
        .filter((a) => a.status === status)
        .sort((a, b) => (a.path < b.path ? -1 : 1));
      if (group.length === 0) continue;
      const section = el.createDiv({ cls: "kith-section" });
      const heading = section.createDiv({ cls: "kith-section-title" });
      heading.createSpan({
        text: status.charAt(0).toUpperCase() + status.slice(1).replace("-", " "),
      });
      heading.createSpan({ cls: "kith-count", text: String(group.length) });
      const list = section.createEl("ul", { cls: "kith-list" });
      for (const ask of group) {
        const item = list.createEl("li");
        this.#link(
          item,
          ask.path,
          `${ask.asked?.name ?? "Nobody named"}: ${askPhrase(ask).replace(/^for /, "")}`,
        );
        item.createSpan({ cls: "kith-detail", text: ` — ${askNeeds(ask) ?? ""}` });
      }
    }
  }

  #cold(el: HTMLElement, network: NetworkIndex): void {
    const cold = goingCold(network.network, this.#kith.today());
    if (cold.length === 0) {
      el.createDiv({ cls: "kith-empty", text: "No ties are going cold." });
      return;
    }
    const list = el.createEl("ul", { cls: "kith-list" });
    for (const tie of cold) {
      const item = list.createEl("li");
      this.#link(item, tie.path, tie.name);
      item.createSpan({ cls: "kith-detail", text: ` — ${tie.reason}` });
    }
  }

  #tell(el: HTMLElement, network: NetworkIndex, target: string): void {
    const answer = whoToTell(network.network, target, this.#kith.today());
    if (!answer.ok) {
      el.createDiv({ cls: "kith-block-error", text: answer.issues.join(" ") });
      return;
    }
    const { subject, people } = answer.value;
    const title = el.createDiv({ cls: "kith-section-title" });
    title.createSpan({ text: "Who has not heard: " });
    this.#link(title, subject.path, subject.title);
    if (people.length === 0) {
      el.createDiv({ cls: "kith-empty", text: "Everyone who should know has heard." });
      return;
    }
    const list = el.createEl("ul", { cls: "kith-list" });
    for (const person of people) {
      const item = list.createEl("li");
      this.#link(item, person.path, person.name);
      item.createSpan({ cls: "kith-detail", text: ` — ${person.reason}` });
    }
  }

  #digest(el: HTMLElement, network: NetworkIndex): void {
    const markdown = renderDigestMarkdown(
      weeklyDigest(network.network, { today: this.#kith.today() }),
    );
    const holder = this.addChild(new Component());
    this.#markdown = holder;
    void MarkdownRenderer.render(
      this.#kith.app,
      markdown,
      el.createDiv({ cls: "kith-digest" }),
      this.#sourcePath,
      holder,
    );
  }

  #link(parent: HTMLElement, path: string, text: string): void {
    const link = parent.createEl("a", { cls: "kith-link", text, href: "#" });
    link.addEventListener("click", (evt) => {
      evt.preventDefault();
      void openNote(this.#kith.app, path);
    });
  }
}
