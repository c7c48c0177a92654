/**
 * A deterministic synthetic network for the benchmarks: the same seed gives the same notes, byte
 * for byte, on any machine (a seeded mulberry32, never Math.random; dates by UTC arithmetic, never
 * the machine's clock or time zone).
 *
 * The notes are shaped as Obsidian hands frontmatter to a plugin: dates as strings
 * ("2026-11-20"), links as quoted strings ("[[Org 12]]"), lists as arrays, `null` for a key
 * left empty. Proportions, for `contacts` = C:
 *
 * - C contacts (`People/<Name>.md`, names unique), most with a cadence in one of the design's
 *   forms (words, `every N units`, short `2w`, ISO `P6M`, a few RRULEs with BYDAY), `last_contact`
 *   on ~40%, `next_step_due` on ~5%, `snooze_until` on ~3%, and a body with an `## Interactions`
 *   section of two or three log lines on ~30%;
 * - C × interactionsPerContact interaction notes (`Interactions/<date> <i>.md`) over the two
 *   years before 2026-11-25, each with one or two contacts, ~4% with `gave`, ~3% with a next step;
 * - asks on ~3% of contacts (every status of the pipeline), give notes on ~2%, events (C/100) and
 *   orgs (C/20); and four goals and four updates (audience by relationship), whatever C is.
 */
import type { NoteInput } from "@kith/core";

export interface GenerateOptions {
  readonly contacts: number;
  readonly interactionsPerContact?: number;
  readonly seed: number;
}

/** The day the synthetic network is "as of": every date is before it, bar a few planned ones. */
export const BENCH_TODAY = "2026-11-25";

/** mulberry32: a tiny, fast 32-bit PRNG; good enough to spread synthetic data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  "Jane", "John", "Maria", "Wei", "Aisha", "Carlos", "Olga", "Kenji", "Fatima", "Liam",
  "Sofia", "Noah", "Priya", "Mateo", "Chloe", "Ahmed", "Emma", "Lucas", "Yuki", "Amara",
  "Oliver", "Ingrid", "Diego", "Hannah", "Ravi", "Zoe", "Tomasz", "Leila", "Ethan", "Mei",
  "José", "Ana", "Samuel", "Nadia", "Felix", "Grace", "Omar", "Elena", "Hugo", "Isla",
  "Kwame", "Lena", "Marco", "Nora", "Pavel", "Rosa", "Sven", "Tara", "Umar", "Vera",
  "Willem", "Xin", "Yara", "Zain", "Alice", "Bruno", "Clara", "Dmitri", "Eva", "Farid",
  "Gabriel", "Helga", "Ivan", "Julia", "Karim", "Laura", "Mikhail", "Nina", "Oscar", "Paula",
  "Quentin", "Rita", "Stefan", "Tessa", "Ulla", "Victor", "Wanda", "Xavier", "Yusuf", "Zara",
  "Adam", "Bianca", "Cedric", "Dana", "Emil", "Freya", "Gustav", "Hiro", "Irene", "Jonas",
  "Kira", "Leon", "Maya", "Nils", "Ophelia", "Peter", "Rahel", "Simon", "Thea", "Ursula",
] as const;

const LAST = [
  "Smith", "Doe", "Garcia", "Chen", "Khan", "Müller", "Rossi", "Tanaka", "Okafor", "Novak",
  "Johnson", "Silva", "Kowalski", "Nguyen", "Haddad", "Larsen", "Dubois", "Patel", "Kim", "Schmidt",
  "Brown", "Ivanova", "Costa", "Yamamoto", "Mensah", "Fischer", "Moreau", "Singh", "Lee", "Weber",
  "Taylor", "Popescu", "Santos", "Suzuki", "Adeyemi", "Wagner", "Lefebvre", "Sharma", "Park", "Becker",
  "Wilson", "Horvat", "Pereira", "Watanabe", "Boateng", "Hoffmann", "Laurent", "Gupta", "Choi", "Schulz",
  "Anderson", "Nowak", "Oliveira", "Ito", "Owusu", "Koch", "Girard", "Reddy", "Jung", "Richter",
  "Thomas", "Wójcik", "Rodrigues", "Nakamura", "Eze", "Klein", "Bonnet", "Iyer", "Kang", "Wolf",
  "Martin", "Kovács", "Almeida", "Kobayashi", "Nwosu", "Schröder", "Fontaine", "Mehta", "Yoon", "Neumann",
  "Clark", "Horváth", "Ferreira", "Kato", "Asante", "Schwarz", "Rousseau", "Nair", "Lim", "Zimmermann",
  "Lewis", "Varga", "Carvalho", "Yoshida", "Ofori", "Braun", "Vincent", "Rao", "Han", "Krüger",
] as const;

const ROLES = [
  "Engineering Manager", "Staff Engineer", "Product Manager", "Designer", "Data Scientist",
  "Recruiter", "CTO", "VP Engineering", "Founder", "Developer Advocate", "SRE", "Analyst",
  "Platform Engineer", "Researcher", "Consultant", "Head of Talent",
] as const;

const TAGS = ["work", "ml", "frontend", "backend", "design", "hiring", "community", "oss", "investor", "alumni"] as const;

const RELATIONSHIPS = [
  "peer", "peer", "peer", "peer", "friend", "client", "recruiter", "mentor", "mentee", "manager",
  "report", "advisor", "other",
] as const;

/** The design's cadence forms, weighted towards the common ones; a few calendar RRULEs (BYDAY). */
const CADENCES = [
  "monthly", "monthly", "every 3 months", "every 3 months", "quarterly", "2w", "P6M", "every 2 weeks",
  "6w", "every 6 months", "yearly", "P2M", "3mo", "weekly", "Every 2 Months", "P1Y", "fortnightly",
  "RRULE:FREQ=MONTHLY;BYDAY=1MO", "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", "RRULE:FREQ=MONTHLY;BYDAY=-1FR",
] as const;

