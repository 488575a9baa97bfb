/** A command that cannot go on; main prints the message (no stack) and exits with the code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

/** Exit code for a wrong command line or a command that does not apply to this set-up. */
export const USAGE_EXIT_CODE = 2;
