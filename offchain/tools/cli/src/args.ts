/**
 * Reading a `sibyl` command line with node:util's parseArgs: the global options every command
 * takes, the command words, and typed access to a command's own options, where anything
 * malformed is a {@link UsageError} (exit code 2) naming the option.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

/** Option declarations as parseArgs takes them. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** The endpoint of a node on this machine, as `npm start` and `npm run chain` serve it. */
export const DEFAULT_RPC = 'ws://127.0.0.1:9944';

/** Options every command takes, wherever they stand on the line. */
export const globalOptionSpec = {
  rpc: { type: 'string' },
  json: { type: 'boolean' },
  key: { type: 'string' },
  home: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} satisfies OptionSpec;

export interface GlobalOptions {
  /** WebSocket endpoint of a Sibyl node. */
  rpc: string;
  /** One JSON document on stdout instead of text. */
  json: boolean;
  /** Stored key (or `//Dev` secret URI) that signs; undefined: the keystore's default. */
  key?: string;
  /** Keystore directory. */
  home: string;
  help: boolean;
}

/** The keystore directory when neither --home nor SIBYL_HOME says otherwise. */
export function defaultHome(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'sibyl');
}

/**
 * The leading words of a command line (`keys create bob …` → keys, create, bob, …), read before
 * the command — and so its options — is known. Only used to pick the command.
 */
export function leadingWords(argv: readonly string[]): string[] {
  const { tokens } = parseArgs({ args: [...argv], options: globalOptionSpec, strict: false, allowPositionals: true, tokens: true });
  return tokens.filter((t) => t.kind === 'positional').map((t) => (t as { value: string }).value);
}

/** The global options from parsed `values`, with their environment variables and defaults. */
export function resolveGlobals(values: Record<string, unknown>, env: NodeJS.ProcessEnv = process.env): GlobalOptions {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  return {
    rpc: text('rpc') ?? (env.SIBYL_RPC || DEFAULT_RPC),
    json: values.json === true,
    key: text('key') ?? (env.SIBYL_KEY || undefined),
    home: text('home') ?? (env.SIBYL_HOME || defaultHome(env)),
    help: values.help === true,
  };
}

type OptionValue = string | boolean | (string | boolean)[] | undefined;

/** A command line parsed against the global options and one command's own. */
export class ParsedArgs {
  private constructor(
    readonly global: GlobalOptions,
    /** Positionals after the command's words. */
    readonly positionals: readonly string[],
    private readonly values: Record<string, OptionValue>,
    private readonly usage: string,
  ) {}

  /**
   * Parses `argv` strictly: an unknown option, a missing value or a stray positional is a
   * usage error. `words` is how many leading positionals name the command.
   */
  static parse(argv: readonly string[], options: OptionSpec, words: number, usage: string, env: NodeJS.ProcessEnv = process.env): ParsedArgs {
    let parsed: { values: Record<string, OptionValue>; positionals: string[] };
    try {
      parsed = parseArgs({ args: [...argv], options: { ...globalOptionSpec, ...options }, strict: true, allowPositionals: true }) as typeof parsed;
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '') : String(error), usage);
    }
    return new ParsedArgs(resolveGlobals(parsed.values, env), parsed.positionals.slice(words), parsed.values, usage);
  }

  /** A usage error for this command. */
  usageError(message: string): UsageError {
    return new UsageError(message, this.usage);
  }

  string(name: string): string | undefined {
    const value = this.values[name];
    return typeof value === 'string' ? value : undefined;
  }

  requiredString(name: string): string {
    const value = this.string(name);
    if (value === undefined || value === '') throw this.usageError(`--${name} is required`);
    return value;
  }

  /** Every value of a repeatable option, in order. */
  strings(name: string): string[] {
    const value = this.values[name];
    if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
    return typeof value === 'string' ? [value] : [];
  }

  flag(name: string): boolean {
    return this.values[name] === true;
  }

  /** An integer option within [min, max], or undefined when not given. */
  integer(name: string, min = 0, max = Number.MAX_SAFE_INTEGER): number | undefined {
    const text = this.string(name);
    if (text === undefined) return undefined;
    return parseInteger(text, `--${name}`, this.usage, min, max);
  }

  /** The positional at `index`, which must be there; `what` names it in the error. */
  positional(index: number, what: string): string {
    const value = this.positionals[index];
    if (value === undefined || value === '') throw this.usageError(`missing <${what}>`);
    return value;
  }

  /** Refuses positionals beyond the first `count`. */
  atMostPositionals(count: number): void {
    if (this.positionals.length > count) throw this.usageError(`unexpected argument "${this.positionals[count]}"`);
  }
}

/** `text` as an integer within [min, max], or a usage error naming `what`. */
export function parseInteger(text: string, what: string, usage: string | undefined, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${what} must be an integer from ${min}${max === Number.MAX_SAFE_INTEGER ? ' up' : ` to ${max}`}, got "${text}"`, usage);
  }
  return n;
}
