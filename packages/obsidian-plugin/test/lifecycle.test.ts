// Start-up, unloading, and Obsidian's cached objects.
import { Platform } from "obsidian";
import { click, clickMenuItem, createTestApp, openModals } from "./fake/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import KithPlugin from "../src/main";
import { CARA, flush, openView, rowOf, sections, start, TODAY, VAULT, viewEl } from "./helpers";

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("start-up", () => {
  it("builds the index once the layout is ready, not before", async () => {
    vi.useFakeTimers({ now: TODAY });
    const t = createTestApp({ files: VAULT });
    await t.loadPlugin(KithPlugin);
    expect(t.isCommandAvailable("kith:log-interaction")).toBe(false);
    await t.runCommand("kith:open-follow-ups");
    expect(viewEl(t).find(".kith-empty")?.getText()).toBe("Reading your notes…");

    await t.layoutReady();
    await t.settled();
    expect(t.isCommandAvailable("kith:log-interaction")).toBe(true);
    expect(sections(viewEl(t))).toEqual({
      Overdue: ["Jane Doe"],
      Today: ["Bob Lee"],
      Upcoming: ["Cara Diaz"],
    });
  });

  it("keeps what changes while the index is being built", async () => {
    vi.useFakeTimers({ now: TODAY, toFake: ["Date"] });
    const t = createTestApp({ files: VAULT });
    await t.loadPlugin(KithPlugin);
    const read = t.vault.cachedRead.bind(t.vault);
    // Reading a note takes a while, as on a phone: the vault changes meanwhile.
    const reads = vi.spyOn(t.vault, "cachedRead").mockImplementation(async (file) => {
      await new Promise((resolve) => window.setTimeout(resolve, 30));
      return read(file);
    });
    const ready = t.layoutReady();
    await t.write("People/Cara Diaz.md", CARA.replace("2026-11-20", "2026-10-10"));
    await t.fileManager.trashFile(t.file("People/Bob Lee.md"));
    await ready;
    await t.settled();
    await flush();
    expect(reads).toHaveBeenCalled();
    const el = await openView(t);
    expect(sections(el)).toEqual({ Overdue: ["Cara Diaz", "Jane Doe"] });
  });

  it("shows the notes Obsidian parses only after start-up, as it parses them", async () => {
    vi.useFakeTimers({ now: TODAY });
    // A vault opened for the first time, or notes synced while Obsidian was closed.
    const t = createTestApp({
      files: VAULT,
      parsedLater: ["People/Jane Doe.md", "People/Cara Diaz.md"],
    });
    await t.loadPlugin(KithPlugin);
    await t.layoutReady();
    await t.settled();
    await flush();
    expect(sections(await openView(t))).toEqual({
      Overdue: ["Jane Doe"],
      Today: ["Bob Lee"],
      Upcoming: ["Cara Diaz"],
    });
    expect(t.statusBarEl.find(".kith-status")?.getText()).toBe("2 people to follow up");
  });

  it("reads the text only of notes with a log heading or unreadable properties", async () => {
    vi.useFakeTimers({ now: TODAY });
    const t = createTestApp({
      files: { ...VAULT, "People/Broken.md": "---\ntype: contact\norg: [unclosed\n---\n" },
    });
    await t.loadPlugin(KithPlugin);
    const reads = vi.spyOn(t.vault, "cachedRead");
    const fullReads = vi.spyOn(t.vault, "read");
    await t.layoutReady();
    await t.settled();
    expect(reads.mock.calls.map(([file]) => file.path).sort()).toEqual([
      "People/Broken.md",
      "People/Jane Doe.md",
    ]);
    expect(fullReads).not.toHaveBeenCalled();
  });

  it("knows the log heading in any case and spacing, and not inside a longer heading", async () => {
    vi.useFakeTimers({ now: TODAY });
    const t = createTestApp({
      files: {
        "People/Ann.md": "---\ntype: contact\n---\n##   INTERACTIONS  \n- 2026-11-20 call: hi\n",
        "People/Ben.md": "---\ntype: contact\n---\n## Interactions with Ben\n- 2026-11-20 call: hi\n",
      },
    });
    await t.loadPlugin(KithPlugin);
    const reads = vi.spyOn(t.vault, "cachedRead");
    await t.layoutReady();
    await t.settled();
    expect(reads.mock.calls.map(([file]) => file.path)).toEqual(["People/Ann.md"]);
  });

  it("has no status bar item on mobile, and works otherwise", async () => {
    vi.useFakeTimers({ now: TODAY });
    const t = createTestApp({ files: VAULT });
    Platform.isMobile = true;
    await t.loadPlugin(KithPlugin);
    await t.layoutReady();
    await t.settled();
    expect(t.statusBarEl.find(".kith-status")).toBeNull();
    expect(sections(await openView(t)).Overdue).toEqual(["Jane Doe"]);
  });
});

