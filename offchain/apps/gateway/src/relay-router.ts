/**
 * Turns one API request into a relay: signs the envelope as this gateway, picks the best live
 * supplier, and retries on the next one when a supplier fails before producing any output
 * (busy, unreachable, timed out, lost). Once output has reached the client a failure ends the
 * stream instead: the client has seen tokens that another supplier would not reproduce.
 * The supplier's signed response metadata is checked against what the gateway saw and signed:
 * the request, the streamed output, and usage within the envelope's prompt count and `max_tokens`.
 * Every failure is a {@link RelayFailure}; what it means to an HTTP client is decided once, in
 * openai-response.ts.
 */
import type { KeyringPair } from '@polkadot/keyring/types';
import {
  fastSigner,
  hash256,
  PeerSecrets,
  ResponseHasher,
  signEnvelope,
  verifyResponse,
  type ResponseMetadata,
  type SamplingParams,
  type RelaySigner,
  type Signed,
} from '@sibyl/protocol';
import type { NatsConnection } from '@nats-io/transport-node';
import type { GatewayMetrics } from './metrics.js';
import { DEFAULT_TIMEOUTS, RelayFailure, RelayStream, type RelayTimeouts } from './relay-client.js';
import type { SupplierCandidate, SupplierDirectory } from './supplier-directory.js';
import { WaitQueue } from './wait-queue.js';

export interface RelayJob {
  app: string;
  session: bigint;
  /** The suppliers drawn for (app, model) in the session: the only ones tried. */
  suppliers: readonly string[];
  model: number;
  modelName: string;
  /** The relay body's JSON text, as hashed into the envelope. */
  bodyText: string;
  /** The prompt's tokens as the gateway counted them: the most the supplier may report. */
  promptTokens: number;
  sampling: SamplingParams;
  /** Aborted when the client disconnects. */
  signal: AbortSignal;
}

export type RelayEvent =
  | { type: 'start'; supplier: string; promptTokens: number }
  | { type: 'text'; text: string }
  | { type: 'done'; finishReason: 'stop' | 'length'; usage: ResponseMetadata; response: Signed; supplier: string };

/** Failures worth another supplier: the request itself is fine. */
const RETRYABLE = new Set(['busy', 'unreachable', 'timeout', 'supplier_lost', 'reconnected', 'internal', 'model_not_served', 'unauthorized', 'replay', 'protocol']);

export class RelayRouter {
  private readonly signer: RelaySigner;
  private readonly secrets: PeerSecrets;
  /** Monotonic nonces seeded from the clock: unique per (gateway, session) across restarts. */
  private nonce = BigInt(Date.now()) * 1000n;
  /**
   * Suppliers that signed a response the gateway cannot accept (usage above what it signed, a
   * hash of other output), with the session they did it in: not tried again in that session.
   * A signed lie is no accident, and retrying it costs every later client an attempt.
   */
  private readonly quarantined = new Map<string, bigint>();
  /**
   * Counts this gateway's bus (re)connections: a relay's frames go to an inbox on the connection
   * it was sent on, so one sent before a reconnect may have lost frames and is failed cleanly.
   */
  private busLink = 0;
  /** Requests waiting for a free supplier, by model. */
  private readonly queues = new Map<number, WaitQueue>();

  constructor(
    private readonly nats: NatsConnection,
    private readonly account: KeyringPair,
    private readonly directory: SupplierDirectory,
    private readonly metrics: GatewayMetrics,
    private readonly maxAttempts = 3,
    private readonly timeouts: RelayTimeouts = DEFAULT_TIMEOUTS,
    /** How long a request waits for a free supplier when every one answers busy. */
    private readonly busyWaitMs = 60_000,
  ) {
    const key = fastSigner(account);
    this.signer = key;
    this.secrets = new PeerSecrets(key);
    void (async () => {
      for await (const status of nats.status()) if (status.type === 'reconnect') this.busLink++;
    })();
  }

  /** Whether any of `suppliers` is live for `model` now (a relay would have someone to try). */
  canServe(model: number, suppliers: readonly string[]): boolean {
    return this.directory.rank(model).some((c) => suppliers.includes(c.address));
  }

