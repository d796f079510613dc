/**
 * @sibyl/inference: the supplier side of Sibyl.
 * - fetch/: model fetch and sha256 verification (hf://, https://, pypi:, file://)
 * - backend/: node-llama-cpp (one device) and llama.cpp RPC cluster backends
 * - cluster/: llama.cpp tools and RPC workers
 * - supplier/: the daemon serving relays over NATS
 */
export { ModelFetcher, FetchError, defaultCacheDir, type ModelArtifact, type ModelDirectory, type ModelFile } from './fetch/model-fetcher.js';
export { DEFAULT_DEV_MODEL } from './default-model.js';
export { readChainModel, type ChainModel } from './chain-model.js';
export type { InferenceBackend, GenerationRequest, GenerationResult } from './backend/backend.js';
export { ContextLengthError } from './backend/backend.js';
export { LlamaBackend } from './backend/llama-backend.js';
export { SAMPLED_TOP_K, llamaSeed } from './backend/sampling-contract.js';
export { PromptRenderer, toChatHistory, type RenderedPrompt } from './backend/prompt-renderer.js';
export { ClusterBackend } from './backend/cluster-backend.js';
export { RpcWorker, waitForPort } from './cluster/rpc-worker.js';
export { freePort } from './cluster/free-port.js';
export { llamaToolsDir, llamaTool } from './cluster/llama-tools.js';
export { isPrivateAddress, assertPrivateAddress } from './cluster/private-address.js';
export { SupplierDaemon, type SupplierConfig } from './supplier/daemon.js';
