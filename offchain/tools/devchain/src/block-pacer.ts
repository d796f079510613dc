/**
 * Produces the dev chain's blocks one at a time, the way a node does: never more than one block
 * in the making.
 *
 * Chopsticks' own modes queue a block per trigger: in `Instant` mode each transaction, and each
 * tick of a timer, adds a block to a queue whose transactions are fixed when it is added. When a
 * block takes longer to build than triggers take to arrive (a loaded two-core machine, a runtime
 * with heavy per-block hooks), the queue grows without bound: a transaction submitted then waits
 * behind every queued block, and block numbers run ahead of wall time, so a window of N blocks
 * closes before the transactions sent into it are included. Here, transactions that arrive while
 * a block is built wait in the pool and all go into the next one, built as soon as the current
 * one is done; with nothing waiting, a block follows every `intervalMs`.
 *
 * Each block costs the dev chain a few hundred milliseconds of CPU (Chopsticks runs the runtime
 * in its wasm executor), taken from whatever else the machine runs. With `busyIntervalMs`, idle
 * blocks come that much further apart while the machine is busy (most of its cores' time used
 * over the last interval): on a small machine, llama.cpp's threads then keep the cores, and the
 * chain still moves. Windows are counted in blocks, so they only last longer in wall time.
 */
import type { Blockchain } from '@acala-network/chopsticks-core';
import { MachineLoad } from './machine-load.js';

/** When idle blocks come: every `intervalMs`, or every `busyIntervalMs` while the machine is busy. */
export interface BlockPace {
  intervalMs: number;
  busyIntervalMs?: number;
}

/** The busy share of all cores' time above which idle blocks slow down. */
const BUSY_FRACTION = 0.6;

type BuildBlockMode = (typeof import('@acala-network/chopsticks-core'))['BuildBlockMode'];

/** Starts producing blocks on `chain`; the returned function stops and waits for the block being built. */
export function paceBlocks(chain: Blockchain, modes: BuildBlockMode, pace: BlockPace): () => Promise<void> {
  const pool = chain.txPool;
  // Blocks are built only here (and by explicit `newBlocks` calls), not per transaction.
  pool.mode = modes.Manual;
  let stopped = false;
  let building: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let lastStarted = Date.now();
  const load = pace.busyIntervalMs === undefined ? undefined : new MachineLoad();
  const idleInterval = (): number =>
    load && pace.busyIntervalMs !== undefined && load.busyFraction() >= BUSY_FRACTION ? pace.busyIntervalMs : pace.intervalMs;

  const build = (): void => {
    if (stopped || building) return;
    clearTimeout(timer);
    lastStarted = Date.now();
    building = chain
      .newBlock()
      .then(
        () => undefined,
        () => undefined, // Chopsticks logs a failed block; the next tick tries again
      )
      .finally(() => {
        building = undefined;
        schedule();
      });
  };
  const schedule = (): void => {
    if (stopped) return;
    if (pool.pendingExtrinsics.length > 0) return build();
    timer = setTimeout(build, Math.max(0, idleInterval() - (Date.now() - lastStarted)));
  };

  const submit = pool.submitExtrinsic.bind(pool);
  pool.submitExtrinsic = async (extrinsic) => {
    await submit(extrinsic);
    build();
  };
  schedule();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    pool.submitExtrinsic = submit;
    await building;
  };
}