const KINDS = [
  "meeting", "call", "call", "video", "video", "email", "email", "message", "message", "coffee",
  "coffee", "meal", "event", "intro", "other",
] as const;

const DIRECTIONS = ["outbound", "inbound", "mutual"] as const;

const TOPICS = [
  "the platform team", "hiring plans", "a conference talk", "their new role", "the reorg",
  "ML infrastructure", "a side project", "open source maintenance", "career moves", "the product launch",
  "remote work", "fundraising", "a book recommendation", "mentoring juniors", "system design",
] as const;

const GAVE = ["an intro", "advice on hiring", "a referral", "feedback on a deck", "a book", "a reference"] as const;

const ASK_KINDS = ["referral", "intro", "recommendation", "advice", "endorsement", "other"] as const;
const ASK_STATUSES = [
  "idea", "asked", "agreed", "declined", "no-response", "referred", "interviewing", "offer", "rejected",
  "hired", "withdrawn",
] as const;

const EVENT_KINDS = ["conference", "meetup", "talk", "workshop", "other"] as const;

const MS_PER_DAY = 86_400_000;
const TODAY_MS = Date.UTC(2026, 10, 25);

/** `YYYY-MM-DD` for `offset` days after 2026-11-25 (negative: before). UTC: no time zone. */
function dayString(offset: number): string {
  return new Date(TODAY_MS + offset * MS_PER_DAY).toISOString().slice(0, 10);
}

/** A unique, deterministic full name for contact number `i`. */
export function contactName(i: number): string {
  const grid = FIRST.length * LAST.length; // 10,000
  // A stride coprime to the grid spreads small networks over every first and last name.
  const j = (i % grid) * 7919 % grid;
  const first = FIRST[j % FIRST.length] as string;
  const last = LAST[Math.floor(j / FIRST.length)] as string;
  const block = Math.floor(i / grid);
  if (block === 0) return `${first} ${last}`;
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const middle = letters[(block - 1) % 26] as string;
  const extra = Math.floor((block - 1) / 26);
  return extra === 0 ? `${first} ${middle}. ${last}` : `${first} ${middle}. ${last} ${extra + 1}`;
}

/**
 * The whole synthetic vault as `NoteInput`s, contacts first. Deterministic in its options.
 *
 * @example generateNetwork({ contacts: 1000, seed: 42 }).length // 1000 contacts + 10,000 interactions + the rest
 */
