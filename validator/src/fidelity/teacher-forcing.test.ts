/**
 * Teacher forcing on the real default model: its own greedy answer ranks first almost
 * everywhere; a different continuation does not.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { DEFAULT_DEV_MODEL, LlamaBackend, ModelFetcher } from '@sibyl/inference';
import { TeacherForcer } from './teacher-forcing.js';

let forcer: TeacherForcer;
let backend: LlamaBackend;

beforeAll(async () => {
  const modelPath = await new ModelFetcher().ensure(DEFAULT_DEV_MODEL.artifact);
  forcer = await TeacherForcer.load({ modelPath, contextLength: 1024 });
  backend = await LlamaBackend.load({ modelPath, capacity: 1, contextLength: 1024 });
}, 120_000);

afterAll(async () => {
  await forcer?.close();
  await backend?.close();
});

test('the model ranks its own greedy continuation first; a foreign one much lower', async () => {
  const prompt = 'The three primary colours are';
  let text = '';
  await backend.generate({
    body: { kind: 'completion', prompt, stop: [] },
    sampling: { maxTokens: 32, temperatureMilli: 0, topPMilli: 1000, seed: null },
    signal: new AbortController().signal,
    onStart: () => undefined,
    onText: (t) => {
      text += t;
    },
  });
  const promptTokens = [...backend.promptTokens({ kind: 'completion', prompt, stop: [] })];
  const own = await forcer.evaluate(promptTokens, forcer.tokenize(text));
  const top1 = own.filter((e) => e.rank === 1).length / own.length;
  expect(top1).toBeGreaterThan(0.9);
  const foreign = await forcer.evaluate(promptTokens, forcer.tokenize(' purple, orange and a small green frog who sings at night in the old mill'));
  const foreignTop1 = foreign.filter((e) => e.rank === 1).length / foreign.length;
  expect(foreignTop1).toBeLessThan(0.6);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  expect(mean(own.map((e) => e.logprob))).toBeGreaterThan(mean(foreign.map((e) => e.logprob)));
  // The greedy fast path agrees with the full evidence on which tokens are the model's top choice.
  const agree = await forcer.greedyAgreement(promptTokens, forcer.tokenize(text));
  expect(agree.filter(Boolean).length / agree.length).toBeGreaterThan(0.9);
  const foreignAgree = await forcer.greedyAgreement(promptTokens, forcer.tokenize(' purple, orange and a small green frog who sings at night in the old mill'));
  expect(foreignAgree.filter(Boolean).length / foreignAgree.length).toBeLessThan(0.6);
}, 120_000);
