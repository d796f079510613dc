/**
 * What a `sibyl` command is (its words, usage, options and what it runs) and the context it runs
 * in: the global options, the output, the progress line, the keystore and — opened on first use,
 * closed when the command ends — the chain.
 */
import { signAndWait, type ApiPromise, type Inclusion, type SubmittableExtrinsic } from '@sibyl/chain-client';
import type { GlobalOptions, OptionSpec, ParsedArgs } from './args.js';
import { openChain } from './chain-connection.js';
import { Keystore } from './keystore.js';
import { Output } from './output.js';
import { Progress } from './progress.js';
import { resolveAddress, resolveSigner, type Signer } from './signer.js';

/** A command whose options `sibyl` parses. */
export interface Command {
  /** The words that name it, e.g. `['keys', 'create']`. */
  words: readonly string[];
  /** One usage line, e.g. `sibyl keys create <name> [--suri <secret uri>]`. */
  usage: string;
  /** What it does, in a line. */
  summary: string;
  /** More help: options explained, one per line. */
  details?: readonly string[];
  options?: OptionSpec;
  /** Runs it; the exit code, or nothing for success. */
  run(ctx: CommandContext, args: ParsedArgs): Promise<number | void>;
}

/** A command that hands most of its line to another program (`serve`); it reads the line itself. */
export interface PassthroughCommand extends Omit<Command, 'run' | 'options'> {
  passthrough: true;
  run(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number>;
}

export type AnyCommand = Command | PassthroughCommand;

export class CommandContext {
  readonly out: Output;
  readonly progress: Progress;
  readonly keystore: Keystore;
  private api: Promise<ApiPromise> | undefined;

  constructor(readonly options: GlobalOptions) {
    this.out = new Output(options.json);
    this.progress = Progress.for(options.json);
    this.keystore = new Keystore(options.home);
  }

  /** The chain at --rpc, connected once per command. */
  chain(): Promise<ApiPromise> {
    this.api ??= this.progress.during(`connecting to ${this.options.rpc}`, openChain(this.options.rpc));
    return this.api;
  }

  /** The account that signs (--key). */
  signer(): Promise<Signer> {
    return resolveSigner(this.keystore, this.options.key);
  }

  /** The address `explicit` names, or else the --key account's. */
  async address(explicit?: string): Promise<string> {
    return explicit ?? resolveAddress(this.keystore, this.options.key);
  }

  /** Signs and submits `tx`, showing progress until it is in a block; throws a ChainError if it failed. */
  async submit(tx: SubmittableExtrinsic<'promise'>, signer: Signer): Promise<Inclusion> {
    const api = await this.chain();
    const label = `${tx.method.section}.${tx.method.method} from ${signer.label}: waiting for a block`;
    return this.progress.during(label, signAndWait(api, tx, signer.pair));
  }

  /** Disconnects from the chain, if connected. */
  async close(): Promise<void> {
    this.progress.stop();
    const api = this.api;
    this.api = undefined;
    if (api) await api.then((a) => a.disconnect()).catch(() => undefined);
  }
}
