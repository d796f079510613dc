/**
 * Attacks on TIQE+ verdicts (issue 12, holes 4, 6, 7): a liar in a committee short of quorum,
 * a supplier that answers reveals too slowly for its validators, and a flooded evaluation queue.
 * The honest validator is the real daemon (Eve) scoring with the real models.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { EventRecord } from '@polkadot/types/interfaces';
import { randomBytes } from 'node:crypto';
import { u8aToHex } from '@polkadot/util';
import { ChainError, sbl, signAndWait } from '@sibyl/chain-client';
import { scoreCommitment } from '@sibyl/validator';
import type { Attack, AttackContext, RecordedEvent } from './harness.js';

/** Digests of relays Bob archived for TIQE+ (his `relays/<session>/<digest>.json`). */
function bobsArchivedRelays(ctx: AttackContext): { session: bigint; digests: string[] } {
  const dir = join(ctx.stateDir, 'supplier', 'relays');
  const sessions = readdirSync(dir).filter((n) => /^\d+$/.test(n)).map(BigInt).sort((a, b) => (a < b ? 1 : -1));
  for (const session of sessions) {
    const digests = readdirSync(join(dir, session.toString()))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length));
    if (digests.length > 0) return { session, digests: digests.slice(0, 2) };
  }
  throw new Error('Bob has archived no relay');
}

/** `n` random digests: relays Mallory never served, for audits of her. */
const phantomDigests = (n: number) => Array.from({ length: n }, () => u8aToHex(randomBytes(32)));

/** Registers `who` as a validator with the minimum bond. */
async function becomeValidator(ctx: AttackContext, who: KeyringPair): Promise<void> {
  await signAndWait(ctx.api, ctx.api.tx.stakes.registerValidator(sbl(1_000)), who);
}

/**
 * Leaves the validator role: whatever active bond is left unbonds. Rounds the member sat on may
 * still slash it between the read and the unbond's block; then it reads again.
 */
async function leaveValidators(ctx: AttackContext, who: KeyringPair): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const bond = await ctx.api.query.stakes.bonds('Validator', who.address);
    const active = bond.isSome ? bond.unwrap().active.toBigInt() : 0n;
    if (active === 0n) return;
    try {
      await signAndWait(ctx.api, ctx.api.tx.stakes.unbond('Validator', active), who);
      return;
    } catch (error) {
      if (!(error instanceof ChainError && error.name === 'stakes.InsufficientBond') || attempt >= 5) throw error;
    }
  }
}

const votedRounds = (_: AttackContext, round: number) => (e: RecordedEvent) => Number(e.data[0]) === round;

/** The rounds of the batches a transaction queued (`tiqe.RelaysCommitted`). */
function committedRounds(events: EventRecord[]): number[] {
  return events.filter((r) => r.event.section === 'tiqe' && r.event.method === 'RelaysCommitted').map((r) => Number(r.event.data[0]!.toString()));
}

