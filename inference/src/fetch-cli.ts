/**
 * `npm run fetch-model -- [--sha256 HEX --size N --uri URI ...] [--chain ws://… --model ID]`:
 * fetches and verifies a model, printing its path. With --chain it reads the `Models` entry.
 * Without arguments it fetches Sibyl's default dev model.
 */
import { parseArgs } from 'node:util';
import { ModelFetcher, type ModelArtifact } from './fetch/model-fetcher.js';
import { DEFAULT_DEV_MODEL } from './default-model.js';
import { artifactFromChain } from './chain-model.js';

const { values } = parseArgs({
  options: {
    sha256: { type: 'string' },
    size: { type: 'string' },
    uri: { type: 'string', multiple: true },
    chain: { type: 'string' },
    model: { type: 'string' },
    cache: { type: 'string' },
  },
});

async function main(): Promise<void> {
  const fetcher = new ModelFetcher(values.cache);
  let artifact: ModelArtifact = DEFAULT_DEV_MODEL.artifact;
  if (values.chain && values.model) {
    artifact = await artifactFromChain(values.chain, Number(values.model));
  } else if (values.sha256) {
    artifact = { sha256: values.sha256, sizeBytes: Number(values.size ?? 0), uris: values.uri ?? [] };
  }
  console.log(await fetcher.ensure(artifact));
}

main().catch((error: Error) => {
  console.error(`fetch-model: ${error.message}`);
  process.exit(1);
});
