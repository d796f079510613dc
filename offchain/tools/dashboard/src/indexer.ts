/**
 * The dashboard's indexer: follows finalized blocks (every one, once, in order, from
 * {@link FinalizedBlocks}), decodes the events the pages show, adds the few chain reads they need
 * and folds them into the bounded {@link History}, which it saves to the data directory every few
 * seconds and on stop. On start it resumes after the last saved block (the same chain, not reset
 * since) or, fresh, backfills at most `backfill` blocks behind the finalized head.
 */
import { FinalizedBlocks, type ApiPromise, type FinalizedBlock } from '@sibyl/chain-client';
import { applyBlock } from './aggregate.js';
import { pushBounded } from './bounded.js';
import { decodeEvents } from './decode.js';
import type { HistoryStore } from './history-store.js';
import { DEFAULT_BOUNDS, emptyHistory, type BlockFacts, type History, type HistoryBounds } from './model.js';

export interface IndexerOptions {
  /** Where the history is saved; none: memory only. */
  store?: HistoryStore;
  bounds?: HistoryBounds;
  /** Most blocks walked behind the finalized head on start (and after any stall). Default 5 000. */
  backfill?: number;
  /** Save the history at most this often (ms). Default 5 000. */
  saveEveryMs?: number;
  log?: (line: string) => void;
}

/** What the indexer has done so far. */
export interface IndexerStatus {
  firstBlock?: number;
  lastBlock?: number;
  finalizedHead?: number;
  /** Still walking older blocks towards the finalized head. */
  syncing: boolean;
  currentSession?: number;
  gaps: { from: number; to: number }[];
  backfill: number;
  bounds: HistoryBounds;
  /** Resumed from a saved history (rather than started afresh). */
  resumed: boolean;
}

/** Most gap ranges remembered. */
const MAX_GAPS = 32;

export class Indexer {
  private historyValue: History | undefined;
  private blocks: FinalizedBlocks | undefined;
  private unsubscribeHeads: (() => void) | undefined;
  private finalizedHead: number | undefined;
  private saveTimer: NodeJS.Timeout | undefined;
  private dirty = false;
  private resumed = false;
  private stopped = false;
  /** Called by the first block handed over after stop: the walk in flight has ended. */
  private walkEnded: (() => void) | undefined;
  private readonly listeners = new Set<(block: BlockFacts) => void>();
  private readonly bounds: HistoryBounds;
  private readonly backfill: number;
  private readonly log: (line: string) => void;

  constructor(
    private readonly api: ApiPromise,
    private readonly options: IndexerOptions = {},
  ) {
    this.bounds = options.bounds ?? DEFAULT_BOUNDS;
    this.backfill = Math.max(1, options.backfill ?? 5_000);
    this.log = options.log ?? (() => undefined);
  }

  /** The history so far (read it, do not change it). */
  get history(): History {
    if (!this.historyValue) throw new Error('the indexer has not started');
    return this.historyValue;
  }

  get status(): IndexerStatus {
    const h = this.historyValue;
    return {
      firstBlock: h?.firstBlock,
      lastBlock: h?.lastBlock,
      finalizedHead: this.finalizedHead,
      syncing: this.finalizedHead === undefined || (h?.lastBlock ?? -1) < this.finalizedHead,
      currentSession: h?.currentSession,
      gaps: h?.gaps ?? [],
      backfill: this.backfill,
      bounds: this.bounds,
      resumed: this.resumed,
    };
  }

  /** Calls `listener` after each block is applied; returns a function that stops it. */
  onBlock(listener: (block: BlockFacts) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async start(): Promise<void> {
    const genesis = this.api.genesisHash.toHex();
    this.historyValue = await this.resumable(genesis);
    this.resumed = this.historyValue !== undefined;
    this.historyValue ??= emptyHistory(genesis);
    const head = (await this.api.rpc.chain.getFinalizedHead()).toHex();
    this.finalizedHead = (await this.api.rpc.chain.getHeader(head)).number.toNumber();
    this.unsubscribeHeads = await this.api.rpc.chain.subscribeFinalizedHeads((header) => {
      this.finalizedHead = Math.max(this.finalizedHead ?? 0, header.number.toNumber());
    });
    const last = this.historyValue.lastBlock;
    const from = last === undefined ? Math.max(0, this.finalizedHead - this.backfill + 1) : last + 1;
    this.log(`dashboard: indexing from block ${from} (finalized head ${this.finalizedHead}${this.resumed ? ', resuming the saved history' : ''})`);
    this.blocks = new FinalizedBlocks(this.api, (block) => this.index(block), this.backfill);
    await this.blocks.start(from);
    this.saveTimer = setInterval(() => this.save(), this.options.saveEveryMs ?? 5_000);
    this.saveTimer.unref();
  }

  /**
   * Stops following blocks and saves the history. A walk still reading a block is given up to
   * 2 s to reach it (and stop there), so the connection is not closed under its reads.
   */
  async stop(): Promise<void> {
    const walking = this.status.syncing && this.blocks !== undefined;
    this.stopped = true;
    this.blocks?.stop();
    this.blocks = undefined;
    this.unsubscribeHeads?.();
    this.unsubscribeHeads = undefined;
    clearInterval(this.saveTimer);
    this.dirty = true;
    this.save();
    if (walking) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([new Promise<void>((resolve) => (this.walkEnded = resolve)), new Promise<void>((resolve) => (timer = setTimeout(resolve, 2_000)))]);
      clearTimeout(timer);
    }
  }

