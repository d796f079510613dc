/**
 * The whole local network in one call: the chain (the dev chain in this process, or four
 * `sibyl-node` authorities with `chain: 'nodes'`), the bus (nats-server with JetStream, one or a
 * cluster of three, and its authorizer admitting staked accounts), the dev actors provisioned on
 * chain, a supplier daemon (its own process) serving the default model, the validator and the
 * gateway. `npm start` runs those two in their own processes too (`ownProcesses`), so block
 * building never stalls a request; end-to-end tests keep them in this process to look inside.
 * `stop()` takes everything down in reverse order.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { connect, type ApiPromise } from '@sibyl/chain-client';
import { JobDispatcher } from '@sibyl/dispatcher';
import { ApiKeyStore, Gateway, type GatewayConfig } from '@sibyl/gateway';
import { freePort } from '@sibyl/supplier';
import { DEFAULT_DEV_MODEL, ModelFetcher } from '@sibyl/model-runtime';
import type { NatsConnection } from '@nats-io/transport-node';
import type { KeyringPair } from '@polkadot/keyring/types';
import { ChainRoles } from '@sibyl/bus-authorizer';
import { accountFromUri } from '@sibyl/chain-client';
import { connectBus, fastSigner } from '@sibyl/protocol';
import { LocalBus } from './local-bus.js';
import { devActors, provisionDevNetwork, type DevActors } from './provision.js';
import { startSessionWith } from './session-wait.js';
import { startLocalChain, type ChainKind, type LocalChain } from './local-chain.js';
import { SupplierProcess } from './supplier-process.js';
import type { ServiceProcess } from './service-process.js';
import { startGatewayProcess, startValidatorProcess } from './daemon-processes.js';
import { ValidatorDaemon } from '@sibyl/validator';

export interface LocalNetworkOptions {
  /** State directory (API keys, NATS store, dev.json). Default `.sibyl`. */
  dataDir?: string;
  /** Where to write the endpoints (`writeDevJson`). Default `<dataDir>/dev.json`. */
  devJsonPath?: string;
  /**
   * The chain: `chopsticks` (the dev chain in this process, the default) or `nodes` (four
   * `sibyl-node` authorities on the `local` spec, built by `npm run build:node`; parameters
   * then change by Council motion, and blocks come every 6 s).
   */
  chain?: ChainKind;
  /** Ports; 0 picks free ones. Defaults: chain 9944 (first node's RPC), NATS 4222, gateway 8080. */
  chainPort?: number;
  /** Nodes only: first p2p and Prometheus ports (defaults 30333 and 9615; node i adds i). */
  nodeP2pPort?: number;
  nodePrometheusPort?: number;
  natsPort?: number;
  /** Servers of the bus: 1 (default) or a cluster of 3 (ports from `natsPort`, or free ones when 0). */
  natsServers?: 1 | 3;
  gatewayPort?: number;
  /** Supplier: concurrent requests and context tokens per request. */
  supplierCapacity?: number;
  contextLength?: number;
  supplierThreads?: number;
  supplierMetricsPort?: number;
  /** Serve as a cluster: llama.cpp RPC workers (host:port) the supplier splits layers across. */
  supplierRpcWorkers?: string[];
  /**
   * Chopsticks only: a block every this many ms even without transactions (default 2000; 0 =
   * only on transactions), so TIQE+ windows, counted in blocks, pass in time; transactions still
   * get a block at once, or the next one when a block is being built (never a queue of blocks).
   */
  blockIntervalMs?: number;
  /**
   * Chopsticks only: idle blocks this many ms apart instead while the machine is busy (default:
   * no difference), so the dev chain's block building leaves the cores to inference.
   */
  busyBlockIntervalMs?: number;
  /** TIQE+ parameters for the dev network (default: 20-block commit and 10-block reveal windows). */
  tiqe?: Record<string, number | string>;
  /**
   * Session parameters (`sessions.parameters` fields, e.g. `{ sessionLength: 20 }`); they apply
   * from the next session start, as on any chain.
   */
  sessions?: Record<string, number | string>;
  /** Relay-mining parameters (`relayMining.parameters` fields, e.g. `{ claimWindow: 5 }`). */
  relayMining?: Record<string, number | string>;
  /** Run the dev validator's committee daemon (default true). */
  validator?: boolean;
  /**
   * Run the gateway and the validator in their own processes, as `npm start` does, instead of in
   * this one (the default, so tests can reach into them). Of `gateway`, only `defaultMaxTokens`
   * and `busyWaitMs` reach a gateway process (its command line's flags).
   */
  ownProcesses?: boolean;
  /** Dev application's per-session spend limit. */
  spendLimit?: bigint;
  gateway?: Partial<Pick<GatewayConfig, 'timeouts' | 'defaultMaxTokens' | 'maxBodyBytes' | 'busyWaitMs'>>;
  log?: (line: string) => void;
  /** The NATS servers' and the authorizer's log lines (default: dropped). */
  busLog?: (line: string) => void;
}

