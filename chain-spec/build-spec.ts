/**
 * Builds the raw chain specs `chain-spec/dev.raw.json` and `chain-spec/local.raw.json` from the
 * committed runtime wasm, with no Rust binary: the runtime's own GenesisBuilder API runs in
 * Chopsticks' executor. Genesis JSON holds u128 balances, so it is parsed losslessly.
 *
 *   npx tsx chain-spec/build-spec.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { TypeRegistry } from '@polkadot/types';
import { compactAddLength, hexToU8a, u8aToHex, u8aToString } from '@polkadot/util';
import type { HexString } from '@polkadot/util/types';
import { parse, stringify } from 'lossless-json';
// Its own entry point: the package's main one must not load Chopsticks before its log level is set.
import { callRuntime } from '@sibyl/devchain/runtime-call';

const here = dirname(fileURLToPath(import.meta.url));
export const WASM_PATH = join(here, 'sibyl_runtime.compact.compressed.wasm');

/** The chain specs we publish: preset name in the runtime → file and chain identity. */
const SPECS = [
  { preset: 'development', file: 'dev.raw.json', name: 'Sibyl Development', id: 'sibyl_dev', chainType: 'Development' },
  { preset: 'local_testnet', file: 'local.raw.json', name: 'Sibyl Local Testnet', id: 'sibyl_local', chainType: 'Local' },
] as const;

const registry = new TypeRegistry();

type Json = unknown;

/** Deep-merges `patch` into `base` the way sc-chain-spec does: objects merge, the rest replaces. */
function merge(base: Json, patch: Json): Json {
  if (isObject(base) && isObject(patch)) {
    const out: Record<string, Json> = { ...base };
    for (const [key, value] of Object.entries(patch)) out[key] = merge(out[key], value);
    return out;
  }
  return patch;
}

function isObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.constructor === Object;
}

async function genesisJson(wasm: HexString, preset: string | null): Promise<Json> {
  const arg = u8aToHex(registry.createType('Option<Text>', preset).toU8a());
  const { result } = await callRuntime(wasm, 'GenesisBuilder_get_preset', [arg]);
  const bytes = registry.createType('Option<Bytes>', hexToU8a(result));
  if (bytes.isNone) throw new Error(`runtime has no genesis preset ${preset}`);
  return parse(u8aToString(bytes.unwrap().toU8a(true)));
}

/** Runs the runtime's genesis build for `preset` and returns the raw top-level storage. */
export async function buildGenesisStorage(wasm: HexString, preset: string): Promise<Record<string, HexString>> {
  const config = merge(await genesisJson(wasm, null), await genesisJson(wasm, preset));
  const json = u8aToHex(compactAddLength(new TextEncoder().encode(stringify(config) ?? '')));
  const { result, storage } = await callRuntime(wasm, 'GenesisBuilder_build_state', [json]);
  const outcome = registry.createType('Result<(), Text>', hexToU8a(result));
  if (outcome.isErr) throw new Error(`genesis build for ${preset} failed: ${outcome.asErr.toString()}`);
  const top: Record<string, HexString> = {};
  for (const key of [...storage.keys()].sort()) {
    const value = storage.get(key);
    if (value != null) top[key] = value;
  }
  top['0x3a636f6465'] = wasm; // `:code`
  return top;
}

/** The starting point of a public network's chain spec (docs/network.md). */
const TESTNET_TEMPLATE = 'testnet.template.json';

/**
 * A plain (human-editable) chain spec for a public testnet: the `local_testnet` preset as a
 * genesis patch, with placeholder bootnodes. Its operators replace the authorities' accounts and
 * session keys, the Council, the endowments and the bootnodes, then turn it into the raw spec
 * every node loads with `sibyl-node export-chain-spec --chain <file> --raw`.
 */
async function testnetTemplate(wasm: HexString): Promise<string> {
  const spec = {
    name: 'Sibyl Testnet',
    id: 'sibyl_testnet',
    chainType: 'Live',
    // Placeholders in the form nodes parse: a host of the reserved `.invalid` domain.
    bootNodes: [0, 1].map((i) => `/dns/boot-${i}.sibyl-testnet.invalid/tcp/30333/p2p/${PLACEHOLDER_PEER_IDS[i]}`),
    telemetryEndpoints: null,
    protocolId: 'sibyl-testnet',
    properties: { ss58Format: 42, tokenDecimals: 12, tokenSymbol: 'SBL' },
    codeSubstitutes: {},
    genesis: { runtimeGenesis: { code: wasm, patch: await genesisJson(wasm, 'local_testnet') } },
  };
  return stringify(spec, undefined, 1) ?? '';
}

/** Well-formed peer ids (Substrate's well-known development node keys) for the placeholders. */
const PLACEHOLDER_PEER_IDS = [
  '12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp',
  '12D3KooWHdiAxVd8uMQR1hGWXccidmfCwLqcMpGwR6QcTP6QRMuD',
];

async function main(): Promise<void> {
  const wasm = u8aToHex(await readFile(WASM_PATH));
  for (const spec of SPECS) {
    const top = await buildGenesisStorage(wasm, spec.preset);
    const chainSpec = {
      name: spec.name,
      id: spec.id,
      chainType: spec.chainType,
      bootNodes: [],
      telemetryEndpoints: null,
      protocolId: 'sibyl',
      properties: { ss58Format: 42, tokenDecimals: 12, tokenSymbol: 'SBL' },
      codeSubstitutes: {},
      genesis: { raw: { top, childrenDefault: {} } },
    };
    await writeFile(join(here, spec.file), JSON.stringify(chainSpec, null, 1) + '\n');
    console.log(`build-spec: wrote chain-spec/${spec.file} (${Object.keys(top).length} keys)`);
  }
  await writeFile(join(here, TESTNET_TEMPLATE), (await testnetTemplate(wasm)) + '\n');
  console.log(`build-spec: wrote chain-spec/${TESTNET_TEMPLATE}`);
  process.exit(0); // the executor's worker thread would otherwise keep node alive
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
