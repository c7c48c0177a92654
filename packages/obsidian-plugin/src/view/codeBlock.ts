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
  formatDay,
  goingCold,
  ok,
  parseDay,
  renderDigestMarkdown,
  weeklyDigest,
  whoToTell,
  type NetworkIndex,
  type Result,
  type ShowName,
} from "@kith/core";
import { Component, MarkdownRenderChild, MarkdownRenderer } from "obsidian";
import { capitalize } from "../commands/kithModal";
import type { Kith } from "../kith";
import { nobodyDue, noteLink, renderSections, section } from "./rows";

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
  const plain = /^(?:asks|cold|digest)$/i.exec(line)?.[0];
  if (plain !== undefined)
    return ok({ kind: plain.toLowerCase() as "asks" | "cold" | "digest" });
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
 * What a block shows: the values it is drawn from, compared one by one with `===` to tell whether
 * anything on screen would change, and how to draw them.
 */
interface Shown {
  readonly parts: readonly unknown[];
  draw(el: HTMLElement): void;
}

const sameParts = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((part, i) => part === b[i]);

/**
 * One rendered block. It listens for changes while loaded, and redraws when what it shows
 * changed: a note edited elsewhere that changes nothing here leaves it as it is (no flicker, no
 * lost hover or selection). Unloaded by Obsidian when the note's view goes, or by the plugin when
 * it unloads.
 */
export class KithBlock extends MarkdownRenderChild {
  readonly #source: string;
  readonly #sourcePath: string;
  readonly #kith: Kith;
  readonly #blocks: KithBlocks;
  /** The network, its version and the day last looked at: unchanged, there is nothing to ask. */
  #seen: { network: NetworkIndex | undefined; version: number; today: string } | undefined;
  #drawn: readonly unknown[] | undefined;
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
    const seen = this.#seen;
    if (
      seen !== undefined &&
      seen.network === network &&
      seen.version === version &&
      seen.today === today
    )
      return;
    this.#seen = { network, version, today };
    const shown = this.#shown(network, today);
    if (this.#drawn !== undefined && sameParts(this.#drawn, shown.parts)) return;
    this.#drawn = shown.parts;
    const el = this.containerEl;
    el.empty();
    if (this.#markdown !== undefined) this.removeChild(this.#markdown);
    this.#markdown = undefined;
    shown.draw(el);
  }

  #shown(network: NetworkIndex | undefined, today: string): Shown {
    const query = parseBlockQuery(this.#source);
    if (!query.ok) return message("kith-block-error", query.issues.join(" "));
    if (network === undefined) return message("kith-empty", "Reading your notes…");
    switch (query.value.kind) {
      case "due":
        return this.#due(network, today, query.value.within ?? network.config.horizonDays);
      case "asks":
        return this.#asks(network, today);
      case "cold":
        return this.#cold(network, today);
      case "tell":
        return this.#tell(network, today, query.value.target);
      case "digest":
        return this.#digest(network, today);
    }
  }

  #due(network: NetworkIndex, today: string, within: number): Shown {
    // The index hands back the same row objects for every contact a change did not touch.
    const followUps = network.dueFollowUps({ today, within });
    if (followUps.length === 0)
      return message("kith-empty", `${nobodyDue(within)}.`);
    const show = network.tellNamesakesApart();
    return {
      // A new `show` when a namesake came or went, which may change how a row reads.
      parts: ["due", today, show, ...followUps],
      draw: (el) => renderSections(el, followUps, show, this.#kith, true),
    };
  }

  #asks(network: NetworkIndex, today: string): Shown {
    // The advice for today, as kith asks --today gives it: when to nudge, or to nudge now.
    const on = { network: network.network, today: parseDay(today) ?? 0 };
    const open = [...network.network.asks.values()]
      .filter((a) => askNeeds(a) !== undefined)
      .sort((a, b) => (a.path < b.path ? -1 : 1));
    if (open.length === 0) return message("kith-empty", "No asks need anything from you.");
    const show = network.tellNamesakesApart();
    const lines = open.map((ask) => ({
      ask,
      // The day asked, as kith asks shows it: the nudge counts from it.
      text: `${ask.asked === undefined ? "Nobody named" : show(ask.asked.name, ask.asked.path)}: ${askPhrase(ask).replace(/^for /, "")}${ask.askedOn === undefined ? "" : ` (asked ${formatDay(ask.askedOn)})`}`,
      needs: askNeeds(ask, on) ?? "",
    }));
    return {
      parts: ["asks", ...lines.flatMap((l) => [l.ask.path, l.ask.status, l.text, l.needs])],
      draw: (el) => {
        for (const status of ASK_STATUSES) {
          const group = lines.filter((l) => l.ask.status === status);
          if (group.length === 0) continue;
          this.#people(
            section(el, `kith-asks-${status}`, capitalize(status.replace("-", " ")), group.length),
            group.map((l) => ({ path: l.ask.path, name: l.text, reason: l.needs })),
          );
        }
      },
    };
  }

  #cold(network: NetworkIndex, today: string): Shown {
    const cold = goingCold(network.network, today);
    if (cold.length === 0) return message("kith-empty", "No ties are going cold.");
    const show = network.tellNamesakesApart();
    return {
      parts: ["cold", show, ...cold.flatMap((tie) => [tie.path, tie.name, tie.reason])],
      draw: (el) => this.#people(el, cold, show),
    };
  }

  #tell(network: NetworkIndex, today: string, target: string): Shown {
    const answer = whoToTell(network.network, target, today);
    if (!answer.ok) return message("kith-block-error", answer.issues.join(" "));
    const { subject, people } = answer.value;
    const show = network.tellNamesakesApart();
    return {
      parts: [
        "tell",
        show,
        subject.path,
        subject.title,
        ...people.flatMap((person) => [person.path, person.name, person.reason]),
      ],
      draw: (el) => {
        const title = el.createDiv({ cls: "kith-section-title" });
        title.createSpan({ text: "Who has not heard: " });
        this.#link(title, subject.path, subject.title);
        if (people.length === 0) {
          el.createDiv({ cls: "kith-empty", text: "Everyone who should know has heard." });
          return;
        }
        this.#people(el, people, show);
      },
    };
  }

  #digest(network: NetworkIndex, today: string): Shown {
    const markdown = renderDigestMarkdown(weeklyDigest(network.network, { today }));
    return {
      parts: ["digest", markdown],
      draw: (el) => {
        const holder = this.addChild(new Component());
        this.#markdown = holder;
        void MarkdownRenderer.render(
          this.#kith.app,
          markdown,
          el.createDiv({ cls: "kith-digest" }),
          this.#sourcePath,
          holder,
        );
      },
    };
  }

  /** A list of people, each a link to their note, named as `show` names them, and why listed. */
  #people(
    el: HTMLElement,
    people: readonly { readonly path: string; readonly name: string; readonly reason: string }[],
    show: ShowName = (name) => name,
  ): void {
    const list = el.createEl("ul", { cls: "kith-list" });
    for (const person of people) {
      const item = list.createEl("li");
      this.#link(item, person.path, show(person.name, person.path));
      item.createSpan({ cls: "kith-detail", text: ` — ${person.reason}` });
    }
  }

  #link(parent: HTMLElement, path: string, text: string): void {
    noteLink(parent, "kith-link", text, this.#kith, path);
  }
}

/** A block that shows one line: an error, or an empty state. */
function message(cls: "kith-block-error" | "kith-empty", text: string): Shown {
  return { parts: [cls, text], draw: (el) => el.createDiv({ cls, text }) };
}
