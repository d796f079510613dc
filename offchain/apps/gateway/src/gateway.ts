/**
 * The gateway: an OpenAI-compatible HTTP API in front of Sibyl's suppliers.
 *
 *   POST /v1/chat/completions   POST /v1/completions   GET /v1/models[/<id>]
 *   GET /metrics (Prometheus)   GET /health
 *
 * A request goes: API key → application → body (bounded by the bus's payload limit) → parsed
 * request → model → admission (admission.ts: the application's standing, the prompt counted and
 * fitted to the context, the most it can cost reserved) → relay to the best live supplier the
 * session drew (relay-router.ts) → OpenAI JSON or SSE → the reservation settled at the cost of
 * the supplier's signed usage.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { KeyringPair } from '@polkadot/keyring/types';
import { accountFromUri, ApplicationDirectory, ChainWatch, connect, formatSbl, type ApiPromise } from '@sibyl/chain-client';
import { ModelFetcher } from '@sibyl/model-runtime';
import { busServers, connectBus, encodeMessage, fastSigner, requestSeed } from '@sibyl/protocol';
import type { NatsConnection } from '@nats-io/transport-node';
import { bodyText, budgetOf, checkStanding, fitToContext, reserve } from './admission.js';
import { ApiKeyStore } from './api-keys.js';
import { GatewayMetrics } from './metrics.js';
import { ModelCatalog, type CatalogModel } from './model-catalog.js';
import { OpenAIError } from './openai-error.js';
import { ResponseShaper, usageOf } from './openai-format.js';
import { parseChatRequest, parseCompletionRequest, type ParsedRequest } from './openai-request.js';
import { PromptCounters } from './prompt-counters.js';
import { DEFAULT_TIMEOUTS, RelayFailure, type RelayTimeouts } from './relay-client.js';
import { RelayRouter, type RelayEvent } from './relay-router.js';
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
        return this.json(res, 200, { status: 'ok', nats: !this.nats.isClosed(), bestBlock: this.watch.bestBlock });
      }
      if (req.method === 'GET' && path === '/metrics') {
        route = 'metrics';
        res.writeHead(200, { 'content-type': this.metrics.registry.contentType }).end(await this.metrics.registry.metrics());
        return;
      }
      if (req.method === 'GET' && path === '/v1/models') {
        route = 'models';
        this.authenticate(req);
        return this.json(res, 200, { object: 'list', data: this.catalog.list().map((m) => this.modelObject(m)) });
      }
      if (req.method === 'GET' && path.startsWith('/v1/models/')) {
        route = 'models';
        this.authenticate(req);
        const name = decodeURIComponent(path.slice('/v1/models/'.length));
        const model = this.catalog.get(name);
        if (!model) throw OpenAIError.modelNotFound(name);
        return this.json(res, 200, this.modelObject(model));
      }
      if (req.method === 'POST' && (path === '/v1/chat/completions' || path === '/v1/completions')) {
        route = path === '/v1/chat/completions' ? 'chat' : 'completions';
        return await this.complete(req, res, route === 'chat' ? 'chat' : 'completion');
      }
      throw OpenAIError.notFound(`${req.method} ${path}`);
    } catch (error) {
      const e = error instanceof OpenAIError ? error : OpenAIError.internal();
      if (!(error instanceof OpenAIError)) this.log(`unexpected error: ${(error as Error).stack ?? error}`);
      this.sendError(res, e);
    }
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }).end(text);
  }

  private sendError(res: ServerResponse, error: OpenAIError): void {
    if (res.headersSent) return;
    const headers: Record<string, string> = {};
    if (error.retry === false) headers['x-should-retry'] = 'false';
    if (error.status === 503) headers['retry-after'] = '1';
    const text = JSON.stringify(error);
    res.writeHead(error.status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers }).end(text);
  }

  private authenticate(req: IncomingMessage): string {
    const header = req.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) throw OpenAIError.invalidApiKey('You didn\'t provide an API key. Send it as "Authorization: Bearer <key>".');
    const record = this.keys.lookup(m[1]!);
    if (!record) throw OpenAIError.invalidApiKey();
    return record.app;
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

  private readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
    const limit = this.bodyLimit;
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      return Promise.reject(OpenAIError.bodyTooLarge(limit));
    }
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let failed = false;
      req.on('data', (chunk: Buffer) => {
        if (failed) return;
        size += chunk.length;
        if (size > limit) {
          failed = true;
          reject(OpenAIError.bodyTooLarge(limit));
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => {
        if (failed) return;
        let value: unknown;
        try {
          value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          return reject(OpenAIError.invalidRequest('The request body is not valid JSON.', null, 'invalid_json'));
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
          return reject(OpenAIError.invalidRequest('The request body must be a JSON object.', null, 'invalid_json'));
        }
        resolve(value as Record<string, unknown>);
      });
      req.on('error', reject);
    });
  }

  private async complete(req: IncomingMessage, res: ServerResponse, kind: 'chat' | 'completion'): Promise<void> {
    const app = this.authenticate(req);
    const raw = await this.readBody(req);
    const defaultMax = this.config.defaultMaxTokens ?? 512;
    const parsed: ParsedRequest = kind === 'chat' ? parseChatRequest(raw, defaultMax) : parseCompletionRequest(raw, defaultMax);
    const model = this.catalog.get(parsed.model);
    if (!model) throw OpenAIError.modelNotFound(parsed.model);
    const session = this.watch.session;
    checkStanding(app, this.account.address, await this.applications.standing(app), session);
    // Only the suppliers the session drew for this app and model may serve it (and claim it).
    const suppliers = await this.watch.sessionSuppliers(session, app, model.id);
    if (!this.directory.rank(model.id).some((c) => suppliers.includes(c.address))) {
      throw OpenAIError.noSupplier(`No supplier is serving \`${model.name}\` right now. Try again shortly.`);
    }
    const text = bodyText(parsed.body);
    // The body is re-encoded as JSON: check what will travel, not what arrived.
    if (Buffer.byteLength(encodeMessage({ envelope: { payload: '0x', signature: '0x' }, body: text })) > this.bodyLimit) {
      throw OpenAIError.bodyTooLarge(this.bodyLimit);
    }
    const counter = await this.counters.get(model.id).catch(() => {
      throw OpenAIError.modelUnavailable(`The gateway cannot load \`${model.name}\`'s vocabulary to count the prompt yet. Try again shortly.`);
    });
    const { promptTokens, sampling } = fitToContext(model, counter.count(parsed.body), {
      ...parsed.sampling,
      // A relay without a seed could not be replayed by validators (docs/validator.md): the
      // gateway draws one, and it travels in the signed envelope. A client's own seed is bound
      // to the request, so no cached answer to another prompt holds this relay's draws.
      seed:
        parsed.sampling.seed === null
          ? randomBytes(8).readBigUInt64LE()
          : requestSeed(parsed.sampling.seed, { model: model.id, bodyText: text, temperatureMilli: parsed.sampling.temperatureMilli, topPMilli: parsed.sampling.topPMilli }),
    });
    this.ledger.prune(this.applications.unsettledFrom);
    // Admission may have waited; the standing read now is the one the budget is taken from.
    const standing = await this.applications.standing(app);
    const { reservation, maxCost } = reserve(this.ledger, app, session, model, { promptTokens, maxTokens: sampling.maxTokens }, budgetOf(standing, session, this.applications.unsettledFrom));

    const controller = new AbortController();
    const onClose = () => {
      if (!res.writableFinished) controller.abort();
    };
    res.on('close', onClose);
    const shaper = new ResponseShaper(kind, model.name);
    // Every attempt a supplier accepted holds an envelope it could claim: until the relay ends
    // well, each is booked at its most possible cost.
    let accepted = 0;
    let actual: bigint | undefined;
    const book = (event: RelayEvent & { type: 'done' }) => {
      actual = this.costOf(model, event);
    };
    const events = this.track(
      this.router.relay({
        app,
        session,
        suppliers,
        model: model.id,
        modelName: model.name,
        bodyText: text,
        promptTokens,
        sampling,
        signal: controller.signal,
      }),
      () => accepted++,
    );
    this.metrics.openStreams.inc();
    try {
      if (parsed.stream) await this.stream(res, events, shaper, parsed.includeUsage, book);
      else await this.whole(res, events, shaper, book);
    } finally {
      this.metrics.openStreams.dec();
      res.off('close', onClose);
      const unfinished = BigInt(Math.max(0, accepted - (actual === undefined ? 0 : 1)));
      if (actual === undefined && unfinished === 0n) reservation.release();
      else reservation.settle((actual ?? 0n) + unfinished * maxCost);
    }
  }

  /** Counts the attempts a supplier accepted as `events` go by. */
  private async *track(events: AsyncGenerator<RelayEvent>, onAccepted: () => void): AsyncGenerator<RelayEvent> {
    for await (const event of events) {
      if (event.type === 'start') onAccepted();
      yield event;
    }
  }

  /** What a finished relay costs the application, from the supplier's signed usage. */
  private costOf(model: CatalogModel, event: RelayEvent & { type: 'done' }): bigint {
    const { promptTokens, completionTokens } = event.usage;
    this.metrics.tokens.inc({ model: model.name, kind: 'prompt' }, promptTokens);
    this.metrics.tokens.inc({ model: model.name, kind: 'completion' }, completionTokens);
    return ModelCatalog.cost(model, ModelCatalog.computeUnits(model, promptTokens, completionTokens));
  }

  private async whole(
    res: ServerResponse,
    events: AsyncGenerator<RelayEvent>,
    shaper: ResponseShaper,
    book: (event: RelayEvent & { type: 'done' }) => void,
  ): Promise<void> {
    let text = '';
    try {
      for await (const event of events) {
        if (event.type === 'start') shaper.systemFingerprint = `fp_${event.supplier.slice(0, 10)}`;
        else if (event.type === 'text') text += event.text;
        else {
          book(event);
          const usage = usageOf(event.usage.promptTokens, event.usage.completionTokens);
          return this.json(res, 200, shaper.complete(text, event.finishReason, usage));
        }
      }
      if (!res.writableEnded && !res.destroyed) throw OpenAIError.internal('The relay ended without an answer.');
    } catch (error) {
      if (error instanceof RelayFailure) throw OpenAIError.upstream(`The supplier failed: ${error.message}`);
      throw error;
    }
  }

  private async stream(
    res: ServerResponse,
    events: AsyncGenerator<RelayEvent>,
    shaper: ResponseShaper,
    includeUsage: boolean,
    book: (event: RelayEvent & { type: 'done' }) => void,
  ): Promise<void> {
    // Headers go out with the first chunk: refusals before it (no supplier, prompt too long) still
    // get their own HTTP status, and the client's and gateway's header work does not compete
    // with the supplier's prompt processing on a shared machine.
    const write = (data: unknown) => {
      if (!res.headersSent) {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      }
      res.write(`data: ${JSON.stringify(data)}\n\n`);
    };
    let first = true;
    try {
      for await (const event of events) {
        if (event.type === 'start') {
          shaper.systemFingerprint = `fp_${event.supplier.slice(0, 10)}`;
        } else if (event.type === 'text') {
          write(shaper.chunk(event.text, { first: first && shaper.kind === 'chat', includeUsage }));
          first = false;
        } else {
          book(event);
          if (first && shaper.kind === 'chat') write(shaper.chunk('', { first: true, includeUsage }));
          write(shaper.chunk('', { finishReason: event.finishReason, includeUsage }));
          if (includeUsage) write(shaper.usageChunk(usageOf(event.usage.promptTokens, event.usage.completionTokens)));
          res.end('data: [DONE]\n\n');
          return;
        }
      }
      if (!res.headersSent) throw OpenAIError.internal('The relay ended before it started.');
      res.end();
    } catch (error) {
      if (!res.headersSent) {
        if (error instanceof RelayFailure) throw OpenAIError.upstream(`The supplier failed: ${error.message}`);
        throw error;
      }
      // Mid-stream: OpenAI's SDKs raise an APIError for an `error` event; then the stream ends.
      const e = error instanceof OpenAIError ? error : OpenAIError.upstream(`The supplier failed mid-stream: ${(error as Error).message}`);
      if (!res.writableEnded) res.end(`data: ${JSON.stringify(e)}\n\n`);
    }
  }
}
