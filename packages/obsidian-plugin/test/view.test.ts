// The follow-ups view follows the vault: notes created, edited, renamed and deleted, the day
// turning, and notes that are broken.
import {
  click,
  menuItemTitles,
  noticeMessages,
  openModals,
  shownMenuPosition,
  suggestionTexts,
} from "./fake/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CARA, flush, JANE, openView, rowOf, sections, start, VAULT, viewEl } from "./helpers";

afterEach(() => vi.useRealTimers());

describe("the follow-ups view", () => {
  it("shows each person in Overdue, Today or Upcoming, with org, reason labels and the detail on hover", async () => {
    const { t } = await start();
    const el = await openView(t);
    expect(sections(el)).toEqual({
      Overdue: ["Jane Doe"],
      Today: ["Bob Lee"],
      Upcoming: ["Cara Diaz"],
    });
    const jane = rowOf(el, "Jane Doe");
    expect(jane.find(".kith-org")?.getText()).toBe("Acme Corp");
    const label = jane.find(".kith-reason");
    expect(label?.getText()).toBe("Keep in touch");
    expect(label?.getAttr("aria-label")).toBe("Monthly; last contact 1 Oct (due 1 Nov)");
    expect(jane.find(".kith-when")?.getText()).toBe("Due 24 days ago");
    expect(
      jane.findAll(".kith-actions button").map((b) => b.getText() || b.getAttr("aria-label")),
    ).toEqual(["Done", "Snooze", "Open note"]);
  });

  it("shows a reason's detail on a tap or Enter as well as on hover, one at a time", async () => {
    const { t } = await start({
      "People/Eve Ray.md":
        "---\ntype: contact\ncadence: monthly\nlast_contact: 2026-10-01\nnext_step: Send the deck\nnext_step_due: 2026-11-24\n---\n",
    });
    const eve = rowOf(await openView(t), "Eve Ray");
    // Sorted by due day: the cadence (1 Nov), then the next step (24 Nov).
    const [cadence, step] = eve.findAll(".kith-reason");
    if (step === undefined || cadence === undefined) throw new Error("Eve has two reasons");
    expect(eve.find(".kith-reason-detail")).toBeNull();
    click(step);
    expect(eve.find(".kith-reason-detail")?.getText()).toBe(
      "Next step: Send the deck (due 24 Nov)",
    );
    expect(step.getAttr("aria-expanded")).toBe("true");
    cadence.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(eve.findAll(".kith-reason-detail").map((d) => d.getText())).toEqual([
      "Keep in touch: Monthly; last contact 1 Oct (due 1 Nov)",
    ]);
    expect(step.getAttr("aria-expanded")).toBe("false");
    click(cadence);
    expect(eve.find(".kith-reason-detail")).toBeNull();
  });

  it("names Done with its own word, and opens Snooze under the button from the keyboard", async () => {
    const { t } = await start();
    const jane = rowOf(await openView(t), "Jane Doe");
    expect(jane.find(".kith-done")?.getAttr("aria-label")).toBe("Done: log an interaction");
    const snooze = jane.find(".kith-snooze");
    snooze?.dispatchEvent(
      new MouseEvent("click", { bubbles: true, detail: 1, clientX: 120, clientY: 80 }),
    );
    expect(shownMenuPosition()).toEqual({ x: 120, y: 80 });
    // A keyboard press is a click with no pointer (detail 0): under the button instead.
    snooze?.dispatchEvent(
      new MouseEvent("click", { bubbles: true, detail: 0, clientX: 55, clientY: 66 }),
    );
    const box = snooze?.getBoundingClientRect();
    expect(shownMenuPosition()).toEqual({ x: box?.left, y: box?.bottom });
    expect(shownMenuPosition()).not.toEqual({ x: 55, y: 66 });
    expect(menuItemTitles()).toEqual(["1 day", "1 week", "1 month", "Pick a date…"]);
  });

  it("opens in the right sidebar, once, from the command and the ribbon", async () => {
    const { t } = await start();
    await openView(t);
    click(t.ribbonEl.find('[aria-label="Open follow-ups"]'));
    await t.settled();
    const leaves = t.workspace.getLeavesOfType("kith-follow-ups");
    expect(leaves).toHaveLength(1);
    expect(leaves[0]?.getRoot()).toBe(t.workspace.rightSplit);
  });

  it("adds a person when a contact note is created", async () => {
    const { t } = await start();
    const el = await openView(t);
    await t.write(
      "People/Eve Stone.md",
      "---\ntype: contact\ncadence: weekly\nlast_contact: 2026-11-10\n---\n",
    );
    await t.settled();
    expect(sections(el).Overdue).toEqual(["Jane Doe", "Eve Stone"]);
  });

  it("moves a person when their note is edited", async () => {
    const { t } = await start();
    const el = await openView(t);
    await t.write(
      "People/Cara Diaz.md",
      CARA.replace("last_contact: 2026-11-20", "last_contact: 2026-10-01"),
    );
    await t.settled();
    expect(sections(el)).toEqual({ Overdue: ["Cara Diaz", "Jane Doe"], Today: ["Bob Lee"] });
  });

  it("counts an interaction logged in the note's body", async () => {
    const { t } = await start();
    const el = await openView(t);
    await t.write(
      "People/Jane Doe.md",
      JANE.replace("\n\n## Notes", "\n- 2026-11-24 call: caught up\n\n## Notes"),
    );
    await t.settled();
    expect(sections(el).Overdue).toBeUndefined();
    expect(rowOf(el, "Cara Diaz")).toBeDefined();
  });

  it("follows a renamed note, and drops a deleted one", async () => {
    const { t } = await start();
    const el = await openView(t);
    await t.fileManager.renameFile(t.file("People/Jane Doe.md"), "People/Jane Smith.md");
    await t.settled();
    expect(sections(el).Overdue).toEqual(["Jane Smith"]);
    click(rowOf(el, "Jane Smith").find(".kith-open"));
    await t.settled();
    expect(t.workspace.getActiveFile()?.path).toBe("People/Jane Smith.md");

    await t.fileManager.trashFile(t.file("People/Jane Smith.md"));
    await t.settled();
    expect(sections(el)).toEqual({ Today: ["Bob Lee"], Upcoming: ["Cara Diaz"] });
  });

  it("tells namesakes apart by their notes, and shows the name alone once the other is renamed or deleted", async () => {
    const old = "---\ntype: contact\ncadence: weekly\nlast_contact: 2026-11-20\n---\n";
    const { t } = await start({ ...VAULT, "Old/Jane Doe.md": old });
    const el = await openView(t);
    expect(sections(el)).toEqual({
      Overdue: ["Jane Doe (People/Jane Doe)"],
      Today: ["Bob Lee"],
      Upcoming: ["Cara Diaz", "Jane Doe (Old/Jane Doe)"],
    });
    // Done and Snooze say which of the two they act on.
    click(rowOf(el, "Jane Doe (Old/Jane Doe)").find(".kith-done"));
    expect(openModals().at(-1)?.contentEl.find(".setting-item-description")?.getText()).toBe(
      "Jane Doe (Old/Jane Doe)",
    );
    openModals().at(-1)?.close();

    // The other note renamed, Jane's row shows her name alone.
    await t.fileManager.renameFile(t.file("Old/Jane Doe.md"), "Old/Janet Doe.md");
    await t.settled();
    expect(sections(el)).toEqual({
      Overdue: ["Jane Doe"],
      Today: ["Bob Lee"],
      Upcoming: ["Cara Diaz", "Janet Doe"],
    });
    // A name property makes a namesake too, whatever its case, as kith log compares names; one
    // that is not due changes nothing in the list but how Jane's row reads.
    const named = (name: string) => `---\ntype: contact\nname: ${name}\n---\n`;
    await t.write("Old/Janet Doe.md", named("jane doe"));
    await t.settled();
    expect(sections(el).Overdue).toEqual(["Jane Doe (People/Jane Doe)"]);
    await t.write("Old/Janet Doe.md", named("Janet"));
    await t.settled();
    expect(sections(el).Overdue).toEqual(["Jane Doe"]);
    await t.write("Old/Janet Doe.md", named("Jane Doe"));
    await t.settled();
    expect(sections(el).Overdue).toEqual(["Jane Doe (People/Jane Doe)"]);
    await t.fileManager.trashFile(t.file("Old/Janet Doe.md"));
    await t.settled();
    expect(sections(el)).toEqual({
      Overdue: ["Jane Doe"],
      Today: ["Bob Lee"],
      Upcoming: ["Cara Diaz"],
    });
  });

  it("drops a note renamed to another kind of file, and takes it back when it is a note again", async () => {
    const { t } = await start();
    const el = await openView(t);
    await t.fileManager.renameFile(t.file("People/Jane Doe.md"), "People/Jane Doe.txt");
    await t.settled();
    expect(sections(el)).toEqual({ Today: ["Bob Lee"], Upcoming: ["Cara Diaz"] });
    await t.fileManager.renameFile(t.file("People/Jane Doe.txt"), "People/Jane Doe.md");
    await t.settled();
    await flush();
    expect(sections(el).Overdue).toEqual(["Jane Doe"]);
  });

  it("moves everyone along when the day changes", async () => {
    const { t } = await start();
    const el = await openView(t);
    vi.setSystemTime(new Date(2026, 10, 27, 0, 5));
    await vi.advanceTimersByTimeAsync(60_000);
    await flush();
    expect(sections(el)).toEqual({ Overdue: ["Jane Doe"], Today: ["Bob Lee", "Cara Diaz"] });
    expect(rowOf(el, "Bob Lee").find(".kith-when")?.getText()).toBe("Due 2 days ago");
  });

  it("leaves the rows alone when an unrelated note changes", async () => {
    const { t } = await start();
    const el = await openView(t);
    const row = rowOf(el, "Jane Doe");
    await t.write("Daily/2026-11-24.md", "# Tuesday\nStill nothing about people.\n");
    await t.settled();
    expect(rowOf(el, "Jane Doe")).toBe(row);
  });

  it("shows a broken note in the problems, and everyone else as before", async () => {
    const { t } = await start();
    const el = await openView(t);
    await t.write("People/Broken.md", "---\ntype: contact\norg: [unclosed\n---\n# Broken\n");
    await t.settled();
    expect(sections(el)).toEqual({
      Overdue: ["Jane Doe"],
      Today: ["Bob Lee"],
      Upcoming: ["Cara Diaz"],
    });
    const link = el.find(".kith-problems a");
    expect(link?.getText()).toBe("1 note has problems");

    click(link);
    const modal = openModals().at(-1) as unknown as {
      inputEl: HTMLInputElement;
      resultContainerEl: HTMLElement;
    };
    const texts = await suggestionTexts(modal);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/^People\/Broken\.mdfrontmatter is not valid YAML/);
  });

  it("shows a contact whose properties are never closed in the problems, until they are closed", async () => {
    // Obsidian reads the opening "---" as a horizontal rule and the properties as text: the
    // note is no contact, and kith check says why; so do the view and Show problems.
    const { t } = await start();
    const el = await openView(t);
    const note = "---\ntype: contact\ncadence: weekly\nlast_contact: 2026-10-01\n# Ann\n";
    await t.write("People/Ann.md", note);
    // A note that opens with a horizontal rule and then prose is no such block.
    await t.write("Daily/2026-11-24.md", "---\n\nA quiet day: no meetings.\n");
    await t.settled();
    expect(sections(el).Overdue).toEqual(["Jane Doe"]);
    const link = el.find(".kith-problems a");
    expect(link?.getText()).toBe("1 note has problems");
    click(link);
    const texts = await suggestionTexts(
      openModals().at(-1) as unknown as {
        inputEl: HTMLInputElement;
        resultContainerEl: HTMLElement;
      },
    );
    expect(texts).toEqual([
      'People/Ann.mdthe frontmatter is never closed: line 1 opens it with "---" but no later line is "---", so the note is read without its properties and left untouched; add a line "---" after the last property',
    ]);

    // Closed with YAML's "...", which Obsidian does not take as the end: the same problem.
    await t.write("People/Ann.md", note.replace("# Ann", "...\n# Ann"));
    await t.settled();
    expect(el.find(".kith-problems a")?.getText()).toBe("1 note has problems");

    await t.write("People/Ann.md", note.replace("# Ann", "---\n# Ann"));
    await t.settled();
    expect(el.find(".kith-problems")).toBeNull();
    expect(sections(el).Overdue).toEqual(["Ann", "Jane Doe"]);
  });

  it("counts a note whose last contact is after today among the problems, as Show problems lists it", async () => {
    const { t } = await start();
    const el = await openView(t);
    expect(el.find(".kith-problems")).toBeNull();
    // A typo for a past day: Kith counts it only once it comes, and says so.
    await t.write(
      "People/Jane Doe.md",
      JANE.replace(/last_contact: .*/, "last_contact: 2062-10-01"),
    );
    await t.settled();
    const link = el.find(".kith-problems a");
    expect(link?.getText()).toBe("1 note has problems");
    click(link);
    const texts = await suggestionTexts(
      openModals().at(-1) as unknown as {
        inputEl: HTMLInputElement;
        resultContainerEl: HTMLElement;
      },
    );
    expect(texts).toEqual([
      "People/Jane Doe.mdlast_contact 2062-10-01 is after today (2026-11-25), so it counts only from then; write the last day you were in touch, and put what is planned in next_step and next_step_due",
    ]);
  });

  it("reads a note whose properties break after start-up, and again once fixed", async () => {
    const { t } = await start();
    const el = await openView(t);
    await t.write(
      "People/Jane Doe.md",
      JANE.replace('org: "[[Acme Corp]]"', "org: [[[Acme Corp]]"),
    );
    await t.settled();
    expect(sections(el).Overdue).toBeUndefined();
    expect(el.find(".kith-problems a")?.getText()).toBe("1 note has problems");
    await t.write("People/Jane Doe.md", JANE);
    await t.settled();
    expect(sections(el).Overdue).toEqual(["Jane Doe"]);
    expect(el.find(".kith-problems")).toBeNull();
  });

  it("says what to do when there are no contacts yet", async () => {
    const { t } = await start({ "Welcome.md": "# Hello\n" });
    const el = await openView(t);
    expect(el.find(".kith-empty-title")?.getText()).toBe("No contacts yet");
    click(el.find(".kith-empty button"));
    expect(openModals().at(-1)?.titleEl.getText()).toBe("New contact");
  });

  it("says what to do when nobody is due", async () => {
    const { t } = await start({
      "People/Dan Park.md":
        "---\ntype: contact\ncadence: quarterly\nlast_contact: 2026-11-01\n---\n",
    });
    const el = await openView(t);
    expect(el.find(".kith-empty-title")?.getText()).toBe("Nobody is due in the next 7 days");
    expect(el.find(".kith-empty button")?.getText()).toBe("Log an interaction");
  });

  it("counts a person due for two reasons once in the status bar, as the view lists them", async () => {
    const { t } = await start({
      "People/Eve Ray.md":
        "---\ntype: contact\ncadence: monthly\nlast_contact: 2026-10-01\nnext_step: Send the deck\nnext_step_due: 2026-11-24\n---\n",
    });
    expect(sections(await openView(t))).toEqual({ Overdue: ["Eve Ray"] });
    expect(t.statusBarEl.find(".kith-status")?.getText()).toBe("1 person to follow up");
  });

  it("shows the count due today in the status bar, on desktop", async () => {
    const { t } = await start();
    expect(t.statusBarEl.find(".kith-status")?.getText()).toBe("2 people to follow up");
    await t.fileManager.trashFile(t.file("People/Bob Lee.md"));
    await t.settled();
    expect(t.statusBarEl.find(".kith-status")?.getText()).toBe("1 person to follow up");
    click(t.statusBarEl.find(".kith-status"));
    await t.settled();
    expect(t.workspace.getLeavesOfType("kith-follow-ups")).toHaveLength(1);
    expect(viewEl(t)).toBeDefined();
  });

  it("takes no room in the status bar while nobody is due, and shows up once someone is", async () => {
    const { t } = await start({ "People/Cara Diaz.md": CARA });
    const item = t.statusBarEl.find(".kith-status");
    // styles.css hides an item marked empty: shown, it would be a padded, clickable gap in
    // Obsidian's status bar.
    expect(item.getText()).toBe("");
    expect(item.hasClass("kith-status-empty")).toBe(true);
    await t.write("People/Cara Diaz.md", CARA.replace("2026-11-20", "2026-11-10"));
    await t.settled();
    expect(item.getText()).toBe("1 person to follow up");
    expect(item.hasClass("kith-status-empty")).toBe(false);
  });

  it("reads every note already in the vault at start-up, even before the view opens", async () => {
    const { t } = await start();
    expect(noticeMessages()).toEqual([]);
    expect(t.workspace.getLeavesOfType("kith-follow-ups")).toHaveLength(0);
    // Counted from the notes read at start-up: Jane Doe is overdue and Bob Lee due today.
    expect(t.statusBarEl.find(".kith-status")?.getText()).toBe("2 people to follow up");
    await t.openFile("People/Bob Lee.md");
    expect(t.isCommandAvailable("kith:snooze-contact")).toBe(true);
  });
});