/** What `.sibyl/dev.json` holds: everything a client needs to use the local network. */
export interface DevEndpoints {
  rpc: string;
  nats: string;
  /** OpenAI base URL. */
  gateway: string;
  apiKey: string;
  /** The OpenAI model id the dev supplier serves. */
  model: string;
}

export interface LocalNetwork extends Omit<DevEndpoints, 'model'> {
  modelId: number;
  modelName: string;
  chain: LocalChain;
  bus: LocalBus;
  /** The local operator's bus connection (dispatcher and observer roles). */
  busClient: NatsConnection;
  /** A bus connection as `account` (its stake decides what it may do). */
  connectBus(account: KeyringPair): Promise<NatsConnection>;
  supplier: SupplierProcess;
  /** The gateway, when it runs in this process (not with `ownProcesses`). */
  gatewayService: Gateway | undefined;
  /** The job dispatcher (suppliers also find their jobs on chain without it). */
  dispatcher: JobDispatcher;
  /** The dev validator's committee daemon, when enabled and in this process. */
  validator: ValidatorDaemon | undefined;
  /** The gateway's and the validator's processes, with `ownProcesses`. */
  processes: { gateway?: ServiceProcess; validator?: ServiceProcess };
  /** Creates an API key for `app` at the gateway (printed once; the gateway picks it up at once). */
  createApiKey(app: string, label?: string): string;
  api: ApiPromise;
  actors: DevActors;
  /** Writes `<dataDir>/dev.json`; returns its path. */
  writeDevJson(): string;
  stop(): Promise<void>;
}

/** The local network's operator account: dispatches jobs and observes the bus. */
export const OPERATOR_SURI = '//SibylOperator';

