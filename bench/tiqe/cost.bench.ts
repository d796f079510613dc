/**
 * What a validator's fidelity check can cost at best, side by side with generating the answers
 * (issue 13's cost goal, docs/validator.md "Cost"). Each relay is generated on the registered
 * model, then the forward pass over prompt + answer is run under the two levers that could cut
 * it, every configuration alternating with the others on the same relays so all see the same
 * machine load:
 *   - batch width: 1 (one relay at a time, as validators score today), 2 (a round's sampled
 *     relays together, `relays_per_round`) or every relay of the run together, as parallel
 *     sequences of one context (llama.cpp evaluates them in one batch);
 *   - positions read: none (the forward pass alone: the floor), every answer position (as the
 *     relay scorer reads today), or `--positions` spread over the answer (logits only where the
 *     chain would draw them).
 * Ratios are the configuration's time over the generation time of the same relays.
 *
 * It also prints what the deployed check (one relay at a time, every position read) means for
 * validators' pay: a claim's round costs the committee `committee × relays_per_round × ratio`
 * generations, and pays it `validator_share` of the claim's charge, of which the supplier gets
 * `supplier_share` for generating every relay. At equal margins for both (the price just covers
 * the supplier's generation), the committee's compute is covered from
 *   committee × relays_per_round × ratio × supplier_share / validator_share
 * relays per claim up. The defaults are the runtime's (pallet-tiqe and pallet-settlement
 * parameters; governance changes them).
 *
 *   npx tsx bench/tiqe/cost.bench.ts [--prompts FILE] [--limit 10] [--max-tokens 48] [--positions 8]
 *                                    [--repeats 3] [--threads 2] [--committee 3] [--relays-per-round 2]
 *                                    [--validator-share 0.1] [--supplier-share 0.7] [--no-record]
 *
 * The last line printed is JSON; recorded in `bench/results/tiqe-cost-levers.json`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getLlama, LlamaLogLevel, type LlamaContextSequence, type Token } from 'node-llama-cpp';
import { LlamaBackend } from '@sibyl/supplier';
import { DEFAULT_DEV_MODEL, ModelFetcher, PromptRenderer, SAMPLED_TOP_K } from '@sibyl/model-runtime';
import type { SamplingParams } from '@sibyl/protocol';
import { readJsonLines } from '../lib/prompts.js';
import { report } from '../lib/results.js';
import { round } from '../lib/stats.js';
import { chatBody } from './variants.js';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    prompts: { type: 'string', default: join(here, 'prompts.jsonl') },
    limit: { type: 'string', default: '10' },
    'max-tokens': { type: 'string', default: '48' },
    positions: { type: 'string', default: '8' },
    repeats: { type: 'string', default: '3' },
    threads: { type: 'string', default: '2' },
    committee: { type: 'string', default: '3' },
    'relays-per-round': { type: 'string', default: '2' },
    'validator-share': { type: 'string', default: '0.1' },
    'supplier-share': { type: 'string', default: '0.7' },
    'no-record': { type: 'boolean', default: false },
  },
});
const threads = Number(values.threads);
const positions = Number(values.positions);
const all = readJsonLines<{ prompt: string }>(values.prompts).map((p) => p.prompt);
const count = Math.min(Number(values.limit), all.length);
// An even spread over the file, which lists its categories in blocks.
const prompts = Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]!);
const sampling: SamplingParams = { maxTokens: Number(values['max-tokens']), temperatureMilli: 0, topPMilli: 1000, seed: 7n };

const modelPath = await new ModelFetcher().ensure(DEFAULT_DEV_MODEL.artifact);
const llama = await getLlama({ gpu: false, build: 'never', usePrebuiltBinaries: true, skipDownload: true, logLevel: LlamaLogLevel.error });
const model = await llama.loadModel({ modelPath });
const renderer = new PromptRenderer(model);
const generator = await LlamaBackend.load({ modelPath, capacity: 1, contextLength: 1024, threads });
const widths = [...new Set([1, 2, prompts.length])];
const contexts = new Map(
  await Promise.all(widths.map(async (w) => [w, await model.createContext({ sequences: w, contextSize: 1024, threads })] as const)),
);
// Sequences are taken once and reused: node-llama-cpp does not hand out a disposed one again.
const sequencesOf = new Map(widths.map((w) => [w, Array.from({ length: w }, () => contexts.get(w)!.getSequence())]));

type Reading = 'none' | 'all' | 'drawn';
/** Evaluates prompt + answer on `sequence`, reading logits at the positions `reading` asks for. */
async function evaluate(sequence: LlamaContextSequence, prompt: number[], answer: number[], reading: Reading): Promise<void> {
  await sequence.clearHistory();
  const tokens = [...prompt, ...answer] as Token[];
  // Position i predicts tokens[i + 1]; answer positions are prompt.length − 1 … tokens.length − 2.
  const first = prompt.length - 1;
  const drawn = new Set(Array.from({ length: Math.min(positions, answer.length) }, (_, k) => first + Math.floor((k * answer.length) / Math.min(positions, answer.length))));
  const read = (i: number) => (reading === 'all' ? i >= first : reading === 'drawn' ? drawn.has(i) : false);
  const input = tokens.slice(0, -1).map((token, i) =>
    read(i)
      ? [token, { generateNext: { options: { temperature: 1, topK: SAMPLED_TOP_K, topP: 1, minP: 0, seed: 0 }, logits: { filter: { tokens: [tokens[i + 1]!], includeTop: SAMPLED_TOP_K } } } }]
      : token,
  );
  await sequence.controlledEvaluate(input as Parameters<LlamaContextSequence['controlledEvaluate']>[0]);
  await sequence.clearHistory();
}

