/**
 * Which suppliers can serve a model now, best first. Membership comes from the chain (suppliers
 * staked for the model, refreshed periodically); liveness and load from their NATS heartbeats;
 * quality from what this gateway measured itself: an EWMA of time to first token and of
 * failures. A supplier whose heartbeats stop is dropped from the candidates until they resume.
 * A heartbeat counts only if its supplier signed it, it came on that supplier's own subject, and
 * it is newer than the last one (docs/bus.md): nobody can keep a rival alive or load it down.
 */
import type { ApiPromise } from '@sibyl/chain-client';
import { decodeHeartbeat, subjects, type Heartbeat } from '@sibyl/protocol';
import { u8aToString } from '@polkadot/util';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { RelayFailure } from './relay-client.js';

export interface SupplierCandidate {
  address: string;
  /** NATS subject its relays go to. */
  subject: string;
}

interface SupplierStats {
  ttftMs: number;
  errorRate: number;
  inflight: number;
}

const EWMA = 0.2;
/** Until measured, a supplier is assumed this fast, so new suppliers get tried. */
const DEFAULT_TTFT_MS = 100;

export class SupplierDirectory {
  private readonly byModel = new Map<number, SupplierCandidate[]>();
  private readonly heartbeats = new Map<string, Heartbeat & { receivedAt: number }>();
  private readonly stats = new Map<string, SupplierStats>();
  private sub: Subscription | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly api: ApiPromise,
    private readonly nats: NatsConnection,
    /** A supplier is live while its last heartbeat is younger than this. */
    readonly staleMs = 7_000,
    private readonly refreshMs = 6_000,
  ) {}

  async start(): Promise<void> {
    this.sub = this.nats.subscribe(subjects.heartbeatAll());
    void (async () => {
      for await (const msg of this.sub!) {
        try {
          const hb = decodeHeartbeat(msg.data);
          const last = this.heartbeats.get(hb.supplier);
          if (msg.subject !== subjects.heartbeat(hb.supplier) || (last && hb.at <= last.at)) continue;
          this.heartbeats.set(hb.supplier, { ...hb, receivedAt: Date.now() });
        } catch {
          // Unsigned, forged or malformed heartbeats are ignored.
        }
      }
    })();
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), this.refreshMs);
  }

  stop(): void {
    this.sub?.unsubscribe();
    clearInterval(this.timer);
  }

  async refresh(): Promise<void> {
    const entries = await this.api.query.stakes.suppliers.entries();
    const byModel = new Map<number, SupplierCandidate[]>();
    for (const [key, config] of entries) {
      if (config.isNone) continue;
      const address = key.args[0].toString();
      const subject = u8aToString(config.unwrap().natsSubject) || subjects.relay(address);
      for (const model of config.unwrap().models) {
        const list = byModel.get(model.toNumber()) ?? [];
        list.push({ address, subject });
        byModel.set(model.toNumber(), list);
      }
    }
    this.byModel.clear();
    for (const [k, v] of byModel) this.byModel.set(k, v);
  }

  /** Whether `supplier` has sent a heartbeat recently. */
  isLive(supplier: string, now = Date.now()): boolean {
    const hb = this.heartbeats.get(supplier);
    return hb !== undefined && now - hb.receivedAt < this.staleMs;
  }

  /**
   * Why a relay sent to `supplier` while it heart-beat on bus connection `link` can no longer be
   * answered: its heartbeats stopped, or it has reconnected since (the reply permission went with
   * the old connection). Undefined while it can.
   */
  lost(supplier: string, link: string | undefined): RelayFailure | undefined {
    if (!this.isLive(supplier)) return new RelayFailure('supplier_lost', 'the supplier stopped sending heartbeats');
    const now = this.heartbeats.get(supplier)!.link;
    if (link !== undefined && now !== link) return new RelayFailure('reconnected', 'the supplier reconnected to the bus');
    return undefined;
  }

  /** The supplier's current bus connection as its last heartbeat named it. */
  linkOf(supplier: string): string | undefined {
    return this.heartbeats.get(supplier)?.link;
  }

  private statsOf(supplier: string): SupplierStats {
    let s = this.stats.get(supplier);
    if (!s) this.stats.set(supplier, (s = { ttftMs: DEFAULT_TTFT_MS, errorRate: 0, inflight: 0 }));
    return s;
  }

  /** Live suppliers of `model`, best first: fast, reliable, lightly loaded. */
  rank(model: number): SupplierCandidate[] {
    const now = Date.now();
    const scored = (this.byModel.get(model) ?? [])
      .filter((c) => this.isLive(c.address, now))
      .filter((c) => this.heartbeats.get(c.address)!.models.includes(model))
      .map((c) => {
        const hb = this.heartbeats.get(c.address)!;
        const s = this.statsOf(c.address);
        const load = Math.max(hb.active, s.inflight) / Math.max(1, hb.capacity);
        return { c, score: s.ttftMs * (1 + load) * (1 + 4 * s.errorRate) };
      });
    scored.sort((a, b) => a.score - b.score);
    return scored.map((s) => s.c);
  }

  started(supplier: string): void {
    this.statsOf(supplier).inflight++;
  }

  /** Records a relay's outcome: time to first token if it produced one, and success. */
  finished(supplier: string, outcome: { ok: boolean; ttftMs?: number }): void {
    const s = this.statsOf(supplier);
    s.inflight = Math.max(0, s.inflight - 1);
    s.errorRate = (1 - EWMA) * s.errorRate + EWMA * (outcome.ok ? 0 : 1);
    if (outcome.ttftMs !== undefined) s.ttftMs = (1 - EWMA) * s.ttftMs + EWMA * outcome.ttftMs;
  }
}
