import type { Modal, Plugin } from "obsidian";
import type { Kith } from "../kith";
import { openFollowUps } from "../view/followUpsView";
import { activeContact, ContactSuggestModal, type ContactChoice } from "./contactPicker";
import { LogInteractionModal } from "./logModal";
import { NewAskModal } from "./newAskModal";
import { NewContactModal } from "./newContactModal";
import { ProblemsModal } from "./problemsModal";
import { SnoozeModal } from "./snooze";

/**
 * The palette's commands. None has a default hotkey (users choose their own). Those that need
 * the network are unavailable until it is built; those about one contact act on the open note
 * when it is a contact, and ask who otherwise.
 */
export function registerCommands(plugin: Plugin, kith: Kith): void {
  /** A command that needs the network: unavailable until it is built. */
  const whenReady = (id: string, name: string, run: () => void): void => {
    plugin.addCommand({
      id,
      name,
      checkCallback: (checking) => {
        if (kith.network() === undefined) return false;
        if (!checking) run();
        return true;
      },
    });
  };
  /** One about a contact: the open one, or the one the user picks. */
  const forContact = (
    id: string,
    name: string,
    placeholder: string,
    open: (contact: ContactChoice) => Modal,
  ): void =>
    whenReady(id, name, () => {
      const then = (contact: ContactChoice): void => open(contact).open();
      const active = activeContact(kith);
      if (active !== undefined) then(active);
      else new ContactSuggestModal(kith, then, placeholder).open();
    });

  plugin.addCommand({
    id: "open-follow-ups",
    name: "Open follow-ups",
    callback: () => openFollowUps(kith.app),
  });
  forContact(
    "log-interaction",
    "Log an interaction…",
    "Who were you in touch with?",
    (contact) => new LogInteractionModal(kith, contact),
  );
  plugin.addCommand({
    id: "new-contact",
    name: "New contact…",
    callback: () => new NewContactModal(kith).open(),
  });
  forContact(
    "snooze-contact",
    "Snooze a contact…",
    "Whom to snooze?",
    (contact) => new SnoozeModal(kith, contact),
  );
  forContact(
    "new-ask",
    "New ask…",
    "Whom will you ask?",
    (contact) => new NewAskModal(kith, contact),
  );
  whenReady("show-problems", "Show problems in the vault", () => new ProblemsModal(kith).open());
}
