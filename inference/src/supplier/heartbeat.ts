/** Publishes the supplier's load and capacity on `sibyl.heartbeat.<supplier>` every interval. */
import { encodeMessage, subjects } from '@sibyl/protocol';
import type { NatsConnection } from 'nats';
import type { RelayServer } from './relay-server.js';

export function startHeartbeat(nats: NatsConnection, server: RelayServer, models: number[], intervalMs = 2_000): () => void {
  const beat = () => {
    if (nats.isClosed()) return;
    nats.publish(
      subjects.heartbeat(server.address),
      encodeMessage({
        supplier: server.address,
        models,
        active: server.active,
        capacity: server.capacity,
        tokensPerSecond: server.tokensPerSecond,
        at: Date.now(),
      }),
    );
  };
  beat();
  const timer = setInterval(beat, intervalMs);
  return () => clearInterval(timer);
}
