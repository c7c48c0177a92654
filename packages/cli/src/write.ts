import { closeSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Replaces a file atomically: the new text is written beside it, flushed, then renamed over it,
 * so a crash leaves either the old note or the new one, never half of each. The new file gets the
 * old one's permissions: a note kept private (`chmod 600`) must not become readable by all. A
 * note that is a symbolic link is written where it points: renamed over, the link would become a
 * copy, and the file it shared would no longer change.
 */
export function writeAtomic(linkOrPath: string, text: string): void {
  const path = realPath(linkOrPath);
  const temp = join(dirname(path), `.${basename(path)}.kith-${process.pid}-${Date.now()}.tmp`);
  const mode = modeOf(path);
  try {
    const fd = openSync(temp, "wx", mode ?? 0o666);
    try {
      // fchmod, not only open's mode: that one is filtered through the umask.
      if (mode !== undefined) fchmodSync(fd, mode);
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Where a path leads through symbolic links; the path itself when it does not exist yet. */
function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return path;
    throw error;
  }
}

/** The permission bits of a file, or undefined if there is none yet (it gets the defaults). */
function modeOf(path: string): number | undefined {
  try {
    return statSync(path).mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Creates a new file; refuses (EEXIST) rather than overwrite one. */
export function createNew(path: string, text: string): void {
  const fd = openSync(path, "wx");
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}
