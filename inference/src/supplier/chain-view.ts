/**
 * What a supplier needs to know from the chain to authorize a relay, cached briefly so a relay
 * costs no chain round trip in the common case: the best block (for the session), whether a
 * gateway is staked, which gateways an application delegates to, and which models this supplier
 * is staked for.
 */
import type { ApiPromise } from '@sibyl/chain-client';
import { sessionOf } from '@sibyl/protocol';

export class RelayAuthorizationError extends Error {
  override readonly name = 'RelayAuthorizationError';
}

interface Cached<T> {
  value: T;
  until: number;
}

export class ChainView {
  private best = 0;
  private unsubscribe: (() => void) | undefined;
  private readonly cache = new Map<string, Cached<unknown>>();

  constructor(
    private readonly api: ApiPromise,
    private readonly sessionBlocks: number,
    private readonly ttlMs = 6_000,
  ) {}

  async start(): Promise<void> {
    this.best = (await this.api.rpc.chain.getHeader()).number.toNumber();
    this.unsubscribe = await this.api.rpc.chain.subscribeNewHeads((header) => {
      this.best = Math.max(this.best, header.number.toNumber());
    });
  }

  stop(): void {
    this.unsubscribe?.();
  }

  get bestBlock(): number {
    return this.best;
  }

  get session(): bigint {
    return sessionOf(this.best, this.sessionBlocks);
  }

  private async cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.cache.get(key);
    if (hit && hit.until > Date.now()) return hit.value as T;
    const value = await load();
    this.cache.set(key, { value, until: Date.now() + this.ttlMs });
    return value;
  }

  gatewayStaked(gateway: string): Promise<boolean> {
    return this.cached(`gw:${gateway}`, async () => (await this.api.query.stakes.gateways(gateway)).isSome);
  }

  delegatedGateways(app: string): Promise<string[]> {
    return this.cached(`app:${app}`, async () => {
      const entry = await this.api.query.stakes.applications(app);
      return entry.isSome ? entry.unwrap().gateways.map((g) => g.toString()) : [];
    });
  }

  suppliedModels(supplier: string): Promise<number[]> {
    return this.cached(`sup:${supplier}`, async () => {
      const entry = await this.api.query.stakes.suppliers(supplier);
      return entry.isSome ? entry.unwrap().models.map((m) => m.toNumber()) : [];
    });
  }

  /** Throws {@link RelayAuthorizationError} unless the chain allows this relay. */
  async authorize(relay: { gateway: string; app: string; supplier: string; model: number }): Promise<void> {
    const [gatewayOk, delegated, models] = await Promise.all([
      this.gatewayStaked(relay.gateway),
      this.delegatedGateways(relay.app),
      this.suppliedModels(relay.supplier),
    ]);
    if (!gatewayOk) throw new RelayAuthorizationError(`gateway ${relay.gateway} is not staked`);
    if (!delegated.includes(relay.gateway)) {
      throw new RelayAuthorizationError(`application ${relay.app} has not delegated to gateway ${relay.gateway}`);
    }
    if (!models.includes(relay.model)) {
      throw new RelayAuthorizationError(`supplier ${relay.supplier} is not staked for model ${relay.model}`);
    }
  }
}
