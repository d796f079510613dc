/**
 * `npm run calibrate`: measures a model's honest noise against its degraded variants and derives
 * the thresholds validators score its relays with, in the form the chain keeps
 * (`tiqe.setCalibration`, docs/validator.md "Calibration").
 *
 *   npm run calibrate -- --model dev|gemma-3-270m|qwen2.5-coder-0.5b|FILE.gguf|<chain model id>
 *                        [--rpc ws://127.0.0.1:9944] [--prompts FILE] [--limit 60] [--max-tokens 48]
 *                        [--judge-model FILE.gguf] [--out FILE] [--submit --suri URI]
 *
 * The model answers the prompts greedily and at T = 1 (seeded, as gateways seed relays), and so do
 * its degraded variants (variants.ts). Every answer is teacher-forced once; the thresholds are then
 * searched on that evidence, which costs nothing to re-judge:
 *   - fidelity, per check (greedy margins, seeded replay, unseeded margins): the strictest setting
 *     under which no honest answer fails, among those that catch the most re-quantized and
 *     substituted answers;
 *   - relevance band: `low` at the median score of answers to another prompt, and under all but
 *     the lowest 0.5% of honest on-topic scores; `high` at the 10th percentile of those (so nine
 *     honest answers in ten earn full quality);
 *   - α threshold: half the 0.5th percentile of honest α (at least 0.05), so that well under 1%
 *     of honest relays are reported low quality on prompts the calibration has not seen;
 *   - judge weight: the judge (`--judge-model`, default the model itself) grades the labelled
 *     answers of judge-labels.jsonl (a good and an on-topic but wrong or useless answer to each
 *     question); it gets weight 0.5 only if it ranks the good answer above the bad one for at
 *     least 90% of the questions and its mean grades differ by at least 0.2; else 0.
 * The last line printed is JSON: `{"model", "prompts", "measured", "calibration"}`; `--out`
 * writes it to a file (bench:tiqe takes it as `--calibration`). `--submit` sends it as the
 * model's owner (its first calibration) or through `sudo` when the URI is the sudo key.
 */
import { createHash } from 'node:crypto';
import { createReadStream, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { connect, signAndWait, accountFromUri } from '@sibyl/chain-client';
import { ModelFetcher, readChainModel, type ModelArtifact } from '@sibyl/model-runtime';
import type { SamplingParams } from '@sibyl/protocol';
import {
  DEFAULT_MODEL_SCORING,
  LlmJudge,
  RelevanceScorer,
  TeacherForcer,
  calibrationFromScoring,
  fidelityVerdict,
  relayAlpha,
  type FidelityThresholds,
  type ModelScoring,
  type TokenEvidence,
} from '@sibyl/validator';
import { percentile, round } from '../lib/stats.js';
import { readJsonLines } from '../lib/prompts.js';
import { DEGRADED, REGISTERED, answerAll, evidenceFor, variantModels, variantTokens, type Degraded } from './variants.js';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    model: { type: 'string', default: 'dev' },
    rpc: { type: 'string', default: 'ws://127.0.0.1:9944' },
    prompts: { type: 'string', default: join(here, 'prompts.jsonl') },
    limit: { type: 'string', default: '60' },
    'max-tokens': { type: 'string', default: '48' },
    out: { type: 'string' },
    'judge-model': { type: 'string' },
    submit: { type: 'boolean', default: false },
    suri: { type: 'string' },
  },
});
const log = (line: string) => console.error(line);
const all = readJsonLines<{ prompt: string }>(values.prompts).map((p) => p.prompt);
const count = Math.min(Number(values.limit), all.length);
// An even spread over the file, which lists its categories in blocks.
const prompts = Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]!);
const maxTokens = Number(values['max-tokens']);

const fetcher = new ModelFetcher();
/** The model to calibrate: a known name, a GGUF file, or a chain model id (read with --rpc). */
async function target(): Promise<{ artifact: ModelArtifact; chainId?: number }> {
  const spec = values.model;
  if (REGISTERED[spec]) return { artifact: REGISTERED[spec] };
  if (/^\d+$/.test(spec)) {
    const api = await connect(values.rpc);
    try {
      return { artifact: (await readChainModel(api, Number(spec))).artifact, chainId: Number(spec) };
    } finally {
      await api.disconnect();
    }
  }
  if (spec.endsWith('.gguf')) {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(spec)) hash.update(chunk as Buffer);
    return { artifact: { name: basename(spec), sha256: hash.digest('hex'), sizeBytes: statSync(spec).size, uris: [pathToFileURL(resolve(spec)).href] } };
  }
  throw new Error(`--model: one of ${Object.keys(REGISTERED).join(', ')}, a .gguf file or a chain model id`);
}
const { artifact, chainId } = await target();
const paths = await variantModels(fetcher, artifact, log);

