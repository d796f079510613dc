/**
 * TIQE+ degradation benchmark (issue 4). For each prompt the honest supplier (the registered
 * model) answers, and so do degraded ones:
 *   requant-q2k  the same model re-quantized to Q2_K with llama-quantize (a cheaper model passed off)
 *   truncated    the honest answer cut to its first quarter
 *   off-topic    the honest model's answer to a different prompt
 * Every answer is scored as a validator scores a sampled relay: fidelity by teacher forcing the
 * returned token ids under the registered model. An answer judged bad is a true positive when
 * degraded, a false positive when honest. Also reported: validator time per relay against the
 * supplier's generation time for the same relay, measured side by side in this run.
 *
 *   npm run bench:tiqe -- [--prompts FILE] [--limit N] [--max-tokens 48] [--temperature 0] [--json]
 *
 * FILE is JSON lines with a "prompt" field. The last line printed is one JSON object with
 * per-signal and "combined" results, each {"tp": rate, "fp": rate}.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_DEV_MODEL, LlamaBackend, ModelFetcher, llamaTool } from '@sibyl/inference';
import type { RelayBody, SamplingParams } from '@sibyl/protocol';
import { TeacherForcer, fidelityVerdict, type FidelityVerdict } from '@sibyl/validator';
import { round } from '../lib/stats.js';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    prompts: { type: 'string', default: join(here, 'prompts.jsonl') },
    limit: { type: 'string' },
    'max-tokens': { type: 'string', default: '48' },
    temperature: { type: 'string', default: '0' },
    json: { type: 'boolean', default: false },
  },
});
const temperatureMilli = Math.round(Number(values.temperature) * 1000);
const sampling: SamplingParams = { maxTokens: Number(values['max-tokens']), temperatureMilli, topPMilli: temperatureMilli ? 950 : 1000, seed: 7n };
const prompts = readFileSync(values.prompts, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { prompt: string }).prompt)
  .slice(0, values.limit ? Number(values.limit) : undefined);
const log = (line: string) => values.json || console.error(line);

const fetcher = new ModelFetcher();
const modelPath = await fetcher.ensure(DEFAULT_DEV_MODEL.artifact);
const q2kPath = join(fetcher.cacheDir, 'models', `${DEFAULT_DEV_MODEL.artifact.sha256}.Q2_K.gguf`);
if (!existsSync(q2kPath)) {
  log('tiqe: re-quantizing the dev model to Q2_K');
  execFileSync(llamaTool('llama-quantize'), ['--allow-requantize', modelPath, q2kPath, 'Q2_K'], { stdio: 'ignore' });
}

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

const forcer = await TeacherForcer.load({ modelPath, contextLength: 1024 });
interface Scored {
  fidelity: FidelityVerdict;
  ms: number;
}
async function score(prompt: string, tokens: number[]): Promise<Scored> {
  const start = performance.now();
  const evidence = await forcer.force(forcer.promptTokens(body(prompt)), tokens);
  return { fidelity: fidelityVerdict(evidence, sampling), ms: performance.now() - start };
}

const variants: Record<string, Scored[]> = { honest: [], 'requant-q2k': [], truncated: [], 'off-topic': [] };
for (const [i, p] of prompts.entries()) {
  const own = honest[i]!.tokens;
  variants.honest!.push(await score(p, own));
  variants['requant-q2k']!.push(await score(p, requant[i]!.tokens));
  variants.truncated!.push(await score(p, own.slice(0, Math.max(1, Math.floor(own.length / 4)))));
  variants['off-topic']!.push(await score(p, honest[(i + 1) % prompts.length]!.tokens));
}
await forcer.close();

type Signal = (s: Scored) => boolean;
const signals: Record<string, Signal> = { fidelity: (s) => s.fidelity.gate === 0 };
const rate = (xs: Scored[], bad: Signal) => round(xs.filter(bad).length / Math.max(1, xs.length), 4);
const degradedNames = Object.keys(variants).filter((k) => k !== 'honest');
const report = (bad: Signal) => ({
  tp: rate(degradedNames.flatMap((k) => variants[k]!), bad),
  fp: rate(variants.honest!, bad),
  variants: Object.fromEntries(degradedNames.map((k) => [k, rate(variants[k]!, bad)])),
});
const perSignal = Object.fromEntries(Object.entries(signals).map(([name, bad]) => [name, report(bad)]));
const combined = report((s) => Object.values(signals).some((bad) => bad(s)));
const identical = round(prompts.filter((_, i) => honest[i]!.text === requant[i]!.text).length / prompts.length, 4);
const genMs = honest.reduce((n, a) => n + a.ms, 0) / honest.length;
const valMs = variants.honest!.reduce((n, a) => n + a.ms, 0) / honest.length;
const margins = (k: string) => variants[k]!.map((s) => round(s.fidelity.stats.maxMargin, 2)).sort((a, b) => a - b);
log(`tiqe: honest max margins ${JSON.stringify(margins('honest'))}`);
log(`tiqe: requant max margins ${JSON.stringify(margins('requant-q2k'))}`);
console.log(
  JSON.stringify({
    prompts: prompts.length,
    max_tokens: sampling.maxTokens,
    temperature: temperatureMilli / 1000,
    ...perSignal,
    combined,
    requant_identical_share: identical,
    validator_ms_per_relay: round(valMs),
    generation_ms_per_relay: round(genMs),
    validator_cost_ratio: round(valMs / genMs, 3),
  }),
);
process.exit(0);
