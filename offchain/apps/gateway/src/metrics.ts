/** Prometheus metrics of the gateway, served at GET /metrics. */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export class GatewayMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'sibyl_gateway_requests_total',
    help: 'HTTP requests by route and status.',
    labelNames: ['route', 'status'] as const,
    registers: [this.registry],
  });
  readonly relayAttempts = new Counter({
    name: 'sibyl_gateway_relay_attempts_total',
    help: 'Relay attempts to suppliers by outcome (ok or the failure code).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly tokens = new Counter({
    name: 'sibyl_gateway_tokens_total',
    help: 'Tokens relayed, by model and kind (prompt, completion).',
    labelNames: ['model', 'kind'] as const,
    registers: [this.registry],
  });
  readonly openStreams = new Gauge({
    name: 'sibyl_gateway_open_streams',
    help: 'Requests being relayed now.',
    registers: [this.registry],
  });
  readonly admission = new Histogram({
    name: 'sibyl_gateway_admission_seconds',
    help: 'From a request arriving to its relay being ready to send (key, body, standing, suppliers, prompt count, reservation).',
    labelNames: ['model'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers: [this.registry],
  });
  readonly timeToFirstToken = new Histogram({
    name: 'sibyl_gateway_time_to_first_token_seconds',
    help: 'From sending a relay to its first output chunk.',
    labelNames: ['model'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'sibyl_gateway_' });
  }
}
