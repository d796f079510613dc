/**
 * The `Models` registry's records (`models.registry`, docs/actors.md "Source") as plain typed
 * values, decoded one way for every tool that shows or uses them: text fields as UTF-8 strings,
 * the sha256 as lowercase hex without `0x` (as the model fetcher and `sibyl model register` take
 * it), amounts as planck `bigint`s and the royalty as the chain's Perbill parts.
 */
import type { ApiPromise } from '@polkadot/api';
import type { Option, StorageKey, u32 } from '@polkadot/types';
import type { PalletSibylModelsModelInfo } from '@polkadot/types/lookup';
import { u8aToHex, u8aToString } from '@polkadot/util';

export type ModelStatus = 'Active' | 'Retired';

/** One registered model, field for field as the chain keeps it. */
export interface ModelRecord {
  id: number;
  owner: string;
  name: string;
  /** Lowercase hex sha256 of the GGUF file (the reassembled file, if split), no `0x`. */
  sha256: string;
  sizeBytes: number;
  quantization: string;
  /** Tokens. */
  contextLength: number;
  /** Jinja template; empty: the file's own. */
  chatTemplate: string;
  license: string;
  /** Fetch URIs in preference order. */
  uris: string[];
  /** The owner's share of every charge, in parts per billion (`Perbill`). */
  royalty: number;
  /** Lowest price per 1k compute units, in planck. */
  priceFloor: bigint;
  /** Compute units per prompt and per generated token. */
  computeWeights: { promptToken: number; completionToken: number };
  /** The registration deposit held from the owner, in planck. */
  deposit: bigint;
  status: ModelStatus;
  /** Block of registration. */
  registeredAt: number;
}

/** Decodes model `id`'s registry record. */
export function decodeModelRecord(id: number, info: PalletSibylModelsModelInfo): ModelRecord {
  return {
    id,
    owner: info.owner.toString(),
    name: u8aToString(info.name),
    sha256: u8aToHex(info.sha256, -1, false),
    // u64 on chain; a GGUF file stays far below 2⁵³ bytes.
    sizeBytes: info.sizeBytes.toNumber(),
    quantization: u8aToString(info.quantization),
    contextLength: info.contextLength.toNumber(),
    chatTemplate: u8aToString(info.chatTemplate),
    license: u8aToString(info.license),
    uris: info.uris.map((uri) => u8aToString(uri)),
    royalty: info.royalty.toNumber(),
    priceFloor: info.priceFloor.toBigInt(),
    computeWeights: { promptToken: info.computeWeights.promptToken.toNumber(), completionToken: info.computeWeights.completionToken.toNumber() },
    deposit: info.deposit.toBigInt(),
    status: info.status.isActive ? 'Active' : 'Retired',
    registeredAt: info.registeredAt.toNumber(),
  };
}

/** Decodes `models.registry.entries()`: the records present, by id. */
export function decodeModelEntries(entries: readonly (readonly [StorageKey<[u32]>, Option<PalletSibylModelsModelInfo>])[]): ModelRecord[] {
  return entries
    .filter(([, info]) => info.isSome)
    .map(([key, info]) => decodeModelRecord(key.args[0].toNumber(), info.unwrap()))
    .sort((a, b) => a.id - b.id);
}

/** Model `id`'s record, or `undefined` when no such model is registered. */
export async function readModel(api: ApiPromise, id: number): Promise<ModelRecord | undefined> {
  const info = await api.query.models.registry(id);
  return info.isSome ? decodeModelRecord(id, info.unwrap()) : undefined;
}

/** Every registered model (active and retired), by id. The registry is bounded (`MaxModels`). */
export async function readModels(api: ApiPromise): Promise<ModelRecord[]> {
  return decodeModelEntries(await api.query.models.registry.entries());
}
