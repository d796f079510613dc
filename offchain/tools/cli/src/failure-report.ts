/**
 * How a failed command tells it: a line (and a hint) on stderr, and with --json an `error`
 * document on stdout, so a script always has one document to parse; then the exit code.
 */
import { ChainError, describeChainError } from './chain-errors.js';
import { CliError, ExitCode, UsageError } from './errors.js';
import type { Output } from './output.js';

/** Reports `error` through `out` and returns the exit code. */
export function reportFailure(error: unknown, out: Output, usage?: string): number {
  const json = (document: Record<string, unknown>) => {
    if (out.json && !out.hasResult) out.result({ error: document }, () => []);
  };
  if (error instanceof UsageError) {
    const line = error.usage ?? usage;
    out.note(`sibyl: ${error.message}`);
    if (line) out.note(`usage: ${line}`);
    json({ kind: 'usage', message: error.message, usage: line });
    return ExitCode.usage;
  }
  if (error instanceof ChainError) {
    const { name, docs, hint } = describeChainError(error);
    out.note(`sibyl: the chain refused the transaction: ${name}${docs ? ` — ${docs}` : ''}`);
    if (hint) out.note(`hint: ${hint}`);
    json({ kind: 'chain', name, docs, hint, blockHash: error.blockHash });
    return ExitCode.failed;
  }
  if (error instanceof CliError) {
    out.note(`sibyl: ${error.message}`);
    if (error.hint) out.note(`hint: ${error.hint}`);
    json({ kind: 'failed', message: error.message, hint: error.hint });
    return ExitCode.failed;
  }
  const message = error instanceof Error ? error.message : String(error);
  out.note(`sibyl: ${message}`);
  if (process.env.SIBYL_DEBUG && error instanceof Error && error.stack) out.note(error.stack);
  json({ kind: 'failed', message });
  return ExitCode.failed;
}
