/**
 * Teacher forcing on the real default model: its own greedy answer is its choice almost
 * everywhere (near-ties aside); a foreign continuation is not.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { LlamaBackend } from '@sibyl/supplier';
import { DEFAULT_DEV_MODEL, ModelFetcher, SAMPLED_TOP_K } from '@sibyl/model-runtime';
import type { RelayBody } from '@sibyl/protocol';
import { TeacherForcer, fidelityVerdict, replaySampled } from '@sibyl/validator';

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

test('an answer that stopped on its own ends where the model ends it; cut short, it does not', async () => {
  const body: RelayBody = { kind: 'chat', messages: [{ role: 'user', content: 'What is the capital of France?' }], stop: [] };
  const result = await backend.generate({
    body,
    sampling: { maxTokens: 64, temperatureMilli: 0, topPMilli: 1000, seed: null },
    signal: new AbortController().signal,
    onStart: () => undefined,
    onText: () => undefined,
  });
  expect(result.finishReason).toBe('stop');
  const prompt = forcer.promptTokens(body);
  const ended = await forcer.force(prompt, result.tokens!, { end: true });
  expect(ended).toHaveLength(result.tokens!.length + 1);
  expect(ended.at(-1)!.ends!.length).toBeGreaterThan(0);
  expect(fidelityVerdict(ended, { temperatureMilli: 0 })).toMatchObject({ outcome: 'genuine', stats: { endsOnItsOwn: true } });
  const cut = await forcer.force(prompt, result.tokens!.slice(0, Math.ceil(result.tokens!.length / 2)), { end: true });
  expect(fidelityVerdict(cut, { temperatureMilli: 0 })).toMatchObject({ outcome: 'suspect', stats: { endsOnItsOwn: false } });
}, 300_000);

test('a seeded sampled answer replays draw by draw; under another seed, or from another model, it does not', async () => {
  const body: RelayBody = { kind: 'chat', messages: [{ role: 'user', content: 'Write four lines about a lighthouse.' }], stop: [] };
  const sampling = { maxTokens: 48, temperatureMilli: 900, topPMilli: 950, seed: 123_456_789_012n };
  const result = await backend.generate({ body, sampling, signal: new AbortController().signal, onStart: () => undefined, onText: () => undefined });
  const prompt = forcer.promptTokens(body);
  const evidence = await forcer.force(prompt, result.tokens!, { top: SAMPLED_TOP_K });
  for (const e of evidence) {
    expect(e.candidates!.length).toBe(SAMPLED_TOP_K);
    expect(e.candidates![0]!.token).toBe(e.choice);
  }
  const genuine = fidelityVerdict(evidence, sampling);
  expect(genuine).toMatchObject({ outcome: 'genuine', stats: { sampledCheck: 'replay' } });
  const steps = replaySampled(evidence, sampling);
  expect(steps.filter((s) => s.match).length / steps.length).toBeGreaterThan(0.7);

  const otherSeed = fidelityVerdict(evidence, { ...sampling, seed: sampling.seed + 1n });
  expect(otherSeed.outcome).toBe('suspect');
  // The same request's answer re-drawn with another seed: plausible text, but not this relay's draws.
  const redrawn = await backend.generate({ body, sampling: { ...sampling, seed: 99n }, signal: new AbortController().signal, onStart: () => undefined, onText: () => undefined });
  const foreign = await forcer.force(prompt, redrawn.tokens!, { top: SAMPLED_TOP_K });
  expect(fidelityVerdict(foreign, sampling).outcome).toBe('suspect');
}, 300_000);
