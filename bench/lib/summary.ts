/**
 * The figures `npm run bench` summarises: each read from a bench's result file, with the goal it
 * is held to (issue 17's goals, and each older bench's own). A figure with no goal is reported
 * with `met: 'n/a'`; one whose bench did not record this run, as "not measured".
 */

export type Goal = { at_least: number } | { at_most: number } | null;

export interface SummaryRow {
  figure: string;
  goal: string;
  value: number | string;
  met: 'yes' | 'no' | 'n/a' | 'not measured';
}

type Result = Record<string, unknown>;

/** `path` ("a.b.c") in `result`, as a number, or undefined. */
function at(result: Result | undefined, path: string): number | undefined {
  let v: unknown = result;
  for (const key of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return typeof v === 'number' ? v : undefined;
}

function row(figure: string, goal: Goal, value: number | undefined): SummaryRow {
  const goalText = goal === null ? '—' : 'at_least' in goal ? `≥ ${goal.at_least}` : `≤ ${goal.at_most}`;
  if (value === undefined) return { figure, goal: goalText, value: '—', met: 'not measured' };
  if (goal === null) return { figure, goal: goalText, value, met: 'n/a' };
  const met = 'at_least' in goal ? value >= goal.at_least : value <= goal.at_most;
  return { figure, goal: goalText, value, met: met ? 'yes' : 'no' };
}

/** Every summary row, from the results `fresh(name)` returns (undefined when not recorded this run). */
export function summaryRows(fresh: (name: string) => Result | undefined): SummaryRow[] {
  const rows: SummaryRow[] = [];

  const vs = fresh('sibyl-vs-llama-server');
  rows.push(
    row('vs llama-server: single-stream decode tok/s ratio', { at_least: 0.99 }, at(vs, 'single_stream.decode_tok_per_s_ratio')),
    row('vs llama-server: single-stream end-to-end tok/s ratio', null, at(vs, 'single_stream.end_to_end_tok_per_s_ratio')),
    row('vs llama-server: added TTFT p50 (ms)', { at_most: 10 }, at(vs, 'single_stream.added_ttft_ms_p50')),
    row('vs llama-server: added TTFT p50, paired (ms)', null, at(vs, 'single_stream.added_ttft_ms_p50_paired')),
    row('Sibyl single-stream TTFT p99 (ms)', null, at(vs, 'single_stream.sibyl.ttft_ms_p99')),
    row('llama-server single-stream TTFT p99 (ms)', null, at(vs, 'single_stream.llama_server.ttft_ms_p99')),
  );
  const levels = (vs?.concurrent as { clients: number }[] | undefined) ?? [];
  for (const clients of [4, 16, 64]) {
    const i = levels.findIndex((l) => l.clients === clients);
    const base = i >= 0 ? `concurrent.${i}` : 'missing';
    rows.push(
      row(`vs llama-server: aggregate tok/s ratio, ${clients} clients`, { at_least: 1.0 }, at(vs, `${base}.aggregate_ratio`)),
      row(`Sibyl TTFT p99, ${clients} clients (ms)`, null, at(vs, `${base}.sibyl.ttft_ms_p99`)),
      row(`llama-server TTFT p99, ${clients} clients (ms)`, null, at(vs, `${base}.llama_server.ttft_ms_p99`)),
    );
  }

  const gw = fresh('gateway-vs-direct');
  rows.push(
    row('gateway vs node-llama-cpp in-process: tok/s ratio', { at_least: 0.97 }, at(gw, 'tok_per_s_ratio')),
    row('gateway vs node-llama-cpp in-process: added TTFT p50, paired (ms)', { at_most: 15 }, at(gw, 'added_ttft_ms_p50_paired')),
  );

  const cluster = fresh('cluster-vs-single');
  rows.push(
    row('cross-device at 1 ms RTT: single-stream ratio', { at_least: 0.85 }, at(cluster, 'ratio_vs_single.cluster+1ms.single_stream')),
    row('cross-device at 1 ms RTT: 4-stream aggregate ratio', null, at(cluster, 'ratio_vs_single.cluster+1ms.aggregate')),
  );

  const miner = fresh('relay-miner');
  rows.push(
    row('relay miner: peak RSS at 1M relays (MB)', { at_most: 160 }, miner && at(miner, 'relays') === 1_000_000 ? at(miner, 'store.rss_peak_mb') : undefined),
    row('relay miner: relays/s taken, one core', { at_least: 500_000 }, at(miner, 'store.add_relays_per_s')),
    row('relay miner: relays/s taken and built into the tree', null, at(miner, 'store.add_and_build_relays_per_s')),
  );

  const settlement = fresh('relay-mining-settlement-latency');
  rows.push(
    row('settlement: blocks from session end to Settled', { at_most: 10 }, at(settlement, 'blocks_to_settlement')),
    row('settlement: blocks the honest validator used of the 4-block commit window', { at_most: 4 }, at(settlement, 'validator_blocks_needed.commit')),
    row('settlement: blocks from its commit to its reveal', null, at(settlement, 'validator_blocks_needed.reveal')),
  );
  return rows;
}
