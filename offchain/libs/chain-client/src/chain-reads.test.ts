/**
 * The read caches that keep runtime calls off the relay path: a session's drawn suppliers (once
 * its start is final) and an ended session's claim windows are asked once, an empty answer is
 * asked again, a draw not yet final is answered from memory while it is re-read, a new session's
 * draws of recently used pairs are read ahead, and a change of the relay-mining parameters
 * forgets the windows. The runtime calls are counted on a stand-in
 * `api` exposing only what these classes touch; the real chain is exercised by the e2e tests.
 */
import { describe, expect, test } from '@jest/globals';
import type { ApiPromise } from '@polkadot/api';
import { ChainWatch } from './chain-watch.js';
import { ClaimWindowBook } from './claim-window-book.js';

const option = <T>(value: T | undefined) => ({ isNone: value === undefined, isSome: value !== undefined, unwrap: () => value as T });
const blockNumber = (n: number) => ({ toNumber: () => n });

function standIn(drawn: Map<bigint, string[]>, ends: Map<bigint, number>, starts = new Map<bigint, number>()) {
  const calls = { suppliers: 0, windows: 0 };
  let onParameters: (() => void) | undefined;
  let onFinalized: ((header: { number: { toNumber(): number } }) => void) | undefined;
  let onSession: ((session: { toBigInt(): bigint }) => void) | undefined;
  /** While set, draws wait for it: a read in flight the test controls. */
  const gate: { open?: Promise<void> } = {};
  const api = {
    rpc: {
      chain: {
        getHeader: async () => ({ number: blockNumber(0) }),
        subscribeNewHeads: async () => () => undefined,
        subscribeFinalizedHeads: async (callback: typeof onFinalized) => {
          onFinalized = callback;
          return () => (onFinalized = undefined);
        },
      },
    },
    call: {
      sessionsApi: {
        sessionSuppliers: async (session: bigint) => {
          calls.suppliers++;
          await gate.open;
          return (drawn.get(session) ?? []).map((who) => ({ toString: () => who }));
        },
        // Sessions start at block 0 unless `starts` says otherwise.
        session: async (session: bigint) => option({ start: blockNumber(starts.get(session) ?? 0) }),
      },
      relayMiningApi: {
        claimWindows: async (session: bigint) => {
          calls.windows++;
          const end = ends.get(session);
          return option(
            end === undefined ? undefined : { claimOpen: blockNumber(end + 1), claimClose: blockNumber(end + 4), proofClose: blockNumber(end + 8) },
          );
        },
      },
    },
    query: {
      sessions: {
        currentSession: async (callback: typeof onSession) => {
          onSession = callback;
          callback!({ toBigInt: () => 1n });
          return () => (onSession = undefined);
        },
      },
      relayMining: {
        parameters: async (callback: () => void) => {
          onParameters = callback;
          callback();
          return () => (onParameters = undefined);
        },
      },
    },
  } as unknown as ApiPromise;
  return {
    api,
    calls,
    changeParameters: () => onParameters?.(),
    finalize: (n: number) => onFinalized?.({ number: blockNumber(n) }),
    newSession: (n: bigint) => onSession?.({ toBigInt: () => n }),
    gate,
  };
}

