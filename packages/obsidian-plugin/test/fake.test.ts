// The fake Obsidian checked against OBSIDIAN-FACTS.md, and its API checked against
// the real typings. Plugin-style code here imports from "obsidian" (real types, fake at runtime);
// the harness comes from the fake itself.
import {
  type CachedMetadata,
  FuzzySuggestModal,
  ItemView,
  MarkdownRenderChild,
  Menu,
  Notice,
  Plugin,
  PluginSettingTab,
  Setting,
  type TAbstractFile,
  type TFile,
  type WorkspaceLeaf,
  debounce,
  normalizePath,
} from "obsidian";
import type * as real from "obsidian";
import { afterEach, describe, expect, expectTypeOf, it, vi } from "vitest";
import * as fake from "./fake/obsidian";
import {
  chooseSuggestion,
  click,
  clickMenuItem,
  createTestApp,
  defaultManifest,
  findSetting,
  menuItemTitles,
  noticeMessages,
  openModals,
  selectOption,
  shownMenu,
  suggestionTexts,
  typeInto,
} from "./fake/obsidian";

const JANE = `---
type: contact
aliases: [Jane]
org: "[[Acme Corp]]"
met: 2026-03-14
last_contact: 2026-10-02T09:30:00
cadence: every 3 months
tags: [mentor, ml]
goals_known:
  - "[[Staff ML role]]"
  - "[[Speak at PyCon|PyCon talk]]"
snooze_until:
---
# Jane Doe
`;

function cacheOf(t: fake.TestApp, path: string): CachedMetadata {
  const cache = t.metadataCache.getFileCache(t.file(path));
  if (!cache) throw new Error(`no cache for ${path}`);
  return cache;
}

describe("metadataCache.getFileCache", () => {
  it("holds Jane Doe's note exactly as OBSIDIAN-FACTS.md shows it", () => {
    const t = createTestApp({ files: { "People/Jane Doe.md": JANE } });
    const cache = cacheOf(t, "People/Jane Doe.md");
    expect(cache.frontmatter).toEqual({
      type: "contact",
      aliases: ["Jane"],
      org: "[[Acme Corp]]",
      met: "2026-03-14",
      last_contact: "2026-10-02T09:30:00",
      cadence: "every 3 months",
      tags: ["mentor", "ml"],
      goals_known: ["[[Staff ML role]]", "[[Speak at PyCon|PyCon talk]]"],
      snooze_until: null,
    });
    expect(cache.frontmatterLinks).toEqual([
      { key: "org", link: "Acme Corp", original: "[[Acme Corp]]", displayText: "Acme Corp" },
      {
        key: "goals_known.0",
        link: "Staff ML role",
        original: "[[Staff ML role]]",
        displayText: "Staff ML role",
      },
      {
        key: "goals_known.1",
        link: "Speak at PyCon",
        original: "[[Speak at PyCon|PyCon talk]]",
        displayText: "PyCon talk",
      },
    ]);
    expect(cache.frontmatterPosition).toEqual({
      start: { line: 0, col: 0, offset: 0 },
      end: { line: 12, col: 3, offset: 238 },
    });
    expect(cache.headings).toEqual([
      { heading: "Jane Doe", level: 1, position: expect.anything() as unknown },
    ]);
  });

  it("keeps numbers, booleans, empty list items, and never makes a Date", () => {
    const t = createTestApp({
      files: {
        "a.md": "---\nn: 3\nok: true\nlist:\n  -\nwhen: 2026-08-21T10:30:00\nyes_: yes\n---\n",
      },
    });
    expect(cacheOf(t, "a.md").frontmatter).toEqual({
      n: 3,
      ok: true,
      list: [null],
      when: "2026-08-21T10:30:00",
      yes_: "yes",
    });
  });

  it("reads an unquoted [[X]] as a nested list, with no link entry", () => {
    const t = createTestApp({ files: { "a.md": "---\norg: [[Acme Corp]]\n---\n" } });
    const cache = cacheOf(t, "a.md");
    expect(cache.frontmatter).toEqual({ org: [["Acme Corp"]] });
    expect(cache).not.toHaveProperty("frontmatterLinks");
  });

  it("has no frontmatter key for a note without a block or with YAML that does not parse", () => {
    const t = createTestApp({
      files: {
        "plain.md": "# Just a note\n",
        "broken.md": "---\norg: [unclosed\n---\nbody\n",
        "duplicate.md": "---\na: 1\na: 2\n---\n",
        "unclosed.md": "---\na: 1\n",
      },
    });
    for (const path of ["plain.md", "broken.md", "duplicate.md", "unclosed.md"]) {
      expect(cacheOf(t, path), path).not.toHaveProperty("frontmatter");
    }
    expect(cacheOf(t, "plain.md")).not.toHaveProperty("frontmatterPosition");
    // Never closed: no block at all, and the opening "---" is a horizontal rule.
    expect(cacheOf(t, "unclosed.md")).not.toHaveProperty("frontmatterPosition");
    expect(cacheOf(t, "unclosed.md").sections).toEqual([
      {
        type: "thematicBreak",
        position: { start: { line: 0, col: 0, offset: 0 }, end: { line: 0, col: 3, offset: 3 } },
      },
    ]);
    expect(cacheOf(t, "broken.md")).not.toHaveProperty("sections");
  });

  it("collects inline tags and body links, but not from code", () => {
    const t = createTestApp({
      files: {
        "a.md": "Met at #conf/2026 with [[Jane Doe|Jane]] #123\n`#code`\n```\n#fenced [[X]]\n```\n",
      },
    });
    const cache = cacheOf(t, "a.md");
    expect(cache.tags?.map((tag) => tag.tag)).toEqual(["#conf/2026"]);
    expect(cache.links?.map(({ link, displayText }) => ({ link, displayText }))).toEqual([
      { link: "Jane Doe", displayText: "Jane" },
    ]);
  });

  it("hands out one deep-frozen object per version of a note", async () => {
    const t = createTestApp({ files: { "People/Jane Doe.md": JANE } });
    const file = t.file("People/Jane Doe.md");
    const cache = cacheOf(t, file.path);
    expect(t.metadataCache.getFileCache(file)).toBe(cache);
    const frontmatter = cache.frontmatter as Record<string, unknown>;
    expect(() => {
      frontmatter["cadence"] = "monthly";
    }).toThrow(TypeError);
    expect(() => (frontmatter["tags"] as string[]).push("new")).toThrow(TypeError);
    expect(() => {
      (cache.frontmatterLinks as { link: string }[])[0]!.link = "x";
    }).toThrow(TypeError);

    await t.vault.process(file, (text) => text.replace("every 3 months", "monthly"));
    await t.settled();
    expect(cacheOf(t, file.path)).not.toBe(cache);
    expect(cacheOf(t, file.path).frontmatter?.["cadence"]).toBe("monthly");
  });
});

