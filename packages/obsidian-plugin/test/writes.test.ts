// Done and Snooze write exactly what they mean to: the log line under the log heading, and
// `last_contact` or `snooze_until` in the key the note already uses; nothing else changes.
import type { Modal } from "obsidian";
import {
  chooseSuggestion,
  click,
  clickMenuItem,
  defaultManifest,
  menuItemTitles,
  noticeMessages,
  openModals,
  selectOption,
  typeInto,
} from "./fake/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BOB, openView, rowOf, sections, start } from "./helpers";

afterEach(() => vi.useRealTimers());

/** The plugin's settings file, where a test puts settings before the plugin loads. */
const SETTINGS = `${defaultManifest.dir ?? ""}/data.json`;

function topModal(): Modal {
  const modal = openModals().at(-1);
  if (modal === undefined) throw new Error("no modal is open");
  return modal;
}

/** The input, select or button of the modal's setting named `name`. */
function control<T extends HTMLElement>(modal: Modal, name: string, selector: string): T {
  const item = modal.contentEl
    .findAll(".setting-item")
    .find((el) => el.find(".setting-item-name")?.getText() === name);
  const found = item?.find(selector);
  if (found === undefined || found === null) throw new Error(`no ${selector} in setting "${name}"`);
  return found as T;
}

function button(modal: Modal, text: string): HTMLElement {
  const found = modal.contentEl.findAll("button").find((b) => b.getText() === text);
  if (found === undefined) throw new Error(`no button "${text}"`);
  return found;
}