export function generateNetwork(options: GenerateOptions): NoteInput[] {
  const { contacts, seed } = options;
  const perContact = options.interactionsPerContact ?? 10;
  const rnd = mulberry32(seed);
  const int = (n: number): number => Math.floor(rnd() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const chance = (p: number): boolean => rnd() < p;

  const notes: NoteInput[] = [];
  const orgCount = Math.max(1, Math.round(contacts / 20));
  const eventCount = Math.max(1, Math.round(contacts / 100));
  // Goals and updates are the user's own, not the network's: a few, whatever its size (an update
  // reaches a share of everyone, so more updates with more contacts would grow the work per contact).
  const goalCount = 4;
  const updateCount = 4;
  const orgLink = (n: number): string => `[[Org ${n + 1}]]`;
  const names: string[] = [];
  for (let i = 0; i < contacts; i++) names.push(contactName(i));
  const link = (i: number): string => `[[${names[i] as string}]]`;
  const eventName = (n: number): string => `${EVENT_KINDS[n % EVENT_KINDS.length] as string} ${n + 1}`;

  // Contacts.
  for (let i = 0; i < contacts; i++) {
    const name = names[i] as string;
    const relationship = pick(RELATIONSHIPS);
    // Met over the last six years; ~1% in the last month (new contacts to follow up).
    const metOffset = chance(0.01) ? -int(30) : -30 - int(6 * 365);
    const fm: Record<string, unknown> = { type: chance(0.1) ? "person" : "contact" };
    // "Doe, Jane", as an address book files people: one per person, as a first name alone would
    // not be (two contacts sharing an alias is a problem that check reports).
    if (chance(0.1)) fm.aliases = [name.replace(/^(\S+) (.+)$/, "$2, $1")];
    fm.org = orgLink(int(orgCount));
    fm.role = pick(ROLES);
    const tagCount = int(3);
    fm.tags = tagCount === 0 ? null : [...new Set(Array.from({ length: tagCount }, () => pick(TAGS)))];
    fm.relationship = relationship;
    fm.met = dayString(metOffset);
    if (chance(0.2)) fm.met_at = `[[${eventName(int(eventCount))}]]`;
    fm.cadence = chance(0.75) ? pick(CADENCES) : null;
    if (chance(0.4)) fm.last_contact = dayString(Math.max(metOffset, -int(400)));
    if (chance(0.05)) {
      fm.next_step = `Send ${pick(TOPICS)} notes`;
      fm.next_step_due = dayString(int(60) - 30);
    }
    if (chance(0.03)) fm.snooze_until = dayString(1 + int(30));
    fm.email = `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@example.com`;
    fm.phone = chance(0.5) ? null : `+1 555 ${String(1_000_000 + i).slice(1)}`;
    if (chance(0.3)) fm.linkedin = `https://www.linkedin.com/in/contact-${i}`;
    if (chance(0.05)) fm.birthday = dayString(-int(365 * 40) - 365 * 25);
    if (chance(0.05)) fm.goals_known = [`[[Goal ${int(goalCount) + 1}]]`];
    let body = `# ${name}\n\n${pick(ROLES)} at Org; talk about ${pick(TOPICS)}.\n`;
    if (chance(0.3)) {
      const lines = 2 + int(2);
      const log: string[] = [];
      for (let k = 0; k < lines; k++) {
        log.push(`- ${dayString(-1 - int(700))} ${pick(KINDS)}: talked about ${pick(TOPICS)}`);
      }
      body += `\n## Interactions\n${log.join("\n")}\n`;
    }
    notes.push({ path: `People/${name}.md`, frontmatter: fm, body, created: dayString(metOffset) });
  }

  // Interaction notes: two years before 2026-11-25.
  const total = contacts * perContact;
  for (let i = 0; i < total; i++) {
    const offset = -1 - int(730);
    const date = dayString(offset);
    const a = int(contacts);
    const shape = rnd();
    let withValue: unknown;
    if (shape < 0.5) withValue = link(a);
    else if (shape < 0.85 || contacts < 2) withValue = [link(a)];
    else withValue = [link(a), link((a + 1 + int(contacts - 1)) % contacts)];
    const kind = pick(KINDS);
    const fm: Record<string, unknown> = {
      type: "interaction",
      date: chance(0.05) ? `${date}T${String(8 + int(10)).padStart(2, "0")}:30` : date,
      with: withValue,
      kind,
      direction: chance(0.6) ? pick(DIRECTIONS) : null,
      summary: `Talked about ${pick(TOPICS)}`,
    };
    if (chance(0.04)) fm.gave = pick(GAVE);
    if (chance(0.03)) {
      fm.next_step = `Follow up on ${pick(TOPICS)}`;
      fm.next_step_due = dayString(offset + 7 + int(30));
    }
    notes.push({ path: `Interactions/${date} ${i}.md`, frontmatter: fm, body: `Notes: ${pick(TOPICS)}.\n`, created: date });
  }

  // Asks: ~3% of contacts, every status.
  const askCount = Math.round(contacts * 0.03);
  for (let i = 0; i < askCount; i++) {
    const who = int(contacts);
    const status = ASK_STATUSES[i % ASK_STATUSES.length] as string;
    const asked = -10 - int(120);
    const fm: Record<string, unknown> = {
      type: "ask",
      asked: link(who),
      ask: pick(ASK_KINDS),
      for: `${pick(ROLES)} role`,
      org: orgLink(int(orgCount)),
      job_url: chance(0.5) ? `https://jobs.example.com/${i}` : null,
      status,
      asked_on: status === "idea" ? null : dayString(asked),
    };
    const responded = asked + 1 + int(4);
    if (!["idea", "asked", "no-response"].includes(status)) fm.responded_on = dayString(responded);
    if (["referred", "interviewing", "offer", "rejected", "hired"].includes(status)) fm.referred_on = dayString(responded + 1 + int(3));
    if (["offer", "rejected", "hired", "withdrawn", "declined"].includes(status)) fm.closed_on = dayString(Math.min(-1, asked + 20 + int(20)));
    fm.thanked = chance(0.5);
    fm.outcome_shared = chance(0.3);
    notes.push({ path: `Asks/${names[who] as string} ${status} ${i + 1}.md`, frontmatter: fm, body: "", created: dayString(asked) });
  }

  // Give notes: ~2% of contacts.
  const giveCount = Math.round(contacts * 0.02);
  for (let i = 0; i < giveCount; i++) {
    const date = dayString(-1 - int(500));
    notes.push({
      path: `Gives/Give ${i + 1}.md`,
      frontmatter: { type: "give", to: link(int(contacts)), date, gave: pick(GAVE) },
      body: "",
      created: date,
    });
  }

  // Updates: a few, recent ones in the sharing window; audience by relationship.
  for (let i = 0; i < updateCount; i++) {
    const date = dayString(-int(45));
    const told = Array.from({ length: int(4) }, () => link(int(contacts)));
    notes.push({
      path: `Updates/Update ${i + 1}.md`,
      frontmatter: {
        type: "update",
        date,
        title: `Shipped ${pick(TOPICS)}`,
        audience: chance(0.5) ? [pick(["mentor", "advisor", "manager"])] : [pick(["mentor", "advisor"]), pick(["mentee", "client"])],
        told: told.length === 0 ? null : told,
      },
      body: "",
      created: date,
    });
  }

  // Goals.
  for (let i = 0; i < goalCount; i++) {
    notes.push({
      path: `Goals/Goal ${i + 1}.md`,
      frontmatter: {
        type: "goal",
        title: `Become ${pick(ROLES)}`,
        target_roles: [pick(ROLES), pick(ROLES)],
        target_orgs: [orgLink(int(orgCount)), orgLink(int(orgCount))],
        status: pick(["active", "active", "done", "dropped"]),
      },
      body: "",
      created: dayString(-int(700)),
    });
  }

  // Events.
  for (let i = 0; i < eventCount; i++) {
    const start = -int(6 * 365);
    notes.push({
      path: `Events/${eventName(i)}.md`,
      frontmatter: {
        type: "event",
        date: dayString(start),
        end: chance(0.3) ? dayString(start + 1 + int(2)) : null,
        kind: EVENT_KINDS[i % EVENT_KINDS.length],
        org: orgLink(int(orgCount)),
      },
      body: "",
      created: dayString(start),
    });
  }

  // Orgs.
  for (let i = 0; i < orgCount; i++) {
    notes.push({
      path: `Orgs/Org ${i + 1}.md`,
      frontmatter: { type: "org", member: chance(0.05) },
      body: "",
      created: dayString(-int(6 * 365)),
    });
  }
  return notes;
}
