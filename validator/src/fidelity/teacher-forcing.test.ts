/**
 * Teacher forcing on the real default model: its own greedy answer is its choice almost
 * everywhere (near-ties aside); a foreign continuation is not.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { DEFAULT_DEV_MODEL, LlamaBackend, ModelFetcher } from '@sibyl/inference';
import type { RelayBody } from '@sibyl/protocol';
import { TeacherForcer } from './teacher-forcing.js';
import { fidelityVerdict } from './fidelity-verdict.js';

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

test('the model’s own greedy answer is genuine; a foreign one is suspect', async () => {
  const body: RelayBody = { kind: 'chat', messages: [{ role: 'user', content: 'Name the three primary colours.' }], stop: [] };
  let text = '';
  const result = await backend.generate({
    body,
    sampling: { maxTokens: 32, temperatureMilli: 0, topPMilli: 1000, seed: null },
    signal: new AbortController().signal,
    onStart: () => undefined,
    onText: (t) => (text += t),
  });
  expect(result.tokens).toHaveLength(result.completionTokens);
  expect(forcer.detokenize(result.tokens!)).toBe(text);
  const prompt = forcer.promptTokens(body);
  expect(prompt).toEqual(backend.promptTokens(body));
  const own = await forcer.force(prompt, result.tokens!);
  expect(own).toHaveLength(result.tokens!.length);
  expect(own.filter((e) => e.token === e.choice).length / own.length).toBeGreaterThan(0.85);
  expect(fidelityVerdict(own, { temperatureMilli: 0 }).outcome).toBe('genuine');

  const foreign = await forcer.force(prompt, forcer.tokenize('Purple, orange and a small green frog who sings at night in the old mill.'));
  expect(fidelityVerdict(foreign, { temperatureMilli: 0 }).outcome).toBe('suspect');
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  expect(mean(own.map((e) => e.logprob))).toBeGreaterThan(mean(foreign.map((e) => e.logprob)));
}, 300_000);
