import { basename } from "./links";
import type { FieldReader } from "./values";

/** A company or a professional organisation (`member: true`). */
export interface Org {
  readonly path: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly member: boolean;
}

export function readOrg(r: FieldReader): Org {
  return {
    path: r.path,
    name: r.text("name") ?? basename(r.path),
    aliases: r.texts("aliases"),
    member: r.bool("member") ?? false,
  };
}
