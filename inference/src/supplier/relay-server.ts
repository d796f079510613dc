/**
 * Serves relays on `sibyl.relay.<supplier>`: verifies the gateway's signed envelope and the chain's
 * say-so, admits up to the backend's capacity (answering `busy` beyond it), streams the output as
 * chunk frames to the requester's inbox as tokens are generated, stops when the gateway cancels,
 * and ends with the supplier's signature over request hash, response hash and usage.
 */
import type { KeyringPair } from '@polkadot/keyring/types';
import {
  ProtocolError,
  ResponseHasher,
  decodeRelayBody,
  decodeRelayCancel,
  decodeRelayRequest,
  encodeMessage,
  fastSigner,
  hash256,
  relayDigest,
  signResponse,
  subjects,
  verifyEnvelope,
  type RelayErrorCode,
  type RelayFrame,
  type RelayRecord,
  type RelaySigner,
} from '@sibyl/protocol';
import type { Msg, NatsConnection, Subscription } from 'nats';
import { ContextLengthError, type InferenceBackend } from '../backend/backend.js';
import { RelayAuthorizationError, type ChainView } from './chain-view.js';
import type { SupplierMetrics } from './metrics.js';
import { ReplayGuard } from './replay-guard.js';
import { ChunkBatcher } from './chunk-batcher.js';

export interface RelayServerOptions {
  nats: NatsConnection;
  chain: ChainView;
  account: KeyringPair;
  /** Subject to serve relays on: the supplier's on-chain `nats_subject` (cancels on `<subject>.cancel`). */
  subject?: string;
  /** Chain model id → the backend serving it. */
  backends: Map<number, InferenceBackend>;
  metrics: SupplierMetrics;
  /** Gather output for up to this long per chunk frame after the first (default 100 ms; 0 = every piece). */
  chunkIntervalMs?: number;
  /** Longest a single relay may generate (default 10 min). */
  maxGenerationMs?: number;
  /**
   * Called with every relay answered in full, after the `done` frame: the supplier archives it
   * and commits its digest for TIQE+ sampling.
   */
  onServed?: (relay: ServedRelay) => void;
  log?: (line: string) => void;
}

/** A relay answered in full: what the supplier keeps for TIQE+. */
export interface ServedRelay {
  digest: string;
  record: RelayRecord;
  model: number;
  session: bigint;
}