/** Lets reads started in the background finish. */
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('ChainWatch', () => {
  test('keeps a drawn set for the session and asks again after an empty answer', async () => {
    const drawn = new Map<bigint, string[]>([[1n, ['bob']]]);
    const { api, calls } = standIn(drawn, new Map());
    const watch = new ChainWatch(api, 0);
    expect(await watch.sessionSuppliers(1n, 'app', 0)).toEqual(['bob']);
    expect(await watch.sessionSuppliers(1n, 'app', 0)).toEqual(['bob']);
    expect(calls.suppliers).toBe(1);

    expect(await watch.sessionSuppliers(2n, 'app', 0)).toEqual([]);
    drawn.set(2n, ['eve']);
    expect(await watch.sessionSuppliers(2n, 'app', 0)).toEqual(['eve']);
    expect(calls.suppliers).toBe(3);
  });

  test('keeps a drawn set only once the block that started its session is finalized', async () => {
    const drawn = new Map<bigint, string[]>([[3n, ['bob']]]);
    const { api, calls, finalize } = standIn(drawn, new Map(), new Map([[3n, 30]]));
    const watch = new ChainWatch(api, 0);
    await watch.start();
    finalize(29);
    await watch.sessionSuppliers(3n, 'app', 0);
    // A fork may still redraw it: asked again in the background.
    expect(await watch.sessionSuppliers(3n, 'app', 0)).toEqual(['bob']);
    await settled();
    expect(calls.suppliers).toBe(2);
    finalize(30);
    await watch.sessionSuppliers(3n, 'app', 0);
    await settled();
    await watch.sessionSuppliers(3n, 'app', 0);
    await watch.sessionSuppliers(3n, 'app', 0);
    expect(calls.suppliers).toBe(3);
    expect(watch.finalizedBlock).toBe(30);
    watch.stop();
  });

  test('answers a draw not yet final from memory while it is read again', async () => {
    const drawn = new Map<bigint, string[]>([[3n, ['bob']]]);
    const { api, calls, gate } = standIn(drawn, new Map(), new Map([[3n, 30]]));
    const watch = new ChainWatch(api, 0);
    await watch.sessionSuppliers(3n, 'app', 0);
    let open: () => void = () => undefined;
    gate.open = new Promise((resolve) => (open = resolve));
    drawn.set(3n, ['carol']); // a fork redrew it
    // The read is stuck, yet the request is answered.
    expect(await watch.sessionSuppliers(3n, 'app', 0)).toEqual(['bob']);
    expect(await watch.sessionSuppliers(3n, 'app', 0)).toEqual(['bob']);
    expect(calls.suppliers).toBe(2); // one re-read in flight, shared
    open();
    await settled();
    gate.open = undefined;
    expect(await watch.sessionSuppliers(3n, 'app', 0)).toEqual(['carol']);
  });

  test('an empty draw is confirmed by the chain before it is answered again', async () => {
    const drawn = new Map<bigint, string[]>();
    const { api, calls } = standIn(drawn, new Map());
    const watch = new ChainWatch(api, 0);
    expect(await watch.sessionSuppliers(4n, 'app', 0)).toEqual([]);
    drawn.set(4n, ['bob']);
    expect(await watch.sessionSuppliers(4n, 'app', 0)).toEqual(['bob']);
    expect(calls.suppliers).toBe(2);
  });

  test('reads the draws of the recently used pairs ahead when a session starts', async () => {
    const drawn = new Map<bigint, string[]>([
      [1n, ['bob']],
      [2n, ['dave']],
    ]);
    const { api, calls, newSession } = standIn(drawn, new Map());
    const watch = new ChainWatch(api, 6_000, 100, 2);
    await watch.start();
    await watch.sessionSuppliers(1n, 'a', 0);
    await watch.sessionSuppliers(1n, 'b', 0);
    await watch.sessionSuppliers(1n, 'c', 0); // the bound of two pairs drops `a`
    expect(calls.suppliers).toBe(3);
    newSession(2n);
    await watch.prefetched();
    expect(calls.suppliers).toBe(5);
    // The relays of the new session find their draws in memory.
    expect(await watch.sessionSuppliers(2n, 'b', 0)).toEqual(['dave']);
    expect(await watch.sessionSuppliers(2n, 'c', 0)).toEqual(['dave']);
    expect(calls.suppliers).toBe(5);
    watch.stop();
  });

  test('holds at most its bound, kept sets included', async () => {
    const drawn = new Map<bigint, string[]>(Array.from({ length: 10 }, (_, i) => [BigInt(i), ['bob']]));
    const { api } = standIn(drawn, new Map());
    const watch = new ChainWatch(api, 6_000, 4);
    for (let s = 0n; s < 10n; s++) await watch.sessionSuppliers(s, 'app', 0);
    expect(watch.size).toBe(4);
  });
});

describe('ClaimWindowBook', () => {
  test('asks an ended session once, a running one every time, and forgets on a parameter change', async () => {
    const ends = new Map<bigint, number>([[1n, 20]]);
    const { api, calls, changeParameters } = standIn(new Map(), ends);
    const book = new ClaimWindowBook(api);
    await book.start();

    expect(await book.get(1n)).toEqual({ claimOpen: 21, claimClose: 24, proofClose: 28 });
    expect(await book.get(1n)).toEqual({ claimOpen: 21, claimClose: 24, proofClose: 28 });
    expect(calls.windows).toBe(1);

    expect(await book.get(2n)).toBeUndefined();
    ends.set(2n, 30);
    expect(await book.get(2n)).toEqual({ claimOpen: 31, claimClose: 34, proofClose: 38 });
    expect(calls.windows).toBe(3);

    ends.set(1n, 22);
    changeParameters();
    expect(await book.get(1n)).toEqual({ claimOpen: 23, claimClose: 26, proofClose: 30 });
    expect(calls.windows).toBe(4);
    book.stop();
  });

  test('keeps only the newest sessions', async () => {
    const ends = new Map<bigint, number>(Array.from({ length: 6 }, (_, i) => [BigInt(i), i * 10]));
    const { api, calls } = standIn(new Map(), ends);
    const book = new ClaimWindowBook(api, 2);
    for (let s = 0n; s < 6n; s++) await book.get(s);
    await book.get(5n);
    await book.get(0n);
    expect(calls.windows).toBe(7);
  });
});
