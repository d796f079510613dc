/**
 * `sibyl-supplier` command line (npm run supplier -- …):
 *
 *   serve       run the supplier daemon
 *   rpc-worker  run a llama.cpp RPC worker for a cluster supplier (private address only)
 *   fetch       fetch and verify a model (default: the dev model; or --chain/--model, or --sha256/--uri)
 *
 * The supplier's secret URI comes from --suri, SIBYL_SUPPLIER_SURI or the file SIBYL_SUPPLIER_SURI_FILE names
 * (mode 600); never commit it.
 */
import { parseArgs } from 'node:util';
import { secretUriFor } from '@sibyl/chain-client';
import { DEFAULT_DEV_MODEL, ModelFetcher, artifactFromChain, type ModelArtifact } from '@sibyl/model-runtime';
import { SupplierDaemon } from './supplier/daemon.js';
import { RpcWorker } from './cluster/rpc-worker.js';

const USAGE = `usage: npm run supplier -- <serve|rpc-worker|fetch> [options]
  serve       --rpc ws://127.0.0.1:9944 --nats nats://127.0.0.1:4222 [--suri //Bob] [--model ID ...]
              [--capacity 4] [--context 4096] [--threads N] [--rpc-worker host:port ...] [--worker-layers N]
              [--metrics-port 9101] [--metrics-host 127.0.0.1] [--chunk-interval-ms 100] [--data-dir DIR]
  rpc-worker  --host 127.0.0.1|<private LAN address> --port 50052 [--threads 1]
  fetch       [--chain ws://… --model ID] | [--sha256 HEX --size BYTES --uri URI ...]`;

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      rpc: { type: 'string', default: 'ws://127.0.0.1:9944' },
      nats: { type: 'string', default: 'nats://127.0.0.1:4222' },
      suri: { type: 'string' },
      model: { type: 'string', multiple: true },
      capacity: { type: 'string' },
      context: { type: 'string' },
      threads: { type: 'string' },
      'rpc-worker': { type: 'string', multiple: true },
      'worker-layers': { type: 'string' },
      'metrics-port': { type: 'string' },
      'metrics-host': { type: 'string' },
      'chunk-interval-ms': { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '50052' },
      chain: { type: 'string' },
      sha256: { type: 'string' },
      size: { type: 'string' },
      uri: { type: 'string', multiple: true },
      cache: { type: 'string' },
      'data-dir': { type: 'string' },
    },
  });
  const num = (v: string | undefined, name: string): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got ${v}`);
    return n;
  };
  switch (command) {
    case 'serve': {
      const suri = secretUriFor('supplier', values.suri);
      const daemon = await SupplierDaemon.start({
        rpc: values.rpc,
        nats: values.nats,
        suri,
        models: values.model?.map((m) => num(m, 'model')!),
        capacity: num(values.capacity, 'capacity'),
        contextLength: num(values.context, 'context'),
        threads: num(values.threads, 'threads'),
        rpcWorkers: values['rpc-worker'],
        workerLayers: num(values['worker-layers'], 'worker-layers'),
        metricsPort: num(values['metrics-port'], 'metrics-port'),
        metricsHost: values['metrics-host'],
        chunkIntervalMs: num(values['chunk-interval-ms'], 'chunk-interval-ms'),
        cacheDir: values.cache,
        dataDir: values['data-dir'],
      });
      console.error(`supplier: ${daemon.address} serving relays`);
      const stop = () => void daemon.stop().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return;
    }
    case 'rpc-worker': {
      const worker = await RpcWorker.start({
        host: values.host,
        port: num(values.port, 'port')!,
        threads: num(values.threads, 'threads'),
        log: (line) => console.error(`rpc-worker: ${line}`),
      });
      console.error(`rpc-worker: listening on ${worker.endpoint}`);
      const stop = () => void worker.stop().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      return;
    }
    case 'fetch': {
      const fetcher = new ModelFetcher(values.cache);
      let artifact: ModelArtifact = DEFAULT_DEV_MODEL.artifact;
      if (values.chain && values.model?.[0]) artifact = await artifactFromChain(values.chain, num(values.model[0], 'model')!);
      else if (values.sha256) artifact = { sha256: values.sha256, sizeBytes: num(values.size, 'size') ?? 0, uris: values.uri ?? [] };
      console.log(await fetcher.ensure(artifact));
      return;
    }
    default:
      console.error(USAGE);
      process.exit(command ? 2 : 0);
  }
}

main().catch((error: Error) => {
  console.error(`sibyl-supplier: ${error.message}`);
  process.exit(1);
});
