import type { Ask, AskStatus } from "./ask";
import type { KithConfig } from "./config";
import { addDays, formatDay, formatDayShort, type Day } from "./day";
import type { Diagnostic } from "./diagnostic";
import type { Field } from "./frontmatter";
import type { Interaction } from "./interaction";
import type { Network } from "./network";
import type { Result } from "./result";

/**
 * The referral pipeline: `idea → asked → agreed | declined | no-response`,
 * `agreed → referred → interviewing → offer | rejected | hired`, and `withdrawn` from anywhere
 * not yet ended.
 */
const NEXT: Readonly<Record<AskStatus, readonly AskStatus[]>> = {
  idea: ["asked", "withdrawn"],
  asked: ["agreed", "declined", "no-response", "withdrawn"],
  "no-response": ["asked", "withdrawn"],
  agreed: ["referred", "withdrawn"],
  referred: ["interviewing", "rejected", "withdrawn"],
  // DESIGN.md: `interviewing → offer | rejected | hired` (a hire need not be logged as an offer first).
  interviewing: ["offer", "rejected", "hired", "withdrawn"],
  offer: ["hired", "rejected", "withdrawn"],
  declined: [],
  rejected: [],
  hired: [],
  withdrawn: [],
};

/** Statuses after which there is nothing more to wait for. */
export const ASK_OUTCOMES: readonly AskStatus[] = ["offer", "hired", "rejected", "withdrawn"];

/** Statuses an ask reaches only once they agreed to help. */
const AGREED_OR_LATER: readonly AskStatus[] = ["agreed", "referred", "interviewing", "offer", "hired", "rejected"];

/**
 * The day a thank-you became owed, as the follow-ups and `kith asks` both read it: the day they
 * referred you, else the day they agreed; undefined once `thanked`, for an ask they never agreed
 * to, or when the note gives neither day. A withdrawn ask with either day had reached agreed (a
 * decline is final, never withdrawn), and their help still earns the thank-you.
 */
export function thankOwedSince(ask: Ask): Day | undefined {
  if (ask.thanked || (ask.status !== "withdrawn" && !AGREED_OR_LATER.includes(ask.status))) return undefined;
  return ask.referredOn ?? ask.respondedOn;
}

/** @example nextAskStatuses("asked") // ["agreed", "declined", "no-response", "withdrawn"] */
export const nextAskStatuses = (from: AskStatus): readonly AskStatus[] => NEXT[from];

/** Whether `to` follows `from` directly in the pipeline. */
export const canMoveAsk = (from: AskStatus, to: AskStatus): boolean => NEXT[from].includes(to);

/** How far along the pipeline a status is, for comparisons (withdrawn is off the line: -1). */
const RANK: Readonly<Record<AskStatus, number>> = {
  idea: 0,
  asked: 1,
  "no-response": 2,
  declined: 2,
  agreed: 2,
  referred: 3,
  interviewing: 4,
  offer: 5,
  rejected: 5,
  hired: 6,
  withdrawn: -1,
};

/** The frontmatter changes that moving an ask to a status makes. */
export interface AskMove {
  readonly set: Readonly<Partial<Record<Field, string | boolean>>>;
}

/**
 * Moves an ask one step along the pipeline on `today`, with the date key that step records.
 * A step that skips the pipeline is refused with a message saying which steps would work.
 *
 * @example moveAsk(anAsk({ status: "asked" }), "agreed", parseDay("2026-11-20")!) // { ok: true, value: { set: { status: "agreed", respondedOn: "2026-11-20" } } }
 */
export function moveAsk(ask: Ask, to: AskStatus, today: Day): Result<AskMove> {
  if (!canMoveAsk(ask.status, to)) {
    const options = NEXT[ask.status];
    const hint = options.length === 0 ? `"${ask.status}" is final` : `from "${ask.status}" it can go to ${options.map((s) => `"${s}"`).join(", ")}`;
    return { ok: false, issues: [`${ask.path}: an ask cannot go from "${ask.status}" to "${to}"; ${hint}`] };
  }
  const day = formatDay(today);
  const set: Partial<Record<Field, string | boolean>> = { status: to };
  if (to === "asked") set.askedOn = day;
  // No reply is not a response: a responded_on here would stop the nudge after asking again, and
  // read as "responded before asked" once asked_on moves to the new ask.
  if (to === "agreed" || to === "declined") set.respondedOn = day;
  if (to === "referred") set.referredOn = day;
  if (to === "offer" || to === "hired" || to === "rejected" || to === "withdrawn") set.closedOn = day;
  return { ok: true, value: { set } };
}

