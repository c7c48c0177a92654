import type { Plugin } from "obsidian";
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
  const ready = (): boolean => kith.network() !== undefined;
  /** Runs `then` with the open contact, or with the one the user picks. */
  const withContact = (placeholder: string, then: (contact: ContactChoice) => void): void => {
    const active = activeContact(kith);
    if (active !== undefined) then(active);
    else new ContactSuggestModal(kith, then, placeholder).open();
  };

  plugin.addCommand({
    id: "open-follow-ups",
    name: "Open follow-ups",
    callback: () => openFollowUps(kith.app),
  });

  plugin.addCommand({
    id: "log-interaction",
    name: "Log an interaction…",
    checkCallback: (checking) => {
      if (!ready()) return false;
      if (!checking)
        withContact("Who were you in touch with?", (contact) =>
          new LogInteractionModal(kith, contact).open(),
        );
      return true;
    },
  });

  plugin.addCommand({
    id: "new-contact",
    name: "New contact…",
    callback: () => new NewContactModal(kith).open(),
  });

  plugin.addCommand({
    id: "snooze-contact",
    name: "Snooze a contact…",
    checkCallback: (checking) => {
      if (!ready()) return false;
      if (!checking)
        withContact("Whom to snooze?", (contact) => new SnoozeModal(kith, contact).open());
      return true;
    },
  });

  plugin.addCommand({
    id: "new-ask",
    name: "New ask…",
    checkCallback: (checking) => {
      if (!ready()) return false;
      if (!checking)
        withContact("Whom will you ask?", (contact) => new NewAskModal(kith, contact).open());
      return true;
    },
  });

  plugin.addCommand({
    id: "show-problems",
    name: "Show problems in the vault",
    checkCallback: (checking) => {
      if (!ready()) return false;
      if (!checking) new ProblemsModal(kith).open();
      return true;
    },
  });
}