interface Run {
  sampling: SamplingParams;
  /** Evidence per variant, one entry per prompt. */
  evidence: Record<'honest' | Degraded, TokenEvidence[][]>;
  /** Relevance per variant, one entry per prompt. */
  relevance: Record<'honest' | Degraded, number[]>;
}

const forcer = await TeacherForcer.load({ modelPath: paths.registered, contextLength: 1024 });
const relevance = await RelevanceScorer.load({ fetcher });
async function run(sampling: SamplingParams, label: string): Promise<Run> {
  const answers = {
    honest: await answerAll(paths.registered, prompts, sampling, `${label} honest`, log),
    requant: await answerAll(paths.requantQ2k, prompts, sampling, `${label} requant-q2k`, log),
    substitute: await answerAll(paths.substitute, prompts, sampling, `${label} substitute`, log),
  };
  const names = ['honest', ...DEGRADED] as const;
  const result: Run = {
    sampling,
    evidence: Object.fromEntries(names.map((n) => [n, []])) as unknown as Run['evidence'],
    relevance: Object.fromEntries(names.map((n) => [n, []])) as unknown as Run['relevance'],
  };
  for (const [i, prompt] of prompts.entries()) {
    for (const [name, tokens] of Object.entries(variantTokens(forcer, answers, i)) as ['honest' | Degraded, number[]][]) {
      result.evidence[name].push(await evidenceFor(forcer, prompt, tokens, sampling));
      result.relevance[name].push(await relevance.score(prompt, forcer.detokenize(tokens)));
    }
    if ((i + 1) % 20 === 0) log(`calibrate: ${label} scored ${i + 1}/${prompts.length}`);
  }
  return result;
}
const greedy = await run({ maxTokens, temperatureMilli: 0, topPMilli: 1000, seed: 7n }, 'greedy');
const sampled = await run({ maxTokens, temperatureMilli: 1000, topPMilli: 1000, seed: 7n }, 'T=1');
await forcer.close();
await relevance.close();

/** Share of answers `fails` flags. */
const share = (xs: readonly TokenEvidence[][], fails: (e: TokenEvidence[]) => boolean) => xs.filter(fails).length / Math.max(1, xs.length);
/** The fidelity check `grid` setting that flags no honest answer and the most re-quantized and substituted ones. */
function search(r: Run, grid: Partial<FidelityThresholds>[], sampling: SamplingParams): { thresholds: Partial<FidelityThresholds>; tp: number } {
  const cheats = [...r.evidence['requant-q2k'], ...r.evidence.substitute];
  let best: { thresholds: Partial<FidelityThresholds>; tp: number } | undefined;
  for (const candidate of grid) {
    const thresholds = { ...DEFAULT_MODEL_SCORING.fidelity, ...candidate };
    const fails = (e: TokenEvidence[]) => fidelityVerdict(e, sampling, thresholds).gate === 0;
    if (share(r.evidence.honest, fails) > 0) continue;
    const tp = share(cheats, fails);
    // Ties go to the later, more lenient setting: the same catch with more room for honest noise.
    if (!best || tp >= best.tp) best = { thresholds: candidate, tp };
  }
  if (!best) throw new Error('no setting of the grid passes every honest answer: widen the grid');
  return best;
}
const steps = <T>(from: number, to: number, by: number, f: (x: number) => T) => Array.from({ length: Math.round((to - from) / by) + 1 }, (_, i) => f(round(from + i * by, 4)));
// Each grid runs strict to lenient, so that a tie keeps the lenient end.
const greedyFit = search(
  greedy,
  [0, 1, 2].flatMap((k) => steps(0.25, 4, 0.25, (t) => ({ greedyTolerance: t, greedyMaxViolations: k }))),
  greedy.sampling,
);
const replayFit = search(
  sampled,
  [0, 0.02, 0.05].flatMap((s) => [0, 1, 2, 3, 4].flatMap((m) => steps(0.05, 0.3, 0.05, (t) => ({ replayTolerance: t, replayAllowedMisses: m, replayAllowedShare: s })))),
  sampled.sampling,
);
const unseededFit = search(
  sampled,
  [0.02, 0.05, 0.1].flatMap((s) => steps(4, 20, 1, (m) => ({ sampledTemperedMargin: m, sampledMaxViolationShare: s }))),
  { ...sampled.sampling, seed: null },
);

