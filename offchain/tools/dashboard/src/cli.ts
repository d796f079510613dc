/**
 * `npm run dashboard -- --rpc ws://127.0.0.1:9944 [--port 8090] [--host 127.0.0.1]
 *   [--data-dir .sibyl/dashboard] [--supplier-metrics URL] [--gateway-metrics URL] [--backfill 5000]`:
 * the network explorer (docs/dashboard.md). Ctrl-C saves the history and stops.
 */
import { parseArgs } from 'node:util';
import { startDashboard } from './dashboard.js';

const USAGE = `usage: npm run dashboard -- --rpc ws://127.0.0.1:9944 [--port 8090] [--host 127.0.0.1]
  [--data-dir .sibyl/dashboard] [--supplier-metrics http://127.0.0.1:9101/metrics]
  [--gateway-metrics http://127.0.0.1:8080/metrics] [--backfill 5000]`;

function integer(value: string, flag: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`--${flag} takes a whole number, not ${value}\n${USAGE}`);
  return Number(value);
}

function httpUrl(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^https?:\/\//.test(value)) throw new Error(`--${flag} takes an http(s) URL, not ${value}`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rpc: { type: 'string', default: 'ws://127.0.0.1:9944' },
      port: { type: 'string', default: '8090' },
      host: { type: 'string', default: '127.0.0.1' },
      'data-dir': { type: 'string', default: '.sibyl/dashboard' },
      'supplier-metrics': { type: 'string' },
      'gateway-metrics': { type: 'string' },
      backfill: { type: 'string', default: '5000' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const dashboard = await startDashboard({
    rpc: values.rpc,
    port: integer(values.port, 'port'),
    host: values.host,
    dataDir: values['data-dir'],
    supplierMetrics: httpUrl(values['supplier-metrics'], 'supplier-metrics'),
    gatewayMetrics: httpUrl(values['gateway-metrics'], 'gateway-metrics'),
    backfill: integer(values.backfill, 'backfill'),
  });
  console.log(`Sibyl dashboard on ${dashboard.url} (chain ${values.rpc}, history in ${values['data-dir']}). Ctrl-C stops it.`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void dashboard.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`dashboard: ${error.message}`);
  process.exit(1);
});