describe("events", () => {
  it("fires vault events during the write and metadata events after it, in Obsidian's order", async () => {
    const t = createTestApp({ files: { "a.md": "---\nn: 1\n---\n" } });
    const log: string[] = [];
    t.vault.on("create", (f) => log.push(`vault create ${f.path}`));
    t.vault.on("modify", (f) => log.push(`vault modify ${f.path}`));
    t.vault.on("delete", (f) => log.push(`vault delete ${f.path}`));
    t.metadataCache.on("changed", (f, data, cache) => {
      log.push(`changed ${f.path} ${String(cache.frontmatter?.["n"])} ${data.length}`);
    });
    t.metadataCache.on("deleted", (f, prev) =>
      log.push(`deleted ${f.path} ${String(prev?.frontmatter?.["n"])}`),
    );
    t.metadataCache.on("resolved", () => log.push("resolved"));

    const file = t.file("a.md");
    await t.vault.modify(file, "---\nn: 2\n---\n");
    expect(log).toEqual(["vault modify a.md"]);
    expect(cacheOf(t, "a.md").frontmatter).toEqual({ n: 1 }); // not re-parsed yet
    await t.settled();
    expect(log).toEqual(["vault modify a.md", "changed a.md 2 13", "resolved"]);

    log.length = 0;
    await t.vault.create("b.md", "---\nn: 3\n---\n");
    await t.settled();
    expect(log).toEqual(["vault create b.md", "changed b.md 3 13", "resolved"]);

    log.length = 0;
    await t.fileManager.trashFile(file);
    expect(log).toEqual(["deleted a.md 2", "vault delete a.md"]);
    expect(t.metadataCache.getCache("a.md")).toBeNull();
  });

  it("settles while a test fakes the clock", async () => {
    vi.useFakeTimers({ now: new Date("2026-11-20T09:00:00Z") });
    try {
      const t = createTestApp({ files: { "a.md": "---\nn: 1\n---\n" } });
      await t.vault.process(t.file("a.md"), () => "---\nn: 2\n---\n");
      await t.settled();
      expect(cacheOf(t, "a.md").frontmatter).toEqual({ n: 2 });
      expect(t.file("a.md").stat.mtime).toBe(Date.parse("2026-11-20T09:00:00Z"));
    } finally {
      vi.useRealTimers();
    }
  });

  it("renames without a `changed` event; the cache follows the file", async () => {
    const t = createTestApp({ files: { "People/Jane Doe.md": JANE, "Archive/keep.md": "" } });
    const file = t.file("People/Jane Doe.md");
    const cache = cacheOf(t, file.path);
    const log: string[] = [];
    t.vault.on("rename", (f, oldPath) => log.push(`rename ${oldPath} -> ${f.path}`));
    t.metadataCache.on("changed", (f) => log.push(`changed ${f.path}`));

    await t.fileManager.renameFile(file, "Archive/Jane Doe (old).md");
    await t.settled();
    expect(log).toEqual(["rename People/Jane Doe.md -> Archive/Jane Doe (old).md"]);
    expect(file.path).toBe("Archive/Jane Doe (old).md");
    expect(file.basename).toBe("Jane Doe (old)");
    expect(file.parent?.path).toBe("Archive");
    expect(t.metadataCache.getFileCache(file)).toBe(cache);
    expect(t.metadataCache.getCache("People/Jane Doe.md")).toBeNull();
  });

  it("has no cache for a note parsed only after start-up until it is parsed, then fires `changed`", async () => {
    const t = createTestApp({
      files: { "People/Jane Doe.md": JANE, "People/Bob.md": "---\nn: 1\n---\n" },
      parsedLater: ["People/Bob.md"],
    });
    const log: string[] = [];
    t.metadataCache.on("changed", (f) => log.push(`changed ${f.path}`));
    t.workspace.onLayoutReady(() => {
      log.push("layout ready");
      expect(t.metadataCache.getFileCache(t.file("People/Bob.md"))).toBeNull();
      expect(t.metadataCache.getFileCache(t.file("People/Jane Doe.md"))).not.toBeNull();
    });
    await t.layoutReady();
    expect(log).toEqual(["layout ready", "changed People/Bob.md"]);
    expect(cacheOf(t, "People/Bob.md").frontmatter).toEqual({ n: 1 });
  });

  it("removes a handler with offref", () => {
    const events = new fake.Events();
    const calls: string[] = [];
    const ref = events.on("x", () => calls.push("a"));
    events.on("x", () => calls.push("b"));
    events.offref(ref);
    events.trigger("x");
    expect(calls).toEqual(["b"]);
    expect(events.listenerCount()).toBe(1);
  });
});

