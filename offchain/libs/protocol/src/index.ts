/**
 * @sibyl/protocol: what gateway, supplier and validator say to each other.
 *
 * - {@link subjects}: the NATS subject scheme (docs/protocol.md).
 * - {@link signEnvelope} / {@link verifyEnvelope}, {@link signResponse} / {@link verifyResponse}:
 *   sr25519-signed SCALE relay envelopes and response metadata.
 * - {@link ResponseHasher}: the response hash chain over streamed chunks.
 * - Message types and validating decoders for everything on NATS; signed control messages
 *   (heartbeats, cancels) and sealed relays and reveals ({@link sealRelayRequest}, docs/bus.md).
 * - {@link connectBus}: a NATS connection that proves its chain account (docs/bus.md).
 */
export * from './subjects.js';
export * from './relay-envelope.js';
export * from './messages.js';
export * from './relay-record.js';
export * from './sealing.js';
export * from './sealed-wire.js';
export * from './bus-identity.js';
