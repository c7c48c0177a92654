import type { Day } from "./day";
import type { FieldReader, NoteRef } from "./values";

export const ASK_KINDS = ["referral", "intro", "recommendation", "advice", "endorsement", "other"] as const;
export type AskKind = (typeof ASK_KINDS)[number];

export const ASK_STATUSES = [
  "idea",
  "asked",
  "agreed",
  "declined",
  "no-response",
  "referred",
  "interviewing",
  "offer",
  "rejected",
  "hired",
  "withdrawn",
] as const;
export type AskStatus = (typeof ASK_STATUSES)[number];

/** A favour asked of a contact: a referral, an intro, a recommendation… */
export interface Ask {
  readonly path: string;
  readonly asked: NoteRef | undefined;
  readonly ask: AskKind;
  readonly for: string | undefined;
  readonly org: NoteRef | undefined;
  readonly jobUrl: string | undefined;
  readonly status: AskStatus;
  readonly askedOn: Day | undefined;
  readonly respondedOn: Day | undefined;
  readonly referredOn: Day | undefined;
  readonly closedOn: Day | undefined;
  readonly thanked: boolean;
  readonly outcomeShared: boolean;
}

export function readAsk(r: FieldReader): Ask {
  const asked = r.ref("asked");
  if (asked === undefined) {
    r.warn("asked", null, `ask names nobody; add "${r.key("asked")}: "[[Name]]""`);
  }
  const rawStatus = r.text("status");
  const status = rawStatus === undefined ? "idea" : r.oneOf("status", ASK_STATUSES, "idea") ?? "idea";
  return {
    path: r.path,
    asked,
    ask: r.oneOf("ask", ASK_KINDS, "other") ?? "other",
    for: r.text("for"),
    org: r.ref("org"),
    jobUrl: r.text("jobUrl"),
    status,
    askedOn: r.day("askedOn"),
    respondedOn: r.day("respondedOn"),
    referredOn: r.day("referredOn"),
    closedOn: r.day("closedOn"),
    thanked: r.bool("thanked") ?? false,
    outcomeShared: r.bool("outcomeShared") ?? false,
  };
}
