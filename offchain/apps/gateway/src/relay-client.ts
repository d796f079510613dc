/**
 * One relay to one supplier over NATS: publishes the signed request, sealed to the supplier
 * (docs/bus.md), with a private inbox as the reply subject, and yields the supplier's frames as
 * they arrive. Only frames the supplier sealed for this relay, in order, are read; anything else
 * on the inbox is dropped unread. It fails fast when no supplier listens (NATS "no responders"),
 * when the supplier does not accept in time, when the stream goes idle, or when the supplier's
 * heartbeats stop mid-stream; cancelling (signed) tells the supplier to stop.
 */
import {
  encodeRelayCancel,
  inboxPrefixOf,
  sealRelayRequest,
  ProtocolError,
  type PeerSecrets,
  type RelayCancel,
  type RelayFrameReader,
  type RelayErrorCode,
  type RelayFrame,
  type RelayRequest,
} from '@sibyl/protocol';
import { createInbox, type Msg, type NatsConnection, type Subscription } from '@nats-io/transport-node';

/**
 * Why a relay failed at the gateway: the supplier's own codes, or `unreachable` (nobody listens),
 * `timeout`, `supplier_lost` (its heartbeats stopped), `reconnected` (either end reconnected to the
 * bus, so the relay's replies cannot arrive; the supplier is fine to try again), `protocol`, and
 * `no_supplier` (none of the request's suppliers is live, or every one failed or stayed busy).
 */
export type RelayFailureCode = RelayErrorCode | 'unreachable' | 'timeout' | 'supplier_lost' | 'reconnected' | 'protocol' | 'no_supplier';

export class RelayFailure extends Error {
  constructor(
    readonly code: RelayFailureCode,
    message: string,
  ) {
    super(message);
  }
}

export interface RelayTimeouts {
  /** Until the supplier's first frame (accepted or refused). */
  acceptMs: number;
  /** Longest gap between frames once accepted (prompt processing counts). */
  idleMs: number;
  /** How often to check the supplier is still alive. */
  livenessCheckMs: number;
}

export const DEFAULT_TIMEOUTS: RelayTimeouts = { acceptMs: 5_000, idleMs: 60_000, livenessCheckMs: 1_000 };

export class RelayStream {
  private readonly sub: Subscription;
  private readonly queue: Msg[] = [];
  private wake: (() => void) | undefined;
  private closed = false;
  private readonly reader: RelayFrameReader;
  /** Messages on the inbox that were not the supplier's sealed frames (ignored). */
  ignored = 0;

  constructor(
    private readonly nats: NatsConnection,
    /** This gateway's key agreements: the request is sealed to `supplier`, frames opened from it. */
    private readonly secrets: PeerSecrets,
    supplier: string,
    subject: string,
    request: RelayRequest,
    /** Names the relay in a cancel. */
    private readonly relay: RelayCancel,
    /** Why the relay can no longer be answered, checked while waiting; undefined while it can. */
    private readonly lost: () => RelayFailure | undefined,
    private readonly timeouts: RelayTimeouts = DEFAULT_TIMEOUTS,
  ) {
    const sealed = sealRelayRequest(secrets, supplier, request);
    this.reader = sealed.frames;
    const inbox = createInbox(inboxPrefixOf(secrets.address));
    this.sub = nats.subscribe(inbox, {
      callback: (_err, msg) => {
        this.queue.push(msg);
        this.wake?.();
      },
    });
    try {
      nats.publish(subject, sealed.bytes, { reply: inbox });
    } catch (error) {
      // Too large for the bus, or the connection is closing: nothing was sent, nothing to keep.
      this.close();
      throw new RelayFailure('bad_request', `the relay could not be sent: ${(error as Error).message}`);
    }
  }

  /**
   * The next message, or a {@link RelayFailure} if none comes within `timeoutMs` or the supplier
   * stops heart-beating meanwhile. One watchdog timer per wait (not per check) keeps the cost
   * per streamed chunk to a couple of timer operations.
   */
  private next(timeoutMs: number, timeoutMessage: string): Promise<Msg> {
    const ready = this.queue.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise<Msg>((resolve, reject) => {
      const deadline = Date.now() + timeoutMs;
      const watch = () => {
        if (Date.now() >= deadline) {
          this.wake = undefined;
          reject(new RelayFailure('timeout', timeoutMessage));
        } else if (this.lost()) {
          this.wake = undefined;
          reject(this.lost());
        } else {
          timer = setTimeout(watch, Math.min(this.timeouts.livenessCheckMs, deadline - Date.now()));
        }
      };
      let timer = setTimeout(watch, Math.min(this.timeouts.livenessCheckMs, timeoutMs));
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve(this.queue.shift()!);
      };
    });
  }

  /** Frames in order; throws {@link RelayFailure} on refusal, timeout or loss. Ends after `done`. */
  async *frames(): AsyncGenerator<RelayFrame & { t: 'accepted' | 'chunk' | 'done' }> {
    let accepted = false;
    let expectSeq = 0;
    try {
      for (;;) {
        const msg = accepted
          ? await this.next(this.timeouts.idleMs, `no output from the supplier for ${this.timeouts.idleMs} ms`)
          : await this.next(this.timeouts.acceptMs, `the supplier did not answer within ${this.timeouts.acceptMs} ms`);
        if (msg.headers && msg.data.length === 0 && msg.headers.code === 503) {
          throw new RelayFailure('unreachable', 'no supplier is listening on its subject');
        }
        let frame: RelayFrame | undefined;
        try {
          frame = this.reader.open(msg.data);
        } catch (error) {
          throw new RelayFailure('protocol', (error as ProtocolError).message);
        }
        if (!frame) {
          this.ignored++;
          continue;
        }
        if (frame.t === 'error') throw new RelayFailure(frame.code, frame.message);
        if (frame.t === 'chunk') {
          if (frame.seq !== expectSeq) throw new RelayFailure('protocol', `chunk ${frame.seq} arrived, expected ${expectSeq}`);
          expectSeq++;
        }
        accepted = true;
        yield frame;
        if (frame.t === 'done') return;
      }
    } finally {
      this.close();
    }
  }

  /** Tells the supplier to stop generating (the client went away) and stops listening. */
  cancel(cancelSubject: string): void {
    if (this.closed) return;
    if (!this.nats.isClosed()) this.nats.publish(cancelSubject, encodeRelayCancel(this.relay, this.secrets.key));
    this.close();
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.sub.unsubscribe();
  }
}
