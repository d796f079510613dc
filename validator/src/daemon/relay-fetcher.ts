/**
 * Fetches a sampled relay from its supplier over NATS (`sibyl.validator.reveal.<supplier>`) and
 * checks it against the signed envelope and response and the digest the round sampled. A relay
 * that does not arrive after a few tries, or does not verify, counts as withheld.
 */
import { decodeRevealReply, encodeReveal, signRevealRequest, verifyRelayRecord, subjects, type RelaySigner, type VerifiedRelay } from '@sibyl/protocol';
import type { NatsConnection } from 'nats';

export interface RelayFetcherOptions {
  nats: NatsConnection;
  signer: RelaySigner;
  /** Per attempt (default 5 s). */
  timeoutMs?: number;
  /** Attempts before the relay counts as withheld (default 3). */
  attempts?: number;
  log?: (line: string) => void;
}

export class RelayFetcher {
  constructor(private readonly options: RelayFetcherOptions) {}

  /** The verified relay, or the reason it counts as withheld. */
  async fetch(round: bigint, supplier: string, digest: string): Promise<VerifiedRelay | { withheld: string }> {
    const { nats, signer } = this.options;
    const request = encodeReveal(signRevealRequest(round, digest, signer));
    let reason = 'no answer';
    for (let attempt = 0; attempt < (this.options.attempts ?? 3); attempt++) {
      try {
        const reply = decodeRevealReply((await nats.request(subjects.validatorReveal(supplier), request, { timeout: this.options.timeoutMs ?? 5_000 })).data);
        if (reply.t === 'error') {
          reason = `${reply.code}: ${reply.message}`;
          continue;
        }
        const relay = verifyRelayRecord(reply.record, supplier);
        if (relay.digest !== digest) return { withheld: `revealed relay ${relay.digest} is not the sampled ${digest}` };
        return relay;
      } catch (error) {
        reason = (error as Error).message;
      }
    }
    this.options.log?.(`round ${round}: relay ${digest} withheld (${reason})`);
    return { withheld: reason };
  }
}
