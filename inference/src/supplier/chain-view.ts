/**
 * What a supplier needs to know from the chain to authorize a relay: the session (from the best
 * block), whether the gateway is staked, which gateways the application delegates to, and which
 * models this supplier is staked for. Reads are cached briefly by {@link ChainWatch}.
 */
import { ChainWatch, type ApiPromise } from '@sibyl/chain-client';
import { sessionOf } from '@sibyl/protocol';

export class RelayAuthorizationError extends Error {
  override readonly name = 'RelayAuthorizationError';
}

export class ChainView {
  private readonly watch: ChainWatch;

  constructor(
    private readonly api: ApiPromise,
    private readonly sessionBlocks: number,
    ttlMs = 6_000,
  ) {
    this.watch = new ChainWatch(api, ttlMs);
  }

  start(): Promise<void> {
    return this.watch.start();
  }

  stop(): void {
    this.watch.stop();
  }

  get session(): bigint {
    return sessionOf(this.watch.bestBlock, this.sessionBlocks);
  }

  gatewayStaked(gateway: string): Promise<boolean> {
    return this.watch.cached(`gw:${gateway}`, async () => (await this.api.query.stakes.gateways(gateway)).isSome);
  }

  delegatedGateways(app: string): Promise<string[]> {
    return this.watch.cached(`app:${app}`, async () => {
      const entry = await this.api.query.stakes.applications(app);
      return entry.isSome ? entry.unwrap().gateways.map((g) => g.toString()) : [];
    });
  }

  suppliedModels(supplier: string): Promise<number[]> {
    return this.watch.cached(`sup:${supplier}`, async () => {
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
