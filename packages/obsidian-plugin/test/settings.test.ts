// The settings tab: the shared configuration, checked by core's schema, saved where the CLI
// reads it.
import { parseConfig } from "@kith/core";
import {
  click,
  createTestApp,
  findSetting,
  noticeMessages,
  typeInto,
  type TestApp,
} from "./fake/obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import KithPlugin from "../src/main";
import { KithSettingTab } from "../src/settings/settingsTab";
import { SettingsStore } from "../src/settings/store";
import { openView, sections, start, TODAY, VAULT } from "./helpers";

afterEach(() => vi.useRealTimers());

/** Where the plugin's settings are: `data.json` in its folder of the config folder. */
const dataPath = (t: TestApp): string => `${t.vault.configDir}/plugins/kith/data.json`;

async function saved(t: TestApp): Promise<unknown> {
  return JSON.parse(await t.vault.adapter.read(dataPath(t))) as unknown;
}

function field(container: HTMLElement, name: string): HTMLInputElement | HTMLTextAreaElement {
  const el = findSetting(container, name).find("input, textarea");
  if (el === null) throw new Error(`no input for "${name}"`);
  return el as HTMLInputElement | HTMLTextAreaElement;
}

describe("the settings tab", () => {
  it("saves a change as the CLI reads it, and the view follows once typing pauses", async () => {
    const { t, plugin } = await start();
    const el = await openView(t);
    const tab = t.openSettings(plugin);
    typeInto(field(tab, "Days ahead"), "0");
    await vi.advanceTimersByTimeAsync(10);
    expect(await saved(t)).toEqual({ horizonDays: 0 });
    expect(parseConfig(await saved(t))).toMatchObject({ problems: [], config: { horizonDays: 0 } });
    expect(sections(el).Upcoming).toEqual(["Cara Diaz"]);

    await vi.advanceTimersByTimeAsync(600);
    await t.settled();
    expect(sections(el)).toEqual({ Overdue: ["Jane Doe"], Today: ["Bob Lee"] });
  });

  it("shows why a value cannot be used, and does not save it", async () => {
    const { t, plugin } = await start();
    const tab = t.openSettings(plugin);
    typeInto(field(tab, "Days ahead"), "-3");
    await vi.advanceTimersByTimeAsync(10);
    expect(findSetting(tab, "Days ahead").find(".kith-setting-error")?.getText()).toBe(
      "Must be at least 0.",
    );
    expect(await t.vault.adapter.exists(dataPath(t))).toBe(false);

    typeInto(field(tab, "Mentor"), "every fortnite");
    await vi.advanceTimersByTimeAsync(10);
    expect(findSetting(tab, "Mentor").find(".kith-setting-error")?.getText()).toMatch(
      /"every fortnite" is not a cadence/,
    );
    typeInto(field(tab, "Mentor"), "every 6 weeks");
    await vi.advanceTimersByTimeAsync(10);
    expect(findSetting(tab, "Mentor").find(".kith-setting-error")?.getText()).toBe("");
    expect(await saved(t)).toEqual({
      cadenceByRelationship: { mentor: "every 6 weeks", advisor: "quarterly" },
    });
  });

  it("finds contacts by folder once the folder is set", async () => {
    const { t, plugin } = await start({
      ...VAULT,
      "Friends/Hal.md": "# Hal\n\n## Interactions\n- 2026-11-24 call\n",
    });
    const tab = t.openSettings(plugin);
    typeInto(field(tab, "Contact folders"), "Friends/, Team");
    await vi.advanceTimersByTimeAsync(10);
    expect(await saved(t)).toMatchObject({ contactFolders: ["Friends", "Team"] });
    await vi.advanceTimersByTimeAsync(600);
    await t.settled();
    await t.openFile("Friends/Hal.md");
    expect(t.isCommandAvailable("kith:snooze-contact")).toBe(true);
  });

  it("reads renamed properties as field: name lines, and refuses a field that does not exist", async () => {
    const { t, plugin } = await start();
    const tab = t.openSettings(plugin);
    typeInto(field(tab, "Renamed properties"), "lastContact: Last touch\nmood: Mood");
    await vi.advanceTimersByTimeAsync(10);
    expect(findSetting(tab, "Renamed properties").find(".kith-setting-error")?.getText()).toMatch(
      /^mood: not a field/,
    );
    typeInto(field(tab, "Renamed properties"), "lastContact: Last touch");
    await vi.advanceTimersByTimeAsync(10);
    expect(await saved(t)).toEqual({ keys: { lastContact: "Last touch" } });
  });

  it.each([
    ["Days ahead", "1.5", "Give a whole number of days."],
    ["Log heading", "", 'Must not be empty; give the heading\'s text, e.g. "Interactions".'],
    ["Log heading", "  ", 'Must not be empty; give the heading\'s text, e.g. "Interactions".'],
    // Heading marks alone are no words: the field reads "##" as the heading "".
    ["Log heading", "##", 'Must not be empty; give the heading\'s text, e.g. "Interactions".'],
  ])(
    "says in plain words why %s %j cannot be used, and saves nothing",
    async (name, value, why) => {
      const { t, plugin } = await start();
      const tab = t.openSettings(plugin);
      typeInto(field(tab, name), value);
      await vi.advanceTimersByTimeAsync(10);
      expect(findSetting(tab, name).find(".kith-setting-error")?.getText()).toBe(why);
      expect(await t.vault.adapter.exists(dataPath(t))).toBe(false);
    },
  );

  it("takes an emptied list of contact types or counting kinds as the default, not as none", async () => {
    const { t, plugin } = await start();
    const el = await openView(t);
    const tab = t.openSettings(plugin);
    typeInto(field(tab, "Contact types"), "contact, person, colleague");
    typeInto(field(tab, "Kinds that count as contact"), "call, coffee");
    await vi.advanceTimersByTimeAsync(10);
    expect(await saved(t)).toEqual({
      contactTypes: ["contact", "person", "colleague"],
      countingKinds: ["call", "coffee"],
    });
    // Cleared (to be typed anew, or left so): back to the defaults, and the view keeps everyone.
    typeInto(field(tab, "Contact types"), " ");
    typeInto(field(tab, "Kinds that count as contact"), "");
    await vi.advanceTimersByTimeAsync(600);
    await t.settled();
    expect(await saved(t)).toEqual({});
    expect(findSetting(tab, "Contact types").find(".kith-setting-error")?.getText()).toBe("");
    expect(sections(el)).toEqual({
      Overdue: ["Jane Doe"],
      Today: ["Bob Lee"],
      Upcoming: ["Cara Diaz"],
    });
    // Other lists may be empty: no contact folders is their default, and no starting properties a choice.
    typeInto(field(tab, "Properties of a new contact"), "");
    await vi.advanceTimersByTimeAsync(10);
    expect(await saved(t)).toEqual({ newContactKeys: [] });
  });

  it("does not keep a setting set back to its default, so a later default reaches the user", async () => {
    const { t, plugin } = await start();
    const tab = t.openSettings(plugin);
    typeInto(field(tab, "Days ahead"), "14");
    typeInto(field(tab, "Mentor"), "every 6 weeks");
    await vi.advanceTimersByTimeAsync(10);
    expect(await saved(t)).toEqual({
      horizonDays: 14,
      cadenceByRelationship: { mentor: "every 6 weeks", advisor: "quarterly" },
    });
    typeInto(field(tab, "Days ahead"), "7");
    typeInto(field(tab, "Mentor"), "every 2 months");
    typeInto(field(tab, "Log heading"), "Interactions");
    await vi.advanceTimersByTimeAsync(10);
    expect(await saved(t)).toEqual({});
    expect(parseConfig(await saved(t)).config.cadenceByRelationship).toEqual({
      mentor: "every 2 months",
      advisor: "quarterly",
    });
  });

  it("reads contact tags written as in a note, #person #colleague, as two tags", async () => {
    const { t, plugin } = await start({
      ...VAULT,
      "Team/Hal.md": "---\ntags: [colleague]\ncadence: weekly\nlast_contact: 2026-11-01\n---\n# Hal\n",
    });
    const tab = t.openSettings(plugin);
    typeInto(field(tab, "Contact tags"), "#person #colleague, # friend");
    await vi.advanceTimersByTimeAsync(10);
    expect(await saved(t)).toEqual({ contactTags: ["person", "colleague", "friend"] });
    await vi.advanceTimersByTimeAsync(600);
    await t.settled();
    expect(sections(await openView(t)).Overdue).toEqual(["Jane Doe", "Hal"]);
  });

  it("takes a log heading typed as it is written in a note, ## and all", async () => {
    const { t, plugin } = await start({
      ...VAULT,
      "People/Ann.md":
        "---\ntype: contact\ncadence: monthly\nmet: 2026-01-01\n---\n## Log\n- 2026-11-24 call\n",
    });
    const tab = t.openSettings(plugin);
    typeInto(field(tab, "Log heading"), "## Log");
    await vi.advanceTimersByTimeAsync(10);
    expect(await saved(t)).toEqual({ logHeading: "Log" });
    await vi.advanceTimersByTimeAsync(600);
    await t.settled();
    // The call under "## Log" counts: Ann is due a month after it, not a month after 1 January.
    expect(Object.values(sections(await openView(t))).flat()).not.toContain("Ann");
  });

  it("reads a saved log heading with its ## as the heading's words", async () => {
    vi.useFakeTimers({ now: TODAY });
    const t = createTestApp({
      files: {
        ...VAULT,
        "People/Ann.md":
          "---\ntype: contact\ncadence: monthly\nmet: 2026-01-01\n---\n## Log\n- 2026-11-24 call\n",
      },
    });
    await t.vault.adapter.write(dataPath(t), JSON.stringify({ logHeading: "## Log" }));
    await t.loadPlugin(KithPlugin);
    await t.layoutReady();
    await t.settled();
    expect(Object.values(sections(await openView(t))).flat()).not.toContain("Ann");
    expect(noticeMessages()).toEqual([]);
  });

  it("takes settings synced from another device without a restart", async () => {
    const { t, plugin } = await start({
      ...VAULT,
      "Friends/Hal.md": "---\ncadence: weekly\nlast_contact: 2026-11-01\n---\n# Hal\n",
    });
    const el = await openView(t);
    expect(sections(el).Overdue).toEqual(["Jane Doe"]);
    // What a sync does: data.json changes on disk, and Obsidian tells the plugin.
    await t.vault.adapter.write(dataPath(t), JSON.stringify({ contactFolders: ["Friends"] }));
    await plugin.onExternalSettingsChange();
    await vi.advanceTimersByTimeAsync(600);
    await t.settled();
    expect(sections(el).Overdue).toEqual(["Jane Doe", "Hal"]);
    expect(await saved(t)).toEqual({ contactFolders: ["Friends"] });
    expect(noticeMessages()).toEqual([]);
  });

  it("keeps the settings in use when a sync leaves data.json that is not JSON", async () => {
    const { t, plugin } = await start({
      ...VAULT,
      "Friends/Hal.md": "---\ncadence: weekly\nlast_contact: 2026-11-01\n---\n# Hal\n",
    });
    await t.vault.adapter.write(dataPath(t), JSON.stringify({ contactFolders: ["Friends"] }));
    await plugin.onExternalSettingsChange();
    await vi.advanceTimersByTimeAsync(600);
    await t.settled();
    const el = await openView(t);
    expect(sections(el).Overdue).toEqual(["Jane Doe", "Hal"]);
    // A merge that left its markers in the file.
    const conflict = '<<<<<<< HEAD\n{"contactFolders":["Friends"]}\n=======\n{"contactFolders":["Friends","Team"]}\n>>>>>>> phone\n';
    await t.vault.adapter.write(dataPath(t), conflict);
    await plugin.onExternalSettingsChange();
    await vi.advanceTimersByTimeAsync(600);
    await t.settled();
    // Hal, found by the folder setting, left the view (the defaults were put in force) until fixed.
    expect(sections(el).Overdue).toEqual(["Jane Doe", "Hal"]);
    expect(noticeMessages()).toEqual([
      expect.stringMatching(/data\.json is not valid JSON \(.+\): Kith keeps the settings it was using and saves none/),
    ]);
    const tab = t.openSettings(plugin);
    expect((field(tab, "Contact folders") as HTMLInputElement).value).toBe("Friends");
    typeInto(field(tab, "Days ahead"), "5");
    await vi.advanceTimersByTimeAsync(10);
    expect(await t.vault.adapter.read(dataPath(t))).toBe(conflict);

    await t.vault.adapter.write(dataPath(t), JSON.stringify({ contactFolders: ["Friends", "Team"] }));
    await plugin.onExternalSettingsChange();
    expect(tab.find(".kith-settings-problems")).toBeNull();
    expect((field(tab, "Contact folders") as HTMLInputElement).value).toBe("Friends, Team");
  });

  it("shows settings synced from another device while the tab is open", async () => {
    const { t, plugin } = await start();
    const tab = t.openSettings(plugin);
    expect((field(tab, "Days ahead") as HTMLInputElement).value).toBe("7");
    await t.vault.adapter.write(
      dataPath(t),
      JSON.stringify({ horizonDays: 3, tolerance: "a lot", contactTags: ["friend"] }),
    );
    await plugin.onExternalSettingsChange();
    expect((field(tab, "Days ahead") as HTMLInputElement).value).toBe("3");
    expect((field(tab, "Contact tags") as HTMLInputElement).value).toBe("friend");
    expect(tab.find(".kith-settings-problems li")?.getText()).toMatch(/^setting "tolerance"/);
    // A change made next starts from what was synced, and keeps it.
    typeInto(field(tab, "Contact types"), "contact, person, colleague");
    await vi.advanceTimersByTimeAsync(10);
    expect(await saved(t)).toEqual({
      horizonDays: 3,
      tolerance: "a lot",
      contactTags: ["friend"],
      contactTypes: ["contact", "person", "colleague"],
    });
  });

  it("keeps saved values it cannot use out of force, and says so", async () => {
    vi.useFakeTimers({ now: TODAY });
    const t = createTestApp({ files: VAULT });
    await t.vault.adapter.write(
      dataPath(t),
      JSON.stringify({ horizonDays: "soon", logHeading: "Log" }),
    );
    const plugin = await t.loadPlugin(KithPlugin);
    expect(noticeMessages()).toEqual([
      "Kith ignored 1 saved setting it could not use; see its settings.",
    ]);
    const tab = t.openSettings(plugin);
    expect(tab.find(".kith-settings-problems li")?.getText()).toMatch(
      /^setting "horizonDays" = "soon" is not valid/,
    );
    expect((field(tab, "Log heading") as HTMLInputElement).value).toBe("Log");
    expect((field(tab, "Days ahead") as HTMLInputElement).value).toBe("7");

    // Set anew in the tab, the setting is no longer ignored, and the warning goes.
    typeInto(field(tab, "Days ahead"), "5");
    await vi.advanceTimersByTimeAsync(10);
    expect(await saved(t)).toEqual({ horizonDays: 5, logHeading: "Log" });
    expect(tab.find(".kith-settings-problems")).toBeNull();
    expect(tab.getText()).not.toContain("Some saved settings were ignored");
  });

  it("says under a field at once when its value, written by hand, cannot be read", async () => {
    vi.useFakeTimers({ now: TODAY });
    const t = createTestApp({ files: VAULT });
    await t.vault.adapter.write(
      dataPath(t),
      JSON.stringify({ cadenceByRelationship: { mentor: "every fortnite" }, cadenceByTag: { alumni: "yearly" } }),
    );
    const plugin = await t.loadPlugin(KithPlugin);
    const tab = t.openSettings(plugin);
    expect(findSetting(tab, "Mentor").find(".kith-setting-error")?.getText()).toMatch(
      /^"every fortnite" is not a cadence; try "every 2 weeks"/,
    );
    expect(findSetting(tab, "By tag").find(".kith-setting-error")?.getText()).toBe("");
    expect(findSetting(tab, "Days ahead").find(".kith-setting-error")?.getText()).toBe("");
    typeInto(field(tab, "Mentor"), "every 6 weeks");
    await vi.advanceTimersByTimeAsync(10);
    expect(findSetting(tab, "Mentor").find(".kith-setting-error")?.getText()).toBe("");
  });

  it("starts on the defaults when data.json is not JSON, and saves nothing over it until it is", async () => {
    vi.useFakeTimers({ now: TODAY });
    const t = createTestApp({ files: VAULT });
    // A hand edit with a trailing comma.
    const broken = '{\n  "horizonDays": 3,\n  "contactFolders": ["Friends"],\n}\n';
    await t.vault.adapter.write(dataPath(t), broken);
    const plugin = await t.loadPlugin(KithPlugin);
    await t.layoutReady();
    await t.settled();
    expect(noticeMessages()).toEqual([
      expect.stringMatching(
        /^Kith could not read its settings: \.obsidian\/plugins\/kith\/data\.json is not valid JSON \(.+\): Kith uses the default settings and saves none until the file is fixed/,
      ),
    ]);
    expect(sections(await openView(t)).Overdue).toEqual(["Jane Doe"]);
    const tab = t.openSettings(plugin);
    expect(tab.find(".kith-settings-problems li")?.getText()).toMatch(/data\.json is not valid JSON/);
    // Said once, at the top: not again under each of the thirty fields before any is touched.
    expect(tab.findAll(".kith-setting-error").map((e) => e.getText()).filter((e) => e !== "")).toEqual([]);
    typeInto(field(tab, "Days ahead"), "5");
    await vi.advanceTimersByTimeAsync(10);
    expect(findSetting(tab, "Days ahead").find(".kith-setting-error")?.getText()).toMatch(
      /data\.json is not valid JSON/,
    );
    expect(await t.vault.adapter.read(dataPath(t))).toBe(broken);

    // Fixed (here by a sync), the settings are read and saved again as ever.
    await t.vault.adapter.write(dataPath(t), JSON.stringify({ horizonDays: 3 }));
    await plugin.onExternalSettingsChange();
    typeInto(field(tab, "Contact folders"), "Friends");
    await vi.advanceTimersByTimeAsync(10);
    expect(await saved(t)).toEqual({ horizonDays: 3, contactFolders: ["Friends"] });
    expect(tab.find(".kith-settings-problems")).toBeNull();
  });

  it("takes an empty data.json (a sync cut short) as no settings", async () => {
    vi.useFakeTimers({ now: TODAY });
    const t = createTestApp({ files: VAULT });
    await t.vault.adapter.write(dataPath(t), "");
    const plugin = await t.loadPlugin(KithPlugin);
    expect(noticeMessages()).toEqual([]);
    const tab = t.openSettings(plugin);
    typeInto(field(tab, "Days ahead"), "5");
    await vi.advanceTimersByTimeAsync(10);
    expect(await saved(t)).toEqual({ horizonDays: 5 });
  });

  it("tells of settings it cannot use once, not again on each sync that keeps them", async () => {
    vi.useFakeTimers({ now: TODAY });
    const t = createTestApp({ files: VAULT });
    const sync = async (data: unknown): Promise<void> => {
      await t.vault.adapter.write(dataPath(t), JSON.stringify(data));
      await plugin.onExternalSettingsChange();
    };
    await t.vault.adapter.write(dataPath(t), JSON.stringify({ horizonDays: "soon" }));
    const plugin = await t.loadPlugin(KithPlugin);
    const once = ["Kith ignored 1 saved setting it could not use; see its settings."];
    expect(noticeMessages()).toEqual(once);

    await sync({ horizonDays: "soon", contactFolders: ["Friends"] });
    expect(noticeMessages()).toEqual(once);

    await sync({ horizonDays: "soon", tolerance: "a lot" });
    expect(noticeMessages()).toEqual([
      ...once,
      "Kith ignored 2 saved settings it could not use; see its settings.",
    ]);

    // Fixed elsewhere, then broken again: said again.
    await sync({});
    await sync({ horizonDays: "soon" });
    expect(noticeMessages()).toEqual([
      ...once,
      "Kith ignored 2 saved settings it could not use; see its settings.",
      ...once,
    ]);
  });

  it("keeps what the user wrote by hand in a map when one entry of it is changed in the tab", async () => {
    vi.useFakeTimers({ now: TODAY });
    const t = createTestApp({ files: VAULT });
    const hand = {
      fromNewerKith: { weekStart: "monday" },
      cadenceByRelationship: { coach: "monthly", Mentor: "every 6 weeks", advisor: "quarterly" },
      keys: { mood: "Mood", lastContact: "Last touch" },
    };
    await t.vault.adapter.write(dataPath(t), JSON.stringify(hand));
    const plugin = await t.loadPlugin(KithPlugin);
    const tab = t.openSettings(plugin);
    expect((field(tab, "Mentor") as HTMLInputElement).value).toBe("every 6 weeks");

    typeInto(field(tab, "Peer"), "monthly");
    await vi.advanceTimersByTimeAsync(10);
    expect(findSetting(tab, "Peer").find(".kith-setting-error")?.getText()).toBe("");
    // "coach" is no relationship Kith knows: still ignored, still listed, but not thrown away.
    expect(await saved(t)).toEqual({
      ...hand,
      cadenceByRelationship: { coach: "monthly", Mentor: "every 6 weeks", advisor: "quarterly", peer: "monthly" },
    });
    typeInto(field(tab, "Mentor"), "every 2 months");
    await vi.advanceTimersByTimeAsync(10);
    expect((await saved(t)) as typeof hand).toMatchObject({
      cadenceByRelationship: { coach: "monthly", mentor: "every 2 months", advisor: "quarterly", peer: "monthly" },
    });
    expect(tab.find(".kith-settings-problems")?.getText()).toContain('"coach"');

    // The renames show the misspelt field too, so changing them cannot drop it unseen.
    const renames = field(tab, "Renamed properties");
    expect(renames.value).toBe("mood: Mood\nlastContact: Last touch");
    typeInto(renames, "mood: Mood\nlastContact: Last touch\norg: Company");
    await vi.advanceTimersByTimeAsync(10);
    expect(findSetting(tab, "Renamed properties").find(".kith-setting-error")?.getText()).toMatch(
      /^mood: not a field/,
    );
    expect((await saved(t)) as typeof hand).toMatchObject({ keys: hand.keys });
    expect(parseConfig(await saved(t)).config.cadenceByRelationship).toEqual({
      mentor: "every 2 months",
      advisor: "quarterly",
      peer: "monthly",
    });
  });

  it("keeps the entries of a map it ignores for one bad entry, and shows them, when another is changed", async () => {
    vi.useFakeTimers({ now: TODAY });
    const t = createTestApp({ files: VAULT });
    // "peer": null, meant as no cadence, makes Kith ignore the whole map (it says so).
    const hand = {
      cadenceByRelationship: { mentor: "every 6 weeks", peer: null },
      cadenceByTag: { alumni: "yearly", vip: null },
    };
    await t.vault.adapter.write(dataPath(t), JSON.stringify(hand));
    const plugin = await t.loadPlugin(KithPlugin);
    const tab = t.openSettings(plugin);
    expect(tab.find(".kith-settings-problems")?.getText()).toContain('setting "cadenceByRelationship"');
    // The fields show what the user wrote, as the file will keep it, not the defaults in its stead.
    expect((field(tab, "Mentor") as HTMLInputElement).value).toBe("every 6 weeks");
    expect((field(tab, "Advisor") as HTMLInputElement).value).toBe("");
    expect(field(tab, "By tag").value).toBe("alumni: yearly");

    typeInto(field(tab, "Client"), "monthly");
    await vi.advanceTimersByTimeAsync(10);
    // Saved over the defaults it was replaced by, "every 6 weeks" was lost.
    expect(await saved(t)).toEqual({
      ...hand,
      cadenceByRelationship: { mentor: "every 6 weeks", client: "monthly" },
    });
    expect(parseConfig(await saved(t)).config.cadenceByRelationship).toEqual({
      mentor: "every 6 weeks",
      client: "monthly",
    });
  });

  it("changes a relationship's cadence where it stands in a map the user ordered by hand", async () => {
    vi.useFakeTimers({ now: TODAY });
    const t = createTestApp({ files: VAULT });
    const hand = { Mentor: "every 6 weeks", advisor: "quarterly", peer: "monthly" };
    await t.vault.adapter.write(dataPath(t), JSON.stringify({ cadenceByRelationship: hand }, null, 2));
    const plugin = await t.loadPlugin(KithPlugin);
    const tab = t.openSettings(plugin);
    typeInto(field(tab, "Mentor"), "every 5 weeks");
    typeInto(field(tab, "Advisor"), "every 4 months");
    await vi.advanceTimersByTimeAsync(10);
    // Each was taken out and put back at the end: peer, mentor, advisor.
    const map = (await saved(t)) as { cadenceByRelationship: Record<string, string> };
    expect(Object.entries(map.cadenceByRelationship)).toEqual([
      ["mentor", "every 5 weeks"],
      ["advisor", "every 4 months"],
      ["peer", "monthly"],
    ]);
    typeInto(field(tab, "Advisor"), "");
    typeInto(field(tab, "Client"), "monthly");
    await vi.advanceTimersByTimeAsync(10);
    expect(Object.keys(((await saved(t)) as typeof map).cadenceByRelationship)).toEqual([
      "mentor",
      "peer",
      "client",
    ]);
  });

  it("says under a field why a value it ignores in data.json is refused when it is typed again", async () => {
    vi.useFakeTimers({ now: TODAY });
    const t = createTestApp({ files: VAULT });
    await t.vault.adapter.write(dataPath(t), JSON.stringify({ countingKinds: ["call", "walk"] }));
    const plugin = await t.loadPlugin(KithPlugin);
    const tab = t.openSettings(plugin);
    // The field shows the kinds in force; typed as the file has them, they were taken without a
    // word, though "walk" still counts for nothing.
    typeInto(field(tab, "Kinds that count as contact"), "call, walk");
    await vi.advanceTimersByTimeAsync(10);
    expect(findSetting(tab, "Kinds that count as contact").find(".kith-setting-error")?.getText()).toMatch(
      /^Expected one of "meeting", "call"/,
    );
    typeInto(field(tab, "Kinds that count as contact"), "call");
    await vi.advanceTimersByTimeAsync(10);
    expect(await saved(t)).toEqual({ countingKinds: ["call"] });
  });

  it("says the grace's limits in percent, as it is typed", async () => {
    const { t, plugin } = await start();
    const tab = t.openSettings(plugin);
    typeInto(field(tab, "Grace before overdue"), "2000");
    await vi.advanceTimersByTimeAsync(10);
    expect(findSetting(tab, "Grace before overdue").find(".kith-setting-error")?.getText()).toBe(
      "Give a percentage from 0 to 1000.",
    );
    expect(await t.vault.adapter.exists(dataPath(t))).toBe(false);
    typeInto(field(tab, "Grace before overdue"), "1000");
    await vi.advanceTimersByTimeAsync(10);
    expect(await saved(t)).toEqual({ tolerance: 10 });
  });

  it("toggles birthdays", async () => {
    const { t, plugin } = await start();
    const tab = t.openSettings(plugin);
    click(findSetting(tab, "Birthdays").find(".checkbox-container"));
    await vi.advanceTimersByTimeAsync(10);
    expect(await saved(t)).toEqual({ birthdays: true });
  });
});

describe("the settings definitions (Obsidian 1.13)", () => {
  it("define every setting, and read and write the same values as the rows", async () => {
    const { t, plugin } = await start();
    const store = new SettingsStore({ horizonDays: 3 }, async () => {});
    const tab = new KithSettingTab(t.app, plugin, store);
    const groups = tab
      .getSettingDefinitions()
      .filter((item) => "type" in item && item.type === "group");
    expect(groups.map((g) => ("heading" in g ? g.heading : ""))).toEqual([
      "Finding contacts",
      "Follow-ups",
      "Default cadences",
      "Property names",
      "New notes",
    ]);
    expect(tab.getControlValue("horizonDays")).toBe(3);
    expect(tab.getControlValue("tolerance")).toBe(25);
    await tab.setControlValue("tolerance", 50);
    expect(store.config.tolerance).toBe(0.5);
    await tab.setControlValue("contactTags", "#person, friend");
    expect(store.config.contactTags).toEqual(["person", "friend"]);
    expect(tab.getControlValue("cadenceByRelationship.mentor")).toBe("every 2 months");
  });
});
