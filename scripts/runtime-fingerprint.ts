/**
 * Keeps the committed runtime artifacts in step with the runtime sources.
 *
 *   tsx scripts/runtime-fingerprint.ts --write   record the sources' and artifacts' hashes
 *   tsx scripts/runtime-fingerprint.ts --check   fail if chain/ changed since the artifacts were built
 *
 * The record, chain-spec/runtime.fingerprint.json, holds a sha256 over every Rust source and
 * manifest under chain/ (plus Cargo.lock) but the node's (chain/node, which embeds the specs
 * rather than shaping them), the sha256 of the committed wasm, and of the :code in
 * each raw chain spec. `--check` needs no Rust toolchain, so CI runs it on every clone.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const recordPath = join(root, 'chain-spec', 'runtime.fingerprint.json');
const SPECS = ['dev.raw.json', 'local.raw.json'];
const NODE_DIR = join(root, 'chain', 'node');

interface Fingerprint {
  sources: string;
  wasm: string;
  specs: Record<string, string>;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'target' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (path === NODE_DIR) continue;
    if (entry.isDirectory()) out.push(...(await sourceFiles(path)));
    else if (/\.(rs|toml)$/.test(entry.name) || entry.name === 'Cargo.lock') out.push(path);
  }
  return out;
}

async function current(): Promise<Fingerprint> {
  const hash = createHash('sha256');
  for (const file of (await sourceFiles(join(root, 'chain'))).sort()) {
    hash.update(relative(root, file)).update('\0').update(await readFile(file)).update('\0');
  }
  const wasm = await readFile(join(root, 'chain-spec', 'sibyl_runtime.compact.compressed.wasm'));
  const specs: Record<string, string> = {};
  for (const spec of SPECS) {
    const json = JSON.parse(await readFile(join(root, 'chain-spec', spec), 'utf8')) as {
      genesis: { raw: { top: Record<string, string> } };
    };
    const code = json.genesis.raw.top['0x3a636f6465'] ?? '';
    specs[spec] = sha256(Buffer.from(code.slice(2), 'hex'));
  }
  return { sources: hash.digest('hex'), wasm: sha256(wasm), specs };
}

const mode = process.argv[2];
const now = await current();
if (mode === '--write') {
  await writeFile(recordPath, JSON.stringify(now, null, 2) + '\n');
  console.log(`runtime-fingerprint: recorded ${relative(root, recordPath)}`);
} else if (mode === '--check') {
  const recorded = JSON.parse(await readFile(recordPath, 'utf8')) as Fingerprint;
  const problems: string[] = [];
  if (recorded.sources !== now.sources) {
    problems.push('runtime sources under chain/ changed since the committed wasm was built');
  }
  if (recorded.wasm !== now.wasm) problems.push('chain-spec wasm differs from the recorded build');
  for (const spec of SPECS) {
    if (now.specs[spec] !== now.wasm) problems.push(`chain-spec/${spec} does not contain the committed wasm`);
  }
  if (problems.length > 0) {
    console.error(`runtime-fingerprint: ${problems.join('; ')}.\nRun \`npm run build:runtime\` and commit chain-spec/.`);
    process.exit(1);
  }
  console.log('runtime-fingerprint: committed runtime artifacts match chain/ sources');
} else {
  console.error('usage: runtime-fingerprint.ts --write | --check');
  process.exit(2);
}