describe("Done", () => {
  it("logs the interaction under the heading and moves last_contact, and nothing else", async () => {
    const { t } = await start();
    const el = await openView(t);
    click(rowOf(el, "Jane Doe").find(".kith-done"));
    const modal = topModal();
    expect(modal.titleEl.getText()).toBe("Log an interaction");
    expect(control<HTMLInputElement>(modal, "Date", "input").value).toBe("2026-11-25");
    selectOption(control<HTMLSelectElement>(modal, "Kind", "select"), "coffee");
    typeInto(control<HTMLInputElement>(modal, "Summary", "input"), "  talked about the move  ");
    click(button(modal, "Log"));
    await t.settled();

    expect(t.read("People/Jane Doe.md")).toBe(`---
type: contact
org: "[[Acme Corp]]"
cadence: monthly
last_contact: 2026-11-25
tags:
  - mentor
---
# Jane Doe

## Interactions
- 2026-10-01 coffee: talked about the platform team
- 2026-11-25 coffee: talked about the move

## Notes
Likes hiking.
`);
    expect(openModals()).toHaveLength(0);
    expect(noticeMessages()).toContain("Logged coffee with Jane Doe.");
    expect(sections(el).Overdue).toBeUndefined();
  });

  it("adds the heading to a note without one, and keeps last_contact when the entry is older", async () => {
    const { t } = await start();
    const el = await openView(t);
    click(rowOf(el, "Bob Lee").find(".kith-done"));
    const modal = topModal();
    typeInto(control<HTMLInputElement>(modal, "Date", "input"), "2026-11-01");
    click(button(modal, "Log"));
    await t.settled();
    expect(t.read("People/Bob Lee.md")).toBe(`${BOB}## Interactions\n- 2026-11-01 message\n`);
  });

  it("writes to the key the note already spells its own way", async () => {
    const { t } = await start({
      "People/Ann.md":
        "---\ntype: contact\ncadence: weekly\nLast Contacted: 2026-11-01\n---\n## Interactions\n",
    });
    const el = await openView(t);
    click(rowOf(el, "Ann").find(".kith-done"));
    click(button(topModal(), "Log"));
    await t.settled();
    expect(t.read("People/Ann.md")).toBe(
      "---\ntype: contact\ncadence: weekly\nLast Contacted: 2026-11-25\n---\n## Interactions\n- 2026-11-25 message\n",
    );
  });

  it("writes the day as a daily-note link where the note keeps last_contact as one", async () => {
    const { t } = await start({
      "People/Ann.md": '---\ntype: contact\ncadence: weekly\nlast_contact: "[[Daily/2026-11-01]]"\n---\n## Interactions\n',
    });
    const el = await openView(t);
    click(rowOf(el, "Ann").find(".kith-done"));
    click(button(topModal(), "Log"));
    await t.settled();
    expect(t.read("People/Ann.md")).toBe(
      '---\ntype: contact\ncadence: weekly\nlast_contact: "[[Daily/2026-11-25]]"\n---\n## Interactions\n- 2026-11-25 message\n',
    );
  });

  it("keeps a last_contact that is a List property a list of one day, never a link", async () => {
    const { t } = await start({
      "People/Ann.md": "---\ntype: contact\ncadence: weekly\nlast_contact:\n  - 2026-11-01\n---\n## Interactions\n",
    });
    const el = await openView(t);
    click(rowOf(el, "Ann").find(".kith-done"));
    click(button(topModal(), "Log"));
    await t.settled();
    // It was written `last_contact: "[[2026-11-25]]"`, a link to a daily note.
    expect(t.read("People/Ann.md")).toBe(
      "---\ntype: contact\ncadence: weekly\nlast_contact:\n  - 2026-11-25\n---\n## Interactions\n- 2026-11-25 message\n",
    );
  });

  it("settles a thank on the ask note as well as logging the interaction", async () => {
    const ask =
      '---\ntype: ask\nasked: "[[Priya]]"\nask: referral\nstatus: referred\nasked_on: 2026-11-01\nreferred_on: 2026-11-20\nthanked: false\n---\n';
    const { t } = await start({ "People/Priya.md": "---\ntype: contact\n---\n", "Asks/Referral.md": ask });
    const el = await openView(t);
    click(rowOf(el, "Priya").find(".kith-done"));
    click(button(topModal(), "Log"));
    await t.settled();
    expect(t.read("Asks/Referral.md")).toContain("thanked: true");
    expect(t.read("People/Priya.md")).toContain("- 2026-11-25 message\n");
    expect(Object.values(sections(el)).flat()).not.toContain("Priya");
  });

  it("settles a birthday: the row goes once the wishes are logged", async () => {
    const { t } = await start({
      [SETTINGS]: JSON.stringify({ birthdays: true }),
      "People/Priya.md": "---\ntype: contact\nbirthday: 1990-11-27\n---\n",
    });
    const el = await openView(t);
    expect(rowOf(el, "Priya").getText()).toContain("Birthday");
    click(rowOf(el, "Priya").find(".kith-done"));
    click(button(topModal(), "Log"));
    await t.settled();
    expect(t.read("People/Priya.md")).toBe(
      "---\ntype: contact\nbirthday: 1990-11-27\nlast_contact: 2026-11-25\n---\n## Interactions\n- 2026-11-25 message\n",
    );
    expect(Object.values(sections(el)).flat()).not.toContain("Priya");
  });

  it("closes once the entry is written, and says which settled follow-up it could not mark", async () => {
    const ask =
      '---\ntype: ask\nasked: "[[Priya]]"\nask: referral\nstatus: referred\nasked_on: 2026-11-01\nreferred_on: 2026-11-20\nthanked: false\n---\n';
    const { t } = await start({ "People/Priya.md": "---\ntype: contact\n---\n", "Asks/Referral.md": ask });
    const el = await openView(t);
    click(rowOf(el, "Priya").find(".kith-done"));
    const modal = topModal();
    // The ask note breaks between the row's Done and the Log.
    const broken = ask.replace("status: referred", "status: [referred");
    await t.vault.modify(t.file("Asks/Referral.md"), broken);
    click(button(modal, "Log"));
    await t.settled();
    expect(t.read("People/Priya.md").split("- 2026-11-25 message\n")).toHaveLength(2);
    expect(t.read("Asks/Referral.md")).toBe(broken);
    expect(openModals()).not.toContain(modal);
    expect(noticeMessages().at(-1)).toMatch(
      /^Logged message with Priya\. Kith could not mark what it settles: Asks\/Referral\.md: /,
    );
  });

  it("adds the person to an update's told list, the people there kept as written", async () => {
    const update =
      '---\ntype: update\ndate: 2026-11-20\naudience:\n  - client\ntold:\n  - "[[Bob Lee#Call notes|Bob]]"\n---\nWe launched.\n';
    const { t } = await start({
      "People/Alex Kim.md": "---\ntype: contact\nrelationship: peer\n---\n",
      "Clients/Alex Kim.md": "---\ntype: contact\nrelationship: client\n---\n",
      "People/Bob Lee.md": "---\ntype: contact\nrelationship: client\n---\n",
      "Updates/Launch.md": update,
    });
    const el = await openView(t);
    const row = el.findAll(".kith-row").find((r) => r.find(".kith-reason")?.getText() === "Share news");
    if (row === undefined) throw new Error("no Share news row");
    click(row.find(".kith-done"));
    click(button(topModal(), "Log"));
    await t.settled();
    // Two notes are called Alex Kim: the link names the client's by its path.
    expect(t.read("Updates/Launch.md")).toBe(
      update.replace('Call notes|Bob]]"\n', 'Call notes|Bob]]"\n  - "[[Clients/Alex Kim]]"\n'),
    );
    expect(el.findAll(".kith-reason").map((r) => r.getText())).not.toContain("Share news");
  });

  it("refuses a day after today, and writes nothing", async () => {
    const { t } = await start();
    const el = await openView(t);
    const before = t.read("People/Jane Doe.md");
    click(rowOf(el, "Jane Doe").find(".kith-done"));
    const modal = topModal();
    typeInto(control<HTMLInputElement>(modal, "Date", "input"), "2027-11-25");
    click(button(modal, "Log"));
    await t.settled();
    expect(modal.contentEl.find(".kith-modal-error")?.getText()).toMatch(
      /^2027-11-25 is after today \(2026-11-25\); log what has happened/,
    );
    expect(openModals()).toContain(modal);
    expect(t.read("People/Jane Doe.md")).toBe(before);
  });

  it("says what is wrong and writes nothing without a date", async () => {
    const { t } = await start();
    const el = await openView(t);
    const before = t.read("People/Jane Doe.md");
    click(rowOf(el, "Jane Doe").find(".kith-done"));
    const modal = topModal();
    // What a date field holds for a day that does not exist, such as 30 February.
    typeInto(control<HTMLInputElement>(modal, "Date", "input"), "");
    click(button(modal, "Log"));
    await t.settled();
    expect(modal.contentEl.find(".kith-modal-error")?.getText()).toBe("Pick a date.");
    expect(openModals()).toContain(modal);
    expect(t.read("People/Jane Doe.md")).toBe(before);
  });

  it("logs from the command with the picker, and with the open contact without asking", async () => {
    const { t } = await start();
    await t.runCommand("kith:log-interaction");
    const picker = topModal() as unknown as {
      inputEl: HTMLInputElement;
      resultContainerEl: HTMLElement;
    };
    await chooseSuggestion(picker, "Cara Diaz", "cara");
    click(button(topModal(), "Log"));
    await t.settled();
    expect(t.read("People/Cara Diaz.md")).toContain("## Interactions\n- 2026-11-25 message\n");

    await t.openFile("People/Bob Lee.md");
    await t.runCommand("kith:log-interaction");
    expect(topModal().titleEl.getText()).toBe("Log an interaction");
    expect(topModal().contentEl.find(".setting-item-description")?.getText()).toBe("Bob Lee");
  });

  it("logs to a contact whose properties block is empty, as a template leaves it", async () => {
    const { t } = await start({
      [SETTINGS]: JSON.stringify({ contactFolders: ["People"] }),
      "People/Ann.md": "---\n---\n# Ann\n",
    });
    await t.openFile("People/Ann.md");
    await t.runCommand("kith:log-interaction");
    click(button(topModal(), "Log"));
    await t.settled();
    expect(t.read("People/Ann.md")).toBe(
      "---\nlast_contact: 2026-11-25\n---\n# Ann\n\n## Interactions\n- 2026-11-25 message\n",
    );
    expect(openModals()).toHaveLength(0);
  });

  it("leaves a contact whose properties are never closed untouched, and says why", async () => {
    // Obsidian reads such a note without properties: a block written above it would leave them
    // in the body for good, as kith log refuses to do too.
    const note = "---\ntype: contact\ncadence: weekly\n# Ann\n\nMet at the meetup.\n";
    const { t } = await start({
      [SETTINGS]: JSON.stringify({ contactFolders: ["People"] }),
      "People/Ann.md": note,
    });
    await t.openFile("People/Ann.md");
    await t.runCommand("kith:log-interaction");
    const modal = topModal();
    click(button(modal, "Log"));
    await t.settled();
    expect(t.read("People/Ann.md")).toBe(note);
    expect(openModals()).toContain(modal);
    expect(modal.contentEl.find(".kith-modal-error")?.getText()).toMatch(
      /^People\/Ann\.md: its properties are never closed/,
    );
  });

  it("leaves a contact whose properties end with \"...\" untouched: Obsidian does not see them closed", async () => {
    // YAML, and kith check, take "..." as the end; Obsidian's properties end only with "---",
    // so processFrontMatter would put a new block above the note's.
    const note = "---\ntype: contact\ncadence: monthly\nlast_contact: 2026-10-01\n...\n# Eve\n";
    const { t } = await start({
      [SETTINGS]: JSON.stringify({ contactFolders: ["People"] }),
      "People/Eve.md": note,
    });
    await t.openFile("People/Eve.md");
    await t.runCommand("kith:log-interaction");
    const modal = topModal();
    click(button(modal, "Log"));
    await t.settled();
    expect(t.read("People/Eve.md")).toBe(note);
    expect(modal.contentEl.find(".kith-modal-error")?.getText()).toMatch(
      /^People\/Eve\.md: its properties are never closed/,
    );
  });

  it("logs once when Log is pressed again while the first press is still writing", async () => {
    const { t } = await start();
    const el = await openView(t);
    click(rowOf(el, "Jane Doe").find(".kith-done"));
    const modal = topModal();
    const summary = control<HTMLInputElement>(modal, "Summary", "input");
    typeInto(summary, "lunch");
    summary.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    summary.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    click(button(modal, "Log"));
    await t.settled();
    expect(t.read("People/Jane Doe.md").split("- 2026-11-25 message: lunch")).toHaveLength(2);
    expect(noticeMessages().filter((m) => m.startsWith("Logged"))).toHaveLength(1);
  });

  it("does not log on the Enter that confirms a word typed with an input method", async () => {
    const { t } = await start();
    const el = await openView(t);
    const before = t.read("People/Jane Doe.md");
    click(rowOf(el, "Jane Doe").find(".kith-done"));
    const modal = topModal();
    const summary = control<HTMLInputElement>(modal, "Summary", "input");
    // Japanese, Chinese or Korean input: Enter picks the word in the input method, not the form.
    typeInto(summary, "らんち");
    summary.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", isComposing: true }));
    await t.settled();
    expect(t.read("People/Jane Doe.md")).toBe(before);
    expect(openModals()).toContain(modal);
    typeInto(summary, "ランチ");
    summary.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    await t.settled();
    expect(t.read("People/Jane Doe.md")).toContain("- 2026-11-25 message: ランチ\n");
  });
});

