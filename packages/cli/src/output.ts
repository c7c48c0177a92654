/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== "") return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== "0") return true;
  return stream.isTTY;
}

export interface Paint {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly green: (s: string) => string;
  readonly cyan: (s: string) => string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export function paint(color: boolean): Paint {
  const id = (s: string) => s;
  return color
    ? { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), cyan: wrap(36, 39) }
    : { bold: id, dim: id, red: id, yellow: id, green: id, cyan: id };
}

/** Where commands write; tests pass their own. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly color: boolean;
  readonly errIsTty: boolean;
  /** The local date, for commands without --today. */
  readonly now: () => Date;
  readonly cwd: string;
}

/**
 * A count and its noun, singular for one: every count the CLI prints goes through here.
 * @example count(1, "note") // "1 note"
 * @example count(2, "entry", "entries") // "2 entries"
 */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

export function pad(s: string, width: number): string {
  // Width by code points, so names with accents line up.
  const len = [...s].length;
  return len >= width ? s : s + " ".repeat(width - len);
}