  /** Resolves once the indexer has applied block `number` (or a later one). */
  async reached(number: number, timeoutMs = 60_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while ((this.historyValue?.lastBlock ?? -1) < number) {
      if (Date.now() > end) throw new Error(`the indexer did not reach block ${number} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** The saved history, when it belongs to this chain and its last block is still the chain's. */
  private async resumable(genesis: string): Promise<History | undefined> {
    const saved = this.options.store?.load();
    if (!saved) return undefined;
    if (saved.genesis !== genesis || saved.lastBlock === undefined) {
      this.log('dashboard: the saved history is of another chain; starting afresh');
      return undefined;
    }
    const hash = await this.api.rpc.chain.getBlockHash(saved.lastBlock).then(
      (h) => h.toHex(),
      () => undefined,
    );
    if (hash !== saved.lastHash) {
      // A dev chain started again has the same genesis: its block numbers name other blocks.
      this.log(`dashboard: block ${saved.lastBlock} is no longer the one indexed (chain reset?); starting afresh`);
      return undefined;
    }
    return saved;
  }

  private async index(block: FinalizedBlock): Promise<void> {
    // Ends a walk still in flight: nothing is applied after the history was saved on stop.
    if (this.stopped) {
      this.walkEnded?.();
      throw new Error('the indexer has stopped');
    }
    const history = this.history;
    try {
      if (history.lastBlock !== undefined && block.number <= history.lastBlock) return;
      if (history.lastBlock !== undefined && block.number > history.lastBlock + 1) {
        pushBounded(history.gaps, { from: history.lastBlock + 1, to: block.number - 1 }, MAX_GAPS);
      }
      const facts = await this.facts(block);
      if (this.stopped) {
        this.walkEnded?.();
        throw new Error('the indexer has stopped');
      }
      applyBlock(history, facts, this.bounds);
      this.dirty = true;
      for (const listener of this.listeners) listener(facts);
    } catch (error) {
      // FinalizedBlocks tries the block again with the next finalized head.
      if (!this.stopped) this.log(`dashboard: block ${block.number}: ${(error as Error).message}`);
      throw error;
    }
  }

  /** The block's events plus the reads they need, all as of that block. */
  private async facts(block: FinalizedBlock): Promise<BlockFacts> {
    const events = decodeEvents(this.api, block);
    const facts: BlockFacts = { number: block.number, hash: block.hash, events };
    facts.time = (await this.api.query.timestamp.now.at(block.hash)).toNumber() || undefined;
    const started = events.find((e) => e.kind === 'SessionStarted');
    const claims = events.filter((e) => e.kind === 'Claimed');
    if (!started && !claims.length && this.history.currentSession !== undefined) return facts;
    const at = await this.api.at(block.hash);
    if (this.history.currentSession === undefined && !started) {
      this.history.currentSession = (await at.query.sessions.currentSession()).toNumber();
    }
    if (started) {
      const prices = await at.query.pricing.sessionPrices.entries(started.session);
      facts.sessionPrices = Object.fromEntries(
        prices.filter(([, price]) => price.isSome).map(([key, price]) => [String(key.args[1].toNumber()), price.unwrap().toString()]),
      );
    }
    for (const claim of claims) {
      const key = `${claim.session}:${claim.model}`;
      if (facts.probabilities?.[key] !== undefined) continue;
      const probability = await at.query.relayMining.sessionProbability(claim.session, claim.model);
      if (probability.isSome) (facts.probabilities ??= {})[key] = probability.unwrap().toString();
    }
    return facts;
  }

  private save(): void {
    if (!this.dirty || !this.historyValue || !this.options.store) return;
    try {
      this.options.store.save(this.historyValue);
      this.dirty = false;
    } catch (error) {
      this.log(`dashboard: could not save the history: ${(error as Error).message}`);
    }
  }
}