describe("unloading", () => {
  it("starts nothing once the layout is ready if it was turned off before", async () => {
    vi.useFakeTimers({ now: TODAY });
    const t = createTestApp({ files: VAULT });
    const before = t.listenerCounts();
    const plugin = await t.loadPlugin(KithPlugin);
    const reads = vi.spyOn(t.metadataCache, "getFileCache");
    plugin.unload();
    await t.layoutReady();
    await t.settled();
    expect(t.listenerCounts()).toEqual(before);
    expect(reads).not.toHaveBeenCalled();
  });

  it("removes every listener, command, view, block and item it added", async () => {
    vi.useFakeTimers({ now: TODAY });
    const t = createTestApp({ files: VAULT });
    const before = t.listenerCounts();
    const plugin = await t.loadPlugin(KithPlugin);
    await t.layoutReady();
    await openView(t);
    const block = await t.renderCodeBlock("kith", "due", "Home.md");
    await t.settled();
    expect(t.listenerCounts()).not.toEqual(before);
    expect(t.ribbonEl.findAll(".side-dock-ribbon-action")).toHaveLength(1);

    plugin.unload();
    await t.settled();
    expect(t.listenerCounts()).toEqual(before);
    expect(t.workspace.getLeavesOfType("kith-follow-ups")).toHaveLength(0);
    expect(t.ribbonEl.findAll(".side-dock-ribbon-action")).toHaveLength(0);
    expect(t.statusBarEl.find(".kith-status")).toBeNull();

    // The block on screen stops following the vault with the plugin.
    const shown = block.el.innerHTML;
    await t.fileManager.trashFile(t.file("People/Jane Doe.md"));
    await t.settled();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(block.el.innerHTML).toBe(shown);
  });

  it("comes back after being enabled again", async () => {
    vi.useFakeTimers({ now: TODAY });
    const t = createTestApp({ files: VAULT });
    const plugin = await t.loadPlugin(KithPlugin);
    await t.layoutReady();
    await openView(t);
    plugin.unload();
    await t.loadPlugin(KithPlugin);
    await t.settled();
    await flush();
    expect(t.workspace.getLeavesOfType("kith-follow-ups")).toHaveLength(1);
    expect(sections(viewEl(t)).Overdue).toEqual(["Jane Doe"]);
  });
});

describe("Obsidian's cached frontmatter", () => {
  it("is never changed, whatever the plugin does", async () => {
    const { t } = await start();
    const caches = new Map(
      t.vault.getMarkdownFiles().map((file) => {
        const frontmatter = t.metadataCache.getFileCache(file)?.frontmatter;
        return [file.path, { frontmatter, copy: structuredClone(frontmatter) }] as const;
      }),
    );
    const el = await openView(t);
    click(rowOf(el, "Bob Lee").find(".kith-done"));
    click(openModals().at(-1)?.contentEl.find("button.mod-cta") as HTMLElement);
    await t.settled();
    click(rowOf(el, "Jane Doe").find(".kith-snooze"));
    clickMenuItem("1 day");
    await t.fileManager.renameFile(t.file("People/Cara Diaz.md"), "People/Cara D.md");
    await t.runCommand("kith:show-problems");
    await t.settled();
    expect(t.read("People/Bob Lee.md")).toContain("- 2026-11-25 message");
    expect(t.read("People/Jane Doe.md")).toContain("snooze_until: 2026-11-26");
    for (const [, { frontmatter, copy }] of caches) {
      expect(frontmatter).toEqual(copy);
      if (frontmatter !== undefined) expect(Object.isFrozen(frontmatter)).toBe(true);
    }
  });
});
