/**
 * `npm run test:network`: Sibyl on a real chain. Four `sibyl-node` authorities on loopback (the
 * `local` spec) with NATS, a supplier, the dev validator, the gateway and the dispatcher attached
 * to different nodes, then:
 *   1. the authorities author and GRANDPA finalizes;
 *   2. one authority is killed and finality continues (three of four voters);
 *   3. it restarts and catches up with the others;
 *   4. a chat completion through the gateway (the official `openai` SDK) is claimed, proven,
 *      scored by TIQE+ and settled — read from finalized blocks;
 *   5. two authorities (one of them the validator's node) are killed: finality stalls while the
 *      other two go on authoring, a relay is served meanwhile, and once the two return it is
 *      settled like any other;
 *   6. a Council motion removes an authority, and the sessions rotate it out of Aura and GRANDPA;
 *   7. it rotates its session keys and a Council motion adds it back;
 *   8. a second supplier started with `docker-compose up` joins, is drawn into a session and
 *      serves a relay (needs a Docker engine and `scripts/build-images.sh`).
 * It prints its measurements as one JSON line (`network-figures: {...}`) and ends with
 * `network: N passed, M failed`. Needs `npm run build:node` first.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, dispatchAsRoot, FinalizedBlocks, signAndWait, type ApiPromise } from '@sibyl/chain-client';
import { assertNodeBinary, devCouncil, startLocalNetwork, type LocalNetwork } from '@sibyl/localnet';
import { WsProvider } from '@polkadot/api';
import type { EventRecord } from '@polkadot/types/interfaces';
import OpenAI from 'openai';
import { secondSupplierJoins } from './docker-supplier.js';

const log = process.env.SIBYL_TEST_LOG ? (line: string) => console.error(line) : () => undefined;
const figures: Record<string, number | string> = {};
const results: { name: string; ok: boolean; detail?: string }[] = [];

async function step(name: string, body: () => Promise<void>): Promise<boolean> {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return true;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    results.push({ name, ok: false, detail });
    console.log(`FAIL ${name} (${((Date.now() - started) / 1000).toFixed(1)} s): ${detail}`);
    return false;
  }
}

/** Polls `check` every second until it returns a value, or throws naming `what`. */
async function until<T>(what: string, check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

const finalizedNumber = async (api: ApiPromise) =>
  (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
const bestNumber = async (api: ApiPromise) => (await api.rpc.chain.getHeader()).number.toNumber();

/** Block time and finality lag, from the blocks one node imports over `blocks` blocks. */
async function measureFinality(api: ApiPromise, blocks: number): Promise<{ blockMs: number; finalityMs: number }> {
  const seenAt = new Map<number, number>();
  const lags: number[] = [];
  let first: { number: number; at: number } | undefined;
  let last: { number: number; at: number } | undefined;
  const unsubBest = await api.rpc.chain.subscribeNewHeads((header) => {
    const number = header.number.toNumber();
    if (seenAt.has(number)) return;
    const at = Date.now();
    seenAt.set(number, at);
    first ??= { number, at };
    last = { number, at };
  });
  const unsubFinal = await api.rpc.chain.subscribeFinalizedHeads((header) => {
    const number = header.number.toNumber();
    const seen = seenAt.get(number);
    if (seen !== undefined) lags.push(Date.now() - seen);
  });
  try {
    await until('blocks to measure', async () => (last && first && last.number - first.number >= blocks && lags.length >= 3 ? true : undefined), blocks * 30_000);
  } finally {
    unsubBest();
    unsubFinal();
  }
  return {
    blockMs: Math.round((last!.at - first!.at) / (last!.number - first!.number)),
    finalityMs: Math.round(lags.reduce((a, b) => a + b, 0) / lags.length),
  };
}

/**
 * Sends one chat completion through the gateway and waits until its session's claim of the dev
 * supplier is proven, scored and settled in finalized blocks; returns the seconds it took.
 * `before` runs first, `served` once the answer is back (faults to inject around the relay).
 */
async function relaySettles(
  network: LocalNetwork,
  prompt: string,
  hooks: { before?: () => Promise<void>; served?: () => Promise<void> } = {},
): Promise<number> {
  const { api } = network;
  const supplier = network.actors.supplier.address;
  const seen: Record<string, unknown[][]> = {};
  const ofSupplier = (record: EventRecord) => String((record.event.data.toJSON() as unknown[])[1]) === supplier;
  const follower = new FinalizedBlocks(api, ({ events }) => {
    for (const record of events) {
      if (!['relayMining', 'tiqe', 'settlement'].includes(record.event.section) || !ofSupplier(record)) continue;
      (seen[record.event.method] ??= []).push(record.event.data.toJSON() as unknown[]);
    }
  });
  await follower.start();
  try {
    await hooks.before?.();
    const client = new OpenAI({ baseURL: network.gateway, apiKey: network.apiKey, maxRetries: 0, timeout: 120_000 });
    const start = Date.now();
    const session = Number(await api.query.sessions.currentSession());
    const completion = await client.chat.completions.create({
      model: network.modelName,
      messages: [{ role: 'user', content: prompt }],
      max_tokens: 48,
      temperature: 0,
    });
    if (!completion.choices[0]?.message.content) throw new Error('empty completion');
    await hooks.served?.();
    // [session, supplier, …]: a claim of this relay's session or a later one (a relay landing
    // at a session boundary is mined into the next).
    const ours = (method: string) => (seen[method] ?? []).filter((data) => Number(data[0]) >= session);
    await until('Claimed, ClaimProven, RoundFinalized and Settled', async () => (ours('Settled').length > 0 ? true : undefined), 1_200_000).catch((error: Error) => {
      throw new Error(`${error.message}; seen: ${Object.entries(seen).map(([m, d]) => `${m}×${d.length}`).join(', ') || 'nothing'}`);
    });
    for (const method of ['Claimed', 'ClaimProven']) {
      if (ours(method).length === 0) throw new Error(`settled without a ${method} event`);
    }
    if ((seen.RoundFinalized ?? []).length === 0) throw new Error('settled without a RoundFinalized event');
    return Math.round((Date.now() - start) / 1000);
  } finally {
    follower.stop();
  }
}

/**
 * `author_rotateKeysWithOwner` on one node: new session keys in its keystore and the proof that
 * `owner` (a SCALE-encoded account) may register them. Polkadot.js has no binding for it yet.
 */
async function rotateKeysWithOwner(endpoint: string, owner: string): Promise<{ keys: string; proof: string }> {
  const provider = new WsProvider(endpoint);
  try {
    await provider.isReady;
    return (await provider.send('author_rotateKeysWithOwner', [owner])) as { keys: string; proof: string };
  } finally {
    await provider.disconnect();
  }
}

async function main(): Promise<void> {
  const wallStart = Date.now();
  assertNodeBinary();
  const dataDir = mkdtempSync(join(tmpdir(), 'sibyl-network-'));
  let net: LocalNetwork | undefined;
  try {
    const up = await step('the network comes up: four authorities, NATS, supplier, validator, gateway, dispatcher', async () => {
      const start = Date.now();
      net = await startLocalNetwork({
        chain: 'nodes',
        dataDir,
        chainPort: 19944,
        nodeP2pPort: 31333,
        nodePrometheusPort: 19615,
        natsPort: 0,
        // The multi-node network runs the bus as a cluster of three, as operators would.
        natsServers: 3,
        gatewayPort: 0,
        validator: true,
        // Short windows: six-second blocks make the defaults take a quarter of an hour.
        tiqe: { commitWindow: 10, revealWindow: 6 },
        relayMining: { claimWindow: 6, proofWindow: 6 },
        log,
      });
      figures.startupSeconds = Math.round((Date.now() - start) / 1000);
    });
    if (!up || !net) return;
    const network = net;
    const nodes = network.chain.nodes!.nodes;
    const api = network.api;

    await step('four authorities author blocks and GRANDPA finalizes them', async () => {
      const from = await finalizedNumber(api);
      const { blockMs, finalityMs } = await measureFinality(api, 6);
      figures.blockTimeMs = blockMs;
      figures.timeToFinalityMs = finalityMs;
      const to = await finalizedNumber(api);
      if (to < from + 3) throw new Error(`finalized head moved from ${from} to ${to} only`);
    });

    const dave = nodes[3]!;
    await step('one authority is killed and finality continues', async () => {
      dave.kill();
      await dave.exited();
      const from = await finalizedNumber(api);
      const start = Date.now();
      await until('finality without dave', async () => ((await finalizedNumber(api)) >= from + 3 ? true : undefined), 120_000);
      figures.finalityWithoutOneSeconds = Math.round((Date.now() - start) / 1000);
    });

    await step('the killed authority restarts and catches up', async () => {
      const start = Date.now();
      await dave.start();
      const daveApi = await connect(dave.rpc);
      try {
        const target = await finalizedNumber(api);
        await until(
          'dave to catch up',
          async () => ((await finalizedNumber(daveApi)) >= target && (await bestNumber(daveApi)) >= (await bestNumber(api)) - 2 ? true : undefined),
          180_000,
        );
        figures.catchUpSeconds = Math.round((Date.now() - start) / 1000);
      } finally {
        await daveApi.disconnect();
      }
    });

    await step('a chat completion is claimed, proven, scored and settled on finalized blocks', async () => {
      figures.relayToSettlementSeconds = await relaySettles(network, 'Name three planets of the solar system.');
    });

    await step('finality stalls with two authorities down; a relay served meanwhile is settled once they return', async () => {
      // Bob's node carries the validator: it must reconnect when the node comes back.
      const [bob, dave] = [nodes[1]!, nodes[3]!];
      figures.stallRelayToSettlementSeconds = await relaySettles(network, 'Why is the sky blue?', {
        before: async () => {
          bob.kill();
          dave.kill();
          await Promise.all([bob.exited(), dave.exited()]);
        },
        served: async () => {
          const stalledAt = await finalizedNumber(api);
          const best = await bestNumber(api);
          await until('blocks from the two authorities left', async () => ((await bestNumber(api)) >= best + 3 ? true : undefined), 180_000);
          const finalized = await finalizedNumber(api);
          if (finalized > stalledAt) throw new Error(`finality moved (${stalledAt} → ${finalized}) with two of four voters down`);
          figures.stalledBlocks = (await bestNumber(api)) - finalized;
          await Promise.all([bob.start(), dave.start()]);
        },
      });
    });

    await step('a Council motion removes an authority and the next sessions rotate it out', async () => {
      const start = Date.now();
      const dave = network.actors.app; // Dave: the dev application's account, and an authority
      await dispatchAsRoot(
        api,
        api.tx.utility.batchAll([api.tx.authorities.setSessionPeriod(10), api.tx.authorities.removeAuthority(dave.address)]),
        network.actors.source,
        await devCouncil(),
      );
      await until('a three-voter GRANDPA set', async () => ((await api.call.grandpaApi.grandpaAuthorities()).length === 3 ? true : undefined), 600_000);
      const from = await finalizedNumber(api);
      await until('finality with three voters', async () => ((await finalizedNumber(api)) >= from + 2 ? true : undefined), 120_000);
      figures.authorityRemovedSeconds = Math.round((Date.now() - start) / 1000);
    });

    await step('an authority rotates its keys and a Council motion adds it back', async () => {
      const start = Date.now();
      const dave = network.actors.app;
      // New keys in Dave's node's keystore, with the proof that Dave's account may register them.
      const owner = api.createType('AccountId', dave.address).toHex();
      const generated = await rotateKeysWithOwner(nodes[3]!.rpc, owner);
      await signAndWait(api, api.tx.session.setKeys(generated.keys, generated.proof), dave);
      await dispatchAsRoot(api, api.tx.authorities.addAuthority(dave.address), network.actors.source, await devCouncil());
      const auraKey = api.createType('SibylRuntimeSessionKeys', generated.keys).aura.toHex();
      await until(
        "Dave's new Aura key in the authority set",
        async () => ((await api.query.aura.authorities()).some((key) => key.toHex() === auraKey) ? true : undefined),
        600_000,
      );
      const from = await finalizedNumber(api);
      await until('finality with four voters again', async () => ((await finalizedNumber(api)) >= from + 2 ? true : undefined), 120_000);
      figures.authorityAddedSeconds = Math.round((Date.now() - start) / 1000);
    });

    await step('a second supplier started with docker-compose joins, is drawn and serves a relay', async () => {
      const seconds = await secondSupplierJoins(network, { dataDir, log });
      figures.dockerSupplierSeconds = seconds;
    });
  } finally {
    await net?.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    figures.wallSeconds = Math.round((Date.now() - wallStart) / 1000);
    console.log(`network-figures: ${JSON.stringify(figures)}`);
    const passed = results.filter((r) => r.ok).length;
    console.log(`network: ${passed} passed, ${results.length - passed} failed`);
    process.exit(results.length > 0 && passed === results.length ? 0 : 1);
  }
}

main().catch((error: Error) => {
  console.error(`test:network: ${error.message}`);
  console.log('network: 0 passed, 1 failed');
  process.exit(1);
});
