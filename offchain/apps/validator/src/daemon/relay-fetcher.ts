/**
 * Fetches a sampled relay from its supplier over NATS (`sibyl.validator.reveal.<supplier>`) and
 * checks it against the signed envelope and response and the digest the round sampled. Every
 * reply that arrives before the deadline is considered, not just the first, and only replies the
 * supplier sealed to this validator are read at all (docs/bus.md): a stranger's quick error
 * cannot make an honest supplier look like it withheld. A relay that does not arrive and verify
 * before the deadline counts as withheld.
 */
import {
  PeerSecrets,
  encodeReveal,
  openRevealReply,
  signRevealRequest,
  verifyRelayRecord,
  subjects,
  type ParticipantKey,
  type VerifiedRelay,
} from '@sibyl/protocol';
import type { NatsConnection } from '@nats-io/transport-node';

export interface RelayFetcherOptions {
  nats: NatsConnection;
  /** The validator's key: signs requests, opens replies. */
  signer: ParticipantKey;
  /** How long one request collects replies (default 5 s). */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export class RelayFetcher {
  private readonly secrets: PeerSecrets;

  constructor(private readonly options: RelayFetcherOptions) {
    this.secrets = new PeerSecrets(options.signer);
  }

  /**
   * The verified relay, or the reason it counts as withheld. Asks again until `deadline`
   * (epoch ms; default: three requests' time), or until `expired()` says the chain has moved on,
   * if a request gets no verifying reply.
   */
  async fetch(
    round: bigint,
    supplier: string,
    digest: string,
    deadline?: number,
    expired: () => boolean = () => false,
  ): Promise<VerifiedRelay | { withheld: string }> {
    const { nats, signer } = this.options;
    const timeoutMs = this.options.timeoutMs ?? 5_000;
    const until = deadline ?? Date.now() + 3 * timeoutMs;
    const request = encodeReveal(signRevealRequest(round, digest, signer));
    let reason = 'no answer';
    while (Date.now() < until && !expired()) {
      const started = Date.now();
      const maxWait = Math.max(100, Math.min(timeoutMs, until - started));
      try {
        const replies = await nats.requestMany(subjects.validatorReveal(supplier), request, { maxWait, strategy: 'timer' });
        for await (const msg of replies) {
          // "No responders" arrives as an empty message with a 503 header.
          if (msg.data.length === 0) continue;
          try {
            const reply = openRevealReply(this.secrets, supplier, msg.data);
            if (!reply) {
              this.options.log?.(`round ${round}: ignored a reveal reply not sealed by ${supplier}`);
              continue;
            }
            if (reply.t === 'error') {
              reason = `${reply.code}: ${reply.message}`;
              continue;
            }
            const relay = verifyRelayRecord(reply.record, supplier);
            if (relay.digest !== digest) {
              reason = `revealed relay ${relay.digest} is not the sampled ${digest}`;
              continue;
            }
            return relay;
          } catch (error) {
            reason = (error as Error).message;
          }
        }
      } catch (error) {
        reason = (error as Error).message;
      }
      // Nobody listening answers at once: wait out the rest of this request's time.
      const left = maxWait - (Date.now() - started);
      if (left > 0 && !expired()) await new Promise((r) => setTimeout(r, Math.min(left, until - Date.now())));
    }
    this.options.log?.(`round ${round}: relay ${digest} withheld (${reason})`);
    return { withheld: reason };
  }
}