describe("vault", () => {
  it("creates, reads and guards paths like Obsidian", async () => {
    const t = createTestApp({ files: { "People/Jane Doe.md": JANE } });
    await expect(t.vault.create("People/Jane Doe.md", "")).rejects.toThrow("File already exists.");
    await expect(t.vault.create("Nowhere/x.md", "")).rejects.toThrow(/does not exist/);
    await expect(t.vault.create("People//x.md", "")).rejects.toThrow(/normalizePath/);

    const file = await t.vault.create(normalizePath("People//Bob.md"), "hi");
    expect(file).toMatchObject({
      path: "People/Bob.md",
      name: "Bob.md",
      basename: "Bob",
      extension: "md",
    });
    expect(file.stat.size).toBe(2);
    expect(t.vault.getAbstractFileByPath("People")).toBeInstanceOf(fake.TFolder);
    expect(
      t.vault
        .getMarkdownFiles()
        .map((f) => f.path)
        .sort(),
    ).toEqual(["People/Bob.md", "People/Jane Doe.md"]);
    expect(await t.vault.cachedRead(file)).toBe("hi");
    expect(await t.vault.process(file, (text) => `${text}!`)).toBe("hi!");
    expect(t.read("People/Bob.md")).toBe("hi!");
  });

  it("normalizes paths as Obsidian does", () => {
    expect(normalizePath("/People\\Jane  Doe.md/")).toBe("People/Jane  Doe.md");
    expect(normalizePath("a//b///c")).toBe("a/b/c");
    expect(normalizePath("")).toBe("/");
    expect(normalizePath("a\u00A0b")).toBe("a b");
  });
});

