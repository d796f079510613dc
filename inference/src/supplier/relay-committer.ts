/**
 * Commits the digests of answered relays on chain (`tiqe.commitRelays`), batched per (model,
 * session), so TIQE+ can sample among them after the fact: the sample is drawn in a later block
 * than the commitment, so a supplier cannot choose which relays get checked. Relay mining (issue
 * 5) replaces this with claims over a Merkle sum tree; until then every relay is committed.
 */
import type { KeyringPair } from '@polkadot/keyring/types';
import { signAndWait, type ApiPromise } from '@sibyl/chain-client';
import type { ArchivedRelay, RelayArchive } from './relay-archive.js';

export interface RelayCommitterOptions {
  api: ApiPromise;
  account: KeyringPair;
  archive: RelayArchive;
  /** Longest a digest waits before it is committed (default 6 s: about one block). */
  intervalMs?: number;
  /** Commit as soon as this many digests wait (default 16): fewer, fuller transactions. */
  batchSize?: number;
  log?: (line: string) => void;
}

export class RelayCommitter {
  private readonly pending: ArchivedRelay[] = [];
  /** When the oldest pending digest arrived (ms since the epoch); 0 when none waits. */
  private oldest = 0;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly options: RelayCommitterOptions) {}

  /** Resumes with what the archive has not committed yet, then commits on a timer. */
  async start(): Promise<void> {
    this.pending.push(...(await this.options.archive.uncommitted()));
    if (this.pending.length > 0) this.oldest = Date.now();
    const interval = this.options.intervalMs ?? 6_000;
    this.timer = setInterval(() => {
      const due = this.pending.length >= (this.options.batchSize ?? 16) || (this.oldest > 0 && Date.now() - this.oldest >= interval);
      if (due) void this.flush();
    }, Math.min(1_000, interval));
  }

  add(relay: ArchivedRelay): void {
    if (this.pending.length === 0) this.oldest = Date.now();
    this.pending.push(relay);
  }

  get backlog(): number {
    return this.pending.length;
  }

  /** Commits everything pending now; one flush at a time. */
  flush(): Promise<void> {
    this.running ??= this.commitPending().finally(() => (this.running = undefined));
    return this.running;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async commitPending(): Promise<void> {
    const { api, account, archive, log } = this.options;
    const max = api.consts.tiqe.maxRelaysPerCommit.toNumber();
    while (this.pending.length > 0) {
      const { model, session } = this.pending[0]!;
      const batch = this.pending.filter((r) => r.model === model && r.session === session).slice(0, max);
      try {
        await signAndWait(api, api.tx.tiqe.commitRelays(model, session, batch.map((r) => r.digest)), account);
      } catch (error) {
        log?.(`committing ${batch.length} relay digests failed (will retry): ${(error as Error).message}`);
        return;
      }
      await archive.markCommitted(batch.map((r) => r.digest));
      const done = new Set(batch);
      for (let i = this.pending.length - 1; i >= 0; i--) if (done.has(this.pending[i]!)) this.pending.splice(i, 1);
    }
    this.oldest = 0;
  }
}
