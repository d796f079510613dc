/**
 * `npm start` (the dev chain in Chopsticks) and `npm run network` (`--chain nodes`: four
 * `sibyl-node` authorities): the local network on this machine. Prints the endpoints and a dev API key, writes
 * them to .sibyl/dev.json, and stops everything cleanly on Ctrl-C.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startDashboard, type Dashboard } from '@sibyl/dashboard';
import { startLocalNetwork } from './localnet.js';

const { values } = parseArgs({
  options: {
    'gateway-port': { type: 'string', default: '8080' },
    'chain-port': { type: 'string', default: '9944' },
    'nats-port': { type: 'string', default: '4222' },
    // A cluster of three on the node network (ports from --nats-port up), one server otherwise.
    'nats-servers': { type: 'string' },
    capacity: { type: 'string', default: '4' },
    context: { type: 'string', default: '4096' },
    // The supplier's llama.cpp threads (default: the machine's math cores; never more than cores).
    threads: { type: 'string' },
    'metrics-port': { type: 'string', default: '9101' },
    // The network explorer (docs/dashboard.md) on 127.0.0.1; 0 leaves it off.
    'dashboard-port': { type: 'string', default: '8090' },
    'data-dir': { type: 'string', default: '.sibyl' },
    chain: { type: 'string', default: 'chopsticks' },
    'dev-json': { type: 'string' },
    quiet: { type: 'boolean', default: false },
    // Chopsticks: a block every this many ms without transactions (0: only on transactions).
    'block-ms': { type: 'string', default: '2000' },
    // …and this far apart while the machine is busy, so block building leaves the cores to
    // inference (docs/network.md); windows are counted in blocks, so nothing gets shorter.
    'busy-block-ms': { type: 'string', default: '12000' },
    // Leave the TIQE+ validator out (relays are then never scored, so never settled in full).
    'no-validator': { type: 'boolean', default: false },
  },
});

async function main(): Promise<void> {
  const chain = values.chain;
  if (chain !== 'chopsticks' && chain !== 'nodes') throw new Error(`--chain is chopsticks or nodes, not ${chain}`);
  const blockMs = Number(values['block-ms']);
  if (!(Number.isInteger(blockMs) && blockMs >= 0)) throw new Error(`--block-ms is a whole number of milliseconds, not ${values['block-ms']}`);
  const busyBlockMs = Number(values['busy-block-ms']);
  if (!(Number.isInteger(busyBlockMs) && busyBlockMs >= blockMs)) throw new Error(`--busy-block-ms is a whole number of milliseconds, at least --block-ms, not ${values['busy-block-ms']}`);
  const network = await startLocalNetwork({
    chain,
    dataDir: values['data-dir'],
    devJsonPath: values['dev-json'],
    gatewayPort: Number(values['gateway-port']),
    chainPort: Number(values['chain-port']),
    natsPort: Number(values['nats-port']),
    natsServers: (values['nats-servers'] ?? (chain === 'nodes' ? '3' : '1')) === '3' ? 3 : 1,
    supplierCapacity: Number(values.capacity),
    contextLength: Number(values.context),
    supplierThreads: values.threads === undefined ? undefined : Number(values.threads),
    supplierMetricsPort: Number(values['metrics-port']),
    blockIntervalMs: Number(values['block-ms']),
    busyBlockIntervalMs: Number(values['busy-block-ms']),
    validator: !values['no-validator'],
    // Each daemon with its own event loop, as node runners run them (docs/network.md).
    ownProcesses: true,
    log: values.quiet ? () => undefined : (line) => console.error(line),
  });
  const path = network.writeDevJson();
  const dashboardPort = Number(values['dashboard-port']);
  let dashboard: Dashboard | undefined;
  if (dashboardPort > 0) {
    dashboard = await startDashboard({
      rpc: network.rpc,
      port: dashboardPort,
      dataDir: join(values['data-dir'], 'dashboard'),
      supplierMetrics: `http://127.0.0.1:${values['metrics-port']}/metrics`,
      gatewayMetrics: `${network.gateway.replace(/\/v1$/, '')}/metrics`,
      log: values.quiet ? () => undefined : (line) => console.error(line),
    }).catch(async (error: Error) => {
      await network.stop();
      throw error;
    });
  }
  console.log(`
Sibyl local network is up.
  chain RPC   ${network.rpc}
  NATS        ${network.nats}
  gateway     ${network.gateway}   (OpenAI base URL; metrics at ${network.gateway.replace(/\/v1$/, '')}/metrics)
  model       ${network.modelName} (chain id ${network.modelId})
  API key     ${network.apiKey}
  dashboard   ${dashboard?.url ?? 'off (--dashboard-port 0)'}
Written to ${path}. Try:
  curl ${network.gateway}/chat/completions -H "Authorization: Bearer ${network.apiKey}" \\
    -H 'content-type: application/json' -d '{"model":"${network.modelName}","messages":[{"role":"user","content":"Hello"}]}'
Ctrl-C stops everything.`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    console.error('\nstopping…');
    void (dashboard?.stop() ?? Promise.resolve()).then(() => network.stop()).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`sibyl: ${error.message}`);
  process.exit(1);
});
