/**
 * Claims and proves the relay miner's stores on chain (docs/relay-mining.md). On every new
 * block, for each store of an ended session, with the windows the chain gives
 * (`RelayMiningApi::claim_windows`):
 *   - in the claim window, once none of the session's relays is still being generated (or past
 *     the window's first half, `claimWaitsUntil`): freeze the store — its leaf count is on disk
 *     before the claim is sent, so a restart proves exactly the claimed tree — and claim its root;
 *   - once the chain has drawn the session's proof seed: prove every path it requires;
 *   - once the session is closed (proven and settled, void, or pruned) in a finalized block:
 *     delete the store.
 * What the chain already holds decides what is left to do, so a restart resumes where the last
 * run stopped, and a transaction that failed is retried in the next block while its window lasts.
 * Claims and proofs follow the best block, so they go out in time even while finality stalls; a
 * fork that drops one leaves the chain without it, and the next pass sends it again. What cannot
 * be undone — deleting a store or archived relays — waits for finality (docs/network.md).
 * Stores advance independently: a pass does not wait for a store's transaction to be included,
 * and one store whose claim or proof keeps failing (its application unbonded, say) never holds
 * back the others' proofs — a missed proof is slashed.
 * Archived relays are deleted once no TIQE+ round can still ask for them.
 */
import type { ApiDecoration } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import { u8aToHex } from '@polkadot/util';
import { ChainError, signAndWait, type ApiPromise, type ClaimWindowBook, type ClaimWindows, type SubmittableExtrinsic } from '@sibyl/chain-client';
import { encodeRelayPathProofs, type MinedRelayStore, type NodeSummary, type SumTree } from '@sibyl/relay-mining';
import type { SupplierMetrics } from './metrics.js';
import type { RelayArchive } from './relay-archive.js';
import { storeId, type RelayMiner, type StoreKey } from './relay-miner.js';

export interface ClaimSubmitterOptions {
  api: ApiPromise;
  account: KeyringPair;
  miner: RelayMiner;
  archive: RelayArchive;
  /** The chain's claim and proof windows of ended sessions. */
  windows: ClaimWindowBook;
  /** Relays of a session being generated now: its claim waits for them while the window allows. */
  inFlight?: (session: bigint) => number;
  /** Counts claims and proofs when given. */
  metrics?: Pick<SupplierMetrics, 'claims' | 'claimedComputeUnits'>;
  log?: (line: string) => void;
}

/**
 * A claim waits for relays in flight through at most the first half of its window, and never
 * into the window's last `CLAIM_MARGIN` blocks: a dev chain makes a block per transaction, so
 * a few blocks can pass in a second and a claim sent near the close lands after it (the whole
 * session unpaid, not just the relay it waited for).
 */
const CLAIM_MARGIN = 2;

/** The last block at which a claim still waits for the session's relays in flight. */
export function claimWaitsUntil(windows: Pick<ClaimWindows, 'claimOpen' | 'claimClose'>): number {
  return Math.min(windows.claimClose - CLAIM_MARGIN, windows.claimOpen + Math.floor((windows.claimClose - windows.claimOpen) / 2));
}

/**
 * How long a claim or proof may wait for inclusion before the store may send it again. Shorter
 * than any proof window worth running (a dev chain's 40 one-second blocks), so a transaction the
 * pool lost without a word is retried in time; a late duplicate fails harmlessly on chain.
 */
const INCLUSION_TIMEOUT_MS = 20_000;

export class ClaimSubmitter {
  private unsubscribe: (() => void) | undefined;
  private running: Promise<void> | undefined;
  /** The newest block seen while a pass ran: one more pass follows for it. */
  private waiting: number | undefined;
  /** Trees built for a claim, kept for its proof (rebuilt from the frozen store after a restart). */
  private readonly trees = new Map<string, SumTree>();
  /** Stores already counted as unprovable (the check repeats every block of the proof window). */
  private readonly unprovable = new Set<string>();
  /** Stores with a claim or proof waiting for inclusion: they are skipped until it settles. */
  private readonly submitting = new Map<string, Promise<void>>();
  /** The last failure logged per store, so a failure repeated every block is logged once. */
  private readonly failures = new Map<string, string>();

  constructor(private readonly options: ClaimSubmitterOptions) {}

  async start(): Promise<void> {
    this.unsubscribe = await this.options.api.rpc.chain.subscribeNewHeads((header) => this.tick(header.number.toNumber()));
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    await this.running;
    await Promise.all(this.submitting.values());
  }