describe("links", () => {
  const files = {
    "People/Jane Doe.md": JANE,
    "Orgs/Acme Corp.md": "---\ntype: org\naliases: [Acme]\n---\n",
    "Archive/Acme Corp.md": "",
    "People/Acme Corp.md": "",
  };

  it("resolves by path and by basename, case-insensitively, not by alias", () => {
    const t = createTestApp({ files });
    const dest = (link: string, from = "Notes/x.md"): string | undefined =>
      t.metadataCache.getFirstLinkpathDest(link, from)?.path;
    expect(dest("Jane Doe")).toBe("People/Jane Doe.md");
    expect(dest("jane doe")).toBe("People/Jane Doe.md");
    expect(dest("Orgs/Acme Corp")).toBe("Orgs/Acme Corp.md");
    expect(dest("Acme Corp", "People/Jane Doe.md")).toBe("People/Acme Corp.md"); // same folder first
    expect(dest("../Orgs/Acme Corp", "People/Jane Doe.md")).toBe("Orgs/Acme Corp.md");
    expect(dest("Jane")).toBeUndefined(); // an alias
    expect(dest("Nobody")).toBeUndefined();
  });

  it("writes the shortest link that resolves", () => {
    const t = createTestApp({ files });
    const jane = t.file("People/Jane Doe.md");
    expect(t.metadataCache.fileToLinktext(jane, "Notes/x.md")).toBe("Jane Doe");
    expect(t.fileManager.generateMarkdownLink(jane, "Notes/x.md", undefined, "Jane")).toBe(
      "[[Jane Doe|Jane]]",
    );
    expect(t.metadataCache.fileToLinktext(t.file("Archive/Acme Corp.md"), "Notes/x.md")).toBe(
      "Archive/Acme Corp",
    );
  });
});

describe("workspace", () => {
  it("opens links, creating the note a link names when there is none", async () => {
    const t = createTestApp({ files: { "People/Jane Doe.md": JANE } });
    const opened: (string | undefined)[] = [];
    t.workspace.on("file-open", (file) => opened.push(file?.path));
    await t.workspace.openLinkText("Jane Doe#Interactions", "Daily/2026-11-20.md");
    await t.workspace.openLinkText("Acme Corp", "People/Jane Doe.md");
    expect(opened).toEqual(["People/Jane Doe.md", "Acme Corp.md"]);
    expect(t.workspace.getActiveFile()?.path).toBe("Acme Corp.md");
    expect(t.workspace.getLeavesOfType("markdown")).toHaveLength(1); // reused the tab
  });
});

describe("fileManager.processFrontMatter", () => {
  it("rewrites the whole block: comments dropped, flow lists as block lists, body kept", async () => {
    const body = "# Jane Doe\n\n## Interactions\n- 2026-10-02 coffee: platform team\n";
    const t = createTestApp({
      files: {
        "p.md": `---\n# who she is\ntype: contact   # inline comment\ntags: [mentor, ml]\nmet: 2026-03-14\n---\n${body}`,
      },
    });
    await t.fileManager.processFrontMatter(t.file("p.md"), (fm: Record<string, unknown>) => {
      fm["last_contact"] = "2026-11-20";
    });
    expect(t.read("p.md")).toBe(
      `---\ntype: contact\ntags:\n  - mentor\n  - ml\nmet: 2026-03-14\nlast_contact: 2026-11-20\n---\n${body}`,
    );
    await t.settled();
    expect(cacheOf(t, "p.md").frontmatter?.["last_contact"]).toBe("2026-11-20");
  });

  it("writes links quoted and empty values as null, and adds a block to a note without one", async () => {
    const t = createTestApp({ files: { "p.md": "Body\n" } });
    await t.fileManager.processFrontMatter(t.file("p.md"), (fm: Record<string, unknown>) => {
      fm["org"] = "[[Acme Corp]]";
      fm["snooze_until"] = null;
    });
    expect(t.read("p.md")).toBe('---\norg: "[[Acme Corp]]"\nsnooze_until: null\n---\nBody\n');
  });

  it("rejects and writes nothing when the YAML does not parse or the callback throws", async () => {
    const broken = "---\norg: [unclosed\n---\nbody\n";
    const t = createTestApp({ files: { "b.md": broken, "ok.md": "---\na: 1\n---\n" } });
    await expect(t.fileManager.processFrontMatter(t.file("b.md"), () => {})).rejects.toThrow();
    expect(t.read("b.md")).toBe(broken);
    await expect(
      t.fileManager.processFrontMatter(t.file("ok.md"), () => {
        throw new Error("no");
      }),
    ).rejects.toThrow("no");
    expect(t.read("ok.md")).toBe("---\na: 1\n---\n");
  });
});

