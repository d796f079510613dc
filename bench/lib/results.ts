/** Prints a benchmark's result as one JSON line (last line of output) and records it under bench/results/. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');

export function report(name: string, result: Record<string, unknown>, record = true): void {
  const full = { bench: name, at: new Date().toISOString(), cpus: cpus().length, node: process.version, ...result };
  if (record) {
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(join(resultsDir, `${name}.json`), `${JSON.stringify(full, null, 2)}\n`);
  }
  console.log(JSON.stringify(full));
}
