import { run } from "./cli";
import { useColor } from "./output";

// A reader that stops early (`kith due | head -2`) closes the pipe: that is no error of ours, so
// the rest of the output is dropped without a stack trace and the command ends with its own exit
// code, as `git log | head` does. Any other failure to write still surfaces.
let stdoutClosed = false;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  stdoutClosed = true;
});

// The one place the CLI meets the process: arguments, streams, clock, exit code.
run(process.argv.slice(2), {
  out: (text) => {
    if (!stdoutClosed) process.stdout.write(`${text}\n`);
  },
  err: (text) => process.stderr.write(`${text}\n`),
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
