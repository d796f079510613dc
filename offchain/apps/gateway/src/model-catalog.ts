/**
 * The models this network serves, read from the chain's `Models` registry and refreshed
 * periodically: OpenAI model id (the registered name) → chain id, context, price and compute
 * weights. The price is the `Pricing` pallet's current price per 1k compute units (its floor
 * until the model is first priced).
 */
import type { ApiPromise } from '@sibyl/chain-client';
import { u8aToString } from '@polkadot/util';

export interface CatalogModel {
  /** OpenAI `model` id: the registered name (`name@id` when two active models share a name). */
  name: string;
  id: number;
  owner: string;
  contextLength: number;
  quantization: string;
  sha256: string;
  /** Planck per 1000 compute units, now. */
  pricePer1kCu: bigint;
  promptTokenWeight: bigint;
  completionTokenWeight: bigint;
  /** Unix seconds of registration (0 if unknown). */
  created: number;
}

export class ModelCatalog {
  private byName = new Map<string, CatalogModel>();
  private timer: NodeJS.Timeout | undefined;
  private readonly createdAt = new Map<number, number>();

  constructor(
    private readonly api: ApiPromise,
    private readonly refreshMs = 6_000,
  ) {}

  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), this.refreshMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  async refresh(): Promise<void> {
    const [entries, prices] = await Promise.all([this.api.query.models.registry.entries(), this.api.query.pricing.prices.entries()]);
    const priceOf = new Map(prices.filter(([, p]) => p.isSome).map(([key, p]) => [key.args[0].toNumber(), p.unwrap().toBigInt()]));
    const models: CatalogModel[] = [];
    for (const [key, value] of entries) {
      if (value.isNone) continue;
      const m = value.unwrap();
      if (!m.status.isActive) continue;
      const id = key.args[0].toNumber();
      models.push({
        name: u8aToString(m.name),
        id,
        owner: m.owner.toString(),
        contextLength: m.contextLength.toNumber(),
        quantization: u8aToString(m.quantization),
        sha256: m.sha256.toHex().slice(2),
        pricePer1kCu: priceOf.get(id) ?? m.priceFloor.toBigInt(),
        promptTokenWeight: m.computeWeights.promptToken.toBigInt(),
        completionTokenWeight: m.computeWeights.completionToken.toBigInt(),
        created: await this.registrationTime(id, m.registeredAt.toNumber()),
      });
    }
    models.sort((a, b) => a.id - b.id);
    const counts = new Map<string, number>();
    for (const m of models) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
    const byName = new Map<string, CatalogModel>();
    for (const m of models) {
      if ((counts.get(m.name) ?? 0) > 1) m.name = `${m.name}@${m.id}`;
      byName.set(m.name, m);
    }
    this.byName = byName;
  }

  private async registrationTime(id: number, block: number): Promise<number> {
    const known = this.createdAt.get(id);
    if (known !== undefined) return known;
    let seconds = 0;
    try {
      const hash = await this.api.rpc.chain.getBlockHash(block);
      const at = await this.api.at(hash);
      seconds = Math.floor(Number((await at.query.timestamp.now()).toBigInt()) / 1000);
    } catch {
      // Old state may be pruned; 0 says "unknown".
    }
    this.createdAt.set(id, seconds);
    return seconds;
  }

  get(name: string): CatalogModel | undefined {
    return this.byName.get(name);
  }

  list(): CatalogModel[] {
    return [...this.byName.values()];
  }

  /** Compute units of a relay with this usage. */
  static computeUnits(model: CatalogModel, promptTokens: number, completionTokens: number): bigint {
    return BigInt(promptTokens) * model.promptTokenWeight + BigInt(completionTokens) * model.completionTokenWeight;
  }

  /** Planck charged for `cu` compute units at the model's price (rounded up). */
  static cost(model: CatalogModel, cu: bigint): bigint {
    return (cu * model.pricePer1kCu + 999n) / 1000n;
  }
}
