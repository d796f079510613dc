/**
 * Dev-chain timings, printed as one JSON object:
 *   startup_ms        startDevChain() from the committed spec until the RPC answers
 *   empty_block_ms    median time to build an empty block (dev_newBlock)
 *   transfer_block_ms median time from submitting a balance transfer to its inclusion (Instant mode)
 *   ratio             transfer_block_ms / empty_block_ms
 *
 *   npx tsx bench/devchain.bench.ts [--blocks 20]
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { startDevChain } from '@sibyl/devchain';
import { connect, devAccount, sbl, signAndWait } from '@sibyl/chain-client';

const { values } = parseArgs({ options: { blocks: { type: 'string', default: '20' } } });
const blocks = Number(values.blocks);

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

const t0 = performance.now();
const chain = await startDevChain({ port: 0, blockMode: 'Instant' });
const api = await connect(chain.endpoint);
const startup = performance.now() - t0;

const empty: number[] = [];
for (let i = 0; i < blocks; i++) {
  const start = performance.now();
  await chain.newBlocks(1);
  empty.push(performance.now() - start);
}

const alice = await devAccount('Alice');
const bob = await devAccount('Bob');
const transfer: number[] = [];
for (let i = 0; i < blocks; i++) {
  const start = performance.now();
  await signAndWait(api, api.tx.balances.transferKeepAlive(bob.address, sbl(1)), alice);
  transfer.push(performance.now() - start);
}

await api.disconnect();
await chain.close();
const result = {
  bench: 'devchain',
  blocks,
  startup_ms: Math.round(startup),
  empty_block_ms: Math.round(median(empty)),
  transfer_block_ms: Math.round(median(transfer)),
  ratio: Number((median(transfer) / median(empty)).toFixed(2)),
  rss_mb: Math.round(process.memoryUsage().rss / 2 ** 20),
};
console.log(JSON.stringify(result));
process.exit(0);