class RelayRefused extends Error {
  constructor(
    readonly code: RelayErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export class RelayServer {
  private readonly subs: Subscription[] = [];
  private readonly inFlight = new Map<string, AbortController>();
  private readonly replays = new ReplayGuard();
  private activeCount = 0;
  private completionTokens = 0;
  private readonly startedAt = Date.now();
  private readonly signer: RelaySigner;

  constructor(private readonly options: RelayServerOptions) {
    this.signer = fastSigner(options.account);
    options.metrics.capacity.set(this.capacity);
  }

  get address(): string {
    return this.options.account.address;
  }

  get active(): number {
    return this.activeCount;
  }

  get capacity(): number {
    let capacity = 0;
    for (const b of this.options.backends.values()) capacity += b.capacity;
    return capacity;
  }

  /** Average completion tokens per second since start. */
  get tokensPerSecond(): number {
    return this.completionTokens / Math.max(1, (Date.now() - this.startedAt) / 1000);
  }

  start(): void {
    const { nats } = this.options;
    const subject = this.options.subject ?? subjects.relay(this.address);
    const relays = nats.subscribe(subject);
    const cancels = nats.subscribe(`${subject}.cancel`);
    this.subs.push(relays, cancels);
    void (async () => {
      for await (const msg of relays) void this.handle(msg);
    })();
    void (async () => {
      for await (const msg of cancels) {
        try {
          this.inFlight.get(decodeRelayCancel(msg.data).requestHash)?.abort();
        } catch {
          // A malformed cancel cannot name a relay; ignore it.
        }
      }
    })();
  }

  /** Stops taking relays and aborts those in flight. */
  async stop(): Promise<void> {
    for (const sub of this.subs) sub.unsubscribe();
    for (const controller of this.inFlight.values()) controller.abort();
  }

  private send(reply: string, frame: RelayFrame): void {
    this.options.nats.publish(reply, encodeMessage(frame));
  }

  private async handle(msg: Msg): Promise<void> {
    const reply = msg.reply;
    if (!reply) return; // nobody to answer
    const received = performance.now();
    const { metrics, chain, backends } = this.options;
    let model = -1;
    let admitted = false;
    try {
      const request = decodeRelayRequest(msg.data);
      let envelope;
      try {
        envelope = verifyEnvelope(request.envelope);
      } catch (error) {
        throw new RelayRefused('unauthorized', (error as Error).message);
      }
      model = envelope.model;
      if (envelope.supplier !== this.address) throw new RelayRefused('unauthorized', 'the envelope names another supplier');
      const backend = backends.get(envelope.model);
      if (!backend) throw new RelayRefused('model_not_served', `model ${envelope.model} is not served here`);
      if (hash256(request.body) !== envelope.requestHash) {
        throw new RelayRefused('bad_request', 'the body does not match the signed request hash');
      }
      const body = decodeRelayBody(request.body);
      const session = chain.session;
      if (envelope.session !== session && envelope.session !== session - 1n) {
        throw new RelayRefused('unauthorized', `session ${envelope.session} is not current (${session})`);
      }
      try {
        await chain.authorize(envelope);
      } catch (error) {
        if (error instanceof RelayAuthorizationError) throw new RelayRefused('unauthorized', error.message);
        throw error;
      }
      if (this.activeCount >= this.capacity) throw new RelayRefused('busy', `at capacity (${this.capacity} relays)`);
      if (!this.replays.accept(envelope.gateway, envelope.session, envelope.nonce)) {
        throw new RelayRefused('replay', `nonce ${envelope.nonce} was already used in session ${envelope.session}`);
      }
      this.replays.prune(session - 1n);

      admitted = true;
      this.activeCount++;
      metrics.active.set(this.activeCount);
      const controller = new AbortController();
      this.inFlight.set(envelope.requestHash, controller);
      const timer = setTimeout(() => controller.abort(), this.options.maxGenerationMs ?? 600_000);
      const hasher = new ResponseHasher();
      const chunks: string[] = [];
      let seq = 0;
      const batcher = new ChunkBatcher((text) => {
        if (seq === 0) metrics.timeToFirstToken.observe({ model }, (performance.now() - received) / 1000);
        hasher.update(text);
        chunks.push(text);
        this.send(reply, { t: 'chunk', seq: seq++, text });
      }, this.options.chunkIntervalMs ?? 100);
      try {
        const result = await backend.generate({
          body,
          sampling: envelope.sampling,
          signal: controller.signal,
          onStart: (promptTokens) => this.send(reply, { t: 'accepted', promptTokens }),
          onText: (text) => batcher.push(text),
        });
        batcher.flush();
        metrics.tokens.inc({ model, kind: 'prompt' }, result.promptTokens);
        metrics.tokens.inc({ model, kind: 'completion' }, result.completionTokens);
        this.completionTokens += result.completionTokens;
        if (result.aborted) {
          metrics.relays.inc({ model, outcome: 'cancelled' });
          this.send(reply, { t: 'error', code: 'internal', message: 'generation cancelled' });
          return;
        }
        const response = signResponse(
          {
            requestHash: envelope.requestHash,
            responseHash: hasher.digest(),
            promptTokens: result.promptTokens,
            completionTokens: result.completionTokens,
          },
          this.signer,
        );
        this.send(reply, { t: 'done', finishReason: result.finishReason, response });
        this.options.onServed?.({
          digest: relayDigest(request.envelope, response),
          record: { envelope: request.envelope, response, body: request.body, chunks, tokens: result.tokens ?? null },
          model,
          session: envelope.session,
        });
        metrics.relays.inc({ model, outcome: 'ok' });
        metrics.generationSeconds.observe({ model }, (performance.now() - received) / 1000);
      } finally {
        batcher.flush();
        clearTimeout(timer);
        this.inFlight.delete(envelope.requestHash);
      }
    } catch (error) {
      let code: RelayErrorCode = 'internal';
      if (error instanceof RelayRefused) code = error.code;
      else if (error instanceof ProtocolError) code = 'bad_request';
      else if (error instanceof ContextLengthError) code = 'context_length_exceeded';
      else this.options.log?.(`relay failed: ${(error as Error).stack ?? error}`);
      metrics.relays.inc({ model: model < 0 ? 'unknown' : model, outcome: code });
      this.send(reply, { t: 'error', code, message: (error as Error).message });
    } finally {
      if (admitted) {
        this.activeCount--;
        metrics.active.set(this.activeCount);
      }
    }
  }
}
