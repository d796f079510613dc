/**
 * `npm run calibrate`: measures a model's honest noise against its degraded variants and derives
 * the thresholds validators score its relays with, in the form the chain keeps
 * (`tiqe.setCalibration`, docs/validator.md "Calibration").
 *
 *   npm run calibrate -- --model dev|gemma-3-270m|qwen2.5-coder-0.5b|FILE.gguf|<chain model id>
 *                        [--rpc ws://127.0.0.1:9944] [--prompts FILE] [--limit 60] [--max-tokens 48]
 *                        [--judge-model FILE.gguf] [--out FILE] [--submit --suri URI]
 *
 * The model answers the prompts greedily and at T = 1 (each prompt seeded its own way, as
 * gateways seed relays), and so do its degraded variants (variants.ts). Every answer is teacher-forced once; the thresholds are then
 * searched on that evidence, which costs nothing to re-judge:
 *   - fidelity, per check (greedy margins, seeded replay, unseeded margins): among the settings
 *     under which no honest answer fails and the most re-quantized and substituted ones do, the
 *     one leaving the closest honest answer the most violations to spare;
 *   - relevance band: `low` at the median score of answers to another prompt, and under all but
 *     the lowest 0.5% of honest on-topic scores; `high` at the 10th percentile of those (so nine
 *     honest answers in ten earn full quality);
 *   - α threshold: 0.01, just above the α = 0 of a relay that failed fidelity or scored below
 *     `low`: a round is reported low quality only on that evidence, never on a weak but honest
 *     answer (the honest α's 0.5th percentile is reported beside it);
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
  allowedViolations,
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
import { DEGRADED, REGISTERED, answerAll, evidenceFor, relaySampling, variantModels, variantTokens, type Degraded } from './variants.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The α threshold: just above the α = 0 of a relay that failed fidelity or scored as irrelevant. */
const ALPHA_EVIDENCE_THRESHOLD = 0.01;

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
  /** Each prompt's relay sampling: `sampling` with the seed bound to the prompt (relaySampling). */
  relays: SamplingParams[];
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
    relays: prompts.map((p) => relaySampling(sampling, p)),
    evidence: Object.fromEntries(names.map((n) => [n, []])) as unknown as Run['evidence'],
    relevance: Object.fromEntries(names.map((n) => [n, []])) as unknown as Run['relevance'],
  };
  for (const [i, prompt] of prompts.entries()) {
    for (const [name, tokens] of Object.entries(variantTokens(forcer, answers, i)) as ['honest' | Degraded, number[]][]) {
      result.evidence[name].push(await evidenceFor(forcer, prompt, tokens, result.relays[i]!));
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

/** Share of prompts whose answer `fails` flags (given the answer's evidence and the prompt's index). */
const share = (xs: readonly TokenEvidence[][], fails: (e: TokenEvidence[], i: number) => boolean) => xs.filter(fails).length / Math.max(1, xs.length);
/**
 * The fidelity check `grid` setting that flags no honest answer and the most re-quantized and
 * substituted ones; among those, the one whose honest answers are furthest from failing (the
 * most violations the closest of them could still take), so that honest noise on prompts the
 * calibration has not seen has room. `unseeded` judges the sampled answers as if their relays
 * had carried no seed.
 */
function search(r: Run, grid: Partial<FidelityThresholds>[], unseeded = false): { thresholds: Partial<FidelityThresholds>; tp: number; slack: number } {
  const sampling = (i: number) => (unseeded ? { ...r.relays[i]!, seed: null } : r.relays[i]!);
  let best: { thresholds: Partial<FidelityThresholds>; tp: number; slack: number } | undefined;
  for (const candidate of grid) {
    const thresholds = { ...DEFAULT_MODEL_SCORING.fidelity, ...candidate };
    const fails = (e: TokenEvidence[], i: number) => fidelityVerdict(e, sampling(i), thresholds).gate === 0;
    if (share(r.evidence.honest, fails) > 0) continue;
    const tp = (share(r.evidence['requant-q2k'], fails) + share(r.evidence.substitute, fails)) / 2;
    const slack = Math.min(
      ...r.evidence.honest.map((e, i) => {
        const { outcome, stats } = fidelityVerdict(e, sampling(i), thresholds);
        return outcome === 'insufficient' ? Infinity : allowedViolations(stats, thresholds) - stats.violations;
      }),
    );
    // Ties go to the later, more lenient setting.
    if (!best || tp > best.tp || (tp === best.tp && slack >= best.slack)) best = { thresholds: candidate, tp, slack };
  }
  if (!best) throw new Error('no setting of the grid passes every honest answer: widen the grid');
  return best;
}
const steps = <T>(from: number, to: number, by: number, f: (x: number) => T) => Array.from({ length: Math.round((to - from) / by) + 1 }, (_, i) => f(round(from + i * by, 4)));
// Each grid runs strict to lenient, so that a tie keeps the lenient end.
const greedyFit = search(
  greedy,
  [0, 1, 2].flatMap((k) => steps(0.25, 4, 0.25, (t) => ({ greedyTolerance: t, greedyMaxViolations: k }))),
);
const replayFit = search(
  sampled,
  [0, 0.02, 0.05].flatMap((s) => [0, 1, 2, 3, 4].flatMap((m) => steps(0.05, 0.3, 0.05, (t) => ({ replayTolerance: t, replayAllowedMisses: m, replayAllowedShare: s })))),
);
const unseededFit = search(
  sampled,
  [0.02, 0.05, 0.1].flatMap((s) => steps(4, 20, 1, (m) => ({ sampledTemperedMargin: m, sampledMaxViolationShare: s }))),
  true,
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
  r.evidence[name].map((e, i) => relayAlpha({ fidelity: fidelityVerdict(e, r.relays[i]!, fidelity), relevance: r.relevance[name][i]! }, provisional.relevance, { judgeWeight: 0 }));
const honestAlpha = [...alphas(greedy, 'honest'), ...alphas(sampled, 'honest')];
// A round under the α threshold is reported LowQuality and may be slashed, so it takes evidence:
// a sampled relay that failed fidelity or scored below `low` (as unrelated as an answer to another
// prompt), both α = 0. Between `low` and `high` relevance scales pay and never punishes, because a
// small model's honest tail reaches there on prompts a calibration has not seen (at T = 1, 1.5% of
// the default model's honest answers to 200 prompts fell under half the 0.5th percentile of
// honest α its 60-prompt calibration measured). Cheats sit at 0: fidelity catches them.
const alphaThreshold = ALPHA_EVIDENCE_THRESHOLD;
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
    // Violations the closest honest answer could still take under the chosen setting.
    fidelity_honest_slack: { greedy: round(greedyFit.slack, 2), replay: round(replayFit.slack, 2), unseeded: round(unseededFit.slack, 2) },
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
