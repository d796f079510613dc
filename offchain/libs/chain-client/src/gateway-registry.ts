/**
 * Which gateways may sign relays now: every account whose gateway bond is at least the minimum,
 * read in full when started and again with every new block. A supplier checks an envelope's
 * gateway here without a chain read, so envelopes signed by keys nobody staked cost it nothing
 * but the signature check.
 */
import type { ApiPromise } from '@polkadot/api';

export class GatewayRegistry {
  private active = new Set<string>();
  private unsubscribe: (() => void) | undefined;
  private refreshing = false;

  constructor(private readonly api: ApiPromise) {}

  async start(): Promise<void> {
    await this.refresh();
    this.unsubscribe = await this.api.rpc.chain.subscribeNewHeads(() => void this.refresh().catch(() => undefined));
  }

  stop(): void {
    this.unsubscribe?.();
  }

  /** Whether `gateway` has at least the minimum gateway bond active. */
  isActive(gateway: string): boolean {
    return this.active.has(gateway);
  }

  async refresh(): Promise<void> {
    if (this.refreshing) return;
    this.refreshing = true;
    try {
      const [params, bonds] = await Promise.all([this.api.query.stakes.parameters(), this.api.query.stakes.bonds.entries('Gateway')]);
      const minimum = params.minGatewayStake.toBigInt();
      const active = new Set<string>();
      for (const [key, bond] of bonds) {
        if (bond.isNone) continue;
        const stake = bond.unwrap().active.toBigInt();
        if (stake > 0n && stake >= minimum) active.add(key.args[1].toString());
      }
      this.active = active;
    } finally {
      this.refreshing = false;
    }
  }
}
