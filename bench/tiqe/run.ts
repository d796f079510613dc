/**
 * TIQE+ degradation benchmark (issue 4; fidelity signal so far). For each prompt the honest
 * supplier (the registered model) answers, and so do degraded ones:
 *   requant-q2k  the same model re-quantized to Q2_K with llama-quantize
 *   off-topic    the honest model's answer to a different prompt
 * The validator teacher-forces every answer under the registered model and gives a fidelity
 * verdict; a degraded answer judged suspect is a true positive, an honest one judged suspect a
 * false positive. Also reported: validator time per relay against generation time.
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
import { DEFAULT_DEV_MODEL, LlamaBackend, ModelFetcher, llamaTool, type InferenceBackend } from '@sibyl/inference';
import type { RelayBody } from '@sibyl/protocol';
import { TeacherForcer, fidelityVerdict, greedyVerdict } from '@sibyl/validator';
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
const maxTokens = Number(values['max-tokens']);
const temperatureMilli = Math.round(Number(values.temperature) * 1000);
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
const sampling = { maxTokens, temperatureMilli, topPMilli: temperatureMilli ? 950 : 1000, seed: 7n };

async function answer(backend: InferenceBackend, prompt: string): Promise<{ text: string; ms: number }> {
  let text = '';
  const start = performance.now();
  await backend.generate({ body: body(prompt), sampling, signal: new AbortController().signal, onStart: () => undefined, onText: (t) => (text += t) });
  return { text, ms: performance.now() - start };
}

const honest = await LlamaBackend.load({ modelPath, capacity: 1, contextLength: 1024 });
const honestAnswers = [];
for (const p of prompts) honestAnswers.push(await answer(honest, p));
const degradedModel = await LlamaBackend.load({ modelPath: q2kPath, capacity: 1, contextLength: 1024 });
const requant = [];
for (const p of prompts) requant.push(await answer(degradedModel, p));
await degradedModel.close();

const forcer = await TeacherForcer.load({ modelPath, contextLength: 1024 });
async function judge(prompt: string, text: string): Promise<{ suspect: boolean; ms: number }> {
  const start = performance.now();
  const promptTokens = honest.promptTokens(body(prompt));
  // Greedy relays take the native-argmax fast path; sampled ones need log-probabilities.
  const verdict =
    sampling.temperatureMilli === 0
      ? greedyVerdict(await forcer.greedyAgreement(promptTokens, forcer.tokenize(text)))
      : fidelityVerdict(await forcer.evaluate(promptTokens, forcer.tokenize(text)), sampling, forcer.topK);
  return { suspect: verdict.outcome === 'suspect', ms: performance.now() - start };
}

const variants: Record<string, { suspect: boolean; ms: number }[]> = { honest: [], 'requant-q2k': [], 'off-topic': [] };
for (const [i, p] of prompts.entries()) {
  variants.honest!.push(await judge(p, honestAnswers[i]!.text));
  variants['requant-q2k']!.push(await judge(p, requant[i]!.text));
  variants['off-topic']!.push(await judge(p, honestAnswers[(i + 1) % prompts.length]!.text));
}
await forcer.close();
await honest.close();

const rate = (xs: { suspect: boolean }[]) => round(xs.filter((x) => x.suspect).length / Math.max(1, xs.length), 4);
const fp = rate(variants.honest!);
const degraded = [...variants['requant-q2k']!, ...variants['off-topic']!];
const perVariant = Object.fromEntries(Object.entries(variants).filter(([k]) => k !== 'honest').map(([k, v]) => [k, { tp: rate(v), fp }]));
const genMs = honestAnswers.reduce((n, a) => n + a.ms, 0) / honestAnswers.length;
const valMs = variants.honest!.reduce((n, a) => n + a.ms, 0) / variants.honest!.length;
const result = {
  prompts: prompts.length,
  max_tokens: maxTokens,
  temperature: temperatureMilli / 1000,
  fidelity: { tp: rate(degraded), fp, variants: perVariant },
  combined: { tp: rate(degraded), fp },
  validator_ms_per_relay: round(valMs),
  generation_ms_per_relay: round(genMs),
  validator_cost_ratio: round(valMs / genMs, 3),
  note: 'relevance and judge signals not yet built: combined = fidelity',
};
console.log(JSON.stringify(result));
process.exit(0);
