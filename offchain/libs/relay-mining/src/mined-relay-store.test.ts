import { afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { u8aToHex } from '@polkadot/util';
import { MinedRelayStore, SumTree, SumTreeError, U64_MAX, blake2Ready, blake2b256, encodeProof, minedRelayLogPath, verifyProof, type LeafInput } from './index.js';

const keyOf = (value: Uint8Array) => blake2b256(value);
/** Leaf n: a value that varies in length, keyed by its hash. */
function leaf(n: number): LeafInput {
  const value = Uint8Array.from({ length: 20 + (n % 50) }, (_, j) => (n * 131 + j * 7) & 0xff);
  value[0] = n & 0xff;
  value[1] = (n >> 8) & 0xff;
  value[2] = (n >> 16) & 0xff;
  return { key: keyOf(value), value, weight: 1n + BigInt((n * 37) % 500) };
}
const leaves = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => leaf(from + i));
let SEED: Uint8Array;
const rootHex = (tree: SumTree) => ({ hash: u8aToHex(tree.root.hash), sum: tree.root.sum, count: tree.root.count });

let dir: string;
const open = (options: { syncEveryRecords?: number; syncEveryMs?: number } = {}) => MinedRelayStore.open({ dir, session: 12n, model: 3, ...options });

beforeAll(async () => {
  await blake2Ready();
  SEED = blake2b256(new TextEncoder().encode('store seed'));
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sibyl-relay-mining-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('mined relay store', () => {
  test('its tree is the tree of its leaves, and proofs read their values back from the log', async () => {
    const store = await open({ syncEveryRecords: 64 });
    const all = leaves(0, 3000);
    for (const l of all) expect(store.add(l.key, l.weight, l.value)).toBe(true);
    expect(store.size).toBe(3000);
    expect(store.totalWeight).toBe(all.reduce((s, l) => s + l.weight, 0n));
    const tree = store.buildTree();
    expect(rootHex(tree)).toEqual(rootHex(SumTree.fromLeaves(all)));
    for (let i = 0; i < 32; i++) {
      const p = tree.prove(i, SEED);
      expect(u8aToHex(p.proof.value)).toBe(u8aToHex(all[p.leafIndex]!.value));
      verifyProof(tree.root, SEED, i, p.proof, keyOf);
    }
    expect(store.path).toBe(minedRelayLogPath(dir, 12n, 3));
    await store.close();
    // Proofs still work after the store closes: the tree reads the log by path.
    verifyProof(tree.root, SEED, 99, tree.prove(99, SEED).proof, keyOf);
  });

  test('a tree built in small batches, its values walked to from checkpoints, is the same tree, proof for proof', async () => {
    const store = await open();
    const all = leaves(0, 1000);
    for (const l of all) store.add(l.key, l.weight, l.value);
    const tree = store.buildTree({ batchLeaves: 37, cacheMinLeaves: 4 });
    const ref = SumTree.fromLeaves(all);
    expect(rootHex(tree)).toEqual(rootHex(ref));
    for (let i = 0; i < 32; i++) {
      const [p, q] = [tree.prove(i, SEED), ref.prove(i, SEED)];
      expect(p.leafIndex).toBe(q.leafIndex);
      expect(u8aToHex(encodeProof(p.proof))).toBe(u8aToHex(encodeProof(q.proof)));
    }
    // The replay index, dropped while the tree was built, is back for the next relay.
    expect(store.add(all[5]!.key, all[5]!.weight, all[5]!.value)).toBe(false);
    expect(store.has(all[999]!.key)).toBe(true);
    const next = leaf(1000);
    expect(store.add(next.key, next.weight, next.value)).toBe(true);
    expect(store.size).toBe(1001);
    // The index was rebuilt in the memory it lent the build: the tree kept none of it.
    for (let i = 32; i < 40; i++) expect(u8aToHex(encodeProof(tree.prove(i, SEED).proof))).toBe(u8aToHex(encodeProof(ref.prove(i, SEED).proof)));
    expect(rootHex(store.buildTree())).toEqual(rootHex(SumTree.fromLeaves([...all, next])));
    await store.close();
  });

  test('weights past 32 bits are kept, replayed and proven', async () => {
    const store = await open();
    const heavy = leaves(0, 40).map((l, i) => ({ ...l, weight: l.weight + (BigInt(i) << 33n) }));
    const total = heavy.reduce((s, l) => s + l.weight, 0n);
    for (const l of heavy) store.add(l.key, l.weight, l.value);
    expect(store.totalWeight).toBe(total);
    const claimed = rootHex(store.buildTree());
    expect(claimed).toEqual(rootHex(SumTree.fromLeaves(heavy)));
    await store.close();
    const again = await open();
    expect(again.totalWeight).toBe(total);
    const tree = again.buildTree();
    expect(rootHex(tree)).toEqual(claimed);
    for (let i = 0; i < 8; i++) {
      const p = tree.prove(i, SEED);
      expect(p.proof.weight).toBe(heavy[p.leafIndex]!.weight);
      verifyProof(tree.root, SEED, i, p.proof, keyOf);
    }
    await again.close();
  });

  test('a replayed relay is refused and not counted, before and after a restart', async () => {
    const store = await open();
    const [a, b] = leaves(0, 2) as [LeafInput, LeafInput];
    expect(store.add(a.key, a.weight, a.value)).toBe(true);
    expect(store.add(a.key, a.weight + 5n, b.value)).toBe(false);
    expect(store.has(a.key)).toBe(true);
    expect(store.has(b.key)).toBe(false);
    expect(store.size).toBe(1);
    expect(store.totalWeight).toBe(a.weight);
    await store.close();
    const reopened = await open();
    expect(reopened.add(a.key, a.weight, a.value)).toBe(false);
    expect(reopened.add(b.key, b.weight, b.value)).toBe(true);
    expect(reopened.size).toBe(2);
    await reopened.close();
  });

  test('many keys that differ in a single byte go through the replay index', async () => {
    const store = await open();
    for (let i = 0; i < 5000; i++) {
      const key = new Uint8Array(32);
      key[i % 32] = 1 + (i >> 5);
      expect(store.add(key, 1n, Uint8Array.of(i & 0xff))).toBe(true);
    }
    for (let i = 0; i < 5000; i++) {
      const key = new Uint8Array(32);
      key[i % 32] = 1 + (i >> 5);
      expect(store.add(key, 1n, Uint8Array.of(0))).toBe(false);
    }
    expect(store.size).toBe(5000);
    await store.close();
  });

  test('a restart replays the log: same root, and it keeps growing', async () => {
    const first = await open({ syncEveryRecords: 100 });
    for (const l of leaves(0, 1500)) first.add(l.key, l.weight, l.value);
    const before = rootHex(first.buildTree());
    await first.close();

    const second = await open();
    expect(second.recoveredBytes).toBe(0);
    expect(second.size).toBe(1500);
    expect(rootHex(second.buildTree())).toEqual(before);
    for (const l of leaves(1500, 2000)) second.add(l.key, l.weight, l.value);
    await second.close();

    const third = await open();
    expect(rootHex(third.buildTree())).toEqual(rootHex(SumTree.fromLeaves(leaves(0, 2000))));
    await third.close();
  });

  test('a crash mid-record: the torn record is dropped, the log cut, and the store works on', async () => {
    const store = await open();
    for (const l of leaves(0, 200)) store.add(l.key, l.weight, l.value);
    await store.close();
    const path = minedRelayLogPath(dir, 12n, 3);
    const full = statSync(path).size;
    truncateSync(path, full - 7);

    const reopened = await open();
    expect(reopened.size).toBe(199);
    expect(reopened.recoveredBytes).toBeGreaterThan(0);
    expect(statSync(path).size).toBe(full - 7 - reopened.recoveredBytes);
    expect(rootHex(reopened.buildTree())).toEqual(rootHex(SumTree.fromLeaves(leaves(0, 199))));
    const last = leaf(199);
    expect(reopened.add(last.key, last.weight, last.value)).toBe(true);
    await reopened.close();

    const again = await open();
    expect(again.recoveredBytes).toBe(0);
    expect(rootHex(again.buildTree())).toEqual(rootHex(SumTree.fromLeaves(leaves(0, 200))));
    await again.close();
  });

  test('a record with a bad checksum ends the replay there', async () => {
    const store = await open();
    for (const l of leaves(0, 10)) store.add(l.key, l.weight, l.value);
    await store.close();
    const path = minedRelayLogPath(dir, 12n, 3);
    const bytes = readFileSync(path);
    bytes[bytes.length - 10]! ^= 0xff; // inside the last record's value
    writeFileSync(path, bytes);
    const reopened = await open();
    expect(reopened.size).toBe(9);
    await reopened.close();
  });

  test('what was flushed survives a crash; what was not may be lost, never half-kept', async () => {
    const store = await open({ syncEveryRecords: 1_000_000, syncEveryMs: 60_000 });
    for (const l of leaves(0, 50)) store.add(l.key, l.weight, l.value);
    await store.flush();
    for (const l of leaves(50, 80)) store.add(l.key, l.weight, l.value);
    // A second process opening the log now sees what a crash would leave: the flushed 50.
    const after = await open();
    expect(after.size).toBe(50);
    await after.close();
    await store.discard();
  });

  test('records reach the log by the timer, without a flush', async () => {
    const store = await open({ syncEveryRecords: 1_000_000, syncEveryMs: 20 });
    const path = minedRelayLogPath(dir, 12n, 3);
    const empty = statSync(path).size;
    for (const l of leaves(0, 5)) store.add(l.key, l.weight, l.value);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(statSync(path).size).toBeGreaterThan(empty);
    await store.close();
  });

  test('an empty store gives the empty root and no proofs; discard deletes the log', async () => {
    const store = await open();
    const tree = store.buildTree();
    expect(tree.root.count).toBe(0n);
    expect(() => tree.prove(0, SEED)).toThrow(SumTreeError);
    await store.close();
    expect(existsSync(minedRelayLogPath(dir, 12n, 3))).toBe(true);
    MinedRelayStore.discard(dir, 12n, 3);
    expect(existsSync(minedRelayLogPath(dir, 12n, 3))).toBe(false);
  });

  test('weights that would overflow u64 are refused; bad keys and weights throw', async () => {
    const store = await open();
    const [a, b] = leaves(0, 2) as [LeafInput, LeafInput];
    expect(store.add(a.key, U64_MAX, a.value)).toBe(true);
    expect(() => store.add(b.key, 1n, b.value)).toThrow(expect.objectContaining({ code: 'sum-overflow' }));
    expect(() => store.add(new Uint8Array(31), 1n, b.value)).toThrow(expect.objectContaining({ code: 'bad-key' }));
    expect(() => store.add(b.key, 0n, b.value)).toThrow(expect.objectContaining({ code: 'zero-weight' }));
    expect(store.size).toBe(1);
    await store.close();
    expect(() => store.add(b.key, 1n, b.value)).toThrow(/closed/);
  });

  test('a file that is not a mined-relay log is not touched', async () => {
    const path = minedRelayLogPath(dir, 12n, 3);
    writeFileSync(path, 'something else entirely');
    await expect(open()).rejects.toThrow(/not a mined-relay log/);
    expect(readFileSync(path, 'utf8')).toBe('something else entirely');
  });
});

describe('a claimed (frozen) store', () => {
  test('takes no more relays and keeps its claimed tree across a restart', async () => {
    const store = await open();
    const first = leaves(0, 40);
    for (const l of first) store.add(l.key, l.weight, l.value);
    await store.freeze();
    const claimed = rootHex(store.buildTree());
    expect(claimed).toEqual(rootHex(SumTree.fromLeaves(first)));
    // A relay that ends after the claim does not change what was claimed.
    const late = leaf(1000);
    expect(store.add(late.key, late.weight, late.value)).toBe(false);
    expect(store.frozen).toBe(true);
    // The replay index let go at the build comes back for a question.
    expect(store.has(first[7]!.key)).toBe(true);
    expect(store.has(late.key)).toBe(false);
    await store.close();
    const again = await open();
    expect(again.frozen).toBe(true);
    expect(again.claimedSize).toBe(40);
    expect(rootHex(again.buildTree())).toEqual(claimed);
    const tree = again.buildTree();
    for (let i = 0; i < 8; i++) verifyProof(tree.root, SEED, i, tree.prove(i, SEED).proof, keyOf);
    await again.discard();
    expect(existsSync(`${minedRelayLogPath(dir, 12n, 3)}.claimed`)).toBe(false);
  });
});