/**
 * What a note's status and dates say that cannot be: a status that skips a step (`referred`
 * with no `asked_on`), dates out of order (`referred_on` before `asked_on`), or an `idea` that
 * was already asked.
 */
export function askDiagnostics(ask: Ask, keys: Readonly<Partial<Record<Field, string>>> = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const key = (f: Field, fallback: string) => keys[f] ?? fallback;
  const rank = RANK[ask.status];
  const problem = (field: Field, fallback: string, value: unknown, message: string) =>
    out.push({ path: ask.path, severity: "warning", message, key: key(field, fallback), value });
  if (ask.status === "idea" && ask.askedOn !== undefined) {
    problem("status", "status", ask.status, `status is "idea" but asked_on is ${formatDay(ask.askedOn)}; set status to "asked" (or later)`);
  }
  if ((rank >= 1 || (ask.status === "withdrawn" && ask.respondedOn !== undefined)) && ask.askedOn === undefined) {
    problem("askedOn", "asked_on", null, `status is "${ask.status}" but the ask has no asked_on date; it skipped "asked". Add "asked_on: YYYY-MM-DD" so Kith can time the follow-ups`);
  }
  const skippedReferred = rank >= 3 && ask.ask === "referral" && ask.referredOn === undefined && ask.status !== "rejected";
  if (skippedReferred) {
    problem("referredOn", "referred_on", null, `status is "${ask.status}" but the ask has no referred_on date; it skipped "referred". Add "referred_on: YYYY-MM-DD"`);
  }
  // Without either day the thank-you the follow-ups owe has no day to fall due on (a referred_on,
  // asked for above, would give it one).
  if (!ask.thanked && AGREED_OR_LATER.includes(ask.status) && ask.respondedOn === undefined && ask.referredOn === undefined && !skippedReferred) {
    problem("respondedOn", "responded_on", null, `status is "${ask.status}" but the ask has no responded_on date, the day they agreed; add "responded_on: YYYY-MM-DD" so Kith can remind you to thank them (or "thanked: true" if you have)`);
  }
  if (ASK_OUTCOMES.includes(ask.status) && ask.closedOn === undefined && ask.askedOn !== undefined) {
    problem("closedOn", "closed_on", null, `status is "${ask.status}" but the ask has no closed_on date; add "closed_on: YYYY-MM-DD" so Kith can remind you to close the loop`);
  }
  const order: [Field, string, Day | undefined][] = [
    ["askedOn", "asked_on", ask.askedOn],
    ["respondedOn", "responded_on", ask.respondedOn],
    ["referredOn", "referred_on", ask.referredOn],
    ["closedOn", "closed_on", ask.closedOn],
  ];
  for (let i = 1; i < order.length; i++) {
    const [field, name, day] = order[i] as [Field, string, Day | undefined];
    if (day === undefined) continue;
    for (let j = i - 1; j >= 0; j--) {
      const [earlierField, earlierName, earlier] = order[j] as [Field, string, Day | undefined];
      if (earlier === undefined) continue;
      if (day < earlier) {
        // Name both dates by the keys the note uses ("Referred On"), so the user finds them.
        problem(field, name, formatDay(day), `${key(field, name)} ${formatDay(day)} is before ${key(earlierField, earlierName)} ${formatDay(earlier)}; one of the dates is wrong`);
      }
      break;
    }
  }
  return out;
}

/**
 * When to nudge an ask still waiting for a reply (status asked, an asked_on, no responded_on), as
 * the follow-ups time it before any snooze: `askFollowUpDays` after asked_on, or after the last
 * nudge sent by `today` — an interaction with them that counts and is not inbound (a message from
 * them is no nudge of yours). `interactions` are theirs, newest first.
 */
export function nudgeOf(
  ask: Ask,
  interactions: readonly Interaction[],
  today: Day,
  config: Pick<KithConfig, "askFollowUpDays" | "countingKinds">,
): { readonly due: Day; readonly nudged: Day | undefined } | undefined {
  const askedOn = ask.askedOn;
  if (ask.status !== "asked" || ask.respondedOn !== undefined || askedOn === undefined) return undefined;
  const nudged = interactions.find(
    (i) => i.date > askedOn && i.date <= today && i.direction !== "inbound" && config.countingKinds.includes(i.kind),
  )?.date;
  return { due: addDays(nudged ?? askedOn, config.askFollowUpDays), nudged };
}

