/**
 * The give/ask balance with each contact, and the etiquette check before asking them for
 * something: not again too soon, and not before you have given anything.
 */
import type { Ask, AskKind } from "./ask";
import { addDays, formatDayShort, type Day } from "./day";
import { toDay } from "./followUps";
import { activityOf, type Network } from "./network";

/** What has passed between you and a contact, favour-wise. */
export interface GiveAskBalance {
  /** Gives to them: give notes, and interactions with `gave`. */
  readonly gives: number;
  /** Asks actually made of them: every ask whose status is not `idea`. */
  readonly asks: number;
  readonly lastGive?: Day;
  /** The day of the latest ask made: its `asked_on`, else its first later date. */
  readonly lastAsk?: Day;
}

/**
 * Counts what you gave a contact and what you asked of them. An ask still at `idea` was never
 * made and does not count; an ask without any date counts but has no day.
 *
 * @example giveAskBalance(network, "People/Jane Doe.md") // { gives: 2, asks: 1, lastGive: …, lastAsk: … }
 */
export function giveAskBalance(network: Network, contactPath: string): GiveAskBalance {
  const activity = activityOf(network, contactPath);
  let lastGive: Day | undefined;
  for (const g of activity.gives)
    if (lastGive === undefined || g.date > lastGive) lastGive = g.date;
  let asks = 0;
  let lastAsk: Day | undefined;
  for (const a of activity.asks) {
    if (a.status === "idea") continue;
    asks++;
    const d = askDayOf(a);
    if (d !== undefined && (lastAsk === undefined || d > lastAsk)) lastAsk = d;
  }
  return {
    gives: activity.gives.length,
    asks,
    ...(lastGive === undefined ? {} : { lastGive }),
    ...(lastAsk === undefined ? {} : { lastAsk }),
  };
}

/** Whether to ask a contact for something now, and why not. */
export interface AskAdvice {
  /** True when nothing argues against asking. */
  readonly ok: boolean;
  /** Human sentences, one per concern. */
  readonly warnings: readonly string[];
  readonly balance: GiveAskBalance;
}

/**
 * Advice before asking a contact for a favour. Warns when you asked them within
 * `config.askCooldownDays` (default 90) of `today`, naming that ask and its date, and when you
 * have never given them anything.
 *
 * @example
 * askAdvice(network, "People/Jane Doe.md", "2026-11-20").warnings
 * // ["You asked Jane Doe for a referral for Staff Engineer at Acme Corp on 3 Oct, 48 days ago; wait until 1 Jan (90 days between asks) before asking again."]
 */
export function askAdvice(network: Network, contactPath: string, today: string | Day): AskAdvice {
  const day = toDay(today);
  const balance = giveAskBalance(network, contactPath);
  const contact = network.contacts.get(contactPath);
  if (contact === undefined) {
    return {
      ok: false,
      warnings: [
        `"${contactPath}" is not a contact note; give the path of a note with "type: contact".`,
      ],
      balance,
    };
  }
  const warnings: string[] = [];
  const cooldown = network.config.askCooldownDays;
  const recent = latestAskWithin(activityOf(network, contactPath).asks, day, cooldown);
  if (recent !== undefined) {
    const ago = day - recent.day;
    const agoText = ago === 0 ? "today" : ago === 1 ? "yesterday" : `${ago} days ago`;
    warnings.push(
      `You asked ${contact.name} ${askPhrase(recent.ask)} on ${formatDayShort(recent.day, day)}, ${agoText}; ` +
        `wait until ${formatDayShort(addDays(recent.day, cooldown), day)} (${cooldown} day${cooldown === 1 ? "" : "s"} between asks) before asking again.`,
    );
  }
  if (balance.gives === 0) {
    warnings.push(
      `You have never given ${contact.name} anything: offer help first (an intro, advice, a referral) before you ask.`,
    );
  }
  return { ok: warnings.length === 0, warnings, balance };
}

/** The day an ask was made: `asked_on`, else the first later date it records. */
function askDayOf(ask: Ask): Day | undefined {
  return ask.askedOn ?? ask.respondedOn ?? ask.referredOn ?? ask.closedOn;
}

/** The latest ask made within `cooldown` days before `today` (an ask of today included). */
function latestAskWithin(
  asks: readonly Ask[],
  today: Day,
  cooldown: number,
): { readonly ask: Ask; readonly day: Day } | undefined {
  let best: { ask: Ask; day: Day } | undefined;
  for (const ask of asks) {
    if (ask.status === "idea") continue;
    const d = askDayOf(ask);
    if (d === undefined || d > today || today - d >= cooldown) continue;
    if (best === undefined || d > best.day || (d === best.day && ask.path < best.ask.path)) {
      best = { ask, day: d };
    }
  }
  return best;
}

const ARTICLE: Readonly<Record<AskKind, string>> = {
  referral: "a referral",
  intro: "an intro",
  recommendation: "a recommendation",
  advice: "advice",
  endorsement: "an endorsement",
  other: "a favour",
};

/**
 * "for a referral for Staff Engineer at Acme Corp": what an ask was, after "You asked Jane".
 *
 * @example askPhrase(ask) // "for an intro at Acme Corp"
 */
export function askPhrase(ask: Ask): string {
  const forWhat = ask.for === undefined ? "" : ` for ${ask.for}`;
  const at = ask.org === undefined ? "" : ` at ${ask.org.name}`;
  return `for ${ARTICLE[ask.ask]}${forWhat}${at}`;
}
