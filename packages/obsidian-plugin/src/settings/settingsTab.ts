import {
  PluginSettingTab,
  requireApiVersion,
  Setting,
  type App,
  type Plugin,
  type SettingControl,
  type SettingDefinitionItem,
} from "obsidian";
import { FIELD_GROUPS, FIELDS, type Conversion, type Field } from "./fields";
import type { SettingsStore } from "./store";

/**
 * The settings of the shared configuration, saved to `data.json` where the CLI reads them too.
 * Every change is checked against core's schema before it is saved; a value that does not fit
 * is shown with the reason under its setting and not saved.
 */
export class KithSettingTab extends PluginSettingTab {
  readonly #store: SettingsStore;
  /** The rows' list of saved settings that were ignored: emptied once the user fixes them. */
  #problemsEl: HTMLElement | undefined;

  constructor(app: App, plugin: Plugin, store: SettingsStore) {
    super(app, plugin);
    this.#store = store;
  }

  /** Obsidian 1.13 and later: the settings as definitions, which also makes them searchable. */
  getSettingDefinitions(): SettingDefinitionItem[] {
    const items: SettingDefinitionItem[] = [
      {
        name: "Some saved settings were ignored",
        desc: this.#store.problems.join(" "),
        visible: () => this.#store.problems.length > 0,
        searchable: false,
      },
    ];
    for (const group of FIELD_GROUPS) {
      items.push({
        type: "group",
        heading: group.heading,
        items: group.fields.map((field) => ({
          name: field.name,
          desc: field.desc,
          control: this.#control(field),
        })),
      });
    }
    return items;
  }

  getControlValue(key: string): unknown {
    const field = FIELDS.get(key);
    return field?.read(this.#store.config, this.#store.saved(field.setting));
  }

  async setControlValue(key: string, value: unknown): Promise<void> {
    const field = FIELDS.get(key);
    if (field !== undefined) await this.#apply(field, value);
  }

  /** Before Obsidian 1.13: the same settings as rows. */
  display(): void {
    this.#rows();
  }

  #rows(): void {
    const { containerEl } = this;
    containerEl.empty();
    this.#problemsEl = containerEl.createDiv();
    this.#showProblems();
    for (const group of FIELD_GROUPS) {
      new Setting(containerEl).setName(group.heading).setHeading();
      for (const field of group.fields) this.#row(containerEl, field);
    }
  }

  /**
   * Shows the settings anew after `data.json` changed on disk (a sync) while the tab is open,
   * which would otherwise go on showing values no longer saved.
   */
  showSaved(): void {
    if (!this.containerEl.isConnected) return;
    if (requireApiVersion("1.13.0")) this.update();
    else this.#rows();
  }

  /** The saved settings that were ignored, as they are now (a row's change may have fixed one). */
  #showProblems(): void {
    const el = this.#problemsEl;
    const { problems } = this.#store;
    if (el === undefined) return;
    el.empty();
    el.toggleClass("kith-settings-problems", problems.length > 0);
    if (problems.length === 0) return;
    el.createEl("p", { text: "Some saved settings were ignored:" });
    const list = el.createEl("ul");
    for (const problem of problems) list.createEl("li", { text: problem });
  }

  #row(containerEl: HTMLElement, field: Field): void {
    const setting = new Setting(containerEl).setName(field.name).setDesc(field.desc);
    const errorEl = setting.infoEl.createDiv({ cls: "kith-setting-error" });
    const commit = async (value: unknown): Promise<void> => {
      errorEl.setText((await this.#apply(field, value)) ?? "");
      this.#showProblems();
    };
    const config = this.#store.config;
    const saved = this.#store.saved(field.setting);
    // A value written into data.json by hand that the field would refuse (a cadence Kith cannot
    // read) says so under it at once, not only among the vault's problems. A data.json that is
    // not JSON is said once, above the fields, until one is changed.
    if (this.#store.unreadable === undefined)
      errorEl.setText(this.#problem(field, field.read(config, saved)) ?? "");
    if (field.type === "toggle") {
      setting.addToggle((toggle) =>
        toggle.setValue(field.read(config, saved)).onChange((on) => void commit(on)),
      );
    } else if (field.type === "textarea") {
      setting.addTextArea((area) => {
        area.inputEl.rows = 4;
        area
          .setPlaceholder(field.placeholder ?? "")
          .setValue(field.read(config, saved))
          .onChange((value) => void commit(value));
      });
    } else {
      // Text, folder and number settings: one text input each.
      const number = field.type === "number";
      setting.addText((text) => {
        if (number) {
          text.inputEl.type = "number";
          text.inputEl.min = String(field.min);
          text.inputEl.max = String(field.max);
        }
        text
          .setPlaceholder(field.type === "text" ? (field.placeholder ?? "") : "")
          .setValue(String(field.read(config, saved)))
          .onChange(
            (value) =>
              void commit(number ? (value.trim() === "" ? Number.NaN : Number(value)) : value),
          );
      });
    }
  }

  #control(field: Field): SettingControl {
    const validate = (value: unknown): string | undefined => this.#problem(field, value);
    switch (field.type) {
      case "toggle":
        return { type: "toggle", key: field.id, validate };
      case "number":
        return { type: "number", key: field.id, min: field.min, max: field.max, step: 1, validate };
      case "textarea":
        return {
          type: "textarea",
          key: field.id,
          placeholder: field.placeholder ?? "",
          rows: 4,
          validate,
        };
      case "folder":
        return { type: "folder", key: field.id, validate };
      case "text":
        return { type: "text", key: field.id, placeholder: field.placeholder ?? "", validate };
    }
  }

  /** Why a value cannot be saved, or undefined when it can. */
  #problem(field: Field, value: unknown): string | undefined {
    const conversion = convert(field, value, this.#store);
    return conversion.ok ? this.#store.check(field.setting, conversion.value) : conversion.problem;
  }

  /** Saves a value if it can be saved; returns why not otherwise. */
  async #apply(field: Field, value: unknown): Promise<string | undefined> {
    const conversion = convert(field, value, this.#store);
    if (!conversion.ok) return conversion.problem;
    return this.#store.set(field.setting, conversion.value);
  }
}

function convert(field: Field, value: unknown, store: SettingsStore): Conversion {
  const { config } = store;
  const saved = store.saved(field.setting);
  switch (field.type) {
    case "toggle":
      return typeof value === "boolean"
        ? field.convert(value, config, saved)
        : { ok: false, problem: "Turn it on or off." };
    case "number":
      return typeof value === "number" && Number.isFinite(value)
        ? field.convert(value, config, saved)
        : { ok: false, problem: "Give a number." };
    default:
      return typeof value === "string"
        ? field.convert(value, config, saved)
        : { ok: false, problem: "Give a text." };
  }
}