  /**
   * Relays the job; when every supplier tried was merely busy, the request joins the model's
   * queue and tries again when a relay of that model ends (or a second passes), first come first
   * served, until {@link busyWaitMs}: a burst queues at the gateway instead of failing, and
   * waiting requests do not hammer busy suppliers.
   */
  async *relay(job: RelayJob): AsyncGenerator<RelayEvent> {
    const deadline = Date.now() + this.busyWaitMs;
    // The body and its hash are the same for every attempt; only the envelope changes.
    const { bodyText } = job;
    const requestHash = hash256(bodyText);
    const queue = this.waiting(job.model);
    const ticket = queue.ticket();
    // Behind those already waiting, not ahead of them.
    if (queue.length > 0) await queue.wait(ticket, Math.min(1_000, deadline - Date.now()));
    try {
      for (;;) {
        const outcome = yield* this.attempt(job, bodyText, requestHash);
        if (outcome === 'done') return;
        if (Date.now() >= deadline || job.signal.aborted) {
          throw new RelayFailure('no_supplier', `Every supplier of \`${job.modelName}\` stayed busy for ${this.busyWaitMs} ms. Try again shortly.`);
        }
        await queue.wait(ticket, Math.min(1_000, deadline - Date.now()));
      }
    } finally {
      // A relay ended (or gave up): its slot, or its place, goes to the next in line.
      queue.wakeOne();
    }
  }

  private waiting(model: number): WaitQueue {
    let queue = this.queues.get(model);
    if (!queue) this.queues.set(model, (queue = new WaitQueue()));
    return queue;
  }

  /**
   * One round over the ranked suppliers: 'done', or 'busy' if one of them was at capacity (and
   * the others failed): worth waiting for, rather than failing the request because another
   * supplier misbehaved.
   */
  private async *attempt(job: RelayJob, bodyText: string, requestHash: string): AsyncGenerator<RelayEvent, 'done' | 'busy'> {
    const candidates = this.candidatesFor(job);
    if (candidates.length === 0) {
      throw new RelayFailure('no_supplier', `No supplier is serving \`${job.modelName}\` right now. Try again shortly.`);
    }
    let lastFailure: RelayFailure | undefined;
    const failures: string[] = [];
    let anyBusy = false;
    // A supplier whose relay was cut by a reconnect (of either end) is tried once more: it is fine.
    const queue = [...candidates];
    const retried = new Set<string>();
    for (let candidate = queue.shift(); candidate; candidate = queue.shift()) {
      if (job.signal.aborted) return 'done';
      const failure = yield* this.relayTo(candidate, job, bodyText, requestHash);
      if (!failure) return 'done';
      if (failure.code === 'busy') anyBusy = true;
      if (failure.code === 'reconnected' && !retried.has(candidate.address)) {
        retried.add(candidate.address);
        queue.unshift(candidate);
      }
      lastFailure = failure;
      failures.push(`${candidate.address.slice(0, 8)}…: ${failure.code}: ${failure.message}`);
    }
    if (anyBusy) return 'busy';
    const message = `All ${candidates.length} supplier(s) for \`${job.modelName}\` failed: ${failures.join('; ') || 'unknown'}.`;
    throw new RelayFailure(lastFailure?.code === 'timeout' ? 'timeout' : 'no_supplier', message);
  }

  /** The best live suppliers the session drew for the job, not quarantined, at most `maxAttempts`. */
  private candidatesFor(job: RelayJob): SupplierCandidate[] {
    return this.directory
      .rank(job.model)
      .filter((c) => job.suppliers.includes(c.address) && this.quarantined.get(c.address) !== job.session)
      .slice(0, this.maxAttempts);
  }

  /** The envelope for one attempt at `supplier`: a fresh nonce, signed by this gateway. */
  private envelopeFor(job: RelayJob, supplier: string, requestHash: string): { envelope: Signed; nonce: bigint } {
    const nonce = this.nonce++;
    const envelope = signEnvelope(
      {
        session: job.session,
        app: job.app,
        gateway: this.account.address,
        supplier,
        model: job.model,
        requestHash,
        promptTokens: job.promptTokens,
        sampling: job.sampling,
        nonce,
      },
      this.signer,
    );
    return { envelope, nonce };
  }