  /** Runs one pass for block `now`; passes never overlap (blocks that come meanwhile get one more, for the newest). */
  tick(now: number): Promise<void> {
    if (this.running) {
      this.waiting = Math.max(this.waiting ?? now, now);
      return this.running;
    }
    this.running = this.pass(now)
      .catch((error: Error) => this.options.log?.(`relay mining: ${error.message}`))
      .finally(() => {
        this.running = undefined;
        const next = this.waiting;
        this.waiting = undefined;
        if (next !== undefined) void this.tick(next);
      });
    return this.running;
  }

  private async pass(now: number): Promise<void> {
    const { api, miner } = this.options;
    const current = (await api.query.sessions.currentSession()).toBigInt();
    const finalized = await api.at(await api.rpc.chain.getFinalizedHead());
    const closedBefore = (await finalized.query.relayMining.nextToClose()).toBigInt();
    for (const { key, store } of miner.ended(current)) {
      const windows = await this.options.windows.get(key.session);
      const id = storeId(key);
      if (key.session < closedBefore) {
        if (this.submitting.has(id)) continue;
        this.trees.delete(id);
        this.unprovable.delete(id);
        this.failures.delete(id);
        await miner.discard(key);
        continue;
      }
      // No windows: the session is closed at the best block but not yet in a finalized one.
      if (!windows || this.submitting.has(id)) continue;
      try {
        await this.advance(key, store, now, windows);
      } catch (error) {
        this.failed(id, key, error);
      }
    }
    await this.pruneArchive(finalized, closedBefore);
  }

  private async advance(key: StoreKey, store: MinedRelayStore, now: number, windows: ClaimWindows): Promise<void> {
    const { api, account, log, metrics } = this.options;
    const model = String(key.model);
    const id = storeId(key);
    const onChain = await api.query.relayMining.claims(key.session, [account.address, key.app, key.model]);
    if (onChain.isNone) {
      if (now < windows.claimOpen || now >= windows.claimClose || store.size === 0) return;
      const busy = this.options.inFlight?.(key.session) ?? 0;
      if (busy > 0 && !store.frozen && now < claimWaitsUntil(windows)) {
        log?.(`session ${key.session}: claim waits for ${busy} relay(s) still being generated`);
        return;
      }
      await store.freeze();
      const tree = store.buildTree();
      this.trees.set(id, tree);
      const claimed = tree.root;
      this.send(
        key,
        api.tx.relayMining.submitClaim(key.session, key.app, key.model, chainSummary(claimed)),
        () => {
          metrics?.claims.inc({ model, step: 'claimed' });
          metrics?.claimedComputeUnits.inc({ model }, Number(claimed.sum));
          log?.(`claimed session ${key.session} app ${key.app} model ${key.model}: ${claimed.count} relays, ${claimed.sum} CU, root ${u8aToHex(claimed.hash)}`);
        },
        () => `claim sent at block ${now} for the window ${windows.claimOpen}..${windows.claimClose}`,
      );
      return;
    }
    const claim = onChain.unwrap();
    if (claim.proven.isTrue || now >= windows.proofClose) return;
    const seed = await api.query.relayMining.proofSeeds(key.session);
    if (seed.isNone) return;
    let tree = this.trees.get(id);
    if (!tree) {
      tree = store.buildTree();
      this.trees.set(id, tree);
    }
    // Compared encoded: a codec's `.hash` is the hash of its encoding, not the struct's field.
    const ours = api.createType('PalletSibylRelayMiningSumTreeNodeSummary', chainSummary(tree.root));
    if (!ours.eq(claim.root)) {
      if (!this.unprovable.has(id)) metrics?.claims.inc({ model, step: 'unprovable' });
      this.unprovable.add(id);
      log?.(`session ${key.session}: the store's root ${u8aToHex(tree.root.hash)} is not the one claimed; the claim cannot be proven`);
      return;
    }
    // The chain fixed the number of paths when it took the claim.
    const paths = claim.paths.toNumber();
    // Already SCALE: polkadot-js decodes a Uint8Array given for a struct as its encoding.
    const opened = Array.from({ length: paths }, (_, i) => tree.prove(i, seed.unwrap().toU8a()));
    const proofs = encodeRelayPathProofs(opened);
    const evidence = () =>
      opened.map((p, i) => `path ${i}: leaf ${p.leafIndex} weight ${p.proof.weight} value ${u8aToHex(p.proof.value)} sent ${u8aToHex(proofs[i]!)}`).join('; ');
    this.send(
      key,
      api.tx.relayMining.submitProof(key.session, key.app, key.model, proofs),
      () => {
        metrics?.claims.inc({ model, step: 'proven' });
        log?.(`proved session ${key.session} app ${key.app} model ${key.model} on ${paths} paths`);
      },
      evidence,
    );
  }

