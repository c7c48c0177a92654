import type { FollowUp, NetworkIndex, ShowName } from "@kith/core";
import { ItemView, type App, type WorkspaceLeaf } from "obsidian";
import { ContactSuggestModal } from "../commands/contactPicker";
import { LogInteractionModal } from "../commands/logModal";
import { NewContactModal } from "../commands/newContactModal";
import { ProblemsModal, vaultProblems } from "../commands/problemsModal";
import type { Kith } from "../kith";
import { nobodyDue, renderSections } from "./rows";

export const VIEW_TYPE_FOLLOW_UPS = "kith-follow-ups";

/** Opens the follow-ups in the right sidebar (the one there already, if any) and shows it. */
export async function openFollowUps(app: App): Promise<void> {
  await app.workspace.ensureSideLeaf(VIEW_TYPE_FOLLOW_UPS, "right", { active: true, reveal: true });
}

/** What the view shows; when it is the same as last time, nothing is drawn again. */
interface Shown {
  readonly network: NetworkIndex | undefined;
  readonly today: string;
  readonly followUps: readonly FollowUp[];
  /** How names are shown: a new one when a namesake came or went (see `tellNamesakesApart`). */
  readonly show: ShowName | undefined;
  readonly problemNotes: number;
  readonly contacts: number;
}

/**
 * Who to follow up with: Overdue, Today (due, within the tolerance), Upcoming (within the
 * horizon), one row per person. Redraws when the network, the day or the settings change, and
 * only then: rows whose follow-ups did not change are the same objects, so typing in an unrelated
 * note leaves the view alone.
 */
export class FollowUpsView extends ItemView {
  readonly #kith: Kith;
  #shown: Shown | undefined;

  constructor(leaf: WorkspaceLeaf, kith: Kith) {
    super(leaf);
    this.#kith = kith;
    this.icon = "users";
  }

  getViewType(): string {
    return VIEW_TYPE_FOLLOW_UPS;
  }

  getDisplayText(): string {
    return "Follow-ups";
  }

  async onOpen(): Promise<void> {
    this.registerEvent(this.#kith.onChange(() => this.render()));
    this.render();
  }

  async onClose(): Promise<void> {
    this.#shown = undefined;
    this.contentEl.empty();
  }

  /** Draws the view if what it shows changed. */
  render(): void {
    const network = this.#kith.network();
    const today = this.#kith.today();
    const followUps = network?.dueFollowUps({ today, within: network.config.horizonDays }) ?? [];
    const next: Shown = {
      network,
      today,
      followUps,
      show: network?.tellNamesakesApart(),
      // As Show problems lists them: a last contact after today too (a typo that hides someone).
      problemNotes:
        network === undefined ? 0 : new Set(vaultProblems(network, today).map((d) => d.path)).size,
      contacts: network?.network.contacts.size ?? 0,
    };
    if (this.#shown !== undefined && sameShown(this.#shown, next)) return;
    this.#shown = next;
    this.#draw(next);
  }

  #draw(shown: Shown): void {
    const root = this.contentEl;
    root.empty();
    root.addClass("kith-follow-ups");
    const { network, show } = shown;
    if (network === undefined || show === undefined) {
      root.createDiv({ cls: "kith-empty", text: "Reading your notes…" });
      return;
    }
    if (shown.contacts === 0) {
      emptyState(
        root,
        "No contacts yet",
        "Kith finds people in notes whose type property is contact, and in the folders and tags set in its settings. Start with someone you would like to stay in touch with.",
        "New contact",
        () => new NewContactModal(this.#kith).open(),
      ).addClass("mod-cta");
    } else if (shown.followUps.length === 0) {
      emptyState(
        root,
        nobodyDue(network.config.horizonDays),
        "Log an interaction each time you are in touch, and give people a cadence: Kith works out when to reach out next.",
        "Log an interaction",
        () =>
          new ContactSuggestModal(this.#kith, (contact) =>
            new LogInteractionModal(this.#kith, contact).open(),
          ).open(),
      );
    } else {
      renderSections(root, shown.followUps, show, this.#kith, true);
    }
    if (shown.problemNotes > 0) {
      const footer = root.createDiv({ cls: "kith-problems" });
      const link = footer.createEl("a", {
        href: "#",
        text:
          shown.problemNotes === 1
            ? "1 note has problems"
            : `${shown.problemNotes} notes have problems`,
      });
      link.addEventListener("click", (evt) => {
        evt.preventDefault();
        new ProblemsModal(this.#kith).open();
      });
    }
  }
}

function sameShown(a: Shown, b: Shown): boolean {
  return (
    a.network === b.network &&
    a.today === b.today &&
    a.show === b.show &&
    a.problemNotes === b.problemNotes &&
    a.contacts === b.contacts &&
    a.followUps.length === b.followUps.length &&
    a.followUps.every((f, i) => f === b.followUps[i])
  );
}

/** An empty view: what is missing, what to do, and a button that starts it. */
function emptyState(
  root: HTMLElement,
  title: string,
  text: string,
  button: string,
  onClick: () => void,
): HTMLButtonElement {
  const empty = root.createDiv({ cls: "kith-empty" });
  empty.createEl("p", { cls: "kith-empty-title", text: title });
  empty.createEl("p", { text });
  const el = empty.createEl("button", { text: button });
  el.addEventListener("click", onClick);
  return el;
}
