import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import type { ApiPromise } from '@sibyl/chain-client';
import { fastSigner, hash256, relayDigest, signEnvelope, signResponse, type RelaySigner } from '@sibyl/protocol';
import { u8aEq } from '@polkadot/util';
import { ALL_MINED, blake2Ready, relayLeafKey } from '@sibyl/relay-mining';
import { RelayArchive } from './relay-archive.js';
import { RelayMiner } from './relay-miner.js';
import type { ServedRelay } from './relay-server.js';

let gateway: RelaySigner;
let supplier: RelaySigner;
let app: string;
const dir = mkdtempSync(join(tmpdir(), 'sibyl-relay-miner-'));

beforeAll(async () => {
  await cryptoWaitReady();
  await blake2Ready();
  const keyring = new Keyring({ type: 'sr25519' });
  gateway = fastSigner(keyring.addFromUri('//Charlie'));
  supplier = fastSigner(keyring.addFromUri('//Bob'));
  app = keyring.addFromUri('//Dave').address;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The two runtime calls the miner makes: a session's mining probability and a relay's compute units (1 per prompt and 4 per completion token). */
function chain(probability: bigint): ApiPromise {
  const option = <T>(value: T | null) => ({ isSome: value !== null, isNone: value === null, unwrap: () => value! });
  return {
    call: {
      relayMiningApi: {
        miningProbability: async () => ({ toBigInt: () => probability }),
        computeUnits: async (_model: number, prompt: number, completion: number) => option({ toBigInt: () => BigInt(prompt + 4 * completion) }),
      },
    },
  } as unknown as ApiPromise;
}

function served(session: bigint, nonce: bigint, completionTokens: number): ServedRelay {
  const requestHash = hash256(`request ${nonce}`);
  const envelope = signEnvelope(
    { session, app, gateway: gateway.address, supplier: supplier.address, model: 0, requestHash, promptTokens: 10, sampling: { maxTokens: 64, temperatureMilli: 0, topPMilli: 1000, seed: null }, nonce },
    gateway,
  );
  const response = signResponse({ requestHash, responseHash: hash256(`out ${nonce}`), promptTokens: 10, completionTokens }, supplier);
  const record = { envelope, response, body: '{}', chunks: ['out'], tokens: null };
  return { digest: relayDigest(envelope, response), record, model: 0, session };
}

test('mined relays are archived and stored per (session, app, model), weighted by compute units, and survive a restart', async () => {
  const archive = await RelayArchive.open(join(dir, 'relays'));
  const miner = await RelayMiner.open({ api: chain(ALL_MINED), dir: join(dir, 'mined'), archive });
  const relays = [served(3n, 1n, 20), served(3n, 2n, 5), served(4n, 3n, 1)];
  for (const r of relays) expect(await miner.mine(r)).toBe('mined');
  // A replay of the same envelope is not counted twice.
  expect(await miner.mine(relays[0]!)).toBe('replay');
  expect(await archive.get(3n, relays[1]!.digest)).toEqual(relays[1]!.record);

  const ended = miner.ended(4n);
  expect(ended.map((s) => s.key)).toEqual([{ session: 3n, app, model: 0 }]);
  const tree = ended[0]!.store.buildTree();
  // 10 prompt tokens × 1 + completion tokens × 4, for 20 and 5 completion tokens.
  expect([tree.root.count, tree.root.sum]).toEqual([2n, 10n + 80n + 10n + 20n]);
  await miner.close();

  const reopened = await RelayMiner.open({ api: chain(ALL_MINED), dir: join(dir, 'mined'), archive });
  const again = reopened.ended(5n);
  expect(again.map((s) => s.key.session).sort()).toEqual([3n, 4n]);
  const sameTree = again.find((s) => s.key.session === 3n)!.store.buildTree();
  expect(sameTree.root).toEqual(tree.root);
  await reopened.discard({ session: 3n, app, model: 0 });
  expect(reopened.ended(5n).map((s) => s.key.session)).toEqual([4n]);
  await reopened.close();
});

test('relays that arrive together for a new store share it: every leaf proves with its own value', async () => {
  const archive = await RelayArchive.open(join(dir, 'relays-together'));
  const miner = await RelayMiner.open({ api: chain(ALL_MINED), dir: join(dir, 'mined-together'), archive });
  // Same (session, app, model), none stored before: all of them race to open the store.
  const relays = Array.from({ length: 6 }, (_, i) => served(7n, 100n + BigInt(i), 3 + i));
  expect(await Promise.all(relays.map((r) => miner.mine(r)))).toEqual(relays.map(() => 'mined'));
  const [store] = miner.ended(8n);
  expect(miner.ended(8n)).toHaveLength(1);
  const tree = store!.store.buildTree();
  expect(tree.root.count).toBe(6n);
  // A proof sends the value read back from the log: it must be the leaf whose key the path opens.
  for (let seed = 0; seed < 24; seed++) {
    const path = tree.prove(0, new Uint8Array(32).fill(seed));
    expect(u8aEq(relayLeafKey(path.proof.value), path.key)).toBe(true);
  }
  await miner.close();
  // The log holds each relay once: reopened, the same tree.
  const reopened = await RelayMiner.open({ api: chain(ALL_MINED), dir: join(dir, 'mined-together'), archive });
  expect(reopened.ended(8n)[0]!.store.buildTree().root).toEqual(tree.root);
  await reopened.close();
});

test('relays above the session’s mining probability are neither stored nor archived', async () => {
  const archive = await RelayArchive.open(join(dir, 'relays-unmined'));
  // Probability 1 in 2^64: no key is mined.
  const miner = await RelayMiner.open({ api: chain(1n), dir: join(dir, 'mined-unmined'), archive });
  const relay = served(3n, 9n, 4);
  expect(await miner.mine(relay)).toBe('not-mined');
  expect(await archive.get(3n, relay.digest)).toBeUndefined();
  expect(miner.ended(4n)).toEqual([]);
  await miner.close();
  // And at probability 1 every relay is.
  const all = await RelayMiner.open({ api: chain(ALL_MINED), dir: join(dir, 'mined-all'), archive });
  expect(await all.mine(relay)).toBe('mined');
  await all.close();
});

test('a relay that ends after its session was claimed is late: the claimed tree does not change', async () => {
  const archive = await RelayArchive.open(join(dir, 'relays-late'));
  const miner = await RelayMiner.open({ api: chain(ALL_MINED), dir: join(dir, 'mined-late'), archive });
  expect(await miner.mine(served(6n, 1n, 3))).toBe('mined');
  const store = miner.store({ session: 6n, app, model: 0 })!;
  await store.freeze();
  const claimed = store.buildTree().root;
  expect(await miner.mine(served(6n, 2n, 3))).toBe('late');
  await miner.close();
  const reopened = await RelayMiner.open({ api: chain(ALL_MINED), dir: join(dir, 'mined-late'), archive });
  expect(reopened.store({ session: 6n, app, model: 0 })!.buildTree().root).toEqual(claimed);
  await reopened.close();
});

test('archived relays are kept per session and pruned by session', async () => {
  const archive = await RelayArchive.open(join(dir, 'relays-pruned'));
  const old = served(2n, 1n, 3);
  const recent = served(5n, 2n, 3);
  await archive.put(old.digest, old.record, 0, 2n);
  await archive.put(recent.digest, recent.record, 0, 5n);
  expect(await archive.pruneBefore(5n)).toEqual([2n]);
  expect(await archive.get(2n, old.digest)).toBeUndefined();
  expect(await archive.get(5n, recent.digest)).toEqual(recent.record);
});
