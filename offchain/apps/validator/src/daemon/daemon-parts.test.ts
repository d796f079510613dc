import { describe, expect, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeAddress } from '@polkadot/util-crypto';
import { scoreCommitment, toPermill } from './commitment.js';
import { VoteStore } from './vote-store.js';
import { relayAlpha, relevanceQuality, roundAlpha } from '../alpha/alpha.js';
import { inJudgedShare } from '../scoring/relay-scorer.js';

const EVE = '5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw';

describe('score commitments', () => {
  test('bind round, validator, score and salt', () => {
    const salt = new Uint8Array(32).fill(7);
    const c = scoreCommitment(1n, EVE, 800_000, false, salt);
    expect(c).toBe('0x1a675d3af1c1881c6536075dc65ec7487fc03e5d878d82d2eb2b639b9b725834');
    // The vector chain/pallets/tiqe/src/tests.rs checks against the pallet's own `commitment`.
    const ones = encodeAddress(new Uint8Array(32).fill(1));
    expect(scoreCommitment(7n, ones, 850_000, false, new Uint8Array(32).fill(2))).toBe('0x4a321a2787727fd6f1c374d58525089aeffe35e28b7864c9996212198c0eb3cd');
    expect(scoreCommitment(1n, EVE, 800_000, false, salt)).toBe(c);
    expect(scoreCommitment(2n, EVE, 800_000, false, salt)).not.toBe(c);
    expect(scoreCommitment(1n, EVE, 800_001, false, salt)).not.toBe(c);
    expect(scoreCommitment(1n, EVE, 800_000, true, salt)).not.toBe(c);
    expect(toPermill(0.5)).toBe(500_000);
    expect(toPermill(1.7)).toBe(1_000_000);
  });
});

describe('votes persist', () => {
  test('a restarted store still knows what to reveal', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'votes-')), 'votes.json');
    const store = new VoteStore(path);
    store.put({ round: '5', alphaPermill: 1, withheld: false, salt: '0x00', commitEnd: 10, revealEnd: 20, committed: true, revealed: false });
    expect(new VoteStore(path).get(5n)).toMatchObject({ committed: true, revealed: false });
    store.prune(25);
    expect(new VoteStore(path).get(5n)).toBeUndefined();
  });
});

describe('α', () => {
  const genuine = { outcome: 'genuine' as const, gate: 1 as const, stats: { tokens: 9, disagreements: 0, violations: 0, maxMargin: 0, meanLogprob: -1 } };
  const thresholds = { low: 0.2, high: 0.45 };
  test('fidelity gates, relevance and the judge blend', () => {
    expect(relevanceQuality(0.1, thresholds)).toBe(0);
    expect(relevanceQuality(0.6, thresholds)).toBe(1);
    expect(relayAlpha({ fidelity: genuine, relevance: 0.6 }, thresholds)).toBe(1);
    expect(relayAlpha({ fidelity: { ...genuine, outcome: 'suspect', gate: 0 }, relevance: 0.6, judge: 1 }, thresholds)).toBe(0);
    expect(relayAlpha({ fidelity: genuine, relevance: 0.6, judge: 0 }, thresholds, { judgeWeight: 0.5 })).toBe(0.5);
    // Uncalibrated, the judge weighs nothing.
    expect(relayAlpha({ fidelity: genuine, relevance: 0.6, judge: 0 }, thresholds)).toBe(1);
    const pass = { gate: 1 } as const;
    expect(roundAlpha([{ alpha: 1, fidelity: pass }, { alpha: 0.5, fidelity: pass }])).toBe(0.75);
    expect(roundAlpha([])).toBe(0);
    // A relay fidelity caught voids the round, whatever the others scored.
    expect(roundAlpha([{ alpha: 1, fidelity: pass }, { alpha: 0, fidelity: { gate: 0 } as const }])).toBe(0);
  });
  test('the judged share is a deterministic function of the digest', () => {
    expect(inJudgedShare(`0x00000000${'0'.repeat(56)}`, 0.1)).toBe(true);
    expect(inJudgedShare(`0xffffffff${'0'.repeat(56)}`, 0.1)).toBe(false);
  });
});
