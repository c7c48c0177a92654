/** A mistake in how the command was called, or a vault that cannot be read: exit 2, no stack. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** A user-facing failure that is not a usage error (an unknown contact, a refused write): exit 1. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = "CommandError";
  }
}
