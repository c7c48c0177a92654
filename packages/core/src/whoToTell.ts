/**
 * Who has not heard yet: the audience of an update that was not told, or the people who do not
 * know a career goal, most relevant first.
 */
import type { Relationship } from "./config";
import type { Contact } from "./contact";
import type { Day } from "./day";
import { tagInAudience, toDay } from "./followUps";
import type { Goal, GoalStatus } from "./goal";
import { basename, nameKey, parseWikiLink } from "./links";
import type { Network } from "./network";
import type { Result } from "./result";
import type { Update } from "./update";
import { describeWarmth, warmth } from "./warmth";

/** What there is to tell. */
export type TellSubject =
  | {
      readonly kind: "update";
      readonly path: string;
      readonly title: string;
      readonly date: Day | undefined;
      /** Relationships or tags of the people who should hear. */
      readonly audience: readonly string[];
    }
  | {
      readonly kind: "goal";
      readonly path: string;
      readonly title: string;
      readonly status: GoalStatus;
      /** The target orgs' names. */
      readonly targetOrgs: readonly string[];
    };

/**
 * Why someone should hear: in the update's audience; at one of the goal's target orgs; a
 * mentor, advisor or recruiter (people who help with a goal); anyone else you know.
 */
export type TellRelevance = "audience" | "target-org" | "adviser" | "other";

export interface PersonToTell {
  /** The contact's note. */
  readonly path: string;
  readonly name: string;
  readonly relevance: TellRelevance;
  readonly warmth: number;
  /** "Your mentor (in the audience: mentor); warm (72)". */
  readonly reason: string;
}

export interface WhoToTell {
  readonly subject: TellSubject;
  /** Most relevant first. */
  readonly people: readonly PersonToTell[];
}

export interface WhoToTellOptions {
  /** At most this many people (default: all). */
  readonly limit?: number;
}

/** Relationships of people who help with a career goal, after those at a target org. */
const ADVISERS: readonly Relationship[] = ["mentor", "advisor", "recruiter"];

/**
 * Who has not heard about an update or a goal. `target` is the note's path (with or without
 * `.md`), a link to it, its base name or its title, case-insensitive.
 *
 * - An update: contacts whose relationship or one of whose tags is in its `audience`, and who
 *   are not in its `told`; the warmest first.
 * - A goal: contacts who do not know it yet (it is not in their `goals_known`, and no
 *   interaction with them on or before `today` lists it in `goals_shared`); first those at one
 *   of its `target_orgs`, then mentors, advisors and recruiters, then everyone else; the warmest
 *   first within each group.
 *
 * A target that names no update or goal, or names several, is a failure, not a throw. Linear in
 * the network.
 *
 * @example
 * const r = whoToTell(network, "Updates/Promoted.md", "2026-11-20");
 * if (r.ok) r.value.people.map((p) => p.name); // ["Jane Doe", "Ann Lee"]
 */
export function whoToTell(
  network: Network,
  target: string,
  today: string | Day,
  options: WhoToTellOptions = {},
): Result<WhoToTell> {
  const day = toDay(today);
  const found = findSubject(network, target);
  if (!found.ok) return found;
  const people =
    found.value.kind === "update"
      ? updateAudience(network, found.value.update, day)
      : goalAudience(network, found.value.goal, day);
  const limited =
    options.limit === undefined ? people : people.slice(0, Math.max(0, options.limit));
  const subject: TellSubject =
    found.value.kind === "update"
      ? {
          kind: "update",
          path: found.value.update.path,
          title: found.value.update.title,
          date: found.value.update.date,
          audience: found.value.update.audience,
        }
      : {
          kind: "goal",
          path: found.value.goal.path,
          title: found.value.goal.title,
          status: found.value.goal.status,
          targetOrgs: found.value.goal.targetOrgs.map((o) => o.name),
        };
  return { ok: true, value: { subject, people: limited } };
}

type Found =
  | { readonly kind: "update"; readonly update: Update }
  | { readonly kind: "goal"; readonly goal: Goal };

