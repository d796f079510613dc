/**
 * Serves relays on `sibyl.relay.<supplier>`, one small step after another (docs/inference.md):
 *
 *   unseal (docs/bus.md) → decode → verify the gateway's signature → addressed here (sender,
 *   supplier, model, body hash)
 *   → authorized by the chain (ChainView) → admitted (capacity, replay) → generated within the
 *   signed prompt count and streamed → signed (request hash, response hash, usage) → served
 *
 * A refusal at any step answers one error frame and costs nothing more. Every frame is sealed to
 * the gateway, so only it can read the stream and nobody can forge a frame in it. In-flight relays
 * are named by (gateway, session, nonce), and a cancel must be signed by that gateway, so a cancel
 * stops exactly the relay it names and only its gateway can send one.
 */
import type { KeyringPair } from '@polkadot/keyring/types';
import {
  PeerSecrets,
  ProtocolError,
  ResponseHasher,
  SealedRelayRequest,
  decodeRelayBody,
  decodeRelayCancel,
  fastSigner,
  hash256,
  relayDigest,
  signResponse,
  subjects,
  verifyEnvelope,
  type RelayBody,
  type RelayEnvelope,
  type RelayErrorCode,
  type RelayFrame,
  type RelayRecord,
  type RelayFrameWriter,
  type RelayRequest,
  type RelaySigner,
} from '@sibyl/protocol';
import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import { ContextLengthError, PromptTokensError, type GenerationResult, type InferenceBackend } from '../backend/backend.js';
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

/** A relay that passed every check: what generation needs. */
interface AdmittedRelay {
  request: RelayRequest;
  envelope: RelayEnvelope;
  body: RelayBody;
  backend: InferenceBackend;
  reply: Reply;
  received: number;
}

/** Where a relay's frames go: the gateway's inbox, each frame sealed to the gateway. */
interface Reply {
  subject: string;
  frames: RelayFrameWriter;
}

/** The name of an in-flight relay: unique per (gateway, session, nonce). */
function relayKey(gateway: string, session: bigint, nonce: bigint): string {
  return `${gateway}/${session}/${nonce}`;
}

export class RelayServer {
  private readonly subs: Subscription[] = [];
  private readonly inFlight = new Map<string, { controller: AbortController; session: bigint }>();
  private readonly replays = new ReplayGuard();
  private activeCount = 0;
  private completionTokens = 0;
  private readonly startedAt = Date.now();
  private readonly signer: RelaySigner;
  private readonly secrets: PeerSecrets;