  /** Sends a store's claim or proof without holding up the pass; the store is skipped until it settles. */
  private send(key: StoreKey, tx: SubmittableExtrinsic<'promise'>, included: () => void, evidence?: () => string): void {
    const id = storeId(key);
    const { api, account } = this.options;
    const settled = signAndWait(api, tx, account, { timeoutMs: INCLUSION_TIMEOUT_MS })
      .then(() => {
        this.failures.delete(id);
        included();
      })
      .catch((error: unknown) => {
        // A claim or proof the chain refuses should never happen: say what was sent, once.
        const fresh = this.failed(id, key, error);
        if (fresh && evidence && error instanceof ChainError && error.name.startsWith('relayMining.')) {
          void this.inclusionOf(error.blockHash).then((where) => this.options.log?.(`relay mining: refused: ${evidence()}${where}`));
        }
      })
      .finally(() => this.submitting.delete(id));
    this.submitting.set(id, settled);
  }

  /** Where a refused transaction landed, for the log: the block's hash and number. */
  private async inclusionOf(blockHash: string | undefined): Promise<string> {
    if (!blockHash) return '';
    const number = await this.options.api.rpc.chain.getHeader(blockHash).then((h) => h.number.toNumber(), () => undefined);
    return ` (included in block ${number ?? '?'} ${blockHash})`;
  }

  /**
   * Logs a store's failure once per distinct error (returns whether it was new); the next block
   * tries again while the window lasts.
   */
  private failed(id: string, key: StoreKey, error: unknown): boolean {
    const message = error instanceof Error ? error.message : String(error);
    if (this.failures.get(id) === message) return false;
    this.failures.set(id, message);
    this.options.log?.(`relay mining: session ${key.session} app ${key.app} model ${key.model}: ${message}`);
    return true;
  }

  /**
   * Deletes archived relays no committee can ask for any more: of sessions before every session
   * whose claims are still open, whose TIQE+ rounds of this supplier are open or queued, or whose
   * claims wait in settlement's backlog for a round — all read at the finalized block `chain`.
   */
  private async pruneArchive(chain: ApiAt, nextToClose: bigint): Promise<void> {
    const { account, archive } = this.options;
    const api = chain;
    const me = account.address;
    let oldest = nextToClose;
    const [rounds, pendingHead, nextRound, deferred] = await Promise.all([
      api.query.tiqe.rounds.entries(),
      api.query.tiqe.pendingHead(),
      api.query.tiqe.nextRoundId(),
      api.query.settlement.deferredClaims.entries(),
    ]);
    for (const [, round] of rounds) {
      if (round.isSome && round.unwrap().supplier.toString() === me) oldest = min(oldest, round.unwrap().session.toBigInt());
    }
    const pendingIds = [];
    for (let id = pendingHead.toBigInt(); id < nextRound.toBigInt(); id++) pendingIds.push(id);
    if (pendingIds.length > 0) {
      for (const batch of await api.query.tiqe.pending.multi(pendingIds)) {
        if (batch.isSome && batch.unwrap().supplier.toString() === me) oldest = min(oldest, batch.unwrap().session.toBigInt());
      }
    }
    // The backlog is a queue in a map (`DeferredClaims`, between `DeferredHead` and
    // `DeferredTail`); every entry the map holds is waiting, so their order does not matter here.
    for (const [, entry] of deferred) {
      if (!entry.isSome) continue;
      const waiting = entry.unwrap();
      if (waiting.claim.supplier.toString() === me) oldest = min(oldest, waiting.claim.session.toBigInt());
    }
    const pruned = await archive.pruneBefore(oldest);
    if (pruned.length > 0) this.options.log?.(`archive: deleted the relays of session(s) ${pruned.join(', ')}`);
  }
}

/** Chain state at one block. */
type ApiAt = ApiDecoration<'promise'>;

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

function chainSummary(node: NodeSummary): { hash: Uint8Array; sum: bigint; count: bigint } {
  return { hash: node.hash, sum: node.sum, count: node.count };
}