/** Hole 4: one liar and one absent member in a committee of three with one honest member. */
export const liarWithoutQuorum: Attack = {
  name: 'liar and absentee against one honest validator',
  hole: 4,
  async run(ctx) {
    const { api, net } = ctx;
    const liar = await ctx.account('Liar', 5_000);
    const absent = await ctx.account('Absent', 5_000);
    await becomeValidator(ctx, liar);
    await becomeValidator(ctx, absent);
    try {
      const eve = net.actors.validator.address;
      const bob = net.actors.supplier.address;
      const eveBefore = await ctx.bond(eve, 'Validator');
      const bobBefore = await ctx.bond(bob, 'Supplier');
      // Two fresh relays of Bob's, then an audit of them: the committee is all three validators.
      for (let i = 0; i < 2; i++) {
        await ctx.client.chat.completions.create({ model: net.modelName, messages: [{ role: 'user', content: `Name a fruit (${i}).` }], max_tokens: 8, temperature: 0 });
      }
      await new Promise((r) => setTimeout(r, 1_000)); // archived after the answer
      const { session, digests } = bobsArchivedRelays(ctx);
      const round = committedRounds(await ctx.sudo(api.tx.tiqe.commitRelays(bob, net.modelId, session, digests)))[0]!;
      const opened = await ctx.until('the audit round', () => ctx.eventsOf('tiqe', 'RoundOpened', (d) => Number(d[0]) === round)[0]);
      const committee = opened.data[5] as string[];
      if (!committee.includes(liar.address) || !committee.includes(eve)) throw new Error(`committee ${committee.join(', ')}`);
      // The liar votes 0 in the commit window, and reveals it.
      const salt = randomBytes(32);
      await signAndWait(api, api.tx.tiqe.commitScore(round, scoreCommitment(BigInt(round), liar.address, 0, false, salt)), liar);
      await ctx.until('the reveal window', async () => ((await ctx.block()) >= Number(opened.data[6]) ? true : undefined));
      await signAndWait(api, api.tx.tiqe.revealScore(round, 0, false, u8aToHex(salt)), liar);
      const ended = await ctx.until(
        'the round’s end',
        () => ctx.events.find((e) => e.section === 'tiqe' && (e.method === 'RoundVoid' || e.method === 'RoundFinalized') && votedRounds(ctx, round)(e)),
        180_000,
      );
      const eveLoss = eveBefore - (await ctx.bond(eve, 'Validator'));
      const bobLoss = bobBefore - (await ctx.bond(bob, 'Supplier'));
      const judgedInRound = ctx.events.filter((e) => e.section === 'tiqe' && ['RoundFinalized', 'LowQuality', 'SupplierSlashed'].includes(e.method) && Number(e.data[0]) === round);
      const absentCost = ctx.eventsOf('tiqe', 'ValidatorSlashed', (d) => Number(d[0]) === round && d[1] === absent.address).reduce((s, e) => s + BigInt(e.data[3] as number), 0n);
      const void_ = ended.method === 'RoundVoid';
      return {
        tries: 1,
        // Bob's reputation may move meanwhile with his other rounds; this one must not touch it.
        blocked: void_ && eveLoss === 0n && bobLoss === 0n && judgedInRound.length === 0,
        honest_loss_planck: String(eveLoss + bobLoss),
        attacker_cost_planck: String(absentCost),
        detail: `round ${round} ${void_ ? `void (${JSON.stringify(ended.data[2])}, ${ended.data[3]} of 3 revealed)` : 'finalized'}: the honest validator kept its stake, the supplier its standing; the silent member was slashed, the liar's 0 counted for nothing`,
      };
    } finally {
      await leaveValidators(ctx, liar);
      await leaveValidators(ctx, absent);
    }
  },
};

/** Hole 6: reveals that never come, for several rounds at once. */
export const slowRevealsOverloadValidator: Attack = {
  name: 'supplier stalls reveals in several rounds at once',
  hole: 6,
  async run(ctx) {
    const { api, net } = ctx;
    const mallory = await ctx.mallory();
    mallory.revealDelayMs = undefined; // never answers
    const eve = net.actors.validator.address;
    const eveBefore = await ctx.bond(eve, 'Validator');
    const malloryBefore = await ctx.bond(mallory.address, 'Supplier');
    const session = await ctx.session();
    const rounds = 4;
    const ids = committedRounds(
      await ctx.sudo(api.tx.utility.batchAll(Array.from({ length: rounds }, () => api.tx.tiqe.commitRelays(mallory.address, net.modelId, session, phantomDigests(2))))),
    );
    const ends = await ctx.until(
      'the rounds’ ends',
      () => {
        const done = ids.map((id) => ctx.events.find((e) => e.section === 'tiqe' && (e.method === 'RoundFinalized' || e.method === 'RoundVoid') && Number(e.data[0]) === id));
        return done.every((e) => e !== undefined) ? (done as RecordedEvent[]) : undefined;
      },
      300_000,
    );
    const eveLoss = eveBefore - (await ctx.bond(eve, 'Validator'));
    const withheld = ends.filter((e) => e.method === 'RoundFinalized' && e.data[6] === true).length;
    const malloryLoss = malloryBefore - (await ctx.bond(mallory.address, 'Supplier'));
    return {
      tries: rounds,
      blocked: eveLoss === 0n && withheld === rounds,
      honest_loss_planck: String(eveLoss),
      attacker_cost_planck: String(malloryLoss),
      detail: `${rounds} rounds opened at once; the validator gave up on the reveals in time, voted "withheld" and revealed in every round: ${withheld} of ${rounds} judged withheld, the supplier slashed, the validator never`,
    };
  },
};

/**
 * Hole 7: a full evaluation queue while a claim is proven. The drill keeps the queue full every
 * block, but a round that ends in the very block Bob proves in frees a slot before his proof is
 * applied; then the attack was not tried, and it is tried again with the next session's claim.
 */
