/**
 * The TIQE+ committee daemon (docs/validator.md). It follows the chain; when a round opens with
 * this validator on its committee it fetches the sampled relays from the supplier over NATS
 * (checked against their signatures and digests), scores them, saves its vote and commits
 * hash(score, salt); once the reveal window opens it reveals. Votes persist, so a restart between
 * commit and reveal still reveals. Model files are fetched and sha256-checked against the chain's
 * registration before they score anything.
 *
 * Rounds are worked on concurrently within their deadlines: every round's relays are fetched at
 * once, with a deadline that leaves time to score and commit before its commit window closes (a
 * supplier that has not revealed by then is voted as withholding, so a slow supplier never costs
 * the validator its vote); scoring, which needs the CPU, runs one round at a time, the round whose
 * commit window closes first going first. The chain bounds how many rounds a validator sits on
 * at once, so the work fits.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { PalletSibylTiqeRoundInfo } from '@polkadot/types/lookup';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { ChainError, accountFromUri, connect, signAndWait, type ApiPromise } from '@sibyl/chain-client';
import { DEFAULT_DEV_MODEL, ModelFetcher, defaultCacheDir, readChainModel } from '@sibyl/model-runtime';
import { busServers, connectBus, fastSigner, type VerifiedRelay } from '@sibyl/protocol';
import type { NatsConnection } from '@nats-io/transport-node';
import { roundAlpha } from '../alpha/alpha.js';
import { TeacherForcer } from '../fidelity/teacher-forcing.js';
import { LlmJudge } from '../judge/llm-judge.js';
import { RelevanceScorer } from '../relevance/relevance-scorer.js';
import { RelayScorer, type RelayScore } from '../scoring/relay-scorer.js';
import { DEFAULT_MODEL_SCORING, scoringFromCalibration, type ModelScoring } from '../scoring/model-scoring.js';
import { scoreCommitment, toPermill } from './commitment.js';
import { readJob } from './job-reader.js';
import { RelayFetcher } from './relay-fetcher.js';
import { VoteStore, type StoredVote } from './vote-store.js';

export interface ValidatorConfig {
  rpc: string;
  nats: string;
  /** Secret URI of the validator's account. */
  suri: string;
  /** Where votes are kept (default `<cache>/validator/<address>`). */
  dataDir?: string;
  cacheDir?: string;
  /** Judge GGUF; default the dev model (weak), `null` for no judge. */
  judgeModelPath?: string | null;
  /** Share of relays judged although relevance was clear (default 0.1). */
  judgeShare?: number;
  /**
   * How a round's α is computed from its fetched relays. Default: TIQE+ (fidelity, relevance,
   * judge; docs/validator.md). Drills plug in a committee member that votes otherwise.
   */
  scoreRound?: RoundScorer;
  threads?: number;
  log?: (line: string) => void;
}

/** A round's α from its fetched relays (`round` for logging). */
export type RoundScorer = (round: bigint, relays: VerifiedRelay[]) => Promise<number>;

/** A round as this daemon needs it. */
interface Duty {
  round: bigint;
  supplier: string;
  relays: string[];
  commitEnd: number;
  revealEnd: number;
}

/**
 * Runs tasks one at a time, the one with the earliest deadline first (scoring shares two cores
 * with everything else; rounds whose commit window closes first must not wait behind later ones).
 */
class DeadlineQueue {
  private readonly waiting: { deadline: number; start: () => void }[] = [];
  private busy = false;

  run<T>(deadline: number, task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.busy = true;
        task()
          .then(resolve, reject)
          .finally(() => {
            this.busy = false;
            this.waiting.sort((a, b) => a.deadline - b.deadline);
            this.waiting.shift()?.start();
          });
      };
      if (this.busy) this.waiting.push({ deadline, start });
      else start();
    });
  }
}

/** Blocks kept in hand before a commit window closes: scoring and the commit's inclusion. */
const COMMIT_MARGIN_BLOCKS = 2;
/** How many times a commit the pool refused is submitted before the round is given up. */
const COMMIT_ATTEMPTS = 3;

export class ValidatorDaemon {
  private unsubscribe: (() => void) | undefined;
  private readonly evaluations = new Set<Promise<unknown>>();
  private readonly scoring = new DeadlineQueue();
  private readonly scheduled = new Set<string>();
  /** Milliseconds between blocks, as seen (an EWMA; 6 s until measured). */
  private blockMs = 6_000;
  private lastHeadAt: number | undefined;
  /** The pass over the votes running now, and whether another must follow it. */
  private revealPass: Promise<void> | undefined;
  private revealAgain = false;
  private readonly forcers = new Map<number, Promise<TeacherForcer>>();
  private readonly scorer: RelayScorer;
  private readonly fetcher: RelayFetcher;
  private readonly scoreRound: RoundScorer;
  private best = 0;

