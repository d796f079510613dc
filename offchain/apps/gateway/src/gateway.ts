/**
 * The gateway: an OpenAI-compatible HTTP API in front of Sibyl's suppliers.
 *
 *   POST /v1/chat/completions   POST /v1/completions   GET /v1/models[/<id>]
 *   GET /metrics (Prometheus)   GET /health
 *
 * A completion goes one way through small modules:
 *   admission.ts         API key → body → request → model → standing → suppliers → prompt fitted →
 *                        most possible cost reserved
 *   relay-router.ts      envelope signed, best live supplier of those the session drew, retried
 *                        before any output (relay-client.ts: one sealed relay over NATS)
 *   openai-response.ts   the relay's events as OpenAI JSON or SSE; failures as OpenAI errors
 *   relay-bill.ts        the reservation settled at the cost of the supplier's signed usage
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { KeyringPair } from '@polkadot/keyring/types';
import { accountFromUri, ApplicationDirectory, ChainWatch, connect, formatSbl, type ApiPromise } from '@sibyl/chain-client';
import { ModelFetcher } from '@sibyl/model-runtime';
import { busServers, connectBus, fastSigner } from '@sibyl/protocol';
import type { NatsConnection } from '@nats-io/transport-node';
import { Admission } from './admission.js';
import { ApiKeyStore } from './api-keys.js';
import { sendError, sendJson } from './http-io.js';
import { GatewayMetrics } from './metrics.js';
import { ModelCatalog, type CatalogModel } from './model-catalog.js';
import { OpenAIError } from './openai-error.js';
import { ResponseShaper } from './openai-format.js';
import { respondStream, respondWhole } from './openai-response.js';
import { PromptCounters } from './prompt-counters.js';
import { RelayBill, type DoneEvent } from './relay-bill.js';
import { DEFAULT_TIMEOUTS, type RelayTimeouts } from './relay-client.js';
import { RelayRouter } from './relay-router.js';
import { SpendLedger } from './spend-ledger.js';
import { SupplierDirectory } from './supplier-directory.js';

export interface GatewayConfig {
  rpc: string;
  /** NATS server URL(s) of the bus, comma-separated for a cluster. */
  nats: string;
  /** Secret URI of the gateway's staked account. */
  suri: string;
  host?: string;
  port?: number;
  /** Where API keys and the spend ledger live. */
  dataDir: string;
  /** Where model files are cached (their vocabularies count prompts); default ~/.cache/sibyl/models. */
  cacheDir?: string;
  /** `max_tokens` when a request sets none (default 512). */
  defaultMaxTokens?: number;
  /** Largest request body accepted (default 4 MiB). */
  maxBodyBytes?: number;
  timeouts?: Partial<RelayTimeouts>;
  /** How long a request waits in line while every supplier of its model is busy (default 60 s). */
  busyWaitMs?: number;
  log?: (line: string) => void;
}

/** Room a relay request needs on the bus beside its body: the signed envelope and the JSON around it. */
const RELAY_OVERHEAD_BYTES = 1_024;

export class Gateway {
  private server!: Server;
  private readonly keys: ApiKeyStore;
  private readonly ledger: SpendLedger;
  private readonly metrics = new GatewayMetrics();
  private readonly watch: ChainWatch;
  private readonly catalog: ModelCatalog;
  private readonly directory: SupplierDirectory;
  private readonly applications: ApplicationDirectory;
  private readonly counters: PromptCounters;
  private readonly router: RelayRouter;
  private readonly admission: Admission;
  private readonly log: (line: string) => void;

