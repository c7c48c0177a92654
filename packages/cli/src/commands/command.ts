import type { Io } from "../output";

interface OptionSpec {
  readonly type: "string" | "boolean";
  readonly short?: string;
  readonly multiple?: boolean;
}

interface Parsed {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly help: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly minPositionals?: number;
  readonly maxPositionals?: number;
  run(io: Io, args: Parsed): number | Promise<number>;
}
