// The palette's commands.
import type { Modal } from "obsidian";
import {
  chooseSuggestion,
  click,
  noticeMessages,
  openModals,
  suggestionTexts,
  typeInto,
} from "./fake/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { start, VAULT } from "./helpers";

afterEach(() => vi.useRealTimers());

type Picker = Modal & { inputEl: HTMLInputElement; resultContainerEl: HTMLElement };

function topModal(): Picker {
  const modal = openModals().at(-1);
  if (modal === undefined) throw new Error("no modal is open");
  return modal as Picker;
}

function input(modal: Modal, name: string): HTMLInputElement {
  const item = modal.contentEl
    .findAll(".setting-item")
    .find((el) => el.find(".setting-item-name")?.getText() === name);
  const found = item?.find("input");
  if (found === undefined || found === null) throw new Error(`no input in setting "${name}"`);
  return found as HTMLInputElement;
}

function button(modal: Modal, text: string): HTMLElement {
  const found = modal.contentEl.findAll("button").find((b) => b.getText() === text);
  if (found === undefined) throw new Error(`no button "${text}"`);
  return found;
}

describe("commands", () => {
  it("are the six the issue lists, none with a default hotkey", async () => {
    const { t } = await start();
    expect(t.commandIds()).toEqual([
      "kith:open-follow-ups",
      "kith:log-interaction",
      "kith:new-contact",
      "kith:snooze-contact",
      "kith:new-ask",
      "kith:show-problems",
    ]);
    // Obsidian's guidelines: no default hotkeys; users choose their own.
    expect(t.commands().map((c) => c.hotkeys)).toEqual(t.commandIds().map(() => undefined));
  });

  it("new contact… creates the note from the settings' folder and keys, and opens it", async () => {
    const { t } = await start();
    await t.runCommand("kith:new-contact");
    const modal = topModal();
    typeInto(input(modal, "Name"), "Eve: Stone/");
    click(button(modal, "Create"));
    await t.settled();
    expect(t.read("People/Eve Stone.md")).toBe(
      "---\ntype: contact\norg:\nrole:\nrelationship:\nmet:\ncadence:\nemail:\ntags:\n---\n# Eve Stone\n\n## Interactions\n",
    );
    expect(t.workspace.getActiveFile()?.path).toBe("People/Eve Stone.md");
    expect(t.vault.getMarkdownFiles()).toHaveLength(Object.keys(VAULT).length + 1);
  });

  it("new contact… creates the note on Enter in the name, and once for a second Enter", async () => {
    const { t } = await start();
    await t.runCommand("kith:new-contact");
    const name = input(topModal(), "Name");
    const create = vi.spyOn(t.vault, "create");
    typeInto(name, "Eve Stone");
    name.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    name.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    await t.settled();
    expect(create.mock.calls.map(([path]) => path)).toEqual(["People/Eve Stone.md"]);
    expect(noticeMessages()).toEqual(["Created People/Eve Stone.md."]);
    expect(openModals()).toHaveLength(0);
  });

  it("new contact… will not make a second note for a name that has one", async () => {
    const { t } = await start();
    await t.runCommand("kith:new-contact");
    const modal = topModal();
    typeInto(input(modal, "Name"), "Jane Doe");
    click(button(modal, "Create"));
    await t.settled();
    expect(modal.contentEl.find(".kith-modal-error")?.getText()).toBe(
      "People/Jane Doe.md already exists.",
    );
  });

  it("new contact… will not make a second note for a name another folder or an alias has", async () => {
    const { t } = await start({
      ...VAULT,
      "Clients/Sam Roy.md": "---\ntype: contact\n---\n",
      "People/Robert Kay.md": "---\ntype: contact\naliases: [Bobby K]\n---\n",
    });
    const before = t.vault.getMarkdownFiles().length;
    await t.runCommand("kith:new-contact");
    const modal = topModal();
    typeInto(input(modal, "Name"), "sam roy");
    click(button(modal, "Create"));
    await t.settled();
    expect(modal.contentEl.find(".kith-modal-error")?.getText()).toBe(
      'Clients/Sam Roy.md already goes by "sam roy", so links to it would be ambiguous; open it, or tell the two apart in the name (e.g. "sam roy (Acme)").',
    );
    typeInto(input(modal, "Name"), "Bobby K");
    click(button(modal, "Create"));
    await t.settled();
    expect(modal.contentEl.find(".kith-modal-error")?.getText()).toMatch(
      /^People\/Robert Kay\.md already goes by "Bobby K"/,
    );
    expect(t.vault.getMarkdownFiles()).toHaveLength(before);
  });

  it("new ask… warns as core advises, then writes the ask note", async () => {
    const { t } = await start();
    await t.runCommand("kith:new-ask");
    await chooseSuggestion(topModal(), "Jane Doe", "jane");
    const modal = topModal();
    expect(modal.titleEl.getText()).toBe("New ask of Jane Doe");
    expect(modal.contentEl.find(".kith-ask-warnings")?.getText()).toMatch(
      /never given Jane Doe anything/,
    );
    typeInto(input(modal, "For"), "Staff Engineer");
    typeInto(input(modal, "Organization"), "Acme Corp");
    click(modal.contentEl.find(".checkbox-container"));
    click(button(modal, "Create"));
    await t.settled();
    expect(t.read("Asks/Referral from Jane Doe for Staff Engineer.md")).toBe(
      '---\ntype: ask\nasked: "[[Jane Doe]]"\nask: referral\nfor: Staff Engineer\norg: "[[Acme Corp]]"\nstatus: asked\nasked_on: 2026-11-25\n---\n',
    );
    expect(t.workspace.getActiveFile()?.path).toBe(
      "Asks/Referral from Jane Doe for Staff Engineer.md",
    );
  });

  it("snooze a contact… acts on the open contact", async () => {
    const { t } = await start();
    await t.openFile("People/Bob Lee.md");
    await t.runCommand("kith:snooze-contact");
    const modal = topModal();
    expect(modal.titleEl.getText()).toBe("Snooze Bob Lee");
    click(button(modal, "1 week"));
    await t.settled();
    expect(
      t.metadataCache.getFileCache(t.file("People/Bob Lee.md"))?.frontmatter?.snooze_until,
    ).toBe("2026-12-02");
    expect(openModals()).toHaveLength(0);
  });

  it("snoozes once when a quick choice is pressed twice while the first is writing", async () => {
    const { t } = await start();
    await t.openFile("People/Bob Lee.md");
    await t.runCommand("kith:snooze-contact");
    const modal = topModal();
    const process = vi.spyOn(t.fileManager, "processFrontMatter");
    click(button(modal, "1 week"));
    click(button(modal, "1 month"));
    await t.settled();
    expect(process).toHaveBeenCalledTimes(1);
    expect(
      t.metadataCache.getFileCache(t.file("People/Bob Lee.md"))?.frontmatter?.snooze_until,
    ).toBe("2026-12-02");
    expect(noticeMessages()).toEqual(["Snoozed Bob Lee until 2 Dec."]);
  });

  it("snooze a contact… asks whom when the open note is not a contact", async () => {
    const { t } = await start();
    await t.openFile("Daily/2026-11-24.md");
    await t.runCommand("kith:snooze-contact");
    expect(await suggestionTexts(topModal(), "lee")).toEqual(["Bob Lee"]);
  });

  it("tells namesakes apart in the picker and in what it opens, and the name alone is back once one goes", async () => {
    const { t } = await start({ ...VAULT, "Old/Jane Doe.md": "---\ntype: contact\n---\n" });
    await t.openFile("Daily/2026-11-24.md");
    await t.runCommand("kith:snooze-contact");
    expect((await suggestionTexts(topModal(), "jane")).sort()).toEqual([
      "Jane Doe (Old/Jane Doe)",
      // The org shown under the name.
      "Jane Doe (People/Jane Doe)Acme Corp",
    ]);
    // With nothing typed too.
    expect(await suggestionTexts(topModal(), "")).toContain("Jane Doe (Old/Jane Doe)");
    await chooseSuggestion(topModal(), "Jane Doe (Old/Jane Doe)", "jane");
    const modal = topModal();
    expect(modal.titleEl.getText()).toBe("Snooze Jane Doe (Old/Jane Doe)");
    click(button(modal, "1 week"));
    await t.settled();
    expect(noticeMessages()).toEqual(["Snoozed Jane Doe (Old/Jane Doe) until 2 Dec."]);
    expect(t.metadataCache.getFileCache(t.file("Old/Jane Doe.md"))?.frontmatter?.snooze_until).toBe(
      "2026-12-02",
    );

    await t.fileManager.trashFile(t.file("Old/Jane Doe.md"));
    await t.settled();
    await t.runCommand("kith:log-interaction");
    expect(await suggestionTexts(topModal(), "jane")).toEqual(["Jane DoeAcme Corp"]);
  });

  it("show problems lists every problem and opens the note chosen", async () => {
    const { t } = await start({
      ...VAULT,
      "People/Gil.md": "---\ntype: contact\ncadence: every fortnite\n---\n",
      "People/Broken.md": "---\ntype: contact\norg: [unclosed\n---\n",
    });
    await t.runCommand("kith:show-problems");
    const texts = await suggestionTexts(topModal());
    expect(texts.map((text) => text.slice(0, text.indexOf(".md") + 3))).toEqual([
      "People/Broken.md",
      "People/Gil.md",
    ]);
    expect(await suggestionTexts(topModal(), "  FORTNITE gil ")).toHaveLength(1);
    expect(await suggestionTexts(topModal(), "fortnite broken")).toEqual([]);
    await chooseSuggestion(topModal(), "People/Gil.md", "");
    await t.settled();
    expect(t.workspace.getActiveFile()?.path).toBe("People/Gil.md");
  });

  it("show problems lists a last contact dated after today, as kith check does", async () => {
    const { t } = await start({
      ...VAULT,
      "People/Ahead.md": "---\ntype: contact\ncadence: monthly\nlast_contact: 2062-11-20\n---\n",
    });
    await t.runCommand("kith:show-problems");
    expect(await suggestionTexts(topModal())).toEqual([
      "People/Ahead.md" +
        "last_contact 2062-11-20 is after today (2026-11-25), so it counts only from then; write the last day you were in touch, and put what is planned in next_step and next_step_due",
    ]);
  });

  it("lists more than Obsidian's default 100, and says how many there are", async () => {
    const broken: Record<string, string> = {};
    for (let i = 0; i < 150; i++) {
      broken[`People/P${String(i).padStart(3, "0")}.md`] =
        "---\ntype: contact\ncadence: every fortnite\n---\n";
    }
    const { t } = await start({ ...VAULT, ...broken });
    await t.runCommand("kith:show-problems");
    expect(await suggestionTexts(topModal())).toHaveLength(150);
    expect(topModal().modalEl.find(".prompt-instruction-command")?.getText()).toBe("150 problems");
    expect(topModal().modalEl.find(".prompt-instruction")?.getText()).toContain("type to narrow them down");
  });

  it("says so when there are no problems", async () => {
    const { t } = await start();
    await t.runCommand("kith:show-problems");
    expect(await suggestionTexts(topModal())).toEqual([]);
    expect(topModal().resultContainerEl.getText()).toBe("No problems found.");
    expect(noticeMessages()).toEqual([]);
  });
});