  private constructor(
    private readonly config: GatewayConfig,
    readonly account: KeyringPair,
    private readonly api: ApiPromise,
    private readonly nats: NatsConnection,
  ) {
    this.log = config.log ?? ((line) => console.error(`gateway: ${line}`));
    this.keys = new ApiKeyStore(join(config.dataDir, 'api-keys.json'));
    this.ledger = new SpendLedger(join(config.dataDir, 'spend-ledger.json'));
    this.watch = new ChainWatch(api);
    this.catalog = new ModelCatalog(api);
    this.directory = new SupplierDirectory(api, nats);
    this.applications = new ApplicationDirectory(api);
    this.counters = new PromptCounters(api, new ModelFetcher(config.cacheDir), this.log);
    this.router = new RelayRouter(nats, account, this.directory, this.metrics, 3, { ...DEFAULT_TIMEOUTS, ...config.timeouts }, config.busyWaitMs);
    this.admission = new Admission({
      gateway: account.address,
      keys: this.keys,
      catalog: this.catalog,
      watch: this.watch,
      applications: this.applications,
      counters: this.counters,
      ledger: this.ledger,
      canServe: (model, suppliers) => this.router.canServe(model, suppliers),
      bodyLimit: () => this.bodyLimit,
      defaultMaxTokens: config.defaultMaxTokens ?? 512,
    });
  }

  static async start(config: GatewayConfig): Promise<Gateway> {
    const account = await accountFromUri(config.suri);
    const api = await connect(config.rpc);
    const nats = await connectBus({ servers: busServers(config.nats), signer: fastSigner(account), name: `sibyl-gateway-${account.address}` });
    const gateway = new Gateway(config, account, api, nats);
    try {
      await gateway.watch.start();
      await gateway.catalog.start();
      await gateway.directory.start();
      await gateway.applications.start();
      gateway.counters.warm(gateway.catalog.list().map((m) => m.id));
      if ((await api.query.stakes.gateways(account.address)).isNone) {
        gateway.log(`warning: ${account.address} is not staked as a gateway; suppliers will refuse its relays`);
      }
      await gateway.listen(config.host ?? '127.0.0.1', config.port ?? 8080);
    } catch (error) {
      await gateway.stop();
      throw error;
    }
    return gateway;
  }

  /** The OpenAI base URL, e.g. http://127.0.0.1:8080/v1. */
  get baseUrl(): string {
    const address = this.server.address();
    if (typeof address !== 'object' || !address) throw new Error('gateway not listening');
    return `http://${this.config.host ?? '127.0.0.1'}:${address.port}/v1`;
  }

  /** Live suppliers of chain model `model`, in the order the next relay would try them. */
  rankedSuppliers(model: number): string[] {
    return this.directory.rank(model).map((c) => c.address);
  }

  /** Re-reads models and suppliers from the chain now instead of at the next periodic refresh. */
  async refresh(): Promise<void> {
    await Promise.all([this.catalog.refresh(), this.directory.refresh()]);
  }

  /** Whether `key` is a live API key here. */
  hasApiKey(key: string): boolean {
    return this.keys.lookup(key) !== undefined;
  }

  /** Creates an API key for an application account. */
  createApiKey(app: string, label = ''): string {
    return this.keys.create(app, label);
  }