// --- A plugin written the way Kith's is, against the real typings ---------------------------

const VIEW_TYPE = "kith-test-view";

class TestView extends ItemView {
  closed = false;

  getViewType(): string {
    return VIEW_TYPE;
  }

  getDisplayText(): string {
    return "Test view";
  }

  override async onOpen(): Promise<void> {
    this.contentEl.createEl("h4", { text: "Follow-ups" });
    this.registerEvent(this.app.metadataCache.on("changed", () => {}));
  }

  override async onClose(): Promise<void> {
    this.closed = true;
  }
}

class CountChild extends MarkdownRenderChild {
  unloaded = false;

  override onunload(): void {
    this.unloaded = true;
  }
}

class TestSettingTab extends PluginSettingTab {
  constructor(
    app: real.App,
    private readonly plugin: TestPlugin,
  ) {
    super(app, plugin);
  }

  display(): void {
    this.containerEl.empty();
    new Setting(this.containerEl).setName("Contacts").setHeading();
    new Setting(this.containerEl).setName("Contacts folder").addText((text) =>
      text.setValue(this.plugin.settings.folder).onChange((value) => {
        this.plugin.settings.folder = value;
      }),
    );
    new Setting(this.containerEl)
      .setName("Show upcoming")
      .addToggle((toggle) =>
        toggle
          .setValue(this.plugin.settings.upcoming)
          .onChange((v) => (this.plugin.settings.upcoming = v)),
      );
    new Setting(this.containerEl).setName("Tolerance").addDropdown((d) =>
      d
        .addOptions({ "0.25": "25%", "0.5": "50%" })
        .setValue("0.25")
        .onChange((v) => (this.plugin.settings.tolerance = v)),
    );
  }
}

class TestPlugin extends Plugin {
  settings = { folder: "People", upcoming: false, tolerance: "0.25" };
  readonly seen: string[] = [];

  override async onload(): Promise<void> {
    const data = (await this.loadData()) as Partial<TestPlugin["settings"]> | null;
    this.settings = { ...this.settings, ...data };
    this.registerView(VIEW_TYPE, (leaf) => new TestView(leaf));
    this.addCommand({
      id: "open-follow-ups",
      name: "Open follow-ups",
      callback: () => this.activateView(),
    });
    this.addCommand({
      id: "log-interaction",
      name: "Log interaction",
      checkCallback: (checking) => {
        if (!this.app.workspace.getActiveFile()) return false;
        if (!checking) this.seen.push("logged");
        return true;
      },
    });
    this.addRibbonIcon("users", "Open follow-ups", () => void this.activateView());
    this.addStatusBarItem().setText("Nothing due");
    this.addSettingTab(new TestSettingTab(this.app, this));
    this.registerMarkdownCodeBlockProcessor("kith", (source, el, ctx) => {
      el.createDiv({ cls: "kith-block", text: `${source} in ${ctx.sourcePath}` });
      ctx.addChild(new CountChild(el));
    });
    this.registerDomEvent(document, "click", () => {});
    this.registerInterval(window.setInterval(() => {}, 60_000));
    this.app.workspace.onLayoutReady(() => {
      this.seen.push(`layout ready, ${this.app.vault.getMarkdownFiles().length} notes`);
      this.registerEvent(
        this.app.vault.on("rename", (file: TAbstractFile) => this.seen.push(`rename ${file.path}`)),
      );
      this.registerEvent(
        this.app.metadataCache.on("changed", (file: TFile) =>
          this.seen.push(`changed ${file.path}`),
        ),
      );
    });
    this.registerEvent(
      this.app.vault.on("create", (file) => this.seen.push(`create ${file.path}`)),
    );
  }

