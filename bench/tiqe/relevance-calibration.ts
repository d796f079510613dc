/**
 * Calibrates the TIQE+ relevance thresholds (`DEFAULT_RELEVANCE_THRESHOLDS`). The dev model answers
 * N prompts spread over the categories of prompts.jsonl (greedy, chat template); each answer is
 * scored by the relevance model against its own prompt (on-topic) and against other prompts'
 * answers (off-topic: a prompt of another category, and a harder one of the same category). The
 * printed quantiles show where the thresholds can go; the sweep shows, for each (low, high), the
 * share of on-topic pairs called irrelevant, of off-topic pairs called relevant, and of all pairs
 * sent to the judge (uncertain). Also measured: model load time and ms per scored pair.
 *
 *   npx tsx bench/tiqe/relevance-calibration.ts [--count 40] [--max-tokens 48] [--json]
 *
 * Generation dominates the run time (40 answers took 30 min on two cores shared with a Rust build).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LlamaBackend } from '@sibyl/supplier';
import { DEFAULT_DEV_MODEL, ModelFetcher } from '@sibyl/model-runtime';
import { DEFAULT_RELEVANCE_MODEL, RelevanceScorer, relevanceVerdict, type RelevanceOutcome, type RelevancePair } from '@sibyl/validator';
import { percentile, round } from '../lib/stats.js';

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    prompts: { type: 'string', default: join(here, 'prompts.jsonl') },
    count: { type: 'string', default: '40' },
    'max-tokens': { type: 'string', default: '48' },
    json: { type: 'boolean', default: false },
  },
});
const all = readFileSync(values.prompts, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { prompt: string; category?: string });
const count = Math.min(Number(values.count), all.length);
// An even spread over the file, which lists its categories in blocks.
const picked = Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]!);
const log = (line: string) => values.json || console.error(line);

const fetcher = new ModelFetcher();
const llm = await LlamaBackend.load({ modelPath: await fetcher.ensure(DEFAULT_DEV_MODEL.artifact), capacity: 1, contextLength: 1024 });
const answers: string[] = [];
for (const [i, p] of picked.entries()) {
  let text = '';
  await llm.generate({
    body: { kind: 'chat', messages: [{ role: 'user', content: p.prompt }], stop: [] },
    sampling: { maxTokens: Number(values['max-tokens']), temperatureMilli: 0, topPMilli: 1000, seed: 7n },
    signal: new AbortController().signal,
    onStart: () => undefined,
    onText: (t) => (text += t),
  });
  answers.push(text.trim());
  log(`answer ${i + 1}/${count}`);
}
await llm.close();

await fetcher.ensureDirectory(DEFAULT_RELEVANCE_MODEL.files); // fetch outside the timed load
let t0 = performance.now();
const scorer = await RelevanceScorer.load({ fetcher });
const loadMs = performance.now() - t0;

const onTopic: RelevancePair[] = picked.map((p, i) => ({ prompt: p.prompt, answer: answers[i]! }));
// Another category: half the list away. Same category: the next prompt of the same block.
const otherCategory: RelevancePair[] = picked.map((p, i) => ({ prompt: p.prompt, answer: answers[(i + Math.floor(count / 2)) % count]! }));
const sameCategory: RelevancePair[] = picked.map((p, i) => {
  const same = picked.map((_, k) => k).filter((k) => k !== i && picked[k]!.category === p.category);
  return { prompt: p.prompt, answer: answers[same.find((k) => k > i) ?? same[0] ?? (i + 1) % count]! };
});

t0 = performance.now();
const pos = await scorer.scoreBatch(onTopic);
const negFar = await scorer.scoreBatch(otherCategory);
const negNear = await scorer.scoreBatch(sameCategory);
const batchMsPerPair = (performance.now() - t0) / (3 * count);
t0 = performance.now();
for (const p of onTopic) await scorer.score(p.prompt, p.answer);
const singleMsPerPair = (performance.now() - t0) / count;
await scorer.close();

const summary = (xs: number[]) =>
  Object.fromEntries([0, 5, 10, 25, 50, 75, 90, 95, 100].map((q) => [`p${q}`, round(q === 0 ? Math.min(...xs) : percentile(xs, q), 3)]));
const distributions = { onTopic: summary(pos), offTopicOtherCategory: summary(negFar), offTopicSameCategory: summary(negNear) };

const neg = [...negFar, ...negNear];
const share = (xs: number[], low: number, high: number, outcome: RelevanceOutcome) =>
  round(xs.filter((x) => relevanceVerdict(x, { low, high }).outcome === outcome).length / xs.length, 3);
const sweep = [];
for (const low of [0.1, 0.15, 0.2, 0.25, 0.3]) {
  for (const high of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6]) {
    sweep.push({
      low,
      high,
      onTopicIrrelevant: share(pos, low, high, 'irrelevant'),
      onTopicUncertain: share(pos, low, high, 'uncertain'),
      offTopicRelevant: share(neg, low, high, 'relevant'),
      offTopicUncertain: share(neg, low, high, 'uncertain'),
    });
  }
}

for (const [i, p] of picked.entries()) log(`${round(pos[i]!, 3)}\t${round(negFar[i]!, 3)}\t${round(negNear[i]!, 3)}\t${p.prompt} → ${JSON.stringify(answers[i]!.slice(0, 90))}`);
log(JSON.stringify(distributions, null, 1));
for (const s of sweep) log(JSON.stringify(s));
console.log(JSON.stringify({ count, thresholdSweep: sweep, loadMs: round(loadMs, 0), batchMsPerPair: round(batchMsPerPair, 1), singleMsPerPair: round(singleMsPerPair, 1), distributions }));
