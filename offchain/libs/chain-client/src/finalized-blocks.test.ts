import { expect, test } from '@jest/globals';
import type { ApiPromise } from '@polkadot/api';
import { FinalizedBlocks, type FinalizedBlock } from './finalized-blocks.js';

/** Just the calls FinalizedBlocks makes: finalized heads pushed by the test, hashes by number. */
function fakeApi() {
  let push: ((header: { number: { toNumber(): number } }) => void) | undefined;
  const api = {
    rpc: {
      chain: {
        subscribeFinalizedHeads: async (cb: typeof push) => {
          push = cb;
          return () => (push = undefined);
        },
        getBlockHash: async (n: number) => ({ toHex: () => `0x${n.toString(16).padStart(64, '0')}` }),
      },
    },
    at: async (hash: string) => ({ query: { system: { events: async () => [{ hash }] } } }),
  } as unknown as ApiPromise;
  const finalize = (n: number) => push?.({ number: { toNumber: () => n } });
  return { api, finalize };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

test('every finalized block is reported once, in order, though GRANDPA reports only batch heads', async () => {
  const { api, finalize } = fakeApi();
  const seen: FinalizedBlock[] = [];
  const follower = new FinalizedBlocks(api, (block) => {
    seen.push(block);
  });
  await follower.start(5);
  finalize(7);
  finalize(7); // a repeated head adds nothing
  finalize(10);
  await settle();
  expect(seen.map((b) => b.number)).toEqual([5, 6, 7, 8, 9, 10]);
  expect(seen[0]!.hash).toBe(`0x${'5'.padStart(64, '0')}`);
  expect(seen[0]!.events).toHaveLength(1);
  follower.stop();
  finalize(12);
  await settle();
  expect(seen).toHaveLength(6);
});

test('without a start block it begins at the first finalized head; a long gap is walked only near the head', async () => {
  const { api, finalize } = fakeApi();
  const seen: number[] = [];
  const follower = new FinalizedBlocks(api, (block) => void seen.push(block.number), 3);
  await follower.start();
  finalize(100);
  finalize(101);
  finalize(200);
  await settle();
  expect(seen).toEqual([100, 101, 198, 199, 200]);
  follower.stop();
});
