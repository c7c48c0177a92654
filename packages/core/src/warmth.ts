/**
 * Warmth: how warm a tie is, 0–100, from how recent and how frequent contact has been.
 *
 * Each interaction of a kind that counts (`config.countingKinds`; by default every kind but
 * `event`) dated on or before the day asked about adds its kind's weight ({@link KIND_WEIGHTS}),
 * halved for every {@link WARMTH_HALF_LIFE_DAYS} days of age. At most one interaction counts per
 * day (the heaviest), so a coffee logged both as a note and as a body line is not counted twice.
 * A `type: give` note made out to them adds {@link GIVE_WEIGHT} on its day, unless an interaction
 * that counts is on that day. The contact's own `last_contact` adds one more contribution of weight
 * {@link LAST_CONTACT_WEIGHT} when it is later than every counted interaction and give (contact you noted
 * by hand without logging it). With `t` the day, `d` each contribution's day and `w` its weight:
 *
 * ```text
 * S(t)       = Σ w · 2^(−(t − d) / 90)
 * warmth(t)  = round(100 · (1 − e^(−S(t) / 2)))
 * ```
 *
 * The saturating curve keeps frequent contact from growing without bound: one coffee today is
 * 39, one 90 days ago 22, a coffee every quarter for years about 63, every month about 91.
 * Interactions dated after the day are plans, not contact, and do not count.
 */
import { cadenceOf, lastContactOf, lastContactVia, activityOf, type Network } from "./network";
import type { InteractionKind } from "./config";
import type { Contact } from "./contact";
import { formatDayShort, type Day } from "./day";
import { toDay } from "./followUps";

/** Days after which an interaction's contribution to warmth has halved. */
const WARMTH_HALF_LIFE_DAYS = 90;

/** `K` of the saturating curve: the sum of contributions at which warmth reaches 63. */
const WARMTH_SATURATION = 2;

/**
 * What one interaction of each kind adds to warmth on its day. Time together (a meeting, a meal,
 * a coffee, a video or phone call) weighs most; written messages less. `event` only counts when
 * the configuration counts it, and then lightly: you were in the same crowd.
 */
const KIND_WEIGHTS: Readonly<Record<InteractionKind, number>> = {
  meeting: 1,
  meal: 1,
  coffee: 1,
  video: 1,
  call: 1,
  intro: 0.75,
  other: 0.5,
  email: 0.4,
  message: 0.4,
  event: 0.25,
};

/** What a give note (an intro, advice you sent) adds on its day: as much as an intro. */
const GIVE_WEIGHT = KIND_WEIGHTS.intro;

/** The weight of a `last_contact` later than any logged interaction: of unknown kind, a conversation. */
const LAST_CONTACT_WEIGHT = 1;

/** Warmth at or above this is "warm". */
const WARM_AT = 50;
/** Warmth below this is "cold"; between the two, "cooling". */
const COLD_BELOW = 25;

/**
 * A contact's warmth on `today`, 0–100 (see the module's formula); 0 for an unknown path or a
 * contact you have never been in touch with.
 *
 * @example warmth(network, "People/Jane Doe.md", "2026-11-20") // 39 after one coffee that day
 */
export function warmth(network: Network, contactPath: string, today: string | Day): number {
  const contact = network.contacts.get(contactPath);
  if (contact === undefined) return 0;
  return toWarmth(heatOf(network, contact, toDay(today)));
}

/**
 * "warm (72)", "cooling (31)" or "cold (8)": warmth in words, for the reasons lists give.
 *
 * @example describeWarmth(72) // "warm (72)"
 */
export function describeWarmth(score: number): string {
  const word = score >= WARM_AT ? "warm" : score >= COLD_BELOW ? "cooling" : "cold";
  return `${word} (${score})`;
}

/** A tie that was warm and is cooling. */
export interface GoingCold {
  /** The contact's note. */
  readonly path: string;
  readonly name: string;
  readonly warmthNow: number;
  /** Warmth `lookbackDays` ago. */
  readonly warmthBefore: number;
  /** The last contact on or before today, if any. */
  readonly lastContact: Day | undefined;
  /** "Warmth 21, down from 37 on 22 Jul; last contact 12 Jul (coffee)". */
  readonly reason: string;
}

