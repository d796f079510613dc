/**
 * @sibyl/model-runtime: what every Sibyl component that touches a model shares (docs/inference.md).
 * - fetch/: fetching registered GGUF files (hf://, https://, pypi:, file://) and checking their sha256
 * - {@link readChainModel}: a model's registry record on chain
 * - {@link PromptRenderer}: a relay body → the exact prompt tokens a model is fed
 * - {@link PromptCounter}: those tokens counted with the vocabulary alone (gateways)
 * - the relay sampling contract ({@link SAMPLED_TOP_K}, {@link llamaSeed})
 * - {@link DEFAULT_DEV_MODEL}: the model the local network serves; {@link GEMMA_3_270M_BASE} beside it
 */
export { ModelFetcher, FetchError, defaultCacheDir, type ModelArtifact, type ModelDirectory, type ModelFile } from './fetch/model-fetcher.js';
export { DEFAULT_DEV_MODEL, GEMMA_3_270M_BASE, SMOLLM2_135M_INSTRUCT, type ChainCalibration } from './default-model.js';
export { readChainModel, artifactFromChain, type ChainModel } from './chain-model.js';
export { PromptRenderer, toChatHistory, type RenderedPrompt } from './prompt-renderer.js';
export { PromptCounter } from './prompt-counter.js';
export { SAMPLED_TOP_K, llamaSeed } from './sampling-contract.js';
