/**
 * The supplier daemon: reads its models from the chain, fetches and verifies their files, loads a
 * backend per model, serves relays over NATS with heartbeats and Prometheus metrics, mines the
 * relays it answered, and claims and proves them on chain when their session ends.
 */
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { KeyringPair } from '@polkadot/keyring/types';
import { accountFromUri, connect, type ApiPromise } from '@sibyl/chain-client';
import { busServers, connectBus, fastSigner, subjects } from '@sibyl/protocol';
import { u8aToString } from '@polkadot/util';
import type { NatsConnection } from '@nats-io/transport-node';
import type { InferenceBackend } from '../backend/backend.js';
import { ClusterBackend } from '../backend/cluster-backend.js';
import { LlamaBackend } from '../backend/llama-backend.js';
import { ModelFetcher, defaultCacheDir, readChainModel, type ChainModel } from '@sibyl/model-runtime';
import { ChainView } from './chain-view.js';
import { startHeartbeat } from './heartbeat.js';
import { SupplierMetrics } from './metrics.js';
import { serveMetrics } from './metrics-server.js';
import { RelayServer, type ServedRelay } from './relay-server.js';
import { RelayArchive } from './relay-archive.js';
import { ClaimSubmitter } from './claim-submitter.js';
import { JobWorker } from './job-worker.js';
import { RelayMiner } from './relay-miner.js';
import { RevealServer } from './reveal-server.js';
import { join } from 'node:path';

export interface SupplierConfig {
  rpc: string;
  /** NATS server URL(s) of the bus, comma-separated for a cluster. */
  nats: string;
  /** Secret URI of the supplier's account. */
  suri: string;
  /** Chain model ids to serve; default: every model the supplier is staked for. */
  models?: number[];
  /** Concurrent requests per model. */
  capacity?: number;
  /** Context tokens per request. */
  contextLength?: number;
  threads?: number;
  /** Cluster backend: llama.cpp RPC workers (host:port) the coordinator splits layers across. */
  rpcWorkers?: string[];
  /** With `rpcWorkers`: the layers placed on them (default all; the rest run on this device). */
  workerLayers?: number;
  /** Directory of llama-server / rpc-server for the cluster backend. */
  llamaToolsDir?: string;
  metricsPort?: number;
  metricsHost?: string;
  /** Gather output for up to this long per chunk frame after the first (default 100 ms). */
  chunkIntervalMs?: number;
  cacheDir?: string;
  /**
   * Where mined relays are kept (default `<cache>/supplier/<address>`): `relays/` archives their
   * records for TIQE+ reveals, `mined/` their sum trees until the claim settles. Both survive
   * restarts.
   */
  dataDir?: string;
  /**
   * Where a model's GGUF comes from. Default: fetched from the sources its registration names
   * and checked against its sha256. Drills plug in a dishonest supplier's file here.
   */
  modelFile?: (model: ChainModel) => Promise<string>;
  log?: (line: string) => void;
}

export class SupplierDaemon {
  private constructor(
    readonly account: KeyringPair,
    private readonly api: ApiPromise,
    private readonly nats: NatsConnection,
    private readonly chain: ChainView,
    private readonly server: RelayServer,
    private readonly miner: RelayMiner,
    private readonly claims: ClaimSubmitter,
    private readonly jobs: JobWorker,
    private readonly revealServer: RevealServer,
    private readonly backends: Map<number, InferenceBackend>,
    private readonly stopHeartbeat: () => void,
    private readonly metricsServer: Server | undefined,
  ) {}

  get address(): string {
    return this.account.address;
  }

