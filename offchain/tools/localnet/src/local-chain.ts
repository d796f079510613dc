/**
 * The chain a local network runs on: the dev chain in Chopsticks (one process, blocks on demand,
 * `npm start` and `npm test`), or four `sibyl-node` authorities with real peer-to-peer networking
 * and GRANDPA finality (`npm run network`). Both are moved on by `newBlocks`: Chopsticks builds
 * the blocks at once, the nodes are waited for.
 */
import { connect, type ApiPromise } from '@sibyl/chain-client';
import { startDevChain, type DevChain } from '@sibyl/devchain';
import { startNodeNetwork, type NodeNetwork } from './node-network.js';

/** Which chain: `chopsticks` (default) or `nodes`. */
export type ChainKind = 'chopsticks' | 'nodes';

export interface LocalChain extends DevChain {
  kind: ChainKind;
  /** Every RPC endpoint (one per node); services attach to different nodes. */
  endpoints: string[];
  /** The node processes, for `nodes`. */
  nodes?: NodeNetwork;
}

export interface LocalChainOptions {
  kind: ChainKind;
  /** RPC port (of the first node, for `nodes`). */
  port: number;
  /** Directory for the nodes' databases and logs (`nodes` only). */
  dataDir: string;
  /** Chain spec of the nodes: `local` (four authorities) by default. */
  spec?: string;
  /** First p2p and Prometheus ports of the nodes (defaults 30333 and 9615). */
  p2pPort?: number;
  prometheusPort?: number;
}

export async function startLocalChain(options: LocalChainOptions): Promise<LocalChain> {
  if (options.kind === 'chopsticks') {
    const chain = await startDevChain({ port: options.port, blockMode: 'Instant' });
    return {
      endpoint: chain.endpoint,
      port: chain.port,
      newBlocks: (count) => chain.newBlocks(count),
      produceBlocks: (intervalMs, busyIntervalMs) => chain.produceBlocks(intervalMs, busyIntervalMs),
      close: () => chain.close(),
      kind: 'chopsticks',
      endpoints: [chain.endpoint],
    };
  }
  const nodes = await startNodeNetwork({
    dataDir: options.dataDir,
    rpcPort: options.port,
    p2pPort: options.p2pPort,
    prometheusPort: options.prometheusPort,
    chain: options.spec,
  });
  let api: ApiPromise;
  try {
    api = await connect(nodes.endpoint);
  } catch (error) {
    await nodes.stop();
    throw error;
  }
  return {
    kind: 'nodes',
    nodes,
    endpoint: nodes.endpoint,
    endpoints: nodes.nodes.map((node) => node.rpc),
    port: options.port,
    newBlocks: (count = 1) => waitForBlocks(api, count),
    // The authorities produce their own blocks.
    produceBlocks: () => async () => undefined,
    async close() {
      await api.disconnect().catch(() => undefined);
      await nodes.stop();
    },
  };
}

/** Resolves once the best block is `count` past the one now. */
export async function waitForBlocks(api: ApiPromise, count: number, timeoutMs = 60_000 + count * 12_000): Promise<void> {
  const start = (await api.rpc.chain.getHeader()).number.toNumber();
  await new Promise<void>((resolve, reject) => {
    let unsubscribe: (() => void) | undefined;
    let done = false;
    const finish = (outcome: () => void) => {
      done = true;
      clearTimeout(timer);
      unsubscribe?.();
      outcome();
    };
    const timer = setTimeout(
      () => finish(() => reject(new Error(`the chain made fewer than ${count} blocks in ${timeoutMs} ms`))),
      timeoutMs,
    );
    void api.rpc.chain
      .subscribeNewHeads((header) => {
        if (!done && header.number.toNumber() >= start + count) finish(resolve);
      })
      .then((unsub) => {
        if (done) unsub();
        else unsubscribe = unsub;
      })
      .catch((error: Error) => finish(() => reject(error)));
  });
}
