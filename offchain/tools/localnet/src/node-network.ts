/**
 * A real Sibyl network on one machine: `sibyl-node` authorities on loopback, each its own
 * process with its own database, peering over libp2p and finalizing with GRANDPA. The `local`
 * chain spec's authorities are Alice, Bob, Charlie and Dave; each node authors with the
 * development keys of its name. Every node lists the others as bootnodes, so any of them can
 * die and rejoin. Used by `npm run network` and `npm run test:network`.
 */
import { join } from 'node:path';
import { NodeProcess } from './node-process.js';

export interface NodeNetworkOptions {
  /** Directory for the nodes' databases, keys and logs. */
  dataDir: string;
  /** Chain spec: `local` by default. */
  chain?: string;
  /** The authorities by development-key name. Default: alice, bob, charlie, dave. */
  authorities?: string[];
  /** First ports; node i uses base + i. Defaults: p2p 30333, RPC 9944, Prometheus 9615. */
  p2pPort?: number;
  rpcPort?: number;
  prometheusPort?: number;
  binary?: string;
}

export interface NodeNetwork {
  nodes: NodeProcess[];
  /** RPC endpoint of the first node. */
  endpoint: string;
  stop(): Promise<void>;
}

export const LOCAL_AUTHORITIES = ['alice', 'bob', 'charlie', 'dave'] as const;

/** Starts every authority and resolves when all serve RPC (not yet when they have peered). */
export async function startNodeNetwork(options: NodeNetworkOptions): Promise<NodeNetwork> {
  const names = options.authorities ?? [...LOCAL_AUTHORITIES];
  const nodes = names.map(
    (name, i) =>
      new NodeProcess({
        name,
        chain: options.chain ?? 'local',
        baseDir: join(options.dataDir, name),
        p2pPort: (options.p2pPort ?? 30333) + i,
        rpcPort: (options.rpcPort ?? 9944) + i,
        prometheusPort: (options.prometheusPort ?? 9615) + i,
        devAuthority: true,
        binary: options.binary,
      }),
  );
  for (const node of nodes) {
    node.options.bootnodes = nodes.filter((other) => other !== node).map((other) => other.multiaddr);
  }
  const stop = async () => {
    await Promise.all(nodes.map((node) => node.stop()));
  };
  try {
    await Promise.all(nodes.map((node) => node.start()));
  } catch (error) {
    await stop();
    throw error;
  }
  return { nodes, endpoint: nodes[0]!.rpc, stop };
}