const configs = widths.flatMap((width) => (['none', 'all', 'drawn'] as const).map((reading) => ({ width, reading, ms: 0 })));
let generationMs = 0;
let answerTokens = 0;
let promptTokens = 0;
for (let repeat = 0; repeat < Number(values.repeats); repeat++) {
  const relays: { prompt: number[]; answer: number[] }[] = [];
  for (const p of prompts) {
    const start = performance.now();
    const result = await generator.generate({ body: chatBody(p), sampling, signal: new AbortController().signal, onStart: () => undefined, onText: () => undefined });
    generationMs += performance.now() - start;
    const relay = { prompt: renderer.promptTokens(chatBody(p)), answer: result.tokens ?? [] };
    answerTokens += relay.answer.length;
    promptTokens += relay.prompt.length;
    relays.push(relay);
  }
  // Rotate the order each repeat, so no configuration always runs first or last.
  const order = configs.map((_, i) => configs[(i + repeat) % configs.length]!);
  for (const config of order) {
    const sequences = sequencesOf.get(config.width)!;
    const start = performance.now();
    for (let b = 0; b < relays.length; b += config.width) {
      const batch = relays.slice(b, b + config.width);
      await Promise.all(batch.map((r, j) => evaluate(sequences[j]!, r.prompt, r.answer, config.reading)));
    }
    config.ms += performance.now() - start;
  }
}
await generator.close();
for (const context of contexts.values()) await context.dispose();
await model.dispose();
await llama.dispose();

const ratio = (ms: number) => round(ms / generationMs, 3);
const byConfig = Object.fromEntries(configs.map((c) => [`width_${c.width}_${c.reading}`, ratio(c.ms)]));
const best = configs.reduce((a, b) => (b.ms < a.ms ? b : a));
const deployed = ratio(configs.find((c) => c.width === 1 && c.reading === 'all')!.ms);
const roundCost = Number(values.committee) * Number(values['relays-per-round']);
report(
  'tiqe-cost-levers',
  {
    model: DEFAULT_DEV_MODEL.artifact.name,
    relays: prompts.length,
    repeats: Number(values.repeats),
    threads,
    max_tokens: sampling.maxTokens,
    mean_prompt_tokens: round(promptTokens / (prompts.length * Number(values.repeats)), 1),
    mean_answer_tokens: round(answerTokens / (prompts.length * Number(values.repeats)), 1),
    drawn_positions: positions,
    // Each configuration's forward-pass time over the generation time of the same relays.
    ratio: byConfig,
    best: { width: best.width, reading: best.reading, ratio: ratio(best.ms) },
    // Relays a claim must hold for the committee's share to cover its compute (see the header),
    // at the deployed check's ratio and at the 0.2× goal.
    validator_breakeven: {
      committee: Number(values.committee),
      relays_per_round: Number(values['relays-per-round']),
      validator_share: Number(values['validator-share']),
      supplier_share: Number(values['supplier-share']),
      relays_per_claim: round((roundCost * deployed * Number(values['supplier-share'])) / Number(values['validator-share']), 1),
      relays_per_claim_at_goal: round((roundCost * 0.2 * Number(values['supplier-share'])) / Number(values['validator-share']), 1),
    },
  },
  !values['no-record'],
);
process.exit(0);
