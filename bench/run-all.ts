/**
 * `npm run bench`: every benchmark in a fixed order, one at a time (on two cores a second bench
 * would measure the first), then one summary table — figure, goal, value, met — printed and
 * written to bench/results/summary.json. The figures are what each bench printed in this run (its
 * last line of output): one that fails or prints no result shows as "not measured", never as an
 * older figure.
 *
 *   npm run bench [-- --only relay-miner,llama-server] [--skip cluster] [--quick]
 *
 * `--quick` passes each bench its smallest sensible size and `--no-record` (a smoke run, not a
 * figure to quote: the recorded results and summary stay).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cpus } from 'node:os';
import { summaryRows, type SummaryRow } from './lib/summary.js';

interface BenchRun {
  /** Name used by --only/--skip. */
  name: string;
  args: string[];
  quick: string[];
}

/** Cheapest first, so a broken setup shows early; model benches after the ones without a model. */
const BENCHES: BenchRun[] = [
  { name: 'relay-miner', args: ['bench/relay-miner/run.ts'], quick: ['--relays', '100000', '--naive-relays', '10000'] },
  { name: 'gateway', args: ['bench/gateway.bench.ts'], quick: ['--rounds', '1'] },
  { name: 'llama-server', args: ['bench/llama-server.bench.ts'], quick: ['--levels', '1,4', '--rounds', '1'] },
  { name: 'cluster', args: ['bench/cluster.bench.ts'], quick: ['--prompts', '2'] },
  { name: 'settlement', args: ['bench/relay-miner/settlement-latency.ts'], quick: [] },
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
/** Each bench's result as it printed it (its last line of output), by result name. */
const printed = new Map<string, Record<string, unknown>>();
for (const bench of BENCHES) {
  if ((only && !only.includes(bench.name)) || skip.includes(bench.name)) {
    outcome[bench.name] = 'skipped';
    continue;
  }
  console.error(`\n== bench ${bench.name}`);
  const t0 = performance.now();
  // A quick run records nothing: its small sizes must not replace the recorded figures.
  const args = ['tsx', ...bench.args, ...(values.quick ? [...bench.quick, '--no-record'] : [])];
  const run = spawnSync('npx', args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
  const out = run.stdout?.toString() ?? '';
  process.stdout.write(out);
  outcome[bench.name] = run.status === 0 ? 'ok' : 'failed';
  try {
    const result = JSON.parse(out.trim().split('\n').at(-1) ?? '') as Record<string, unknown> & { bench?: string };
    if (run.status === 0 && typeof result.bench === 'string') printed.set(result.bench, result);
  } catch {
    // No result line: counted as not measured.
  }
  console.error(`== bench ${bench.name}: ${outcome[bench.name]} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

/** The result a bench printed in this run, or undefined (not run, failed, or no result line). */
const freshResult = (name: string): Record<string, unknown> | undefined => printed.get(name);

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
// A quick run's table is printed only: bench/results/summary.json holds full runs.
if (!values.quick) writeFileSync(join(resultsDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
const met = `${rows.filter((r) => r.met === 'yes').length} of ${rows.filter((r) => r.met !== 'n/a').length} goals met`;
console.log(`\n${met}${values.quick ? ' (quick run: not recorded)' : '; bench/results/summary.json'}`);
