/**
 * @sibyl/chain-client: the one chain client every Sibyl off-chain component uses.
 *
 * - {@link connect}: a typed ApiPromise for a Sibyl chain.
 * - {@link signAndWait}: submit, wait for inclusion, decode failures into {@link ChainError}.
 * - {@link sbl} / {@link formatSbl}: SBL amounts.
 * - {@link accountFromUri} / {@link devAccount}: key pairs.
 * - {@link ChainWatch}: the best block and briefly cached state reads.
 * - {@link dispatchAsRoot}: a Root call through Sudo or a Council motion.
 * - {@link FinalizedBlocks}: every finalized block and its events, once, in order.
 * - {@link ApplicationDirectory}, {@link GatewayRegistry}: applications' and gateways' standing,
 *   refreshed every block, for gateways and suppliers to admit relays without a chain read.
 * - {@link InkContract}: ink! contracts on pallet-revive, dry-run then signed, with typed errors.
 * - {@link readModels} / {@link decodeModelRecord}: the `Models` registry's records, decoded once for all.
 */
export { connect, type ConnectOptions } from './connect.js';
export {
  ChainError,
  decodeDispatchError,
  findEvent,
  signAndWait,
  type Inclusion,
  type SubmitOptions,
} from './submit.js';
export { sbl, formatSbl, SBL_DECIMALS, PLANCK_PER_SBL } from './units.js';
export { accountFromUri, devAccount, secretUriFor, DEV_ACCOUNTS, type DevAccountName } from './accounts.js';
export { ChainWatch } from './chain-watch.js';
export { dispatchAsRoot, passCouncilMotion } from './governance.js';
export { FinalizedBlocks, type FinalizedBlock } from './finalized-blocks.js';
export { ApplicationDirectory, gatewaysIn, limitIn, type ApplicationStanding, type Delegation } from './application-directory.js';
export { GatewayRegistry } from './gateway-registry.js';
export { ClaimWindowBook, type ClaimWindows } from './claim-window-book.js';
export { decodeModelEntries, decodeModelRecord, readModel, readModels, type ModelRecord, type ModelStatus } from './model-registry.js';
export { InkContract, ContractError, contractAccountId, type ContractArtifact } from './contracts.js';
export type { ApiPromise } from '@polkadot/api';
export type { SubmittableExtrinsic } from '@polkadot/api/types';
