/**
 * Generates the chain client's TypeScript augmentation from the runtime's own metadata, read out
 * of the committed wasm (no running chain needed):
 *   offchain/libs/chain-client/src/interfaces/{augment-api*.ts, augment-types.ts, lookup.ts, registry.ts, types-lookup.ts}
 *
 *   npm run typegen
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TypeRegistry } from '@polkadot/types';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { callRuntime } from './runtime-call.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const chainClient = join(root, 'offchain', 'libs', 'chain-client');
const interfaces = join(chainClient, 'src', 'interfaces');
const wasmPath = join(root, 'chain-spec', 'sibyl_runtime.compact.compressed.wasm');

const wasm = u8aToHex(await readFile(wasmPath));
// Metadata v15, which also describes the runtime APIs (so `api.call.*` is typed too).
const { result } = await callRuntime(wasm, 'Metadata_metadata_at_version', [u8aToHex(new Uint8Array([15, 0, 0, 0]))]);
const metadata = new TypeRegistry().createType('Option<Bytes>', hexToU8a(result)).unwrap().toHex();

const work = await mkdtemp(join(tmpdir(), 'sibyl-typegen-'));
const metadataJson = join(work, 'metadata.json');
await writeFile(metadataJson, JSON.stringify({ jsonrpc: '2.0', id: 1, result: metadata }));

const typegen = (script: string, args: string[]) =>
  execFileSync(
    process.execPath,
    ['--import', 'tsx', join(root, 'node_modules', '@polkadot', 'typegen', 'scripts', script), ...args],
    { cwd: chainClient, stdio: 'inherit' },
  );
const pkg = '@sibyl/chain-client/interfaces';
// The typegen CLIs resolve every path relative to the working directory.
const endpoint = relative(chainClient, metadataJson);
typegen('polkadot-types-from-defs.mjs', ['--package', pkg, '--input', './src/interfaces', '--endpoint', endpoint]);
typegen('polkadot-types-from-chain.mjs', ['--package', pkg, '--output', './src/interfaces', '--endpoint', endpoint, '--strict']);
await rm(work, { recursive: true });
// The runtime-API augmentation names the runtime's call enum after its metadata path, a type
// polkadot-types-from-chain does not emit; a call argument accepts any `IMethod` anyway.
const runtimeApis = join(interfaces, 'augment-api-runtime.ts');
await writeFile(runtimeApis, (await readFile(runtimeApis, 'utf8')).replaceAll('SibylRuntimeRuntimeCall | ', ''));
console.log(`typegen: interfaces regenerated in ${interfaces}`);
process.exit(0);
