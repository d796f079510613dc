/**
 * Which model the local network should serve by default (issue 13): every candidate answers the
 * same chat prompts on this machine, one after another in one run, and is measured on what a
 * user and a validator see:
 *   - factual accuracy: short questions with one right answer (`model-choice/facts.jsonl`, the
 *     answer must contain one of the expected strings);
 *   - relevance: the validators' relevance model (all-MiniLM-L6-v2) on the TIQE+ bench prompts,
 *     mean score and the share at or above the `high` threshold that pays in full;
 *   - generation speed: completion tokens per second and time to first token (2 threads);
 *   - validator cost: teacher forcing (greedy, no logits beyond the argmax) plus relevance, over
 *     the generation time of the same answer.
 * Greedy decoding, `--max-tokens` per answer, the chat template each model ships with.
 *
 *   npx tsx bench/model-choice.bench.ts [--prompts 24] [--max-tokens 48] [--no-record]
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LlamaBackend } from '@sibyl/supplier';
import { GEMMA_3_270M_BASE, ModelFetcher, SMOLLM2_135M_INSTRUCT, type ModelArtifact } from '@sibyl/model-runtime';
import type { RelayBody, SamplingParams } from '@sibyl/protocol';
import { DEFAULT_RELEVANCE_THRESHOLDS, QWEN_CODER_05B_JUDGE, RelevanceScorer, TeacherForcer } from '@sibyl/validator';
import { median, round } from './lib/stats.js';
import { readJsonLines } from './lib/prompts.js';
import { report } from './lib/results.js';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    prompts: { type: 'string', default: '24' },
    'max-tokens': { type: 'string', default: '48' },
    'no-record': { type: 'boolean', default: false },
  },
});
const sampling: SamplingParams = { maxTokens: Number(values['max-tokens']), temperatureMilli: 0, topPMilli: 1000, seed: 7n };
const facts = readJsonLines<{ prompt: string; expect: string[] }>(join(here, 'model-choice/facts.jsonl'));
const prompts = readJsonLines<{ prompt: string }>(join(here, 'tiqe/prompts.jsonl'))
  .map((p) => p.prompt)
  .slice(0, Number(values.prompts));

const CANDIDATES: Record<string, ModelArtifact> = {
  [GEMMA_3_270M_BASE.name]: GEMMA_3_270M_BASE.artifact,
  [SMOLLM2_135M_INSTRUCT.name]: SMOLLM2_135M_INSTRUCT.artifact,
  'qwen2.5-coder-0.5b-instruct-q4_k_m': QWEN_CODER_05B_JUDGE,
};

const body = (prompt: string): RelayBody => ({ kind: 'chat', messages: [{ role: 'user', content: prompt }], stop: [] });
const fetcher = new ModelFetcher();
const relevance = await RelevanceScorer.load();

interface Answer {
  text: string;
  tokens: number[];
  genMs: number;
  ttftMs: number;
}

async function answer(backend: LlamaBackend, prompt: string): Promise<Answer> {
  let text = '';
  let first = 0;
  const start = performance.now();
  const result = await backend.generate({
    body: body(prompt),
    sampling,
    signal: new AbortController().signal,
    onStart: () => undefined,
    onText: (t) => {
      if (!first) first = performance.now();
      text += t;
    },
  });
  return { text, tokens: result.tokens ?? [], genMs: performance.now() - start, ttftMs: (first || performance.now()) - start };
}

const rows = [];
for (const [name, artifact] of Object.entries(CANDIDATES)) {
  const modelPath = await fetcher.ensure(artifact);
  const backend = await LlamaBackend.load({ modelPath, capacity: 1, contextLength: 1024, threads: 2 });
  const forcer = await TeacherForcer.load({ modelPath, contextLength: 1024, threads: 2 });
  await answer(backend, 'Hello!');

  let right = 0;
  for (const fact of facts) {
    const { text } = await answer(backend, fact.prompt);
    const ok = fact.expect.some((e) => text.toLowerCase().includes(e.toLowerCase()));
    if (ok) right++;
    console.error(`${name}: ${ok ? 'right' : 'wrong'} ${JSON.stringify(fact.prompt)} → ${JSON.stringify(text.slice(0, 100))}`);
  }

  const scores: number[] = [];
  const tokPerS: number[] = [];
  const ttft: number[] = [];
  const costRatios: number[] = [];
  for (const prompt of prompts) {
    const a = await answer(backend, prompt);
    const start = performance.now();
    await forcer.force(forcer.promptTokens(body(prompt)), a.tokens);
    const score = await relevance.score(prompt, a.text);
    const validateMs = performance.now() - start;
    scores.push(score);
    if (a.tokens.length > 1) tokPerS.push(((a.tokens.length - 1) * 1000) / (a.genMs - a.ttftMs));
    ttft.push(a.ttftMs);
    costRatios.push(validateMs / a.genMs);
  }
  await forcer.close();
  await backend.close();
  const row = {
    model: name,
    size_bytes: artifact.sizeBytes,
    facts_right: round(right / facts.length, 3),
    relevance_mean: round(scores.reduce((a, b) => a + b, 0) / scores.length, 3),
    relevance_at_or_above_high: round(scores.filter((s) => s >= DEFAULT_RELEVANCE_THRESHOLDS.high).length / scores.length, 3),
    tok_per_s_p50: round(median(tokPerS)),
    ttft_ms_p50: round(median(ttft)),
    validator_cost_ratio_p50: round(median(costRatios), 3),
  };
  console.error(JSON.stringify(row));
  rows.push(row);
}
await relevance.close();

report('model-choice', { facts: facts.length, prompts: prompts.length, max_tokens: sampling.maxTokens, threads: 2, rows }, !values['no-record']);
process.exit(0);