/** How well the judge separates the labelled good answers from the bad ones. */
const labels = readJsonLines<{ question: string; answer: string; good: boolean }>(join(here, 'judge-labels.jsonl'));
const judge = await LlmJudge.load({ modelPath: values['judge-model'] ?? paths.registered });
const graded: { question: string; answer: string; good: boolean; score: number }[] = [];
for (const l of labels) graded.push({ ...l, score: (await judge.judge(l.question, l.answer)).score });
await judge.close();
const questions = [...new Set(labels.map((l) => l.question))];
const ranked = questions.filter((q) => {
  const good = graded.filter((g) => g.question === q && g.good).map((g) => g.score);
  const bad = graded.filter((g) => g.question === q && !g.good).map((g) => g.score);
  return Math.min(...good) > Math.max(...bad);
}).length / questions.length;
const meanOf = (good: boolean) => graded.filter((g) => g.good === good).reduce((a, g) => a + g.score, 0) / Math.max(1, graded.filter((g) => g.good === good).length);
const separation = meanOf(true) - meanOf(false);
const judgeWeight = ranked >= 0.9 && separation >= 0.2 ? 0.5 : 0;

const onTopic = [...greedy.relevance.honest, ...sampled.relevance.honest];
const offTopic = [...greedy.relevance['off-topic'], ...sampled.relevance['off-topic']];
// An answer is irrelevant only when it scores like a typical answer to another question, and
// never where more than 0.5% of honest answers fall: a small model's honest tail is heavy.
const low = round(Math.max(0, Math.min(percentile(offTopic, 50), percentile(onTopic, 0.5) - 0.01)), 3);
const high = round(Math.max(low, percentile(onTopic, 10)), 3);
const fidelity: FidelityThresholds = { ...DEFAULT_MODEL_SCORING.fidelity, ...greedyFit.thresholds, ...replayFit.thresholds, ...unseededFit.thresholds };
// α is set on relevance alone: where the judge has a weight it moves quality within the band only.
const provisional: ModelScoring = { fidelity, relevance: { low, high }, judgeWeight, alphaThreshold: 0 };
const alphas = (r: Run, name: 'honest' | Degraded) =>
  r.evidence[name].map((e, i) => relayAlpha({ fidelity: fidelityVerdict(e, r.sampling, fidelity), relevance: r.relevance[name][i]! }, provisional.relevance, { judgeWeight: 0 }));
const honestAlpha = [...alphas(greedy, 'honest'), ...alphas(sampled, 'honest')];
// Half the 0.5th percentile of honest α: the calibration set is small and the honest tail
// reaches further on prompts it has not seen, while a caught cheat sits at α = 0.
const alphaThreshold = round(Math.min(0.9, Math.max(0.05, percentile(honestAlpha, 0.5) / 2)), 3);
const scoring: ModelScoring = { ...provisional, alphaThreshold };
const caught = (name: Degraded) => round([...alphas(greedy, name), ...alphas(sampled, name)].filter((a) => a < alphaThreshold).length / (2 * prompts.length), 3);

const result = {
  model: { name: artifact.name, sha256: artifact.sha256, ...(chainId === undefined ? {} : { chain_id: chainId }) },
  prompts: prompts.length,
  max_tokens: maxTokens,
  measured: {
    greedy_fidelity_tp: round(greedyFit.tp, 3),
    replay_fidelity_tp: round(replayFit.tp, 3),
    unseeded_fidelity_tp: round(unseededFit.tp, 3),
    relevance_on_topic: { p0_5: round(percentile(onTopic, 0.5), 3), p10: round(percentile(onTopic, 10), 3), median: round(percentile(onTopic, 50), 3) },
    relevance_off_topic: { median: round(percentile(offTopic, 50), 3), p90: round(percentile(offTopic, 90), 3) },
    honest_alpha_p0_5: round(percentile(honestAlpha, 0.5), 3),
    judge: { questions: questions.length, ranked_good_first: round(ranked, 3), mean_good: round(meanOf(true), 3), mean_bad: round(meanOf(false), 3), weight: judgeWeight },
    caught_below_alpha_threshold: Object.fromEntries(DEGRADED.map((d) => [d, caught(d)])),
  },
  calibration: calibrationFromScoring(scoring),
};
const line = JSON.stringify(result);
if (values.out) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
log(`calibrate: ${artifact.name ?? values.model}: ${JSON.stringify(result.measured)}`);

if (values.submit) {
  if (chainId === undefined || !values.suri) throw new Error('--submit needs a chain model id as --model and --suri');
  const api = await connect(values.rpc);
  try {
    const signer = await accountFromUri(values.suri);
    const call = api.tx.tiqe.setCalibration(chainId, result.calibration);
    const record = await api.query.models.registry(chainId);
    const owner = record.isSome && record.unwrap().owner.toString() === signer.address;
    await signAndWait(api, owner ? call : api.tx.sudo.sudo(call), signer);
    log(`calibrate: model ${chainId}'s calibration set on chain`);
  } finally {
    await api.disconnect();
  }
}
console.log(line);
process.exit(0);
