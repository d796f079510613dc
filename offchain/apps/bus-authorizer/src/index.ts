/**
 * @sibyl/bus-authorizer: who may do what on Sibyl's NATS bus (docs/bus.md). {@link BusAuthorizer}
 * answers the servers' login questions from chain stake; {@link natsServerConfig} writes the
 * servers' configuration that delegates logins to it.
 */
export * from './authorizer.js';
export * from './chain-roles.js';
export * from './permissions.js';
export * from './server-config.js';
