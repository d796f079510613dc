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
 */
import type { Blockchain } from '@acala-network/chopsticks-core';

type BuildBlockMode = (typeof import('@acala-network/chopsticks-core'))['BuildBlockMode'];

/** Starts producing blocks on `chain`; the returned function stops and waits for the block being built. */
export function paceBlocks(chain: Blockchain, modes: BuildBlockMode, intervalMs: number): () => Promise<void> {
  const pool = chain.txPool;
  // Blocks are built only here (and by explicit `newBlocks` calls), not per transaction.
  pool.mode = modes.Manual;
  let stopped = false;
  let building: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let lastStarted = Date.now();

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
    timer = setTimeout(build, Math.max(0, intervalMs - (Date.now() - lastStarted)));
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
