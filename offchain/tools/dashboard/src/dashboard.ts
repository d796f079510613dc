/**
 * The dashboard in one call: connects to the chain, starts the indexer (resuming the history in
 * `dataDir`), and serves the web app, the JSON API and the live stream. `stop()` saves the
 * history and takes it all down.
 */
import { ChainWatch, connect, type ApiPromise } from '@sibyl/chain-client';
import { ApiRoutes } from './api-routes.js';
import { ChainReads } from './chain-reads.js';
import { HistoryStore } from './history-store.js';
import { Indexer } from './indexer.js';
import { LiveStream } from './live-stream.js';
import { MetricsScraper } from './metrics.js';
import { DEFAULT_BOUNDS, type HistoryBounds } from './model.js';
import { DashboardServer } from './server.js';

export interface DashboardOptions {
  /** The chain's WebSocket RPC, e.g. ws://127.0.0.1:9944. */
  rpc: string;
  /** HTTP port (default 8090; 0 picks a free one) and address (default 127.0.0.1). */
  port?: number;
  host?: string;
  /** Where the history is saved (`<dataDir>/history.json`); none: memory only. */
  dataDir?: string;
  /** Prometheus endpoints of a supplier and a gateway, shown when given. */
  supplierMetrics?: string;
  gatewayMetrics?: string;
  /** Most blocks indexed behind the finalized head on start (default 5 000). */
  backfill?: number;
  bounds?: Partial<HistoryBounds>;
  /** Chain reads are cached this long (ms, default 2 000). */
  cacheMs?: number;
  log?: (line: string) => void;
}

export interface Dashboard {
  /** e.g. http://127.0.0.1:8090 */
  url: string;
  port: number;
  api: ApiPromise;
  indexer: Indexer;
  stop(): Promise<void>;
}

export async function startDashboard(options: DashboardOptions): Promise<Dashboard> {
  const log = options.log ?? ((line: string) => console.error(line));
  const api = await connect(options.rpc);
  const cleanup: (() => Promise<void> | void)[] = [() => api.disconnect()];
  const stop = async () => {
    for (const step of cleanup.reverse()) await Promise.resolve(step()).catch((e: Error) => log(`dashboard: stop: ${e.message}`));
    cleanup.length = 0;
  };
  try {
    const watch = new ChainWatch(api, options.cacheMs ?? 2_000, 5_000);
    await watch.start();
    cleanup.push(() => watch.stop());
    const reads = new ChainReads(api, watch);

    const indexer = new Indexer(api, {
      store: options.dataDir ? new HistoryStore(options.dataDir) : undefined,
      bounds: { ...DEFAULT_BOUNDS, ...options.bounds },
      backfill: options.backfill,
      log,
    });
    await indexer.start();
    cleanup.push(() => indexer.stop());

    const live = new LiveStream();
    const liveState = () => ({ block: indexer.status.lastBlock, session: indexer.status.currentSession, syncing: indexer.status.syncing, best: watch.bestBlock });
    indexer.onBlock((block) => {
      // Governance changed: the next governance read must not be the cached one.
      if (block.events.some((e) => e.kind === 'GovernanceChanged')) reads.invalidate();
      live.publish(liveState());
    });

    const routes = new ApiRoutes({
      reads,
      indexer,
      supplierMetrics: options.supplierMetrics ? new MetricsScraper(options.supplierMetrics) : undefined,
      gatewayMetrics: options.gatewayMetrics ? new MetricsScraper(options.gatewayMetrics) : undefined,
    });
    const server = new DashboardServer(routes, live, liveState, log);
    const host = options.host ?? '127.0.0.1';
    const port = await server.listen(options.port ?? 8090, host);
    cleanup.push(() => server.close());
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    return { url, port, api, indexer, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
