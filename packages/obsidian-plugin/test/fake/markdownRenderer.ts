// A stand-in for Obsidian's markdown rendering: paragraphs of text with `[[links]]` as internal
// links. Enough for a view that renders a line of user text; not a markdown engine.
import type { App } from "./app";
import { Component, MarkdownRenderChild } from "./component";

const WIKILINK = /\[\[([^[\]|]+)(?:\|([^[\]]+))?\]\]/g;

export abstract class MarkdownRenderer extends MarkdownRenderChild {
  /** Renders `markdown` into `el`: a `<p>` per paragraph, `[[X|Y]]` as `<a class="internal-link" data-href="X">Y</a>`. */
  static async render(
    _app: App,
    markdown: string,
    el: HTMLElement,
    _sourcePath: string,
    _component: Component,
  ): Promise<void> {
    for (const paragraph of markdown.split(/\n\s*\n/)) {
      if (paragraph.trim() === "") continue;
      const p = el.createEl("p");
      let last = 0;
      for (const match of paragraph.matchAll(WIKILINK)) {
        const index = match.index ?? 0;
        p.appendText(paragraph.slice(last, index));
        const target = match[1] ?? "";
        p.createEl("a", {
          cls: "internal-link",
          text: match[2] ?? target,
          attr: { "data-href": target, href: target },
        });
        last = index + match[0].length;
      }
      p.appendText(paragraph.slice(last));
    }
  }
}