export async function startLocalNetwork(options: LocalNetworkOptions = {}): Promise<LocalNetwork> {
  const log = options.log ?? ((line: string) => console.error(line));
  const dataDir = resolve(options.dataDir ?? '.sibyl');
  mkdirSync(dataDir, { recursive: true });
  const cleanup: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const step of cleanup.reverse()) await step().catch((e: Error) => log(`stop: ${e.message}`));
    cleanup.length = 0;
  };
  try {
    log('localnet: checking the default model');
    await new ModelFetcher().ensure(DEFAULT_DEV_MODEL.artifact);

    const chainKind = options.chain ?? 'chopsticks';
    // Chopsticks picks a free port for 0 itself; nodes take four consecutive ports from it.
    const chainPort = options.chainPort === 0 && chainKind === 'nodes' ? await freePort() : (options.chainPort ?? 9944);
    const chain = await startLocalChain({
      kind: chainKind,
      port: chainPort,
      dataDir: join(dataDir, 'nodes'),
      p2pPort: options.nodeP2pPort,
      prometheusPort: options.nodePrometheusPort,
    });
    cleanup.push(() => chain.close());
    const blockIntervalMs = chainKind === 'chopsticks' ? (options.blockIntervalMs ?? 2_000) : 0;
    if (blockIntervalMs > 0) cleanup.push(chain.produceBlocks(blockIntervalMs, options.busyBlockIntervalMs));
    log(chainKind === 'chopsticks' ? `localnet: dev chain on ${chain.endpoint}` : `localnet: ${chain.nodes?.nodes.length} sibyl-node authorities, RPC from ${chain.endpoint}`);

    const api = await connect(chain.endpoint);
    cleanup.push(() => api.disconnect());
    // The local operator dispatches jobs and watches the bus; every other account gets what its
    // stake earns.
    const operator = await accountFromUri(OPERATOR_SURI);
    const basePort = options.natsPort ?? 4222;
    const natsPorts = Array.from({ length: options.natsServers ?? 1 }, (_, i) => (basePort === 0 ? 0 : basePort + i));
    const bus = await LocalBus.start({
      dataDir,
      ports: natsPorts,
      roles: new ChainRoles(api, { dispatchers: [operator.address], observers: [operator.address] }),
      log: options.busLog,
    });
    cleanup.push(() => bus.stop());
    const busUrl = bus.urls.join(',');
    log(`localnet: bus (NATS with JetStream, logins by chain account) on ${busUrl}`);
    const connectAs = (account: KeyringPair) => connectBus({ servers: bus.urls, signer: fastSigner(account), failFast: true });
    const actors = await devActors();
    const gatewayPort = options.gatewayPort === 0 ? await freePort() : (options.gatewayPort ?? 8080);
    const gatewayUrl = `http://127.0.0.1:${gatewayPort}/v1`;
    const modelId = await provisionDevNetwork(api, actors, {
      gatewayUrl,
      spendLimit: options.spendLimit,
      tiqe: { commitWindow: 20, revealWindow: 10, ...options.tiqe },
      sessions: options.sessions,
      relayMining: { claimWindow: 10, proofWindow: 10, ...options.relayMining },
    });
    log(`localnet: model ${modelId} (${DEFAULT_DEV_MODEL.name}), supplier, gateway, application and validator on chain`);
    const session = await startSessionWith(api, chain, actors.app.address, modelId, [actors.supplier.address]);
    log(`localnet: session ${session} draws the supplier for the application`);

    const nats: NatsConnection = await connectAs(operator);
    cleanup.push(() => nats.drain().catch(() => undefined));

    // On a node network the services attach to different nodes, as strangers' would: the gateway
    // to Alice's, the validator to Bob's, the supplier to Charlie's (Dave's serves nobody).
    const endpointFor = (i: number) => chain.endpoints[i % chain.endpoints.length]!;
    const processes: LocalNetwork['processes'] = {};
    const gatewayDataDir = join(dataDir, 'gateway');
    let gatewayService: Gateway | undefined;
    if (options.ownProcesses) {
      const gateway = await startGatewayProcess({
        rpc: endpointFor(0),
        nats: busUrl,
        suri: '//Charlie',
        port: gatewayPort,
        dataDir: gatewayDataDir,
        defaultMaxTokens: options.gateway?.defaultMaxTokens,
        busyWaitMs: options.gateway?.busyWaitMs,
        log,
      });
      processes.gateway = gateway;
      cleanup.push(() => gateway.stop());
    } else {
      const gateway = await Gateway.start({
        rpc: endpointFor(0),
        nats: busUrl,
        suri: '//Charlie',
        port: gatewayPort,
        dataDir: gatewayDataDir,
        ...options.gateway,
        log: (line) => log(`gateway: ${line}`),
      });
      gatewayService = gateway;
      cleanup.push(() => gateway.stop());
    }
    log(`localnet: gateway on ${gatewayUrl}${options.ownProcesses ? ' (its own process)' : ''}`);
    // The key file is the gateway's own store, which a running gateway reads again when it changes.
    const apiKeys = new ApiKeyStore(join(gatewayDataDir, 'api-keys.json'));

    const dispatcher = await JobDispatcher.start({ api, nats, replicas: natsPorts.length, log: (line) => log(`dispatcher: ${line}`) });
    cleanup.push(async () => dispatcher.stop());
    log('localnet: dispatcher delivering on-chain jobs over JetStream');

    const supplier = new SupplierProcess({
      rpc: endpointFor(2),
      nats: busUrl,
      suri: '//Bob',
      address: actors.supplier.address,
      capacity: options.supplierCapacity,
      contextLength: options.contextLength,
      threads: options.supplierThreads,
      metricsPort: options.supplierMetricsPort,
      rpcWorkers: options.supplierRpcWorkers,
      dataDir: join(dataDir, 'supplier'),
      log,
    });
    await supplier.start(nats);
    cleanup.push(() => supplier.stop());
    log('localnet: supplier serving');


    let validator: ValidatorDaemon | undefined;
    if ((options.validator ?? true) && options.ownProcesses) {
      const daemon = await startValidatorProcess({ rpc: endpointFor(1), nats: busUrl, suri: '//Eve', dataDir: join(dataDir, 'validator'), log });
      processes.validator = daemon;
      cleanup.push(() => daemon.stop());
      log('localnet: validator following TIQE+ rounds (its own process)');
    } else if (options.validator ?? true) {
      const daemon = await ValidatorDaemon.start({
        rpc: endpointFor(1),
        nats: busUrl,
        suri: '//Eve',
        dataDir: join(dataDir, 'validator'),
        log: (line) => log(`validator: ${line}`),
      });
      validator = daemon;
      cleanup.push(() => daemon.stop());
      log('localnet: validator following TIQE+ rounds');
    }

    // Reuse the dev key across restarts when it still resolves; otherwise make a new one.
    const devJsonPath = resolve(options.devJsonPath ?? join(dataDir, 'dev.json'));
    let apiKey = '';
    try {
      apiKey = (JSON.parse(readFileSync(devJsonPath, 'utf8')) as DevEndpoints).apiKey;
    } catch {
      // first start
    }
    if (!apiKey || !apiKeys.lookup(apiKey)) apiKey = apiKeys.create(actors.app.address, 'dev');

    const network: LocalNetwork = {
      rpc: chain.endpoint,
      nats: busUrl,
      gateway: gatewayUrl,
      apiKey,
      modelId,
      modelName: DEFAULT_DEV_MODEL.name,
      chain,
      bus,
      busClient: nats,
      connectBus: connectAs,
      supplier,
      gatewayService,
      dispatcher,
      validator,
      processes,
      createApiKey: (app, label = '') => apiKeys.create(app, label),
      api,
      actors,
      writeDevJson() {
        const endpoints: DevEndpoints = { rpc: network.rpc, nats: network.nats, gateway: network.gateway, apiKey: network.apiKey, model: network.modelName };
        writeFileSync(devJsonPath, `${JSON.stringify(endpoints, null, 2)}\n`, { mode: 0o600 });
        return devJsonPath;
      },
      stop: stopAll,
    };
    return network;
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** The gateway of a network that runs it in this process, for tests that look inside it. */
export function inProcessGateway(net: LocalNetwork): Gateway {
  if (!net.gatewayService) throw new Error('the gateway runs in its own process (ownProcesses); only its HTTP API is reachable');
  return net.gatewayService;
}
