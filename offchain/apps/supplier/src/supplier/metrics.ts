/** Prometheus metrics of a supplier daemon, served at GET /metrics. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class SupplierMetrics {
  readonly registry = new Registry();
  readonly relays = new Counter({
    name: 'sibyl_supplier_relays_total',
    help: 'Relays by outcome (ok, busy, unauthorized, replay, bad_request, context_length_exceeded, cancelled, internal).',
    labelNames: ['model', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly tokens = new Counter({
    name: 'sibyl_supplier_tokens_total',
    help: 'Tokens processed, by kind (prompt, completion).',
    labelNames: ['model', 'kind'] as const,
    registers: [this.registry],
  });
  readonly active = new Gauge({
    name: 'sibyl_supplier_active_relays',
    help: 'Relays being generated now.',
    registers: [this.registry],
  });
  readonly capacity = new Gauge({
    name: 'sibyl_supplier_capacity',
    help: 'Relays accepted at once before answering busy.',
    registers: [this.registry],
  });
  readonly admission = new Histogram({
    name: 'sibyl_supplier_admission_seconds',
    help: "From receiving a relay to starting its generation: unsealing, the envelope's signature, the chain's say-so, a slot.",
    labelNames: ['model'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5],
    registers: [this.registry],
  });
  readonly timeToFirstToken = new Histogram({
    name: 'sibyl_supplier_time_to_first_token_seconds',
    help: 'From receiving a relay to publishing its first chunk.',
    labelNames: ['model'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly generationSeconds = new Histogram({
    name: 'sibyl_supplier_generation_seconds',
    help: 'From receiving a relay to its final frame.',
    labelNames: ['model'] as const,
    buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    registers: [this.registry],
  });

  readonly minedRelays = new Counter({
    name: 'sibyl_supplier_mined_relays_total',
    help: 'Served relays whose mining key fell under the difficulty target and went into a claim tree.',
    labelNames: ['model'] as const,
    registers: [this.registry],
  });
  readonly lateRelays = new Counter({
    name: 'sibyl_supplier_late_relays_total',
    help: 'Mined relays that ended after their session was claimed: not in any claim, not paid.',
    labelNames: ['model'] as const,
    registers: [this.registry],
  });
  readonly claims = new Counter({
    name: 'sibyl_supplier_claims_total',
    help: 'Relay-mining claims by step (claimed, proven, unprovable: the store no longer matches the claimed root).',
    labelNames: ['model', 'step'] as const,
    registers: [this.registry],
  });
  readonly claimedComputeUnits = new Counter({
    name: 'sibyl_supplier_claimed_compute_units_total',
    help: 'Compute units of mined relays in claims posted (the chain pays for sum / mining probability).',
    labelNames: ['model'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'sibyl_supplier_' });
  }

  /** Reports the chain state cached to admit relays (bounded: strangers' keys cannot grow it). */
  trackChainCache(entries: () => number): void {
    new Gauge({
      name: 'sibyl_supplier_chain_cache_entries',
      help: 'Chain reads cached to admit relays: session sets and applications.',
      registers: [this.registry],
      collect() {
        this.set(entries());
      },
    });
  }
}