export interface GoingColdOptions {
  /** At most this many (default: all). */
  readonly limit?: number;
  /** How far back "was warm" looks, in days (default 90). */
  readonly lookbackDays?: number;
  /** Only ties whose warmth today is below this (default {@link WARM_AT}: no longer warm). */
  readonly below?: number;
  /** Only ties whose warmth fell by at least this much over the lookback (default 10). */
  readonly minDrop?: number;
}

/**
 * Ties going cold: contacts whose warmth today is below `below` (50) and fell by at least
 * `minDrop` (10) points since `lookbackDays` (90) ago, the largest fall first, ties by name then
 * path. Someone you were never in touch with has nothing to lose and is not listed; nor is a
 * contact whose cadence is `none` (you chose not to keep in touch) or who is snoozed past today.
 * One pass over each contact's interactions: linear in the size of the network.
 *
 * @example goingCold(network, "2026-11-20", { limit: 5 }).map((c) => c.reason)
 */
export function goingCold(
  network: Network,
  today: string | Day,
  options: GoingColdOptions = {},
): GoingCold[] {
  const day = toDay(today);
  const lookback = options.lookbackDays ?? WARMTH_HALF_LIFE_DAYS;
  const below = options.below ?? WARM_AT;
  const minDrop = options.minDrop ?? 10;
  const before = day - lookback;
  const out: GoingCold[] = [];
  for (const contact of network.contacts.values()) {
    if (contact.snoozeUntil !== undefined && contact.snoozeUntil > day) continue;
    if (cadenceOf(network.config, contact)?.cadence.kind === "none") continue;
    const [heatNow, heatBefore] = heatAt(network, contact, [day, before]);
    const warmthNow = toWarmth(heatNow ?? 0);
    const warmthBefore = toWarmth(heatBefore ?? 0);
    if (warmthNow >= below || warmthBefore - warmthNow < minDrop || warmthBefore === 0) continue;
    const last = lastContactOf(network, contact.path, day);
    const lastText =
      last === undefined
        ? ""
        : `; last contact ${formatDayShort(last.day, day)}${lastContactVia(last)}`;
    out.push({
      path: contact.path,
      name: contact.name,
      warmthNow,
      warmthBefore,
      lastContact: last?.day,
      reason: `Warmth ${warmthNow}, down from ${warmthBefore} on ${formatDayShort(before, day)}${lastText}`,
    });
  }
  out.sort(
    (a, b) =>
      b.warmthBefore - b.warmthNow - (a.warmthBefore - a.warmthNow) ||
      compareText(a.name, b.name) ||
      compareText(a.path, b.path),
  );
  return options.limit === undefined ? out : out.slice(0, Math.max(0, options.limit));
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const toWarmth = (heat: number): number =>
  Math.round(100 * (1 - Math.exp(-heat / WARMTH_SATURATION)));

function heatOf(network: Network, contact: Contact, day: Day): number {
  return heatAt(network, contact, [day])[0] ?? 0;
}

/**
 * `S(t)` of the module's formula for several days at once, in one pass over the contact's
 * interactions (newest first).
 */
function heatAt(network: Network, contact: Contact, days: readonly Day[]): number[] {
  const counting = network.config.countingKinds;
  const { interactions, gives } = activityOf(network, contact.path);
  return days.map((t) => {
    let heat = 0;
    let latest: Day | undefined;
    let sameDay: Day | undefined;
    let sameDayWeight = 0;
    const flush = () => {
      if (sameDay !== undefined) heat += sameDayWeight * decay(t - sameDay);
    };
    for (const i of interactions) {
      if (i.date > t || !counting.includes(i.kind)) continue;
      latest ??= i.date;
      const w = KIND_WEIGHTS[i.kind];
      if (i.date === sameDay) {
        sameDayWeight = Math.max(sameDayWeight, w);
        continue;
      }
      flush();
      sameDay = i.date;
      sameDayWeight = w;
    }
    flush();
    // A give note is contact too (as for the last contact): weighed as an intro, once a day.
    for (const g of gives) {
      if (g.source !== "give" || g.date > t || interactions.some((i) => i.date === g.date && counting.includes(i.kind))) continue;
      if (latest === undefined || g.date > latest) latest = g.date;
      heat += GIVE_WEIGHT * decay(t - g.date);
    }
    const noted = contact.lastContact;
    if (noted !== undefined && noted <= t && (latest === undefined || noted > latest)) {
      heat += LAST_CONTACT_WEIGHT * decay(t - noted);
    }
    return heat;
  });
}

const decay = (age: number): number => Math.pow(2, -age / WARMTH_HALF_LIFE_DAYS);
