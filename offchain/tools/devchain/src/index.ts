/**
 * The Sibyl dev chain: the committed runtime in Chopsticks, started from the committed raw chain
 * spec, fully offline, listening on loopback only. Used by `npm run chain`, `npm start` and tests
 * (which start it in-process on a free port).
 */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { pinTimestampsToSlots } from './slot-timestamps.js';
import { answerGenesisChildState } from './genesis-child-state.js';
import { paceBlocks } from './block-pacer.js';

/** How Chopsticks produces blocks. */
export type BlockMode = 'Instant' | 'Batch' | 'Manual';

/** The committed raw chain specs. */
export type ChainSpecName = 'dev' | 'local';

export interface DevChainOptions {
  /** Which committed spec to run; `dev` by default. */
  spec?: ChainSpecName;
  /** TCP port; 0 picks a free one. Defaults to 9944. */
  port?: number;
  /** Interface to listen on. Defaults to 127.0.0.1; never all interfaces unless asked. */
  host?: string;
  /** `Instant` (a block per transaction, default), `Batch` or `Manual` (only on `dev_newBlock`). */
  blockMode?: BlockMode;
  /** Chopsticks log level: error, warn, info, debug. Defaults to `warn`. */
  logLevel?: string;
}

export interface DevChain {
  /** WebSocket endpoint, e.g. ws://127.0.0.1:9944. */
  endpoint: string;
  /** The port actually bound. */
  port: number;
  /** Builds `count` blocks now (any block mode). */
  newBlocks(count?: number): Promise<void>;
  /**
   * From now on builds blocks by itself, one at a time: at once when transactions wait, else one
   * every `intervalMs`, or every `busyIntervalMs` while the machine is busy (block-pacer.ts).
   * Returns a function that stops it.
   */
  produceBlocks(intervalMs: number, busyIntervalMs?: number): () => Promise<void>;
  /** Stops the chain and frees the port. */
  close(): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));

/** Path of a committed raw chain spec. */
export function chainSpecPath(spec: ChainSpecName = 'dev'): string {
  return join(here, '..', '..', '..', '..', 'chain-spec', `${spec}.raw.json`);
}

/** Starts the dev chain in this process. */
export async function startDevChain(options: DevChainOptions = {}): Promise<DevChain> {
  // Chopsticks reads its log level once, when its logger module loads.
  process.env.LOG_LEVEL ??= options.logLevel ?? 'warn';
  // Imported by path: the package root also loads @polkadot/api-augment, whose generic Substrate
  // augmentation would clash with the types generated from Sibyl's metadata. One import at a
  // time: Jest's ESM loader fails on concurrent imports of shared modules.
  const core = await import('@acala-network/chopsticks-core');
  const { BuildBlockMode, setStorage } = core;
  pinTimestampsToSlots(core);
  answerGenesisChildState(core);
  const { setupWithServer } = await import('@acala-network/chopsticks/setup-with-server');
  const host = options.host ?? '127.0.0.1';
  const mode = options.blockMode ?? 'Instant';
  const context = await setupWithServer({
    genesis: chainSpecPath(options.spec),
    port: options.port ?? 9944,
    host,
    'build-block-mode': BuildBlockMode[mode],
  } as Parameters<typeof setupWithServer>[0]);
  // The genesis state has no `Timestamp::Now`, so Chopsticks reads the wall clock twice for block
  // 1 (once for the Aura slot digest, once for the timestamp inherent); across a slot boundary the
  // two disagree and Aura rejects the block. Pinning `Now` on genesis makes both read one value;
  // on a slot boundary, so that slot-derived timestamps (slot-timestamps.ts) step by one slot.
  if (context.chain.head.number === 0) {
    const slot = await core.getSlotDuration(context.chain.head);
    await setStorage(context.chain, { Timestamp: { Now: Math.floor(Date.now() / slot) * slot } });
  }
  const port = Number(context.addr.slice(context.addr.lastIndexOf(':') + 1));
  return {
    endpoint: `ws://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    async newBlocks(count = 1) {
      for (let i = 0; i < count; i++) await context.chain.newBlock();
    },
    produceBlocks: (intervalMs, busyIntervalMs) => paceBlocks(context.chain, BuildBlockMode, { intervalMs, busyIntervalMs }),
    close: () => context.close(),
  };
}
