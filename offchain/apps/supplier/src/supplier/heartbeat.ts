/**
 * Publishes the supplier's load and capacity on `sibyl.heartbeat.<supplier>` every interval,
 * signed by the supplier (docs/bus.md): gateways route by heartbeats, so one in a rival's name
 * must not verify.
 */
import { encodeHeartbeat, subjects, type RelaySigner } from '@sibyl/protocol';
import type { NatsConnection } from '@nats-io/transport-node';
import type { RelayServer } from './relay-server.js';

export function startHeartbeat(
  nats: NatsConnection,
  server: RelayServer,
  signer: RelaySigner,
  models: number[],
  /** Names the current bus connection (see Heartbeat.link). */
  link: () => string,
  intervalMs = 2_000,
): () => void {
  const beat = () => {
    if (nats.isClosed()) return;
    nats.publish(
      subjects.heartbeat(server.address),
      encodeHeartbeat(
        {
          supplier: server.address,
          models,
          active: server.active,
          capacity: server.capacity,
          tokensPerSecond: server.tokensPerSecond,
          at: Date.now(),
          link: link(),
        },
        signer,
      ),
    );
  };
  beat();
  const timer = setInterval(beat, intervalMs);
  return () => clearInterval(timer);
}