  static async start(config: SupplierConfig): Promise<SupplierDaemon> {
    const log = config.log ?? ((line: string) => console.error(`supplier: ${line}`));
    const account = await accountFromUri(config.suri);
    const api = await connect(config.rpc);
    const backends = new Map<number, InferenceBackend>();
    try {
      const staked = await api.query.stakes.suppliers(account.address);
      const models = config.models ?? (staked.isSome ? staked.unwrap().models.map((m) => m.toNumber()) : []);
      if (models.length === 0) throw new Error(`${account.address} serves no model: stake as a supplier first, or pass --model`);
      if (staked.isNone) log(`warning: ${account.address} is not staked as a supplier; relays will be refused until it is`);
      const fetcher = new ModelFetcher(config.cacheDir);
      for (const id of models) {
        const model = await readChainModel(api, id);
        if (!model.active) throw new Error(`model ${id} (${model.name}) is retired`);
        const path = config.modelFile ? await config.modelFile(model) : await fetcher.ensure(model.artifact);
        const contextLength = Math.min(config.contextLength ?? 4096, model.contextLength);
        const backend = config.rpcWorkers?.length
          ? await ClusterBackend.start({
              modelPath: path,
              workers: config.rpcWorkers,
              capacity: config.capacity,
              contextLength,
              threads: config.threads,
              workerLayers: config.workerLayers,
              toolsDir: config.llamaToolsDir,
            })
          : await LlamaBackend.load({ modelPath: path, capacity: config.capacity, contextLength, threads: config.threads });
        backends.set(id, backend);
        log(`model ${id} ${model.name}: ${backend.description}`);
      }
      const signer = fastSigner(account);
      const nats = await connectBus({ servers: busServers(config.nats), signer, name: `sibyl-supplier-${account.address}` });
      const chain = new ChainView(api, undefined, log);
      await chain.start();
      const metrics = new SupplierMetrics();
      metrics.trackChainCache(() => chain.cachedEntries);
      const onChainSubject = staked.isSome ? u8aToString(staked.unwrap().natsSubject) : '';
      const subject = onChainSubject || subjects.relay(account.address);
      const dataDir = config.dataDir ?? join(config.cacheDir ?? defaultCacheDir(), 'supplier', account.address);
      const archive = await RelayArchive.open(join(dataDir, 'relays'));
      const miner = await RelayMiner.open({ api, dir: join(dataDir, 'mined'), archive, log });
      const onServed = (relay: ServedRelay) =>
        void miner
          .mine(relay)
          .then((outcome) => {
            if (outcome === 'mined') metrics.minedRelays.inc({ model: String(relay.model) });
            if (outcome === 'late') metrics.lateRelays.inc({ model: String(relay.model) });
          })
          .catch((error: Error) => log(`mining relay ${relay.digest} failed: ${error.message}`));
      const server = new RelayServer({ nats, chain, account, subject, backends, metrics, log, chunkIntervalMs: config.chunkIntervalMs, onServed });
      const claims = new ClaimSubmitter({ api, account, miner, archive, windows: chain.claimWindows, inFlight: (session) => server.inFlightFor(session), metrics, log });
      await claims.start();
      const revealServer = new RevealServer({ api, nats, supplier: signer, archive, log });
      revealServer.start();
      log(`serving relays on ${subject}`);
      server.start();
      const jobs = new JobWorker({ api, nats, account, backends, log });
      await jobs.start();
      // Names this bus connection in heartbeats; on a reconnect the relays in flight cannot be
      // answered any more (their reply permissions went with the old connection): stop them.
      const processId = randomBytes(6).toString('hex');
      let reconnects = 0;
      void (async () => {
        for await (const status of nats.status()) {
          if (status.type !== 'reconnect') continue;
          reconnects++;
          const stopped = server.abortAll();
          log(`bus: reconnected to ${status.server}; stopped ${stopped} relay(s) in flight`);
        }
      })();
      const stopHeartbeat = startHeartbeat(nats, server, signer, models, () => `${processId}-${reconnects}`);
      const metricsServer =
        config.metricsPort !== undefined ? await serveMetrics(metrics.registry, config.metricsPort, config.metricsHost) : undefined;
      return new SupplierDaemon(account, api, nats, chain, server, miner, claims, jobs, revealServer, backends, stopHeartbeat, metricsServer);
    } catch (error) {
      for (const b of backends.values()) await b.close().catch(() => undefined);
      await api.disconnect().catch(() => undefined);
      throw error;
    }
  }

  async stop(): Promise<void> {
    this.stopHeartbeat();
    await this.server.stop();
    await this.jobs.stop();
    this.revealServer.stop();
    await this.claims.stop();
    await this.miner.close();
    await this.nats.drain().catch(() => undefined);
    this.chain.stop();
    for (const b of this.backends.values()) await b.close().catch(() => undefined);
    await new Promise<void>((resolve) => (this.metricsServer ? this.metricsServer.close(() => resolve()) : resolve()));
    await this.api.disconnect().catch(() => undefined);
  }
}
