/**
 * `npm run bench`: every benchmark in a fixed order, one at a time (on two cores a second bench
 * would measure the first), then one summary table — figure, goal, value, met — printed and
 * written to bench/results/summary.json. A bench that fails or records nothing this run shows
 * as "not measured", never as an older figure.
 *
 *   npm run bench [-- --only relay-miner,llama-server] [--skip cluster] [--quick]
 *
 * `--quick` passes each bench its smallest sensible size (a smoke run, not a figure to quote).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';
import { summaryRows, type SummaryRow } from './lib/summary.js';

interface BenchRun {
  /** Name used by --only/--skip. */
  name: string;
  /** Result files it writes under bench/results/. */
  results: string[];
  args: string[];
  quick: string[];
}

/** Cheapest first, so a broken setup shows early; model benches after the ones without a model. */
const BENCHES: BenchRun[] = [
  { name: 'relay-miner', results: ['relay-miner'], args: ['bench/relay-miner/run.ts'], quick: ['--relays', '100000', '--naive-relays', '10000'] },
  { name: 'gateway', results: ['gateway-vs-direct'], args: ['bench/gateway.bench.ts'], quick: ['--rounds', '1'] },
  { name: 'llama-server', results: ['sibyl-vs-llama-server'], args: ['bench/llama-server.bench.ts'], quick: ['--levels', '1,4', '--rounds', '1'] },
  { name: 'cluster', results: ['cluster-vs-single'], args: ['bench/cluster.bench.ts'], quick: ['--prompts', '2'] },
  { name: 'settlement', results: ['relay-mining-settlement-latency'], args: ['bench/relay-miner/settlement-latency.ts'], quick: [] },
];

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    skip: { type: 'string' },
    quick: { type: 'boolean', default: false },
  },
});
const only = values.only?.split(',');
const skip = values.skip?.split(',') ?? [];
const unknown = [...(only ?? []), ...skip].filter((n) => !BENCHES.some((b) => b.name === n));
if (unknown.length > 0) {
  console.error(`bench: no bench named ${unknown.join(', ')} (have ${BENCHES.map((b) => b.name).join(', ')})`);
  process.exit(2);
}

const root = join(import.meta.dirname, '..');
const resultsDir = join(root, 'bench', 'results');
const started = new Date();
const outcome: Record<string, 'ok' | 'failed' | 'skipped'> = {};
for (const bench of BENCHES) {
  if ((only && !only.includes(bench.name)) || skip.includes(bench.name)) {
    outcome[bench.name] = 'skipped';
    continue;
  }
  console.error(`\n== bench ${bench.name}`);
  const t0 = performance.now();
  const run = spawnSync('npx', ['tsx', ...bench.args, ...(values.quick ? bench.quick : [])], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  outcome[bench.name] = run.status === 0 ? 'ok' : 'failed';
  console.error(`== bench ${bench.name}: ${outcome[bench.name]} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

/** A result file written by this run, or undefined (not run, failed, or an older figure). */
function freshResult(name: string): Record<string, unknown> | undefined {
  const path = join(resultsDir, `${name}.json`);
  if (!existsSync(path)) return undefined;
  const result = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> & { at?: string };
  return result.at && new Date(result.at) >= started ? result : undefined;
}

const rows: SummaryRow[] = summaryRows(freshResult);
const width = (k: keyof SummaryRow) => Math.max(k.length, ...rows.map((r) => String(r[k]).length));
const columns: (keyof SummaryRow)[] = ['figure', 'goal', 'value', 'met'];
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(width(columns[i]!))).join('  ');
console.log(`\n${line(columns)}\n${line(columns.map((c) => '-'.repeat(width(c))))}`);
for (const r of rows) console.log(line([r.figure, r.goal, String(r.value), String(r.met)]));

const summary = {
  bench: 'summary',
  at: new Date().toISOString(),
  started: started.toISOString(),
  cpus: cpus().length,
  node: process.version,
  quick: values.quick,
  runs: outcome,
  rows,
};
writeFileSync(join(resultsDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
console.log(`\n${rows.filter((r) => r.met === 'yes').length} of ${rows.filter((r) => r.met !== 'n/a').length} goals met; bench/results/summary.json`);
