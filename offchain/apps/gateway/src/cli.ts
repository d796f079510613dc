/**
 * `sibyl-gateway` command line (npm run gateway -- …):
 *
 *   serve                 run the gateway (127.0.0.1:8080 unless told otherwise)
 *   keys create --app A   create an API key for application account A (printed once)
 *   keys revoke --app A   revoke every key of A
 *
 * The gateway's secret URI comes from --suri, SIBYL_GATEWAY_SURI or the file SIBYL_GATEWAY_SURI_FILE names
 * (mode 600); never commit it.
 */
import { parseArgs } from 'node:util';
import { secretUriFor } from '@sibyl/chain-client';
import { join } from 'node:path';
import { ApiKeyStore } from './api-keys.js';
import { Gateway } from './gateway.js';

const USAGE = `usage: npm run gateway -- <serve|keys> [options]
  serve        --rpc ws://127.0.0.1:9944 --nats nats://127.0.0.1:4222 [--suri //Charlie]
               [--host 127.0.0.1] [--port 8080] [--data-dir .sibyl/gateway]
               [--default-max-tokens 512] [--busy-wait-ms 60000]
  keys create  --app <address> [--label text] [--data-dir .sibyl/gateway]
  keys revoke  --app <address> [--data-dir .sibyl/gateway]`;

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const sub = command === 'keys' ? rest.shift() : undefined;
  const { values } = parseArgs({
    args: rest,
    options: {
      rpc: { type: 'string', default: 'ws://127.0.0.1:9944' },
      nats: { type: 'string', default: 'nats://127.0.0.1:4222' },
      suri: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '8080' },
      'data-dir': { type: 'string', default: '.sibyl/gateway' },
      'default-max-tokens': { type: 'string' },
      'busy-wait-ms': { type: 'string' },
      app: { type: 'string' },
      label: { type: 'string', default: '' },
    },
  });
  const int = (v: string | undefined, name: string) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer, got ${v}`);
    return n;
  };
  if (command === 'serve') {
    const suri = secretUriFor('gateway', values.suri);
    const gateway = await Gateway.start({
      rpc: values.rpc,
      nats: values.nats,
      suri,
      host: values.host,
      port: int(values.port, 'port'),
      dataDir: values['data-dir'],
      defaultMaxTokens: int(values['default-max-tokens'], 'default-max-tokens'),
      busyWaitMs: int(values['busy-wait-ms'], 'busy-wait-ms'),
    });
    console.error(`gateway: ${gateway.account.address} serving ${gateway.baseUrl}`);
    const stop = () => void gateway.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    return;
  }
  if (command === 'keys' && (sub === 'create' || sub === 'revoke')) {
    if (!values.app) throw new Error('--app <address> is required');
    const store = new ApiKeyStore(join(values['data-dir'], 'api-keys.json'));
    if (sub === 'create') console.log(store.create(values.app, values.label));
    else console.log(`revoked ${store.revokeApp(values.app)} key(s)`);
    return;
  }
  console.error(USAGE);
  process.exit(command ? 2 : 0);
}

main().catch((error: Error) => {
  console.error(`sibyl-gateway: ${error.message}`);
  process.exit(1);
});
