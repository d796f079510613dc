/** Summary statistics for benchmark samples. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export const median = (xs: number[]) => percentile(xs, 50);

export const round = (x: number, digits = 2) => Number(x.toFixed(digits));

/** What the streaming benches report per side: requests, tokens, decode tok/s p50, TTFT p50/p90. */
export function streamSummary(xs: { ttftMs: number; tokens: number; tokPerS: number }[]) {
  return {
    requests: xs.length,
    tokens: xs.reduce((n, s) => n + s.tokens, 0),
    tok_per_s_p50: round(median(xs.map((s) => s.tokPerS))),
    ttft_ms_p50: round(median(xs.map((s) => s.ttftMs))),
    ttft_ms_p90: round(percentile(xs.map((s) => s.ttftMs), 90)),
  };
}