function findSubject(network: Network, target: string): Result<Found> {
  const update = network.updates.get(target);
  if (update !== undefined) return { ok: true, value: { kind: "update", update } };
  const goal = network.goals.get(target);
  if (goal !== undefined) return { ok: true, value: { kind: "goal", goal } };
  const link = parseWikiLink(target);
  const key = nameKey(link === undefined ? target : link.target);
  const matches: Found[] = [];
  const fits = (path: string, title: string) =>
    nameKey(path) === key || nameKey(basename(path)) === key || nameKey(title) === key;
  for (const u of network.updates.values())
    if (fits(u.path, u.title)) matches.push({ kind: "update", update: u });
  for (const g of network.goals.values())
    if (fits(g.path, g.title)) matches.push({ kind: "goal", goal: g });
  const [first, second] = matches;
  if (first !== undefined && second === undefined) return { ok: true, value: first };
  if (first === undefined) {
    return {
      ok: false,
      issues: [
        `"${target}" is not an update or a goal; give the path of a note with "type: update" or "type: goal"`,
      ],
    };
  }
  const paths = matches.map((m) => (m.kind === "update" ? m.update.path : m.goal.path)).sort();
  return {
    ok: false,
    issues: [`"${target}" could be any of ${paths.join(", ")}; give the note's path`],
  };
}

function updateAudience(network: Network, update: Update, day: Day): PersonToTell[] {
  if (update.audience.length === 0) return [];
  const audience = update.audience;
  const told = new Set<string>();
  for (const t of update.told) if (t.path !== undefined) told.add(t.path);
  const out: PersonToTell[] = [];
  for (const c of network.contacts.values()) {
    if (told.has(c.path)) continue;
    const why = audienceMatch(c, audience);
    if (why === undefined) continue;
    const w = warmth(network, c.path, day);
    out.push({
      path: c.path,
      name: c.name,
      relevance: "audience",
      warmth: w,
      reason: `In the audience (${why}); ${describeWarmth(w)}`,
    });
  }
  return out.sort(byWarmthThenName);
}

/** "mentor" or "tag #alumni": why a contact is in an audience, or undefined when they are not. */
function audienceMatch(c: Contact, audience: readonly string[]): string | undefined {
  if (c.relationship !== undefined && audience.includes(c.relationship)) return c.relationship;
  const tags = c.tags.filter((t) => tagInAudience(t, audience));
  return tags.length === 0 ? undefined : tags.map((t) => `#${t}`).join(", ");
}

function goalAudience(network: Network, goal: Goal, day: Day): PersonToTell[] {
  // Who already knows: by their note, or because the goal came up in an interaction with them.
  const knows = new Set<string>();
  for (const c of network.contacts.values()) {
    if (c.goalsKnown.some((g) => g.path === goal.path)) knows.add(c.path);
  }
  for (const i of network.interactions.values()) {
    if (i.date > day || !i.goalsShared.some((g) => g.path === goal.path)) continue;
    for (const w of i.with) if (w.path !== undefined) knows.add(w.path);
  }

  // The target orgs by path and by every name they go by.
  const orgPaths = new Set<string>();
  const orgNames = new Set<string>();
  for (const ref of goal.targetOrgs) {
    orgNames.add(nameKey(ref.name));
    orgNames.add(nameKey(basename(ref.target)));
    if (ref.path === undefined) continue;
    orgPaths.add(ref.path);
    const org = network.orgs.get(ref.path);
    if (org !== undefined) for (const n of [org.name, ...org.aliases]) orgNames.add(nameKey(n));
  }
  const atTarget = (c: Contact): boolean => {
    const o = c.org;
    if (o === undefined) return false;
    if (o.path !== undefined && orgPaths.has(o.path)) return true;
    return orgNames.has(nameKey(o.name)) || orgNames.has(nameKey(basename(o.target)));
  };

  const out: PersonToTell[] = [];
  for (const c of network.contacts.values()) {
    if (knows.has(c.path)) continue;
    const w = warmth(network, c.path, day);
    const warm = describeWarmth(w);
    if (atTarget(c)) {
      const role = c.role === undefined ? "" : ` as ${c.role}`;
      out.push({
        path: c.path,
        name: c.name,
        relevance: "target-org",
        warmth: w,
        reason: `Works at ${c.org?.name ?? ""}${role}, one of the goal's target orgs; ${warm}`,
      });
    } else if (c.relationship !== undefined && ADVISERS.includes(c.relationship)) {
      out.push({
        path: c.path,
        name: c.name,
        relevance: "adviser",
        warmth: w,
        reason: `Your ${c.relationship}; ${warm}`,
      });
    } else {
      out.push({
        path: c.path,
        name: c.name,
        relevance: "other",
        warmth: w,
        reason: capitalize(warm),
      });
    }
  }
  const rank: Readonly<Record<TellRelevance, number>> = {
    "target-org": 0,
    adviser: 1,
    audience: 2,
    other: 3,
  };
  return out.sort((a, b) => rank[a.relevance] - rank[b.relevance] || byWarmthThenName(a, b));
}

function byWarmthThenName(a: PersonToTell, b: PersonToTell): number {
  return b.warmth - a.warmth || compareText(a.name, b.name) || compareText(a.path, b.path);
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