  private constructor(
    readonly account: KeyringPair,
    private readonly api: ApiPromise,
    private readonly nats: NatsConnection,
    private readonly votes: VoteStore,
    private readonly relevance: RelevanceScorer,
    private readonly judge: LlmJudge | undefined,
    private readonly models: ModelFetcher,
    private readonly config: ValidatorConfig,
    private readonly log: (line: string) => void,
  ) {
    this.scorer = new RelayScorer({
      forcerFor: (model) => this.forcerFor(model),
      scoringFor: (model) => this.scoringFor(model),
      relevance,
      judge,
      judgeShare: config.judgeShare,
    });
    this.fetcher = new RelayFetcher({ nats, signer: fastSigner(account), log });
    this.scoreRound = config.scoreRound ?? ((round, relays) => this.tiqeRound(round, relays));
  }

  get address(): string {
    return this.account.address;
  }

  static async start(config: ValidatorConfig): Promise<ValidatorDaemon> {
    const log = config.log ?? ((line: string) => console.error(`validator: ${line}`));
    const account = await accountFromUri(config.suri);
    const api = await connect(config.rpc);
    const models = new ModelFetcher(config.cacheDir);
    const relevance = await RelevanceScorer.load({ fetcher: models, threads: config.threads });
    const judgePath = config.judgeModelPath === undefined ? await models.ensure(DEFAULT_DEV_MODEL.artifact) : config.judgeModelPath;
    const judge = judgePath ? await LlmJudge.load({ modelPath: judgePath, threads: config.threads }) : undefined;
    const nats = await connectBus({ servers: busServers(config.nats), signer: fastSigner(account), name: `sibyl-validator-${account.address}` });
    const votes = new VoteStore(join(config.dataDir ?? join(config.cacheDir ?? defaultCacheDir(), 'validator', account.address), 'votes.json'));
    const daemon = new ValidatorDaemon(account, api, nats, votes, relevance, judge, models, config, log);
    await daemon.follow();
    return daemon;
  }

  /**
   * Follows new blocks. Each block it reads the open rounds of the finalized block (a handful:
   * they live a few dozen blocks) rather than the events, so a skipped head or a restart misses
   * no duty.
   */
  private async follow(): Promise<void> {
    this.best = (await this.api.rpc.chain.getHeader()).number.toNumber();
    await this.onBlock();
    this.unsubscribe = await this.api.rpc.chain.subscribeNewHeads((header) => {
      const now = Date.now();
      if (this.lastHeadAt !== undefined && header.number.toNumber() > this.best) {
        this.blockMs = 0.8 * this.blockMs + 0.2 * Math.max(100, now - this.lastHeadAt);
      }
      this.lastHeadAt = now;
      this.best = Math.max(this.best, header.number.toNumber());
      void this.onBlock().catch((e: Error) => this.log(`block ${header.number.toNumber()}: ${e.message}`));
    });
  }

  private async onBlock(): Promise<void> {
    // Duties come from the finalized block: until then a fork may redraw a round's committee
    // and relays, and a score for other relays would deviate (docs/network.md).
    const finalized = await this.api.at(await this.api.rpc.chain.getFinalizedHead());
    for (const [key, value] of await finalized.query.tiqe.rounds.entries()) {
      if (value.isSome) this.consider(key.args[0].toBigInt(), value.unwrap());
    }
    await this.revealDue();
    this.votes.prune(this.best - 100);
  }

  private consider(round: bigint, info: PalletSibylTiqeRoundInfo): void {
    if (!info.committee.some(([member]) => member.toString() === this.address)) return;
    const key = round.toString();
    if (this.scheduled.has(key) || this.votes.get(round)) return;
    this.scheduled.add(key);
    const duty: Duty = {
      round,
      supplier: info.supplier.toString(),
      relays: info.relays.map((d) => d.toHex()),
      commitEnd: info.commitEnd.toNumber(),
      revealEnd: info.revealEnd.toNumber(),
    };
    const evaluation = this.evaluate(duty).catch((e: Error) => this.log(`round ${round}: ${e.message}`));
    this.evaluations.add(evaluation);
    void evaluation.finally(() => this.evaluations.delete(evaluation));
  }

  /** When `block` is expected, in epoch milliseconds, at the block rate seen. */
  private expectedAt(block: number): number {
    return Date.now() + Math.max(0, block - this.best) * this.blockMs;
  }

