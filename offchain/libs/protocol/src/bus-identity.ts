/**
 * Joining Sibyl's bus as a chain account (docs/bus.md, "Identity"). The NATS servers delegate
 * every login to the bus authorizer (auth callout): a client names its SS58 account as the user
 * and signs the server's per-connection nonce with that account's sr25519 key, so a login cannot
 * be replayed, and the authorizer grants the permissions the account's stake on chain earns.
 * Replies come to an inbox under `_INBOX.<account>.`, which only that account may subscribe to.
 */
import { u8aConcat, stringToU8a, u8aToHex } from '@polkadot/util';
import { connect, type Authenticator, type NatsConnection } from '@nats-io/transport-node';
import { verifySignature, type RelaySigner } from './relay-envelope.js';
import { assertSubjectToken } from './subjects.js';

const LOGIN_DOMAIN = 'sibyl/bus-login/v1:';

/** What a login signs: the server's nonce, domain-separated from every other Sibyl signature. */
export function busLoginMessage(nonce: string): Uint8Array {
  return u8aConcat(stringToU8a(LOGIN_DOMAIN), stringToU8a(nonce));
}

/** The private inbox prefix of `account`. */
export function inboxPrefixOf(account: string): string {
  return `_INBOX.${assertSubjectToken(account)}`;
}

/**
 * Credentials for one connection attempt: the account and its signature of the server's nonce.
 * A server that sends no nonce gets no signature (it is not a Sibyl bus, and a signature of
 * nothing could be replayed anywhere).
 */
export function busAuthenticator(signer: RelaySigner): Authenticator {
  return (nonce?: string) => (nonce ? { user: signer.address, sig: u8aToHex(signer.sign(busLoginMessage(nonce))) } : { user: signer.address });
}

/** Whether `signature` is `account`'s login for `nonce`. */
export function verifyBusLogin(account: string, nonce: string, signature: string): boolean {
  return verifySignature(busLoginMessage(nonce), signature, account);
}

/** Server URLs from a comma-separated list, as the daemons' `--nats` flags take them. */
export function busServers(list: string): string[] {
  const servers = list.split(',').map((s) => s.trim()).filter(Boolean);
  if (servers.length === 0) throw new Error('no NATS server given');
  return servers;
}

export interface BusConnectOptions {
  /** One server URL or several (a cluster: any one will do, the rest are fallbacks). */
  servers: string | string[];
  signer: RelaySigner;
  /** Shown in the servers' connection lists. */
  name?: string;
  /** Fail the first connect instead of retrying until a server is up (default false: wait). */
  failFast?: boolean;
}

/**
 * A connection that logs in as `signer`'s account, keeps reconnecting (to any server of the
 * cluster) for as long as it lives, and takes replies on its private inbox.
 */
export function connectBus(options: BusConnectOptions): Promise<NatsConnection> {
  return connect({
    servers: options.servers,
    name: options.name ?? options.signer.address,
    authenticator: busAuthenticator(options.signer),
    inboxPrefix: inboxPrefixOf(options.signer.address),
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    // A login refused while the authorizer restarts is retried like any other failure.
    ignoreAuthErrorAbort: true,
    waitOnFirstConnect: !options.failFast,
  });
}
