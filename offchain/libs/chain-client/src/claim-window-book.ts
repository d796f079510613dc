/**
 * The claim and proof windows of ended sessions, as the chain gives them
 * (`RelayMiningApi::claim_windows`, docs/relay-mining.md). A session's windows follow from its
 * end block, fixed once it ended, and the relay-mining parameters, which only governance changes;
 * so each ended session's windows are asked once and kept until the parameters change, instead
 * of a runtime call on every block or relay. `None` (a session not ended, or no longer kept) is
 * never remembered. At most `maxSessions` sessions are kept, the newest.
 */
import type { ApiPromise } from '@polkadot/api';

/** First blocks of a session's claim window, and first blocks after its claim and proof windows. */
export interface ClaimWindows {
  claimOpen: number;
  claimClose: number;
  proofClose: number;
}

export class ClaimWindowBook {
  private readonly windows = new Map<bigint, Promise<ClaimWindows | undefined>>();
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly api: ApiPromise,
    private readonly maxSessions = 16,
  ) {}

  /** Follows the relay-mining parameters: a change forgets every window asked so far. */
  async start(): Promise<void> {
    let first = true;
    this.unsubscribe = (await this.api.query.relayMining.parameters(() => {
      if (!first) this.windows.clear();
      first = false;
    })) as unknown as () => void;
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** `session`'s windows, or `undefined` while it has not ended (or once the chain forgot it). */
  get(session: bigint): Promise<ClaimWindows | undefined> {
    const known = this.windows.get(session);
    if (known) return known;
    const asked = this.api.call.relayMiningApi.claimWindows(session).then((w) => {
      if (w.isNone) return undefined;
      const { claimOpen, claimClose, proofClose } = w.unwrap();
      return { claimOpen: claimOpen.toNumber(), claimClose: claimClose.toNumber(), proofClose: proofClose.toNumber() };
    });
    this.windows.set(session, asked);
    const forget = () => {
      if (this.windows.get(session) === asked) this.windows.delete(session);
    };
    asked.then((w) => {
      if (!w) forget();
    }, forget);
    // Keep the newest sessions: an ended session's windows are asked for a few blocks only.
    while (this.windows.size > this.maxSessions) {
      const oldest = [...this.windows.keys()].reduce((a, b) => (b < a ? b : a));
      this.windows.delete(oldest);
    }
    return asked;
  }
}