  /** The model's calibration as the chain holds it now (the Council may change it), else the defaults. */
  private async scoringFor(model: number): Promise<ModelScoring> {
    const calibration = await this.api.query.tiqe.calibrations(model);
    if (calibration.isNone) return DEFAULT_MODEL_SCORING;
    const c = calibration.unwrap();
    return scoringFromCalibration({
      greedyToleranceMilli: c.greedyToleranceMilli.toNumber(),
      greedyMaxViolations: c.greedyMaxViolations.toNumber(),
      replayTolerance: c.replayTolerance.toNumber(),
      replayAllowedMisses: c.replayAllowedMisses.toNumber(),
      replayAllowedShare: c.replayAllowedShare.toNumber(),
      unseededMarginMilli: c.unseededMarginMilli.toNumber(),
      unseededAllowedShare: c.unseededAllowedShare.toNumber(),
      relevanceLow: c.relevanceLow.toNumber(),
      relevanceHigh: c.relevanceHigh.toNumber(),
      judgeWeight: c.judgeWeight.toNumber(),
      alphaThreshold: c.alphaThreshold.toNumber(),
    });
  }

  private async forcerFor(model: number): Promise<TeacherForcer> {
    let forcer = this.forcers.get(model);
    if (!forcer) {
      forcer = (async () => {
        const chainModel = await readChainModel(this.api, model);
        // ensure() verifies the file's sha256 against the chain's registration before use.
        const path = await this.models.ensure(chainModel.artifact);
        return TeacherForcer.load({ modelPath: path, threads: this.config.threads });
      })();
      this.forcers.set(model, forcer);
    }
    return forcer;
  }

  private submit(tx: Parameters<typeof signAndWait>[1]): Promise<unknown> {
    // The chain client queues one account's submissions, so concurrent rounds never share a nonce.
    return signAndWait(this.api, tx, this.account);
  }

  /** TIQE+: every relay scored in turn, the round's α their combination (docs/validator.md). */
  private async tiqeRound(round: bigint, relays: VerifiedRelay[]): Promise<number> {
    const scores: RelayScore[] = [];
    for (const relay of relays) {
      const score = await this.scorer.score(relay);
      scores.push(score);
      this.log(
        `round ${round}: relay ${relay.digest.slice(0, 10)} α=${score.alpha.toFixed(3)} fidelity=${score.fidelity.outcome} relevance=${score.relevance.toFixed(3)}${score.judge === undefined ? '' : ` judge=${score.judge.toFixed(3)}`}${score.overReported ? ` over-reported: ${score.overReported}` : ''}`,
      );
    }
    return roundAlpha(scores);
  }

  private async evaluate(duty: Duty): Promise<void> {
    if (this.best >= duty.commitEnd) {
      this.log(`round ${duty.round}: commit window already closed`);
      return;
    }
    const commitBy = this.expectedAt(duty.commitEnd - COMMIT_MARGIN_BLOCKS);
    // Half of what is left fetches; the other half scores and commits. Counted in time at the
    // block rate seen, and in blocks: a burst of blocks (a dev chain builds one per transaction)
    // must not run the window out while the fetch waits on the clock.
    const fetchBy = Date.now() + Math.max(2_000, (commitBy - Date.now()) / 2);
    const fetchByBlock = this.best + Math.floor(Math.max(0, duty.commitEnd - COMMIT_MARGIN_BLOCKS - this.best) / 2);
    const expired = () => this.best >= fetchByBlock;
    // An on-chain job's input and output are on chain; a relay's come from its supplier.
    const fetched = await Promise.all(
      duty.relays.map(async (digest) => (await readJob(this.api, digest)) ?? this.fetcher.fetch(duty.round, duty.supplier, digest, fetchBy, expired)),
    );
    const withheld = fetched.some((got) => 'withheld' in got);
    const relays = fetched.filter((got): got is VerifiedRelay => !('withheld' in got));
    let alpha = 0;
    if (!withheld) {
      alpha = await this.scoring.run(duty.commitEnd, () => this.scoreRound(duty.round, relays));
      if (this.best >= duty.commitEnd) {
        this.log(`round ${duty.round}: scored after the commit window closed`);
        return;
      }
    }
    const alphaPermill = toPermill(alpha);
    const salt = randomBytes(32);
    this.votes.put({
      round: duty.round.toString(),
      alphaPermill,
      withheld,
      salt: u8aToHex(salt),
      commitEnd: duty.commitEnd,
      revealEnd: duty.revealEnd,
      committed: false,
      revealed: false,
    });
    const commitment = scoreCommitment(duty.round, this.address, alphaPermill, withheld, salt);
    // A commit the pool refused (not one the chain rejected) is tried again while the window
    // is open: a missing commit is slashed like a missing reveal.
    for (let attempt = 1; ; attempt++) {
      try {
        await this.submit(this.api.tx.tiqe.commitScore(duty.round, commitment));
        break;
      } catch (error) {
        const refusedByPool = error instanceof ChainError && error.name.startsWith('Pool.');
        if (!refusedByPool || attempt >= COMMIT_ATTEMPTS || this.best >= duty.commitEnd - COMMIT_MARGIN_BLOCKS) throw error;
        this.log(`round ${duty.round}: commit refused by the pool (${error.message}); trying again`);
      }
    }
    this.votes.put({ ...this.votes.get(duty.round)!, committed: true });
    this.log(`round ${duty.round}: committed α=${(alphaPermill / 1e6).toFixed(3)}${withheld ? ' (withheld)' : ''}`);
    await this.revealDue();
  }

