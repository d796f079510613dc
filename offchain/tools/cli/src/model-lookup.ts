/**
 * Finding a model in the chain's registry by id or by name, as `--model` takes it. The registry
 * is bounded (`MaxModels`), so reading it whole to match a name is cheap.
 */
import { u8aToHex, u8aToString } from '@polkadot/util';
import type { PalletSibylModelsModelInfo } from '@polkadot/types/lookup';
import type { ApiPromise } from '@sibyl/chain-client';
import { CliError } from './errors.js';

/** A registry record as the CLI shows it. */
export interface ModelRecord {
  id: number;
  name: string;
  owner: string;
  status: 'Active' | 'Retired';
  sha256: string;
  sizeBytes: number;
  quantization: string;
  contextLength: number;
  license: string;
  uris: string[];
  royalty: number;
  priceFloor: bigint;
  computeWeights: { promptToken: number; completionToken: number };
  registeredAt: number;
}

function record(id: number, info: PalletSibylModelsModelInfo): ModelRecord {
  return {
    id,
    name: u8aToString(info.name),
    owner: info.owner.toString(),
    status: info.status.isActive ? 'Active' : 'Retired',
    sha256: u8aToHex(info.sha256).slice(2),
    sizeBytes: info.sizeBytes.toNumber(),
    quantization: u8aToString(info.quantization),
    contextLength: info.contextLength.toNumber(),
    license: u8aToString(info.license),
    uris: info.uris.map((u) => u8aToString(u)),
    royalty: info.royalty.toNumber() / 1e9,
    priceFloor: info.priceFloor.toBigInt(),
    computeWeights: { promptToken: info.computeWeights.promptToken.toNumber(), completionToken: info.computeWeights.completionToken.toNumber() },
    registeredAt: info.registeredAt.toNumber(),
  };
}

/** Every model in the registry, by id. */
export async function allModels(api: ApiPromise): Promise<ModelRecord[]> {
  const entries = await api.query.models.registry.entries();
  return entries
    .filter(([, info]) => info.isSome)
    .map(([key, info]) => record(key.args[0].toNumber(), info.unwrap()))
    .sort((a, b) => a.id - b.id);
}

/** The model `idOrName` names: an id, or the name of an active model. */
export async function findModel(api: ApiPromise, idOrName: string): Promise<ModelRecord> {
  if (/^\d+$/.test(idOrName)) {
    const id = Number(idOrName);
    const info = await api.query.models.registry(id);
    if (info.isNone) throw new CliError(`no model ${id} on chain`, '`sibyl model list` shows the registered models');
    return record(id, info.unwrap());
  }
  const matches = (await allModels(api)).filter((m) => m.name === idOrName && m.status === 'Active');
  if (matches.length === 1) return matches[0]!;
  if (!matches.length) throw new CliError(`no active model named ${idOrName}`, '`sibyl model list` shows the registered models');
  throw new CliError(`${matches.length} active models are named ${idOrName} (ids ${matches.map((m) => m.id).join(', ')})`, 'pass the id instead');
}
