/**
 * What a supplier needs to know from the chain to authorize a relay: the session, whether the
 * gateway is staked, which gateways the application delegates to, which models this supplier is
 * staked for, and whether it was drawn for the application's model this session (a relay it was
 * not drawn for could never be claimed). Reads are cached briefly by {@link ChainWatch}.
 */
import { ChainWatch, type ApiPromise } from '@sibyl/chain-client';

export class RelayAuthorizationError extends Error {
  override readonly name = 'RelayAuthorizationError';
}

export class ChainView {
  private readonly watch: ChainWatch;

  constructor(
    private readonly api: ApiPromise,
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
    return this.watch.session;
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
  async authorize(relay: { session: bigint; gateway: string; app: string; supplier: string; model: number }): Promise<void> {
    const [gatewayOk, delegated, models, drawn] = await Promise.all([
      this.gatewayStaked(relay.gateway),
      this.delegatedGateways(relay.app),
      this.suppliedModels(relay.supplier),
      this.watch.sessionSuppliers(relay.session, relay.app, relay.model),
    ]);
    if (!gatewayOk) throw new RelayAuthorizationError(`gateway ${relay.gateway} is not staked`);
    if (!delegated.includes(relay.gateway)) {
      throw new RelayAuthorizationError(`application ${relay.app} has not delegated to gateway ${relay.gateway}`);
    }
    if (!models.includes(relay.model)) {
      throw new RelayAuthorizationError(`supplier ${relay.supplier} is not staked for model ${relay.model}`);
    }
    if (!drawn.includes(relay.supplier)) {
      throw new RelayAuthorizationError(`supplier ${relay.supplier} is not drawn for application ${relay.app}'s model ${relay.model} in session ${relay.session}`);
    }
  }
}
