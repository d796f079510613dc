/**
 * `npm run bus-authorizer -- <config|serve> [options]` (docs/bus.md, "Running the bus"):
 *
 *   config  writes one nats-server's configuration (and the bus's keys, the first time)
 *   serve   answers the servers' login questions from chain stake until stopped
 *
 * The keys file holds the bus's secrets (mode 600, never in git); every server of a bus and its
 * authorizers share it.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { connect } from '@sibyl/chain-client';
import { busServers } from '@sibyl/protocol';
import { BusAuthorizer } from './authorizer.js';
import { ChainRoles } from './chain-roles.js';
import { loadOrCreateBusKeys, natsServerConfig } from './server-config.js';

const USAGE = `usage: npm run bus-authorizer -- <config|serve> [options]
  config  --keys <file> --out <nats.conf> [--name sibyl-nats] [--host 127.0.0.1] [--port 4222]
          [--store-dir /data] [--cluster-port 6222 --route nats-route://host:6222 ...]
  serve   --keys <file> [--nats nats://127.0.0.1:4222[,...]] [--rpc ws://127.0.0.1:9944]
          [--dispatcher <address> ...] [--observer <address> ...] [--ttl 86400]`;

function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got ${value}`);
  return n;
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      keys: { type: 'string' },
      out: { type: 'string' },
      name: { type: 'string', default: 'sibyl-nats' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '4222' },
      'store-dir': { type: 'string', default: '/data' },
      'cluster-port': { type: 'string' },
      route: { type: 'string', multiple: true, default: [] },
      nats: { type: 'string', default: 'nats://127.0.0.1:4222' },
      rpc: { type: 'string', default: 'ws://127.0.0.1:9944' },
      dispatcher: { type: 'string', multiple: true, default: [] },
      observer: { type: 'string', multiple: true, default: [] },
      ttl: { type: 'string', default: '86400' },
    },
  });
  if (!values.keys) throw new Error('--keys <file> is required: the bus keys file (created on first use)');
  const keys = loadOrCreateBusKeys(values.keys);
  if (command === 'config') {
    if (!values.out) throw new Error('--out <file> is required');
    const config = natsServerConfig({
      name: values.name,
      host: values.host,
      port: positiveInt(values.port, 'port'),
      storeDir: values['store-dir'],
      keys,
      cluster: values['cluster-port'] ? { port: positiveInt(values['cluster-port'], 'cluster-port'), routes: values.route } : undefined,
    });
    writeFileSync(values.out, config, { mode: 0o600 });
    console.error(`bus-authorizer: wrote ${values.out}`);
    return;
  }
  if (command === 'serve') {
    const api = await connect(values.rpc);
    const authorizer = await BusAuthorizer.start({
      servers: busServers(values.nats),
      keys,
      roles: new ChainRoles(api, { dispatchers: values.dispatcher, observers: values.observer }),
      ttlSeconds: positiveInt(values.ttl, 'ttl'),
      log: (line) => console.error(`bus-authorizer: ${line}`),
    });
    console.error(`bus-authorizer: admitting staked accounts on ${values.nats} (chain ${values.rpc})`);
    const stop = () => void authorizer.stop().then(() => api.disconnect()).then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return;
  }
  console.error(USAGE);
  process.exit(2);
}

main().catch((error: Error) => {
  console.error(`bus-authorizer: ${error.message}`);
  process.exit(1);
});
