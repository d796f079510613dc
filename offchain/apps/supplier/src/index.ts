/**
 * @sibyl/supplier: the supplier side of Sibyl (model fetching, prompt rendering and the sampling
 * contract it shares with gateways and validators are in @sibyl/model-runtime).
 * - backend/: node-llama-cpp (one device) and llama.cpp RPC cluster backends
 * - cluster/: llama.cpp tools and RPC workers
 * - supplier/: the daemon serving relays over NATS
 */
export type { InferenceBackend, GenerationRequest, GenerationResult } from './backend/backend.js';
export { ContextLengthError, PromptTokensError } from './backend/backend.js';
export { LlamaBackend } from './backend/llama-backend.js';
export { ClusterBackend } from './backend/cluster-backend.js';
export { RpcWorker, waitForPort } from './cluster/rpc-worker.js';
export { freePort } from './cluster/free-port.js';
export { llamaToolsDir, llamaTool, spawnTool, exited } from './cluster/llama-tools.js';
export { isPrivateAddress, assertPrivateAddress } from './cluster/private-address.js';
export { SupplierDaemon, type SupplierConfig } from './supplier/daemon.js';
