import type { Day } from "./day";
import { basename } from "./links";
import type { FieldReader, NoteRef } from "./values";

export const EVENT_KINDS = ["conference", "meetup", "talk", "workshop", "other"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A conference, meetup, talk or workshop: where people are met. */
export interface KithEvent {
  readonly path: string;
  readonly name: string;
  readonly date: Day | undefined;
  readonly end: Day | undefined;
  readonly kind: EventKind;
  readonly org: NoteRef | undefined;
}

export function readEvent(r: FieldReader): KithEvent {
  return {
    path: r.path,
    name: r.text("name") ?? r.text("title") ?? basename(r.path),
    date: r.day("date"),
    end: r.day("end"),
    kind: r.oneOf("kind", EVENT_KINDS, "other") ?? "other",
    org: r.ref("org"),
  };
}
