/**
 * @sibyl/protocol: what gateway, supplier and validator say to each other.
 *
 * - {@link subjects}: the NATS subject scheme (docs/protocol.md).
 * - {@link signEnvelope} / {@link verifyEnvelope}, {@link signResponse} / {@link verifyResponse}:
 *   sr25519-signed SCALE relay envelopes and response metadata.
 * - {@link ResponseHasher}: the response hash chain over streamed chunks.
 * - Message types and validating decoders for everything on NATS.
 */
export * from './subjects.js';
export * from './relay-envelope.js';
export * from './messages.js';
export * from './relay-record.js';
