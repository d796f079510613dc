/**
 * The JSON API behind the pages (docs/dashboard.md, "API"): each route joins the chain's current
 * state ({@link ChainReads}) with the indexed history ({@link Indexer}). Unknown suppliers, models
 * and jobs are 404s, malformed ids 400s, each with `{ error }`.
 */
import type { ChainReads } from './chain-reads.js';
import type { Indexer } from './indexer.js';
import type { MetricsScraper } from './metrics.js';
import { hasSupplierHistory, jobHistory, modelHistory, qualityView, supplierHistory, usageView } from './views.js';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ApiSources {
  reads: ChainReads;
  indexer: Indexer;
  supplierMetrics?: MetricsScraper;
  gatewayMetrics?: MetricsScraper;
}

type Handler = (params: string[]) => Promise<unknown>;

/** Suppliers whose current α and reputation the quality page reads at most. */
const MAX_QUALITY_READS = 100;

export class ApiRoutes {
  private readonly routes: [RegExp, Handler][];

  constructor(private readonly sources: ApiSources) {
    this.routes = [
      [/^\/api\/status$/, async () => this.status()],
      [/^\/api\/summary$/, async () => ({ ...(await this.sources.reads.summary()), indexer: this.sources.indexer.status })],
      [/^\/api\/usage$/, async () => ({ ...usageView(this.sources.indexer.history), models: await this.modelNames() })],
      [/^\/api\/quality$/, async () => this.quality()],
      [/^\/api\/suppliers$/, async () => this.suppliers()],
      [/^\/api\/suppliers\/([^/]+)$/, async ([address]) => this.supplier(address!)],
      [/^\/api\/models$/, async () => this.sources.reads.models()],
      [/^\/api\/models\/([^/]+)$/, async ([id]) => this.model(id!)],
      [/^\/api\/jobs$/, async () => usageView(this.sources.indexer.history).jobs],
      [/^\/api\/jobs\/([^/]+)$/, async ([id]) => this.job(id!)],
      [/^\/api\/governance$/, async () => this.sources.reads.governance()],
      [/^\/api\/metrics$/, async () => this.metrics()],
    ];
  }

  /** The answer to GET `pathname`; throws {@link HttpError} for a 4xx. */
  async handle(pathname: string): Promise<unknown> {
    for (const [pattern, handler] of this.routes) {
      const match = pattern.exec(pathname);
      if (match) return handler(match.slice(1).map((p) => decodeURIComponent(p)));
    }
    throw new HttpError(404, `no API route ${pathname}`);
  }

  private status() {
    return {
      indexer: this.sources.indexer.status,
      metrics: { supplier: this.sources.supplierMetrics?.url, gateway: this.sources.gatewayMetrics?.url },
    };
  }

  private async modelNames(): Promise<Record<string, string>> {
    const models = await this.sources.reads.models();
    return Object.fromEntries(models.map((m) => [String(m.id), m.name]));
  }

  private async quality() {
    const view = qualityView(this.sources.indexer.history);
    const suppliers = (await this.sources.reads.role('Supplier')).members.slice(0, MAX_QUALITY_READS);
    const current = await Promise.all(
      suppliers.map(async ({ address }) => {
        const state = await this.sources.reads.supplier(address);
        return { address, quality: state.quality, reputation: state.reputation };
      }),
    );
    return { ...view, current };
  }

  private async suppliers() {
    const role = await this.sources.reads.role('Supplier');
    const history = this.sources.indexer.history;
    return {
      count: role.count,
      totalStake: role.totalStake,
      suppliers: role.members.map((m) => {
        const record = history.suppliers[m.address];
        return { ...m, sessions: record?.sessions.length ?? 0, claims: record?.claims ?? 0, settled: record?.settled ?? 0, earned: record?.earned ?? '0', lastAlpha: record?.quality.at(-1)?.alpha };
      }),
    };
  }

  private async supplier(raw: string) {
    const address = this.sources.reads.account(raw);
    if (!address) throw new HttpError(400, `${raw} is not an account address`);
    const [state, models] = await Promise.all([this.sources.reads.supplier(address), this.modelNames()]);
    const history = supplierHistory(this.sources.indexer.history, address);
    if (!state.bond && !state.config && !hasSupplierHistory(history)) throw new HttpError(404, `no supplier ${address}: not staked, and nothing indexed of it`);
    return { ...state, ...history, models };
  }

  private async model(raw: string) {
    const id = /^\d{1,9}$/.test(raw) ? Number(raw) : undefined;
    if (id === undefined) throw new HttpError(400, `${raw} is not a model id`);
    const [models, suppliers] = await Promise.all([this.sources.reads.models(), this.sources.reads.suppliersOf(id)]);
    const model = models.find((m) => m.id === id);
    const history = modelHistory(this.sources.indexer.history, id);
    if (!model && history.sessions.length === 0) throw new HttpError(404, `no model ${id}: not registered, and nothing indexed of it`);
    return { id, model, suppliers, ...history };
  }

  private async job(raw: string) {
    const id = /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
    if (id === undefined) throw new HttpError(400, `${raw} is not a job id`);
    const [onChain, models] = await Promise.all([this.sources.reads.job(id), this.modelNames()]);
    const indexed = jobHistory(this.sources.indexer.history, id);
    if (!onChain && !indexed) throw new HttpError(404, `no job ${id}: not on chain (or pruned), and nothing indexed of it`);
    return { id, onChain, indexed, models };
  }

  private async metrics() {
    const [supplier, gateway] = await Promise.all([this.sources.supplierMetrics?.report(), this.sources.gatewayMetrics?.report()]);
    return { supplier, gateway };
  }
}

