import { basename } from "./links";
import type { FieldReader, NoteRef } from "./values";

export const GOAL_STATUSES = ["active", "done", "dropped"] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** A career goal worth telling people about. */
export interface Goal {
  readonly path: string;
  readonly title: string;
  readonly targetRoles: readonly string[];
  readonly targetOrgs: readonly NoteRef[];
  readonly status: GoalStatus;
}

export function readGoal(r: FieldReader): Goal {
  return {
    path: r.path,
    title: r.text("title") ?? basename(r.path),
    targetRoles: r.texts("targetRoles"),
    targetOrgs: r.refs("targetOrgs"),
    status: r.oneOf("status", GOAL_STATUSES, "active") ?? "active",
  };
}
