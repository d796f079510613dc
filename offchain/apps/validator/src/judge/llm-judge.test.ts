/**
 * The judge on the real default model: a score in [0, 1] from a proper distribution over the
 * five grades, and the same score every time for the same input (validators must agree). The
 * dev model is a weak judge, so no ordering of answers is asserted here: `bench:tiqe` measures
 * how well it separates good answers from bad.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { DEFAULT_DEV_MODEL, ModelFetcher } from '@sibyl/model-runtime';
import { LlmJudge } from './llm-judge.js';

let judge: LlmJudge;

beforeAll(async () => {
  judge = await LlmJudge.load({ modelPath: await new ModelFetcher().ensure(DEFAULT_DEV_MODEL.artifact), contextLength: 1024 });
}, 120_000);

afterAll(async () => {
  await judge?.close();
});

test('deterministic graded scores', async () => {
  const a = await judge.judge('What is the capital of France?', 'The capital of France is Paris.');
  expect(a.score).toBeGreaterThanOrEqual(0);
  expect(a.score).toBeLessThanOrEqual(1);
  expect(a.grades).toHaveLength(5);
  expect(a.grades.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 6);
  const b = await judge.judge('What is the capital of France?', 'Bananas are yellow and rich in potassium.');
  expect(await judge.judge('What is the capital of France?', 'The capital of France is Paris.')).toEqual(a);
  expect(b.score).not.toBe(a.score);
}, 120_000);
