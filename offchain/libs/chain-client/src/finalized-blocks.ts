/**
 * Every finalized block, once, in order. GRANDPA finalizes blocks in batches and a subscription
 * reports only the newest of each batch, so the blocks in between are walked by number: below the
 * finalized head a number names one block for good. What moves money (claims, proofs, votes,
 * settlements) is read here rather than at the best block, which a fork may still replace.
 * On Chopsticks the best block is final at once, so the same code serves both chains.
 */
import type { ApiPromise } from '@polkadot/api';
import type { EventRecord } from '@polkadot/types/interfaces';

/** A finalized block: its number, hash and events. */
export interface FinalizedBlock {
  number: number;
  hash: string;
  events: EventRecord[];
}

export class FinalizedBlocks {
  private next: number | undefined;
  private unsubscribe: (() => void) | undefined;
  private walking: Promise<void> = Promise.resolve();

  constructor(
    private readonly api: ApiPromise,
    private readonly onBlock: (block: FinalizedBlock) => void | Promise<void>,
    /** Walk at most this many blocks behind the head on a catch-up; older ones are skipped. */
    private readonly maxCatchUp = 1_000,
  ) {}

  /** Follows finality from the current finalized block (or from `from`, when given). */
  async start(from?: number): Promise<void> {
    this.next = from;
    this.unsubscribe = await this.api.rpc.chain.subscribeFinalizedHeads((header) => {
      const head = header.number.toNumber();
      this.walking = this.walking.then(() => this.walkTo(head)).catch(() => undefined);
    });
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private async walkTo(head: number): Promise<void> {
    let next = this.next ?? head;
    if (head - next >= this.maxCatchUp) next = head - this.maxCatchUp + 1;
    for (; next <= head; next++) {
      const hash = (await this.api.rpc.chain.getBlockHash(next)).toHex();
      const events = (await (await this.api.at(hash)).query.system.events()) as unknown as EventRecord[];
      await this.onBlock({ number: next, hash, events: [...events] });
      this.next = next + 1;
    }
  }
}
