/**
 * Fetching a registered model's weights as the supplier daemon does (`ModelFetcher` of
 * `@sibyl/model-runtime`, docs/inference.md): the registry's URIs in order, into the
 * content-addressed cache, used only once the sha256 matches. The fetcher draws its own progress
 * bars on stderr (downloads, unpacking, hashing).
 */
import { statSync } from 'node:fs';
import type { ModelRecord } from '@sibyl/chain-client';
import { CliError } from './errors.js';
import type { Output } from './output.js';

export interface FetchedModel {
  path: string;
  /** Whether the file in the cache was kept as it was (its sha256 checked), not fetched. */
  cached: boolean;
}

/** Puts `model`'s GGUF file in `cacheDir` (default: the fetcher's) and returns where. */
export async function fetchModel(model: ModelRecord, cacheDir: string | undefined, out: Output): Promise<FetchedModel> {
  // Loaded here only: the runtime brings node-llama-cpp, which no other command needs.
  const { FetchError, ModelFetcher } = await import('@sibyl/model-runtime');
  const fetcher = new ModelFetcher(cacheDir);
  const target = fetcher.pathFor(model.sha256);
  // A damaged file in the cache is fetched again: compare the file before and after.
  const stamp = () => statSync(target, { throwIfNoEntry: false })?.mtimeMs;
  const before = stamp();
  const megabytes = (model.sizeBytes / 1e6).toFixed(1);
  out.note(
    before !== undefined
      ? `model ${model.id} (${model.name}): in ${fetcher.cacheDir}; checking its sha256`
      : `model ${model.id} (${model.name}, ${megabytes} MB): fetching into ${fetcher.cacheDir} from ${model.uris.join(', ')}`,
  );
  try {
    const path = await fetcher.ensure({ name: model.name, sha256: model.sha256, sizeBytes: model.sizeBytes, uris: model.uris });
    return { path, cached: before !== undefined && stamp() === before };
  } catch (error) {
    if (error instanceof FetchError) {
      throw new CliError(error.message, 'each URI of the registry record was tried in order; `sibyl model list --json` shows them');
    }
    throw error;
  }
}
