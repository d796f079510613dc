/**
 * @sibyl/relay-mining: what a supplier needs to claim and prove its mined relays
 * (docs/relay-mining.md; the exact format is in this package's README.md).
 *
 * - {@link isMined}, {@link estimateMined}: the mining test on a relay's mining key, as the chain does it.
 * - {@link encodeRelayLeaf}, {@link relayLeafKey}, {@link miningKey}: a mined relay's leaf value and key.
 * - {@link MinedRelayStore}: the on-disk log of a session's mined relays, replay-proof.
 * - {@link SumTree}: the compact sparse Merkle sum tree; its root is the claim.
 * - {@link pathOffset}: which leaves a claim must prove (the chain fixes how many at the claim).
 * - {@link encodeProof}, {@link decodeProof}, {@link verifyProof}: proofs of any sum tree, and their checks.
 * - {@link encodeRelayPathProofs}: a relay claim's proof paths as `relayMining.submitProof` takes them.
 */
export * from './blake2.js';
export * from './node-summary.js';
export * from './scale-compact.js';
export * from './proof-paths.js';
export * from './proof.js';
export * from './relay-path-proof.js';
export * from './sum-tree.js';
export * from './mining-target.js';
export * from './relay-leaf.js';
export * from './mined-relay-store.js';
