/**
 * The weekly review: what is overdue, what falls due this week, which ties are going cold,
 * which asks wait on someone, and who has not heard your recent news. As data, and as markdown
 * to paste into a note.
 */
import type { Ask, AskStatus } from "./ask";
import { askPhrase } from "./balance";
import { formatDay, formatDayShort, type Day } from "./day";
import {
  dueFollowUps,
  recentUpdates,
  toDay,
  type FollowUp,
  type FollowUpReason,
} from "./followUps";
import { basename } from "./links";
import { tellNamesakesApart } from "./namesakes";
import type { Network } from "./network";
import { goingCold, type GoingCold } from "./warmth";
import { whoToTell } from "./whoToTell";

/** Days ahead that "due this week" looks. */
const DIGEST_WEEK_DAYS = 7;

/** At most this many ties going cold in a digest: a weekly review, not a census. */
const DIGEST_GOING_COLD_LIMIT = 10;

/** Ask statuses in which the ask waits on someone else. */
const WAITING_STATUSES: readonly AskStatus[] = [
  "asked",
  "agreed",
  "referred",
  "interviewing",
];

/** An ask that waits on someone: who, for what, and since when. */
export interface AskWaiting {
  /** The ask's note. */
  readonly path: string;
  /** The person asked: their note's path when the link resolved. */
  readonly contactPath: string | undefined;
  readonly contact: string | undefined;
  readonly status: AskStatus;
  /** "for a referral for Staff Engineer at Acme Corp". */
  readonly what: string;
  /** "Jane Doe to reply", "Acme Corp to get back to you". */
  readonly waitingOn: string;
  /** The day the wait began (the date of the step that started it), if the note says. */
  readonly since: Day | undefined;
}

/** A recent update and the people in its audience who have not heard it. */
export interface UpdateToTell {
  readonly path: string;
  readonly title: string;
  readonly date: Day | undefined;
  readonly people: readonly {
    readonly path: string;
    readonly name: string;
    readonly reason: string;
  }[];
}

export interface WeeklyDigest {
  /** `YYYY-MM-DD`. */
  readonly today: string;
  readonly todayDay: Day;
  /** Follow-ups past their tolerance (`level: "overdue"`), oldest first. */
  readonly overdue: readonly FollowUp[];
  /** Follow-ups due now (within their tolerance) or within the next 7 days. */
  readonly dueThisWeek: readonly FollowUp[];
  readonly goingCold: readonly GoingCold[];
  /** Asks in status asked, agreed, referred or interviewing; the longest waiting first. */
  readonly asksWaiting: readonly AskWaiting[];
  /** Updates within `config.updateWindowDays`, oldest first, with who has not heard. */
  readonly toTell: readonly UpdateToTell[];
  /**
   * The wikilink to use for each note the digest names (path → `[[Jane Doe]]`): by base name
   * where that is unique in the vault, else by path, with the display name where it differs. A
   * contact who shares their name with another is shown with their note, as every list shows
   * namesakes: `[[Old/Sam Lee|Sam Lee (Old/Sam Lee)]]` (see {@link tellNamesakesApart}).
   */
  readonly links: Readonly<Record<string, string>>;
}

export interface DigestOptions {
  /** The user's calendar day, `YYYY-MM-DD` or a Day. */
  readonly today: string | Day;
}

/**
 * The weekly review as data.
 *
 * @example
 * const digest = weeklyDigest(network, { today: "2026-11-20" });
 * digest.overdue.length; digest.toTell[0]?.people.map((p) => p.name);
 */
