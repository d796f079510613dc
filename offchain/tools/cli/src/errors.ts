/**
 * The two ways a command fails besides a chain error, and the exit codes they map to
 * (docs/cli.md, "Exit codes"): a command line that cannot be understood (2), and anything else
 * that stops the command — an unknown key, an unreachable chain, a job that failed (1).
 */

/** Exit codes of every `sibyl` command. */
export const ExitCode = {
  ok: 0,
  failed: 1,
  usage: 2,
} as const;

/** The command line is wrong: the message says what, `usage` shows the command's form. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The usage line of the command that was meant, if known. */
    readonly usage?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The command understood what to do but could not; `hint` says what to try. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
