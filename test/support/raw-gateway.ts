/**
 * A gateway by hand: speaks the relay protocol straight over the bus (sealed requests, sealed
 * frames, signed cancels; docs/bus.md), so tests and attack drills can send exactly the requests
 * they mean — forged, replayed, malformed — to a supplier.
 */
import type { KeyringPair } from '@polkadot/keyring/types';
import { createInbox, type NatsConnection } from '@nats-io/transport-node';
import {
  PeerSecrets,
  encodeRelayCancel,
  fastSigner,
  inboxPrefixOf,
  sealRelayRequest,
  subjects,
  type ParticipantKey,
  type RelayCancel,
  type RelayFrame,
  type RelayRequest,
} from '@sibyl/protocol';

export class RawGateway {
  readonly key: ParticipantKey;
  readonly secrets: PeerSecrets;

  constructor(
    /** A bus connection logged in as `account`. */
    readonly nats: NatsConnection,
    account: KeyringPair,
  ) {
    this.key = fastSigner(account);
    this.secrets = new PeerSecrets(this.key);
  }

  get address(): string {
    return this.key.address;
  }

  /** A fresh inbox of this gateway's (only it may subscribe there). */
  inbox(): string {
    return createInbox(inboxPrefixOf(this.address));
  }

  /**
   * Sends `request` sealed to `supplier` and collects the frames it seals back until `done` or
   * `error` (or `until` says stop, or `timeoutMs` passes). Bytes on the inbox that do not open
   * are counted in `ignored`, not returned.
   */
  async relay(
    supplier: string,
    request: RelayRequest,
    options: { until?: (frame: RelayFrame) => boolean; timeoutMs?: number; subject?: string } = {},
  ): Promise<{ frames: RelayFrame[]; reply: string; ignored: number }> {
    const reply = this.inbox();
    const sub = this.nats.subscribe(reply);
    const sealed = sealRelayRequest(this.secrets, supplier, request);
    this.nats.publish(options.subject ?? subjects.relay(supplier), sealed.bytes, { reply });
    const frames: RelayFrame[] = [];
    let ignored = 0;
    const timer = setTimeout(() => sub.unsubscribe(), options.timeoutMs ?? 60_000);
    for await (const msg of sub) {
      if (msg.data.length === 0) break; // no responders
      const frame = sealed.frames.open(msg.data);
      if (!frame) {
        ignored++;
        continue;
      }
      frames.push(frame);
      if (frame.t === 'done' || frame.t === 'error' || options.until?.(frame)) break;
    }
    clearTimeout(timer);
    sub.unsubscribe();
    return { frames, reply, ignored };
  }

  /** Publishes raw bytes as a relay request; resolves with the raw replies within `waitMs`. */
  async raw(supplier: string, bytes: Uint8Array, waitMs = 2_000): Promise<Uint8Array[]> {
    const reply = this.inbox();
    const sub = this.nats.subscribe(reply, { timeout: waitMs });
    this.nats.publish(subjects.relay(supplier), bytes, { reply });
    const replies: Uint8Array[] = [];
    const timer = setTimeout(() => sub.unsubscribe(), waitMs);
    try {
      for await (const msg of sub) replies.push(msg.data);
    } catch {
      // timed out: what came is what there is
    }
    clearTimeout(timer);
    return replies;
  }

  /** Tells `supplier` to stop the relay `relay` names, signed as this gateway. */
  cancel(supplier: string, relay: RelayCancel): void {
    this.nats.publish(subjects.relayCancel(supplier), encodeRelayCancel(relay, this.key));
  }
}