export function weeklyDigest(network: Network, options: DigestOptions): WeeklyDigest {
  const today = toDay(options.today);
  const due = dueFollowUps(network, { today, within: DIGEST_WEEK_DAYS });
  const overdue = due.filter((f) => f.level === "overdue");
  const dueThisWeek = due.filter((f) => f.level !== "overdue");
  const cold = goingCold(network, today, { limit: DIGEST_GOING_COLD_LIMIT });
  const asksWaiting = waitingAsks(network);
  const toTell: UpdateToTell[] = [];
  for (const u of recentUpdates(network, today)) {
    const r = whoToTell(network, u.path, today);
    const people = r.ok
      ? r.value.people.map((p) => ({ path: p.path, name: p.name, reason: p.reason }))
      : [];
    toTell.push({ path: u.path, title: u.title, date: u.date, people });
  }

  const named = new Map<string, string | undefined>();
  const show = tellNamesakesApart(network);
  const person = (path: string, name: string) => named.set(path, show(name, path));
  for (const f of [...overdue, ...dueThisWeek]) person(f.path, f.contact);
  for (const c of cold) person(c.path, c.name);
  for (const a of asksWaiting) {
    named.set(a.path, undefined);
    if (a.contactPath !== undefined) person(a.contactPath, a.contact ?? basename(a.contactPath));
  }
  for (const u of toTell) {
    named.set(u.path, u.title);
    for (const p of u.people) person(p.path, p.name);
  }
  return {
    today: formatDay(today),
    todayDay: today,
    overdue,
    dueThisWeek,
    goingCold: cold,
    asksWaiting,
    toTell,
    links: linksFor(network, named),
  };
}

function waitingAsks(network: Network): AskWaiting[] {
  const out: AskWaiting[] = [];
  for (const ask of network.asks.values()) {
    if (!WAITING_STATUSES.includes(ask.status)) continue;
    const contactPath =
      ask.asked?.path !== undefined && network.contacts.has(ask.asked.path)
        ? ask.asked.path
        : undefined;
    const contact =
      contactPath === undefined ? ask.asked?.name : network.contacts.get(contactPath)?.name;
    out.push({
      path: ask.path,
      contactPath,
      contact,
      status: ask.status,
      what: askPhrase(ask),
      waitingOn: waitingOn(ask, contact ?? "them"),
      since: waitingSince(ask),
    });
  }
  // Longest waiting first; undated asks last.
  return out.sort(
    (a, b) =>
      (a.since ?? Number.POSITIVE_INFINITY) - (b.since ?? Number.POSITIVE_INFINITY) ||
      compareText(a.path, b.path),
  );
}

function waitingOn(ask: Ask, person: string): string {
  const org = ask.org?.name ?? "the company";
  switch (ask.status) {
    case "asked":
      return `${person} to reply`;
    case "agreed":
      return ask.ask === "referral" ? `${person} to refer you` : `${person} to follow through`;
    case "referred":
      return `${org} to get back to you`;
    default:
      return `the interviews at ${org}`;
  }
}

function waitingSince(ask: Ask): Day | undefined {
  switch (ask.status) {
    case "asked":
      return ask.askedOn;
    case "agreed":
      return ask.respondedOn ?? ask.askedOn;
    default:
      return ask.referredOn ?? ask.respondedOn ?? ask.askedOn;
  }
}

/** Wikilinks for the named notes: by base name when no other note in the network shares it. */
function linksFor(
  network: Network,
  named: ReadonlyMap<string, string | undefined>,
): Record<string, string> {
  if (named.size === 0) return {};
  const wanted = new Map<string, number>();
  for (const path of named.keys()) wanted.set(basename(path).toLowerCase(), 0);
  const count = (path: string) => {
    const b = basename(path).toLowerCase();
    const n = wanted.get(b);
    if (n !== undefined) wanted.set(b, n + 1);
  };
  // Each map holds notes of one kind, so no path is counted twice; interactions and gives that
  // come from another note (body log lines, interactions with `gave`) are skipped.
  for (const p of network.contacts.keys()) count(p);
  for (const p of network.orgs.keys()) count(p);
  for (const p of network.goals.keys()) count(p);
  for (const p of network.updates.keys()) count(p);
  for (const p of network.events.keys()) count(p);
  for (const p of network.asks.keys()) count(p);
  for (const i of network.interactions.values()) if (i.source === "note") count(i.path);
  for (const g of network.gives) if (g.source === "give") count(g.path);

  const out: Record<string, string> = {};
  for (const [path, name] of named) {
    const base = basename(path);
    const target = (wanted.get(base.toLowerCase()) ?? 0) > 1 ? path.replace(/\.md$/i, "") : base;
    out[path] = name === undefined || name === target ? `[[${target}]]` : `[[${target}|${name}]]`;
  }
  return out;
}

