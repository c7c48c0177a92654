import { run } from "./cli";
import { useColor } from "./output";

// The one place the CLI meets the process: arguments, streams, clock, exit code.
run(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
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
