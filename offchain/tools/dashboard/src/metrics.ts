/**
 * The off-chain side, when asked for: a supplier's and a gateway's Prometheus metrics
 * (`--supplier-metrics`, `--gateway-metrics`), scraped on demand, cached a few seconds, and
 * summed per metric family (histograms as their `_count` and `_sum`).
 */

/** One metric family, its samples summed over their labels. */
export interface MetricFamily {
  name: string;
  help?: string;
  type?: string;
  value: number;
  samples: number;
}

export interface MetricsReport {
  url: string;
  ok: boolean;
  error?: string;
  families: MetricFamily[];
}

/** Most bytes read of one scrape, and most families reported. */
const MAX_BYTES = 1024 * 1024;
const MAX_FAMILIES = 500;

/** Sums the text exposition format's samples per family; `_bucket` series are left out. */
export function parsePrometheus(text: string): MetricFamily[] {
  const families = new Map<string, MetricFamily>();
  const family = (name: string) => {
    let f = families.get(name);
    if (!f && families.size < MAX_FAMILIES) {
      f = { name, value: 0, samples: 0 };
      families.set(name, f);
    }
    return f;
  };
  for (const line of text.split('\n')) {
    const meta = /^# (HELP|TYPE) (\S+) (.*)$/.exec(line);
    if (meta) {
      const f = family(meta[2]!);
      if (f && meta[1] === 'HELP') f.help = meta[3];
      if (f && meta[1] === 'TYPE') f.type = meta[3];
      continue;
    }
    if (!line || line.startsWith('#')) continue;
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)/.exec(line);
    if (!sample || sample[1]!.endsWith('_bucket')) continue;
    const value = Number(sample[3]);
    const f = family(sample[1]!);
    if (!f || !Number.isFinite(value)) continue;
    f.value += value;
    f.samples++;
  }
  return [...families.values()].filter((f) => f.samples > 0);
}

export class MetricsScraper {
  private cache: { at: number; report: Promise<MetricsReport> } | undefined;

  constructor(
    readonly url: string,
    private readonly ttlMs = 5_000,
  ) {}

  report(): Promise<MetricsReport> {
    if (this.cache && Date.now() - this.cache.at < this.ttlMs) return this.cache.report;
    const report = this.scrape();
    this.cache = { at: Date.now(), report };
    return report;
  }

  private async scrape(): Promise<MetricsReport> {
    try {
      const response = await fetch(this.url, { signal: AbortSignal.timeout(3_000) });
      if (!response.ok) return { url: this.url, ok: false, error: `HTTP ${response.status}`, families: [] };
      return { url: this.url, ok: true, families: parsePrometheus(await readAtMost(response, MAX_BYTES)) };
    } catch (error) {
      return { url: this.url, ok: false, error: (error as Error).message, families: [] };
    }
  }
}

/** The body's first `limit` bytes as text; the rest is not read. */
async function readAtMost(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < limit) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  await reader.cancel().catch(() => undefined);
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8');
}