const REASON_WORDS: Readonly<Record<FollowUpReason, string>> = {
  thank: "thank",
  "ask-follow-up": "follow up on your ask",
  "close-loop": "close the loop",
  "next-step": "next step",
  "new-contact": "new contact",
  cadence: "keep in touch",
  "share-update": "share news",
  birthday: "birthday",
};

/**
 * The digest as a markdown weekly review, ready to paste into a note: one heading per section,
 * one bullet per item with `[[wikilinks]]` to the people, dates as `20 Oct`; an empty section
 * says so in a line.
 *
 * @example renderDigestMarkdown(weeklyDigest(network, { today: "2026-11-20" })).startsWith("# Weekly review") // true
 */
export function renderDigestMarkdown(digest: WeeklyDigest): string {
  const today = digest.todayDay;
  const day = (d: Day) => formatDayShort(d, today);
  const link = (path: string, name?: string) =>
    digest.links[path] ?? `[[${name ?? basename(path)}]]`;
  const lines: string[] = [`# Weekly review, ${formatDayShort(today)}`, ""];
  const section = (title: string, items: readonly string[], empty: string) => {
    lines.push(`## ${title}`, "");
    if (items.length === 0) lines.push(empty);
    else lines.push(...items);
    lines.push("");
  };

  section(
    "Overdue",
    digest.overdue.map(
      (f) =>
        `- ${link(f.path, f.contact)}: ${REASON_WORDS[f.reason]}, due ${day(f.dueDay)} (${plural(f.overdueDays, "day")} overdue). ${f.detail}`,
    ),
    "Nothing overdue.",
  );
  section(
    "Due this week",
    digest.dueThisWeek.map((f) => {
      const when =
        f.overdueDays === 0
          ? "due today"
          : f.overdueDays > 0
            ? `due since ${day(f.dueDay)}`
            : `due ${day(f.dueDay)}`;
      return `- ${link(f.path, f.contact)}: ${REASON_WORDS[f.reason]}, ${when}. ${f.detail}`;
    }),
    "Nothing due this week.",
  );
  section(
    "Going cold",
    digest.goingCold.map((c) => `- ${link(c.path, c.name)}: ${lowerFirst(c.reason)}`),
    "No ties going cold.",
  );
  section(
    "Asks waiting",
    digest.asksWaiting.map((a) => {
      const who =
        a.contactPath === undefined ? (a.contact ?? "someone") : link(a.contactPath, a.contact);
      // A day after today (asked_on ahead: a plan, or a typo) is no wait yet.
      const since =
        a.since === undefined
          ? ""
          : a.since > today
            ? ` from ${day(a.since)} (in ${plural(a.since - today, "day")})`
            : ` since ${day(a.since)} (${plural(today - a.since, "day")})`;
      return `- Asked ${who} ${a.what}: waiting on ${a.waitingOn}${since}. ${link(a.path)}`;
    }),
    "No asks waiting on anyone.",
  );

  lines.push("## People to tell", "");
  if (digest.toTell.length === 0) lines.push("No recent updates to share.", "");
  for (const u of digest.toTell) {
    const date = u.date === undefined ? "" : ` (${day(u.date)})`;
    lines.push(`### ${link(u.path, u.title)}${date}`, "");
    if (u.people.length === 0) lines.push("Everyone in the audience has heard.");
    for (const p of u.people) lines.push(`- ${link(p.path, p.name)}: ${lowerFirst(p.reason)}`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