  /**
   * Reveals committed votes once their commit window has closed. The chain, not the local
   * record, says what is done: a commit or reveal that a fork dropped after its inclusion is
   * missing from `tiqe.votes` at the best block, and is sent again while its window is open — a
   * missing commit or reveal is slashed. One pass runs at a time (a block and a finished
   * evaluation both ask for one): two passes reading the chain before either's transaction lands
   * would both send it, and the second fails at the validator's expense.
   */
  private revealDue(): Promise<void> {
    if (this.revealPass) {
      this.revealAgain = true;
      return this.revealPass;
    }
    this.revealPass = (async () => {
      do {
        this.revealAgain = false;
        await this.revealPassOnce();
      } while (this.revealAgain);
    })().finally(() => (this.revealPass = undefined));
    return this.revealPass;
  }

  /** Reads what each vote still needs, then sends it all at once (the chain client orders the nonces). */
  private async revealPassOnce(): Promise<void> {
    const sends: Promise<void>[] = [];
    for (const vote of this.votes.all()) {
      if (!vote.committed || this.best >= vote.revealEnd) continue;
      const onChain = await this.api.query.tiqe.votes(vote.round, this.address);
      if (onChain.isSome && onChain.unwrap().revealed.isSome) {
        if (!vote.revealed) this.votes.put({ ...vote, revealed: true });
        continue;
      }
      if (onChain.isNone && this.best >= vote.commitEnd) continue; // too late to commit again
      if (onChain.isSome && this.best + 1 < vote.commitEnd && !(await this.revealsOpenEarly(vote))) continue; // committed; reveal later
      // A round every member has revealed in ends early and its votes go with it: nothing was
      // dropped, there is nothing left to send.
      if (onChain.isNone && (await this.api.query.tiqe.rounds(vote.round)).isNone) {
        this.votes.put({ ...vote, revealed: true });
        continue;
      }
      sends.push(onChain.isNone ? this.commitAgain(vote) : this.reveal(vote));
    }
    await Promise.all(sends);
  }

  private async commitAgain(vote: StoredVote): Promise<void> {
    const commitment = scoreCommitment(BigInt(vote.round), this.address, vote.alphaPermill, vote.withheld, hexToU8a(vote.salt));
    try {
      await this.submit(this.api.tx.tiqe.commitScore(vote.round, commitment));
      this.log(`round ${vote.round}: committed again (a fork had dropped the commit)`);
    } catch (error) {
      this.log(`round ${vote.round}: commit failed: ${(error as Error).message}`);
    }
  }

  private async reveal(vote: StoredVote): Promise<void> {
    try {
      await this.submit(this.api.tx.tiqe.revealScore(vote.round, vote.alphaPermill, vote.withheld, vote.salt));
      this.votes.put({ ...(this.votes.get(BigInt(vote.round)) ?? vote), revealed: true });
      this.log(`round ${vote.round}: revealed`);
    } catch (error) {
      this.log(`round ${vote.round}: reveal failed: ${(error as Error).message}`);
    }
  }

  /**
   * Whether the round's reveals open by the next block although its commit window has not
   * ended: the whole committee committed and the chain moved the reveals forward
   * (`tiqe.CommitsComplete`). A reveal sent now lands in the next block at the earliest; one
   * that a fork lands too early fails and is sent again on a later block. The stored commit end
   * stays the window's own: a fork that drops the last commit reopens it, and a commit it
   * dropped must still be sent again until then.
   */
  private async revealsOpenEarly(vote: StoredVote): Promise<boolean> {
    const round = await this.api.query.tiqe.rounds(vote.round);
    if (round.isNone) return false;
    const commitEnd = round.unwrap().commitEnd.toNumber();
    return commitEnd < vote.commitEnd && this.best + 1 >= commitEnd;
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    await Promise.allSettled(this.evaluations);
    await this.nats.drain().catch(() => undefined);
    for (const forcer of this.forcers.values()) await forcer.then((f) => f.close()).catch(() => undefined);
    await this.judge?.close().catch(() => undefined);
    await this.relevance.close().catch(() => undefined);
    await this.api.disconnect().catch(() => undefined);
  }
}