  /**
   * One attempt at one supplier, yielding its output. Returns nothing when the relay is done (or
   * the client left), the failure when another supplier may be tried; throws when none should
   * be (output already sent, or the request itself at fault).
   */
  private async *relayTo(candidate: SupplierCandidate, job: RelayJob, bodyText: string, requestHash: string): AsyncGenerator<RelayEvent, RelayFailure | undefined> {
    const { envelope, nonce } = this.envelopeFor(job, candidate.address, requestHash);
    const started = performance.now();
    // The relay is answerable only while both ends keep the bus connections it was sent on.
    const link = this.directory.linkOf(candidate.address);
    const busLink = this.busLink;
    const stream = new RelayStream(
      this.nats,
      this.secrets,
      candidate.address,
      candidate.subject,
      { envelope, body: bodyText },
      { gateway: this.account.address, session: job.session, nonce },
      () => (this.busLink !== busLink ? new RelayFailure('reconnected', 'the gateway reconnected to the bus') : this.directory.lost(candidate.address, link)),
      this.timeouts,
    );
    const onAbort = () => stream.cancel(`${candidate.subject}.cancel`);
    job.signal.addEventListener('abort', onAbort, { once: true });
    this.directory.started(candidate.address);
    let produced = false;
    let ttftMs: number | undefined;
    const hasher = new ResponseHasher();
    try {
      for await (const frame of stream.frames()) {
        if (frame.t === 'accepted') {
          yield { type: 'start', supplier: candidate.address, promptTokens: frame.promptTokens };
        } else if (frame.t === 'chunk') {
          if (!produced) {
            produced = true;
            ttftMs = performance.now() - started;
            this.metrics.timeToFirstToken.observe({ model: job.modelName }, ttftMs / 1000);
          }
          hasher.update(frame.text);
          yield { type: 'text', text: frame.text };
        } else {
          const usage = this.acceptResponse(frame.response, candidate.address, requestHash, hasher.digest(), job);
          this.directory.finished(candidate.address, { ok: true, ttftMs: ttftMs ?? performance.now() - started });
          this.metrics.relayAttempts.inc({ outcome: 'ok' });
          yield { type: 'done', finishReason: frame.finishReason, usage, response: frame.response, supplier: candidate.address };
          return undefined;
        }
      }
      throw new RelayFailure('protocol', 'the stream ended without a final frame');
    } catch (error) {
      if (job.signal.aborted) {
        this.directory.finished(candidate.address, { ok: true, ttftMs });
        return undefined;
      }
      const failure = error instanceof RelayFailure ? error : new RelayFailure('internal', (error as Error).message);
      this.metrics.relayAttempts.inc({ outcome: failure.code });
      // Busy is the supplier doing its job under load, not a fault to rank it down for; nor is a
      // request the supplier rightly refused.
      const requestAtFault = failure.code === 'context_length_exceeded' || failure.code === 'bad_request';
      this.directory.finished(candidate.address, { ok: failure.code === 'busy' || requestAtFault, ttftMs });
      if (produced || requestAtFault || !RETRYABLE.has(failure.code)) throw failure;
      return failure;
    } finally {
      job.signal.removeEventListener('abort', onAbort);
      stream.cancel(`${candidate.subject}.cancel`);
    }
  }

  /** The supplier's signed response, or a protocol failure that quarantines it for the session. */
  private acceptResponse(response: Signed, supplier: string, requestHash: string, responseHash: string, job: RelayJob): ResponseMetadata {
    try {
      return this.checkResponse(response, supplier, requestHash, responseHash, job);
    } catch (error) {
      this.quarantine(supplier, job.session);
      throw error;
    }
  }

  /** Stops trying `supplier` for the rest of `session`; entries of earlier sessions go. */
  private quarantine(supplier: string, session: bigint): void {
    for (const [address, at] of this.quarantined) if (at < session) this.quarantined.delete(address);
    this.quarantined.set(supplier, session);
  }

  /**
   * The supplier's signature must cover exactly the request and the output the gateway saw, and
   * usage within what the gateway signed for (the chain would not pay more anyway).
   */
  private checkResponse(response: Signed, supplier: string, requestHash: string, responseHash: string, job: RelayJob): ResponseMetadata {
    let usage: ResponseMetadata;
    try {
      usage = verifyResponse(response, supplier);
    } catch (error) {
      throw new RelayFailure('protocol', (error as Error).message);
    }
    if (usage.requestHash !== requestHash) throw new RelayFailure('protocol', 'the response is signed for another request');
    if (usage.responseHash !== responseHash) throw new RelayFailure('protocol', 'the signed response hash does not match the streamed output');
    if (usage.promptTokens > job.promptTokens) {
      throw new RelayFailure('protocol', `the supplier reports ${usage.promptTokens} prompt tokens; the gateway counted ${job.promptTokens}`);
    }
    if (usage.completionTokens > job.sampling.maxTokens) {
      throw new RelayFailure('protocol', `the supplier reports ${usage.completionTokens} completion tokens for max_tokens ${job.sampling.maxTokens}`);
    }
    return usage;
  }
}