export const floodedEvaluationQueue: Attack = {
  name: 'evaluation queue flooded while a claim is proven',
  hole: 7,
  async run(ctx) {
    const { api, net } = ctx;
    const from = ctx.events.length;
    const mallory = await ctx.mallory();
    const bob = net.actors.supplier.address;
    // The Council floods the queue with audits the one validator cannot all sit on at once.
    await ctx.setParameters('tiqe', { maxOpenRounds: 1 });
    const capacity = Number(api.consts.tiqe.maxPendingBatches.toNumber());
    const queuedAt = async (block: number) => {
      const at = await api.at(await api.rpc.chain.getBlockHash(block));
      return Number((await at.query.tiqe.nextRoundId()).toBigInt() - (await at.query.tiqe.pendingHead()).toBigInt());
    };
    const attempts = 3;
    let outcome: RecordedEvent | undefined;
    let tried = 0;
    for (let attempt = 1; attempt <= attempts && outcome === undefined; attempt++) {
      // Bob serves the dev application in a session; its claim will be proven with the queue full.
      const session = await ctx.session();
      for (let i = 0; i < 2; i++) {
        await ctx.client.chat.completions.create({ model: net.modelName, messages: [{ role: 'user', content: `Count to ${i + 2}.` }], max_tokens: 8, temperature: 0 });
      }
      await ctx.untilWindow(session, 'claim');
      await ctx.until('Bob’s claim', () => ctx.eventsOf('relayMining', 'Claimed', (d) => d[1] === bob && BigInt(d[0] as number) === session)[0]);
      const fill = async () => {
        const missing = capacity - (await queuedAt(await ctx.block()));
        if (missing > 0) {
          await ctx.sudo(api.tx.utility.batch(Array.from({ length: missing }, () => api.tx.tiqe.commitRelays(mallory.address, net.modelId, session, phantomDigests(1)))));
        }
      };
      // Kept full every block until Bob proves: rounds that finish free slots as they go.
      let proving = true;
      const filler = (async () => {
        while (proving) {
          await fill();
          await ctx.blocks(1);
        }
      })();
      // Bob proves when the proof seed is drawn: his claim cannot be queued for evaluation.
      const proven = await ctx
        .until('Bob’s claim proven', () =>
          ctx.eventsOf('settlement', 'EvaluationDeferred', (d) => d[1] === bob && BigInt(d[0] as number) === session)[0] ??
          ctx.eventsOf('settlement', 'AwaitingEvaluation', (d) => d[2] === bob && BigInt(d[1] as number) === session)[0],
        )
        .finally(() => (proving = false));
      await filler;
      tried = attempt;
      const slotFreedInBlock =
        (await queuedAt(proven.block - 1)) < capacity || ctx.events.some((e) => e.block === proven.block && e.section === 'tiqe' && e.method === 'RoundOpened');
      if (proven.method === 'EvaluationDeferred' || !slotFreedInBlock || attempt === attempts) outcome = proven;
      else ctx.log(`attack: a round ended in block ${proven.block}, where Bob proved, and freed a slot; trying with the next session`);
    }
    const deferred = outcome!;
    // Nothing settles silently: every settlement names its round or why it has none.
    const settled = ctx.events.slice(from).filter((e) => e.section === 'settlement' && e.method === 'Settled');
    const silent = settled.filter((e) => e.data[7] === null && e.data[8] === null).length;
    const explicit = settled.filter((e) => e.data[8] !== null).map((e) => `${JSON.stringify(e.data[8])} at α ${Number(e.data[6]) / 1e6}`);
    return {
      tries: capacity,
      blocked: deferred.method === 'EvaluationDeferred' && silent === 0,
      honest_loss_planck: '0',
      attacker_cost_planck: '0',
      detail: `${capacity} audits filled the queue${tried > 1 ? ` (claim ${tried} of ${attempts}: a round ending in the proof's block had freed a slot before)` : ''}; the proven claim was ${deferred.method === 'EvaluationDeferred' ? 'deferred until TIQE+ has room (EvaluationDeferred)' : 'queued'}; claims settled with neither a round nor a reason: ${silent}; settled unevaluated, saying why: ${explicit.length === 0 ? 'none' : explicit.join(', ')}`,
    };
  },
};