/** An ask's nudge as `kith due` lists it on `today`. */
export interface AskNudge {
  /** The day it falls due: after a snooze of the person asked, when one outlasts it. */
  readonly due: Day;
  /** The day the wait counts from: the last nudge sent, else asked_on. */
  readonly since: Day;
  /** Whether a nudge was sent already (the wait counts from it). */
  readonly nudged: boolean;
  /** Whether a snooze put it off. */
  readonly snoozed: boolean;
}

/**
 * When an ask waiting for a reply is to be nudged, on the day and with the interactions and the
 * snooze that `kith due` counts for its nudge row; undefined for an ask that waits for no reply.
 *
 * @example askNudge(ask, network, parseDay("2026-11-25")!) // { due: <17 Nov>, since: <10 Nov>, nudged: false, snoozed: false }
 */
export function askNudge(ask: Ask, network: Network, today: Day): AskNudge | undefined {
  const path = ask.asked?.path;
  const contact = path === undefined ? undefined : network.contacts.get(path);
  const interactions = (contact === undefined ? undefined : network.activity.get(contact.path)?.interactions) ?? [];
  const nudge = nudgeOf(ask, interactions, today, network.config);
  if (nudge === undefined) return undefined;
  const snooze = contact?.snoozeUntil;
  const snoozed = snooze !== undefined && snooze > nudge.due;
  return {
    due: snoozed ? snooze : nudge.due,
    since: nudge.nudged ?? (ask.askedOn as Day),
    nudged: nudge.nudged !== undefined,
    snoozed,
  };
}

/** The network and the day an ask's advice is for: what `kith asks --today` reads it against. */
export interface AskDay {
  readonly network: Network;
  readonly today: Day;
}

/**
 * What an ask needs next from you, in a sentence; undefined when nothing. Given the network and
 * the day, an ask waiting for a reply says what is true that day, as `kith due` times its nudge:
 * "wait for a reply; nudge on 17 Nov if none comes", then "nudge now: no reply in 15 days".
 * Given only the setting `askFollowUpDays`, it says the rule: "nudge after 7 days without one".
 *
 * @example askNeeds(ask, { network, today: parseDay("2026-11-25")! }) // "nudge now: no reply in 15 days"
 */
export function askNeeds(ask: Ask, on: AskDay | number = 7): string | undefined {
  switch (ask.status) {
    case "idea":
      return "decide and ask";
    case "asked": {
      if (typeof on === "number") return `wait for a reply; nudge after ${on} day${on === 1 ? "" : "s"} without one`;
      const { today } = on;
      // kith due nudges no more: the reply came, and the status is what is left to say.
      if (ask.respondedOn !== undefined)
        return `they replied ${formatDayShort(ask.respondedOn, today)}: set the status to agreed or declined`;
      const nudge = askNudge(ask, on.network, today);
      if (nudge === undefined) return askNeeds(ask, on.network.config.askFollowUpDays);
      const again = nudge.nudged ? " again" : "";
      if (nudge.due > today) {
        return `wait for a reply; nudge${again} on ${formatDayShort(nudge.due, today)}${nudge.snoozed ? ", when the snooze ends," : ""} if none comes`;
      }
      const days = today - nudge.since;
      const since = nudge.nudged ? ` since you nudged ${formatDayShort(nudge.since, today)}` : "";
      return `nudge${again} now: no reply ${days === 0 ? "yet" : `in ${days} day${days === 1 ? "" : "s"}`}${since}`;
    }
    case "no-response":
      return "ask once more, or let it go";
    case "agreed":
      return ask.thanked ? "wait for the referral" : "thank them; wait for the referral";
    case "referred":
      return ask.thanked ? "wait to hear from the company" : "thank them";
    case "interviewing":
      return ask.thanked ? "keep them posted" : "thank them; keep them posted";
    case "offer":
    case "hired":
    case "rejected":
    case "withdrawn": {
      // As the follow-ups: a thank-you still owed, then the loop to close. An idea dropped before
      // it was ever asked (withdrawn, no asked_on: the one case where the left side below is
      // "withdrawn") has no loop to close.
      const thank = thankOwedSince(ask) === undefined ? [] : ["thank them"];
      const tell = ask.outcomeShared || (ask.askedOn ?? ask.status) === "withdrawn" ? [] : ["tell them how it ended"];
      return [...thank, ...tell].join("; ") || undefined;
    }
    case "declined":
      return ask.thanked ? undefined : "thank them for considering it";
  }
}