  private listen(host: string, port: number): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 65_000;
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve());
    });
  }

  async stop(): Promise<void> {
    this.catalog.stop();
    this.directory.stop();
    this.applications.stop();
    this.watch.stop();
    this.ledger.flush();
    await this.counters.close();
    if (this.server?.listening) {
      this.server.closeAllConnections();
      await new Promise<void>((resolve) => this.server.close(() => resolve()));
    }
    await this.nats.drain().catch(() => undefined);
    await this.api.disconnect().catch(() => undefined);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://gateway');
    const path = url.pathname.replace(/\/+$/, '');
    let route = 'unknown';
    res.once('finish', () => this.metrics.requests.inc({ route, status: String(res.statusCode) }));
    try {
      if (req.method === 'GET' && path === '/health') {
        route = 'health';
        return sendJson(res, 200, { status: 'ok', nats: !this.nats.isClosed(), bestBlock: this.watch.bestBlock });
      }
      if (req.method === 'GET' && path === '/metrics') {
        route = 'metrics';
        res.writeHead(200, { 'content-type': this.metrics.registry.contentType }).end(await this.metrics.registry.metrics());
        return;
      }
      if (req.method === 'GET' && path === '/v1/models') {
        route = 'models';
        this.admission.applicationOf(req);
        return sendJson(res, 200, { object: 'list', data: this.catalog.list().map((m) => this.modelObject(m)) });
      }
      if (req.method === 'GET' && path.startsWith('/v1/models/')) {
        route = 'models';
        this.admission.applicationOf(req);
        const name = decodeURIComponent(path.slice('/v1/models/'.length));
        const model = this.catalog.get(name);
        if (!model) throw OpenAIError.modelNotFound(name);
        return sendJson(res, 200, this.modelObject(model));
      }
      if (req.method === 'POST' && (path === '/v1/chat/completions' || path === '/v1/completions')) {
        route = path === '/v1/chat/completions' ? 'chat' : 'completions';
        return await this.complete(req, res, route === 'chat' ? 'chat' : 'completion');
      }
      throw OpenAIError.notFound(`${req.method} ${path}`);
    } catch (error) {
      const e = error instanceof OpenAIError ? error : OpenAIError.internal();
      if (!(error instanceof OpenAIError)) this.log(`unexpected error: ${(error as Error).stack ?? error}`);
      sendError(res, e);
    }
  }

  private modelObject(m: CatalogModel) {
    return {
      id: m.name,
      object: 'model',
      created: m.created,
      owned_by: m.owner,
      sibyl: {
        model_id: m.id,
        context_length: m.contextLength,
        quantization: m.quantization,
        sha256: m.sha256,
        price_per_1k_cu: m.pricePer1kCu.toString(),
        price_per_1k_cu_sbl: formatSbl(m.pricePer1kCu),
        compute_weights: { prompt_token: Number(m.promptTokenWeight), completion_token: Number(m.completionTokenWeight) },
        suppliers_live: this.directory.rank(m.id).length,
      },
    };
  }

  /**
   * The largest body accepted: the configured limit, and never more than a relay request can
   * carry on the bus (a larger one would fail there after the body was read).
   */
  private get bodyLimit(): number {
    const busLimit = (this.nats.info?.max_payload ?? 1024 * 1024) - RELAY_OVERHEAD_BYTES;
    return Math.min(this.config.maxBodyBytes ?? 4 * 1024 * 1024, busLimit);
  }

  /** A completion, in one direction: admitted → relayed → answered → billed. */
  private async complete(req: IncomingMessage, res: ServerResponse, kind: 'chat' | 'completion'): Promise<void> {
    const arrived = performance.now();
    const admitted = await this.admission.admit(req, kind);
    this.metrics.admission.observe({ model: admitted.model.name }, (performance.now() - arrived) / 1000);
    const controller = new AbortController();
    const onClose = () => {
      if (!res.writableFinished) controller.abort();
    };
    res.on('close', onClose);
    const bill = new RelayBill(admitted.reservation, admitted.maxCost, (done) => this.costOf(admitted.model, done));
    const events = bill.track(this.router.relay({ ...admitted.job, signal: controller.signal }));
    const shaper = new ResponseShaper(kind, admitted.model.name);
    this.metrics.openStreams.inc();
    try {
      if (admitted.stream) await respondStream(res, events, shaper, admitted.includeUsage);
      else await respondWhole(res, events, shaper);
    } finally {
      this.metrics.openStreams.dec();
      res.off('close', onClose);
      bill.close();
    }
  }

  /** What a finished relay costs the application, from the supplier's signed usage. */
  private costOf(model: CatalogModel, done: DoneEvent): bigint {
    const { promptTokens, completionTokens } = done.usage;
    this.metrics.tokens.inc({ model: model.name, kind: 'prompt' }, promptTokens);
    this.metrics.tokens.inc({ model: model.name, kind: 'completion' }, completionTokens);
    return ModelCatalog.cost(model, ModelCatalog.computeUnits(model, promptTokens, completionTokens));
  }
}
