import { run } from "./cli";
import { useColor } from "./output";

// A reader that stops early (`kith due | head -2`, or `2>&1 | head`) closes the pipe: that is no
// error of ours, so the rest of the output is dropped without a stack trace and the command ends
// with its own exit code, as `git log | head` does. Any other failure to write still surfaces.
const closed = { out: false, err: false };
for (const [name, stream] of [["out", process.stdout], ["err", process.stderr]] as const) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    closed[name] = true;
  });
}

// The one place the CLI meets the process: arguments, streams, clock, exit code.
run(process.argv.slice(2), {
  out: (text) => {
    if (!closed.out) process.stdout.write(`${text}\n`);
  },
  err: (text) => {
    if (!closed.err) process.stderr.write(`${text}\n`);
  },
  color: useColor(process.stdout),
  errIsTty: process.stderr.isTTY,
  now: () => new Date(),
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`kith: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