  constructor(private readonly options: RelayServerOptions) {
    const key = fastSigner(options.account);
    this.signer = key;
    this.secrets = new PeerSecrets(key);
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

  /** Relays of `session` being generated now (its claim waits for them). */
  inFlightFor(session: bigint): number {
    let n = 0;
    for (const relay of this.inFlight.values()) if (relay.session === session) n++;
    return n;
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
          // Signed by the gateway it names, and relays are keyed by their gateway: only the
          // gateway that sent a relay can stop it.
          const cancel = decodeRelayCancel(msg.data);
          this.inFlight.get(relayKey(cancel.gateway, cancel.session, cancel.nonce))?.controller.abort();
        } catch {
          // An unsigned or malformed cancel names no relay of ours; ignore it.
        }
      }
    })();
  }

  /** Aborts every relay in flight (their gateways can no longer be answered); returns how many. */
  abortAll(): number {
    for (const relay of this.inFlight.values()) relay.controller.abort();
    return this.inFlight.size;
  }

  /** Stops taking relays and aborts those in flight. */
  async stop(): Promise<void> {
    for (const sub of this.subs) sub.unsubscribe();
    for (const relay of this.inFlight.values()) relay.controller.abort();
  }

  private send(reply: Reply, frame: RelayFrame): void {
    this.options.nats.publish(reply.subject, reply.frames.seal(frame));
  }

  private async handle(msg: Msg): Promise<void> {
    if (!msg.reply) return; // nobody to answer
    const received = performance.now();
    let sealed: SealedRelayRequest;
    try {
      sealed = SealedRelayRequest.read(this.secrets, msg.data);
    } catch (error) {
      // No key to answer with: whoever sent this cannot read a reply anyway.
      this.options.metrics.relays.inc({ model: 'unknown', outcome: 'bad_request' });
      this.options.log?.(`unreadable relay request: ${(error as Error).message}`);
      return;
    }
    const reply: Reply = { subject: msg.reply, frames: sealed.frames };
    const { metrics } = this.options;
    let model: number | 'unknown' = 'unknown';
    let admitted: AdmittedRelay | undefined;
    try {
      const checked = await this.check(sealed, reply, received);
      model = checked.envelope.model;
      admitted = this.admit(checked);
      metrics.admission.observe({ model }, (performance.now() - received) / 1000);
      await this.serve(admitted);
    } catch (error) {
      let code: RelayErrorCode = 'internal';
      if (error instanceof RelayRefused) code = error.code;
      else if (error instanceof ProtocolError || error instanceof PromptTokensError) code = 'bad_request';
      else if (error instanceof ContextLengthError) code = 'context_length_exceeded';
      else this.options.log?.(`relay failed: ${(error as Error).stack ?? error}`);
      metrics.relays.inc({ model, outcome: code });
      this.send(reply, { t: 'error', code, message: (error as Error).message });
    } finally {
      if (admitted) this.release(admitted);
    }
  }

  /** Every check that needs no capacity: decode, signature, addressing, the chain's say-so. */
  private async check(sealed: SealedRelayRequest, reply: Reply, received: number): Promise<AdmittedRelay> {
    const request = sealed.open();
    let envelope: RelayEnvelope;
    try {
      envelope = verifyEnvelope(request.envelope);
    } catch (error) {
      throw new RelayRefused('unauthorized', (error as Error).message);
    }
    if (envelope.gateway !== sealed.gateway) throw new RelayRefused('unauthorized', 'the relay was sealed by another gateway than the one that signed it');
    if (envelope.supplier !== this.address) throw new RelayRefused('unauthorized', 'the envelope names another supplier');
    const backend = this.options.backends.get(envelope.model);
    if (!backend) throw new RelayRefused('model_not_served', `model ${envelope.model} is not served here`);
    if (hash256(request.body) !== envelope.requestHash) {
      throw new RelayRefused('bad_request', 'the body does not match the signed request hash');
    }
    const body = decodeRelayBody(request.body);
    try {
      await this.options.chain.authorize(envelope);
    } catch (error) {
      if (error instanceof RelayAuthorizationError) throw new RelayRefused('unauthorized', error.message);
      throw error;
    }
    return { request, envelope, body, backend, reply, received };
  }

  /** Takes a generation slot and the envelope's nonce, or refuses (busy, replay). */
  private admit(relay: AdmittedRelay): AdmittedRelay {
    const { envelope } = relay;
    if (this.activeCount >= this.capacity) throw new RelayRefused('busy', `at capacity (${this.capacity} relays)`);
    if (!this.replays.accept(envelope.gateway, envelope.session, envelope.nonce)) {
      throw new RelayRefused('replay', `nonce ${envelope.nonce} was already used in session ${envelope.session}`);
    }
    this.replays.prune(this.options.chain.session - 1n);
    this.activeCount++;
    this.options.metrics.active.set(this.activeCount);
    return relay;
  }

  private release(relay: AdmittedRelay): void {
    const { envelope } = relay;
    this.inFlight.delete(relayKey(envelope.gateway, envelope.session, envelope.nonce));
    this.activeCount--;
    this.options.metrics.active.set(this.activeCount);
  }

  /** Generates and streams the answer, then signs it and hands the relay to the miner. */
  private async serve(relay: AdmittedRelay): Promise<void> {
    const { envelope, reply, received, backend, body, request } = relay;
    const { metrics } = this.options;
    const model = envelope.model;
    const controller = new AbortController();
    this.inFlight.set(relayKey(envelope.gateway, envelope.session, envelope.nonce), { controller, session: envelope.session });
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
    let result: GenerationResult;
    try {
      result = await backend.generate({
        body,
        sampling: envelope.sampling,
        maxPromptTokens: envelope.promptTokens,
        signal: controller.signal,
        onStart: (promptTokens) => this.send(reply, { t: 'accepted', promptTokens }),
        onText: (text) => batcher.push(text),
      });
      batcher.flush();
    } finally {
      batcher.flush();
      clearTimeout(timer);
    }
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
  }
}