  async activateView(): Promise<void> {
    const { workspace } = this.app;
    let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(VIEW_TYPE)[0] ?? null;
    if (!leaf) {
      leaf = workspace.getRightLeaf(false);
      await leaf?.setViewState({ type: VIEW_TYPE, active: true });
    }
    if (leaf) await workspace.revealLeaf(leaf);
  }
}

describe("a plugin's life", () => {
  afterEach(() => vi.useRealTimers());

  it("loads its data, waits for layout ready, and leaves nothing behind when unloaded", async () => {
    const t = createTestApp({
      files: {
        "People/Jane Doe.md": JANE,
        [`${defaultManifest.dir ?? ""}/data.json`]: JSON.stringify({ folder: "Contacts" }),
      },
    });
    const plugin = await t.loadPlugin(TestPlugin);
    expect(plugin.settings.folder).toBe("Contacts");
    expect(plugin.seen).toEqual([]);

    await t.layoutReady();
    // Obsidian announces existing files with `create` during start-up, hence onLayoutReady.
    expect(plugin.seen).toEqual([
      "create People",
      "create People/Jane Doe.md",
      "layout ready, 1 notes",
    ]);

    let lateCalls = 0;
    t.workspace.onLayoutReady(() => lateCalls++);
    expect(lateCalls).toBe(1); // already ready: right away

    await t.fileManager.processFrontMatter(
      t.file("People/Jane Doe.md"),
      (fm: Record<string, unknown>) => {
        fm["cadence"] = "monthly";
      },
    );
    await t.settled();
    expect(plugin.seen.at(-1)).toBe("changed People/Jane Doe.md");

    plugin.settings.folder = "Friends";
    await plugin.saveData(plugin.settings);
    expect(
      JSON.parse(await t.vault.adapter.read(`${t.vault.configDir}/plugins/kith/data.json`)),
    ).toEqual(plugin.settings);

    const loaded = t.listenerCounts();
    expect(loaded).toMatchObject({
      vault: 2,
      metadataCache: 1,
      commands: 2,
      views: 1,
      codeBlockProcessors: 1,
      settingTabs: 1,
    });
    expect(loaded.domEvents).toBeGreaterThan(0);
    expect(loaded.intervals).toBeGreaterThan(0);

    await plugin.activateView();
    const view = t.workspace.getLeavesOfType(VIEW_TYPE)[0]?.view as TestView;
    expect(t.listenerCounts().metadataCache).toBe(2);

    plugin.unload();
    await Promise.resolve();
    expect(t.listenerCounts()).toEqual({
      vault: 0,
      metadataCache: 0,
      workspace: 0,
      domEvents: 0,
      intervals: 0,
      commands: 0,
      views: 0,
      codeBlockProcessors: 0,
      settingTabs: 0,
    });
    expect(view.closed).toBe(true);
    expect(t.ribbonEl.children).toHaveLength(0);
    expect(t.statusBarEl.children).toHaveLength(0);
  });

  it("prefixes commands with the plugin id and runs them", async () => {
    const t = createTestApp({ files: { "People/Jane Doe.md": JANE } });
    const plugin = await t.loadPlugin(TestPlugin);
    expect(t.commandIds()).toEqual(["kith:open-follow-ups", "kith:log-interaction"]);

    expect(await t.runCommand("kith:log-interaction")).toBe(false); // no active file
    await t.openFile("People/Jane Doe.md");
    expect(t.workspace.getActiveFile()?.path).toBe("People/Jane Doe.md");
    expect(await t.runCommand("kith:log-interaction")).toBe(true);
    expect(plugin.seen).toContain("logged");

    await t.runCommand("kith:open-follow-ups");
    const leaves = t.workspace.getLeavesOfType(VIEW_TYPE);
    expect(leaves).toHaveLength(1);
    const leaf = leaves[0]!;
    expect(leaf.getRoot()).toBe(t.workspace.rightSplit);
    const view = leaf.view as TestView;
    expect(view).toBeInstanceOf(TestView);
    expect(view.containerEl.children[0]?.hasClass("view-header")).toBe(true);
    expect(view.containerEl.children[1]).toBe(view.contentEl);
    expect(view.contentEl.find("h4")?.getText()).toBe("Follow-ups");
    expect(t.workspace.getActiveFile()?.path).toBe("People/Jane Doe.md"); // a sidebar view is not a file

    await t.runCommand("kith:open-follow-ups"); // reuses the leaf
    expect(t.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(1);
    t.workspace.detachLeavesOfType(VIEW_TYPE);
    await Promise.resolve();
    expect(view.closed).toBe(true);
    expect(t.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(0);
  });

  it("renders a code block with a context whose children unload with it", async () => {
    const t = createTestApp({ files: { "Daily/2026-11-20.md": "```kith\ndue\n```\n" } });
    await t.loadPlugin(TestPlugin);
    const block = await t.renderCodeBlock("kith", "due", "Daily/2026-11-20.md");
    expect(block.el.find(".kith-block")?.getText()).toBe("due in Daily/2026-11-20.md");
    expect(block.el.isConnected).toBe(true);
    block.unload();
    expect(block.el.isConnected).toBe(false);
  });

  it("drives the setting tab through the DOM", async () => {
    const t = createTestApp();
    const plugin = await t.loadPlugin(TestPlugin);
    const tab = t.openSettings(plugin);
    expect(findSetting(tab, "Contacts").hasClass("setting-item-heading")).toBe(true);

    const input = findSetting(tab, "Contacts folder").find("input") as HTMLInputElement;
    expect(input.value).toBe("People");
    typeInto(input, "Network");
    expect(plugin.settings.folder).toBe("Network");

    click(findSetting(tab, "Show upcoming").find(".checkbox-container"));
    expect(plugin.settings.upcoming).toBe(true);

    selectOption(findSetting(tab, "Tolerance").find("select") as HTMLSelectElement, "0.5");
    expect(plugin.settings.tolerance).toBe("0.5");
    t.closeSettings();
    expect(tab.children).toHaveLength(0);
  });
});

describe("ui", () => {
  it("records notices", () => {
    createTestApp();
    new Notice("Logged a coffee");
    expect(noticeMessages()).toEqual(["Logged a coffee"]);
  });

  it("shows a menu and clicks an item through the DOM", () => {
    createTestApp();
    const clicked: string[] = [];
    new Menu()
      .addItem((item) =>
        item
          .setTitle("Snooze 1 week")
          .setIcon("clock")
          .onClick(() => clicked.push("week")),
      )
      .addItem((item) => item.setTitle("Open note").onClick(() => clicked.push("open")))
      .showAtMouseEvent(new MouseEvent("contextmenu", { clientX: 10, clientY: 10 }));
    expect(menuItemTitles()).toEqual(["Snooze 1 week", "Open note"]);
    clickMenuItem("Snooze 1 week");
    expect(clicked).toEqual(["week"]);
    expect(shownMenu()).toBeNull();
  });

  it("picks from a fuzzy suggest modal, closing it before the choice is handled", async () => {
    const t = createTestApp();
    const log: string[] = [];
    class ContactPicker extends FuzzySuggestModal<string> {
      getItems(): string[] {
        return ["Jane Doe", "John Smith", "Ada Lovelace"];
      }
      getItemText(item: string): string {
        return item;
      }
      onChooseItem(item: string): void {
        log.push(`chose ${item}`);
      }
      override onClose(): void {
        log.push("closed");
      }
    }
    new ContactPicker(t.app).open();
    const modal = openModals()[0] as ContactPicker;
    expect(await suggestionTexts(modal)).toEqual(["Jane Doe", "John Smith", "Ada Lovelace"]);
    expect(await suggestionTexts(modal, "jd")).toEqual(["Jane Doe"]);
    await chooseSuggestion(modal, "Ada Lovelace", "ada");
    expect(log).toEqual(["closed", "chose Ada Lovelace"]);
    expect(openModals()).toHaveLength(0);
  });

  it("installs Obsidian's DOM helpers", () => {
    const el = createDiv("row");
    const title = el.createEl("a", {
      cls: ["title", "is-due"],
      text: "Jane",
      attr: { "data-path": "p.md" },
    });
    el.createSpan({ text: "x" }, (span) => span.addClass("badge"));
    expect(el.children).toHaveLength(2);
    expect(title.getAttr("data-path")).toBe("p.md");
    title.toggleClass("is-due", false);
    expect(title.hasClass("is-due")).toBe(false);
    title.setText("Jane");
    expect(el.find(".title").getText()).toBe("Jane");
    title.hide();
    expect(title.style.getPropertyValue("display")).toBe("none");
    title.show();
    expect(title.style.getPropertyValue("display")).toBe("");
    el.empty();
    expect(el.childNodes).toHaveLength(0);
    expect(createFragment((f) => f.createSpan({ text: "a" })).textContent).toBe("a");
  });

  it("debounces on timers that vitest can fake", () => {
    vi.useFakeTimers();
    const calls: number[] = [];
    const save = debounce((n: number) => calls.push(n), 100, true);
    save(1);
    save(2);
    vi.advanceTimersByTime(99);
    save(3);
    vi.advanceTimersByTime(99);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual([3]);
    vi.useRealTimers();
  });
});

// --- The fake's API against the real typings (checked by tsc, not at run time) --------------

/** Members of the fake that Obsidian's class lacks, apart from the declared test helpers. */
type Invented<Fake, Real, Helpers extends PropertyKey = never> = Exclude<
  keyof Fake,
  keyof Real | Helpers
>;

describe("the fake's API", () => {
  it("invents nothing Obsidian's typings lack, apart from test helpers", () => {
    type Helpers =
      | "createTestApp"
      | "defaultManifest"
      | "liveRegistrations"
      | "computeMetadata"
      | "clickMenuItem"
      | "menuItemTitles"
      | "shownMenu"
      | "shownMenuPosition"
      | "chooseSuggestion"
      | "openModals"
      | "suggestionTexts"
      | "clearNotices"
      | "noticeMessages"
      | "click"
      | "findSetting"
      | "selectOption"
      | "typeInto"
      // Obsidian exports these classes at run time; its typings leave them out.
      | "EmptyView"
      | "WorkspaceSplit";
    expectTypeOf<Invented<typeof fake, typeof real, Helpers>>().toBeNever();
    expectTypeOf<
      Invented<fake.Vault, real.Vault, "listenerCount" | "seed" | "textOf">
    >().toBeNever();
    expectTypeOf<
      Invented<
        fake.MetadataCache,
        real.MetadataCache,
        "listenerCount" | "settled" | "seed" | "parseLater"
      >
    >().toBeNever();
    expectTypeOf<Invented<fake.FileManager, real.FileManager>>().toBeNever();
    expectTypeOf<
      Invented<fake.Workspace, real.Workspace, "listenerCount" | "triggerLayoutReady">
    >().toBeNever();
    expectTypeOf<Invented<fake.WorkspaceLeaf, real.WorkspaceLeaf, "listenerCount">>().toBeNever();
    expectTypeOf<Invented<fake.TFile, real.TFile>>().toBeNever();
    expectTypeOf<Invented<fake.TFolder, real.TFolder>>().toBeNever();
    expectTypeOf<Invented<fake.Component, real.Component>>().toBeNever();
    expectTypeOf<Invented<fake.Plugin, real.Plugin>>().toBeNever();
    expectTypeOf<Invented<fake.ItemView, real.ItemView>>().toBeNever();
    expectTypeOf<Invented<fake.Modal, real.Modal>>().toBeNever();
    expectTypeOf<Invented<fake.Setting, real.Setting>>().toBeNever();
    expectTypeOf<Invented<fake.Notice, real.Notice, "duration">>().toBeNever();
    expectTypeOf<Invented<fake.Menu, real.Menu, "dom" | "position">>().toBeNever();
    expectTypeOf<Invented<fake.MenuItem, real.MenuItem, "dom">>().toBeNever();
    expectTypeOf<Invented<fake.Events, real.Events, "listenerCount">>().toBeNever();
  });

  it("matches the signatures of Obsidian's free functions", () => {
    expectTypeOf(fake.normalizePath).toEqualTypeOf<typeof real.normalizePath>();
    expectTypeOf(fake.debounce).toEqualTypeOf<typeof real.debounce>();
    expectTypeOf(fake.setIcon).toEqualTypeOf<typeof real.setIcon>();
    expectTypeOf(fake.setTooltip).toEqualTypeOf<typeof real.setTooltip>();
    expectTypeOf(fake.parseLinktext).toEqualTypeOf<typeof real.parseLinktext>();
    expectTypeOf(fake.getLinkpath).toEqualTypeOf<typeof real.getLinkpath>();
    expectTypeOf(fake.prepareFuzzySearch).toEqualTypeOf<typeof real.prepareFuzzySearch>();
    expectTypeOf(fake.getFrontMatterInfo).toEqualTypeOf<typeof real.getFrontMatterInfo>();
    expectTypeOf(fake.Platform).toEqualTypeOf<typeof real.Platform>();
  });
});
