/** Reading a model's registry entry from the chain into what the fetcher and backends need. */
import { connect, type ApiPromise } from '@sibyl/chain-client';
import { u8aToString } from '@polkadot/util';
import type { ModelArtifact } from './fetch/model-fetcher.js';

export interface ChainModel {
  id: number;
  name: string;
  contextLength: number;
  active: boolean;
  artifact: ModelArtifact;
}

export async function readChainModel(api: ApiPromise, id: number): Promise<ChainModel> {
  const entry = await api.query.models.registry(id);
  if (entry.isNone) throw new Error(`model ${id} is not registered on chain`);
  const m = entry.unwrap();
  const name = u8aToString(m.name);
  return {
    id,
    name,
    contextLength: m.contextLength.toNumber(),
    active: m.status.isActive,
    artifact: {
      name,
      sha256: m.sha256.toHex().slice(2),
      sizeBytes: m.sizeBytes.toNumber(),
      uris: m.uris.map((u) => u8aToString(u)),
    },
  };
}

/** Connects, reads model `id`, disconnects. */
export async function artifactFromChain(endpoint: string, id: number): Promise<ModelArtifact> {
  const api = await connect(endpoint);
  try {
    return (await readChainModel(api, id)).artifact;
  } finally {
    await api.disconnect();
  }
}