describe("Snooze", () => {
  it("offers 1 day, 1 week, 1 month and a date", async () => {
    const { t } = await start();
    const el = await openView(t);
    click(rowOf(el, "Jane Doe").find(".kith-snooze"));
    expect(menuItemTitles()).toEqual(["1 day", "1 week", "1 month", "Pick a date…"]);
  });

  it("writes snooze_until and nothing else, and moves the person out of Overdue", async () => {
    const { t } = await start();
    const el = await openView(t);
    click(rowOf(el, "Jane Doe").find(".kith-snooze"));
    clickMenuItem("1 week");
    await t.settled();
    expect(t.read("People/Jane Doe.md")).toBe(`---
type: contact
org: "[[Acme Corp]]"
cadence: monthly
last_contact: 2026-10-01
tags:
  - mentor
snooze_until: 2026-12-02
---
# Jane Doe

## Interactions
- 2026-10-01 coffee: talked about the platform team

## Notes
Likes hiking.
`);
    expect(noticeMessages()).toContain("Snoozed Jane Doe until 2 Dec.");
    expect(sections(el)).toEqual({ Today: ["Bob Lee"], Upcoming: ["Cara Diaz", "Jane Doe"] });
  });

  it("counts a month in calendar months", async () => {
    const { t } = await start();
    const el = await openView(t);
    click(rowOf(el, "Bob Lee").find(".kith-snooze"));
    clickMenuItem("1 month");
    await t.settled();
    expect(
      t.metadataCache.getFileCache(t.file("People/Bob Lee.md"))?.frontmatter?.snooze_until,
    ).toBe("2026-12-25");
  });

  it("replaces the snooze a note already has, in its own spelling", async () => {
    const { t } = await start({
      "People/Ann.md":
        "---\ntype: contact\ncadence: weekly\nlast_contact: 2026-11-01\nSnoozed until: 2026-11-02\n---\n",
    });
    const el = await openView(t);
    click(rowOf(el, "Ann").find(".kith-snooze"));
    clickMenuItem("1 day");
    await t.settled();
    expect(t.read("People/Ann.md")).toBe(
      "---\ntype: contact\ncadence: weekly\nlast_contact: 2026-11-01\nSnoozed until: 2026-11-26\n---\n",
    );
  });

  it("keeps a snooze written as a daily-note link a link", async () => {
    const { t } = await start({
      "People/Ann.md":
        '---\ntype: contact\ncadence: weekly\nlast_contact: 2026-11-01\nsnooze_until: "[[2026-11-02]]"\n---\n',
    });
    const el = await openView(t);
    click(rowOf(el, "Ann").find(".kith-snooze"));
    clickMenuItem("1 day");
    await t.settled();
    expect(t.read("People/Ann.md")).toBe(
      '---\ntype: contact\ncadence: weekly\nlast_contact: 2026-11-01\nsnooze_until: "[[2026-11-26]]"\n---\n',
    );
  });

  it("keeps a snooze that is a List property a list of one day, never a link", async () => {
    const { t } = await start({
      "People/Ann.md":
        "---\ntype: contact\ncadence: weekly\nlast_contact: 2026-11-01\nsnooze_until:\n  - 2026-11-02\n---\n",
    });
    const el = await openView(t);
    click(rowOf(el, "Ann").find(".kith-snooze"));
    clickMenuItem("1 day");
    await t.settled();
    expect(t.read("People/Ann.md")).toBe(
      "---\ntype: contact\ncadence: weekly\nlast_contact: 2026-11-01\nsnooze_until:\n  - 2026-11-26\n---\n",
    );
  });

  it("snoozes until a picked date", async () => {
    const { t } = await start();
    const el = await openView(t);
    click(rowOf(el, "Bob Lee").find(".kith-snooze"));
    clickMenuItem("Pick a date…");
    const modal = topModal();
    expect(modal.titleEl.getText()).toBe("Snooze Bob Lee");
    typeInto(control<HTMLInputElement>(modal, "Until", "input"), "2027-01-15");
    click(button(modal, "Snooze"));
    await t.settled();
    expect(t.read("People/Bob Lee.md")).toBe(
      BOB.replace("---\n", "---\n").replace(/---\n$/, "snooze_until: 2027-01-15\n---\n"),
    );
    expect(openModals()).toHaveLength(0);
  });

  it("snoozes a contact whose properties block holds only a comment", async () => {
    const { t } = await start({
      [SETTINGS]: JSON.stringify({ contactTags: ["person"] }),
      "People/Ann.md": "---\n# fill in later\n---\n# Ann #person\n",
    });
    await t.openFile("People/Ann.md");
    await t.runCommand("kith:snooze-contact");
    click(button(topModal(), "1 day"));
    await t.settled();
    // Obsidian rewrites the block as it writes properties: the comment goes (OBSIDIAN-FACTS.md).
    expect(t.read("People/Ann.md")).toBe("---\nsnooze_until: 2026-11-26\n---\n# Ann #person\n");
  });

  it("refuses a picked day that is not after today, and writes nothing", async () => {
    const { t } = await start();
    const el = await openView(t);
    const before = t.read("People/Bob Lee.md");
    click(rowOf(el, "Bob Lee").find(".kith-snooze"));
    clickMenuItem("Pick a date…");
    const modal = topModal();
    for (const day of ["2026-11-01", "2026-11-25"]) {
      typeInto(control<HTMLInputElement>(modal, "Until", "input"), day);
      click(button(modal, "Snooze"));
      await t.settled();
      expect(modal.contentEl.find(".kith-modal-error")?.getText()).toBe(
        "Pick a day after today: a snooze holds follow-ups until then.",
      );
    }
    expect(openModals()).toContain(modal);
    expect(t.read("People/Bob Lee.md")).toBe(before);
  });

  it("leaves a note with broken properties untouched, and says why", async () => {
    const { t } = await start({
      "People/Ann.md": "---\ntype: contact\ncadence: weekly\nlast_contact: 2026-11-01\n---\n",
    });
    const el = await openView(t);
    const broken = "---\ntype: contact\ncadence: [weekly\n---\n";
    click(rowOf(el, "Ann").find(".kith-snooze"));
    await t.vault.modify(t.file("People/Ann.md"), broken);
    clickMenuItem("1 day");
    await t.settled();
    expect(t.read("People/Ann.md")).toBe(broken);
    expect(noticeMessages().at(-1)).toMatch(/^People\/Ann\.md: /);
  });
});
