/**
 * The nats-server configuration of a Sibyl bus (docs/bus.md, "Running the bus"): three accounts —
 * `SIBYL` where every participant lands (JetStream on), `AUTH` where only the authorizer logs in
 * with its nkey, `SYS` for the servers — and auth callout, so every other login is decided by
 * the bus authorizer. Optionally a cluster: routes to the other servers, authenticated with a
 * shared secret, JetStream replicated across them.
 *
 * The keys are generated once per bus and kept in a 0600 file outside git. The authorizer's
 * nkey user also makes every server send a nonce to every client, which logins sign.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createAccount, createUser, fromSeed } from '@nats-io/nkeys';

/** The account every participant is placed in. */
export const PARTICIPANT_ACCOUNT = 'SIBYL';

/** Secrets of one bus: who signs logins, how the authorizer logs in, how servers trust each other. */
export interface BusKeys {
  /** Account nkey seed that signs every user the authorizer admits. */
  issuerSeed: string;
  /** User nkey seed the authorizer logs in with. */
  authorizerSeed: string;
  /** Password of the cluster's routes. */
  clusterSecret: string;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export function publicKeyOf(seed: string): string {
  return fromSeed(encoder.encode(seed)).getPublicKey();
}

/** The bus's keys from `path`, generated there (mode 0600) the first time. */
export function loadOrCreateBusKeys(path: string): BusKeys {
  if (existsSync(path)) {
    const keys = JSON.parse(readFileSync(path, 'utf8')) as Partial<BusKeys>;
    if (typeof keys.issuerSeed !== 'string' || typeof keys.authorizerSeed !== 'string' || typeof keys.clusterSecret !== 'string') {
      throw new Error(`${path} is not a Sibyl bus key file`);
    }
    return keys as BusKeys;
  }
  const keys: BusKeys = {
    issuerSeed: decoder.decode(createAccount().getSeed()),
    authorizerSeed: decoder.decode(createUser().getSeed()),
    clusterSecret: randomBytes(24).toString('base64url'),
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(keys, null, 2) + '\n', { mode: 0o600 });
  chmodSync(path, 0o600);
  return keys;
}

export interface BusServerConfig {
  /** Unique per server of a cluster. */
  name: string;
  host: string;
  port: number;
  storeDir: string;
  keys: BusKeys;
  /** HTTP monitoring port (`/varz`, `/connz`), on `host`; omitted = none. */
  monitorPort?: number;
  /** Joins a cluster: this server's route port and every server's route URL (its own may be among them). */
  cluster?: { port: number; routes: string[] };
}

const quote = (s: string) => JSON.stringify(s);

export function natsServerConfig(config: BusServerConfig): string {
  const issuer = publicKeyOf(config.keys.issuerSeed);
  const authorizer = publicKeyOf(config.keys.authorizerSeed);
  const lines = [
    `server_name: ${quote(config.name)}`,
    `listen: ${quote(`${config.host}:${config.port}`)}`,
    ...(config.monitorPort ? [`http: ${quote(`${config.host}:${config.monitorPort}`)}`] : []),
    `jetstream { store_dir: ${quote(config.storeDir)} }`,
    'accounts {',
    `  AUTH { users: [ { nkey: ${quote(authorizer)} } ] }`,
    `  ${PARTICIPANT_ACCOUNT} { jetstream: enabled }`,
    '  SYS {}',
    '}',
    'system_account: SYS',
    'authorization {',
    '  auth_callout {',
    `    issuer: ${quote(issuer)}`,
    '    account: AUTH',
    `    auth_users: [ ${quote(authorizer)} ]`,
    '  }',
    '}',
  ];
  if (config.cluster) {
    const secret = config.keys.clusterSecret;
    const routes = config.cluster.routes.map((r) => quote(r.replace('nats-route://', `nats-route://route:${secret}@`)));
    lines.push(
      'cluster {',
      '  name: sibyl',
      `  listen: ${quote(`${config.host}:${config.cluster.port}`)}`,
      `  authorization { user: route, password: ${quote(secret)} }`,
      `  routes: [ ${routes.join(', ')} ]`,
      '}',
    );
  }
  return lines.join('\n') + '\n';
}
