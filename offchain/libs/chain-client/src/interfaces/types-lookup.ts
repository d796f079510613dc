// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/lookup';

import type { BTreeMap, Bytes, Compact, Enum, Null, Option, Result, Struct, Text, U256, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H160, H256, MultiAddress, Perbill, Permill } from '@polkadot/types/interfaces/runtime';
import type { Event } from '@polkadot/types/interfaces/system';

declare module '@polkadot/types/lookup' {
  /** @name FrameSystemCall (9) */
  interface FrameSystemCall extends Enum {
    readonly isRemark: boolean;
    readonly asRemark: {
      readonly remark: Bytes;
    } & Struct;
    readonly isSetHeapPages: boolean;
    readonly asSetHeapPages: {
      readonly pages: u64;
    } & Struct;
    readonly isSetCode: boolean;
    readonly asSetCode: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetCodeWithoutChecks: boolean;
    readonly asSetCodeWithoutChecks: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetStorage: boolean;
    readonly asSetStorage: {
      readonly items: Vec<ITuple<[Bytes, Bytes]>>;
    } & Struct;
    readonly isKillStorage: boolean;
    readonly asKillStorage: {
      readonly keys_: Vec<Bytes>;
    } & Struct;
    readonly isKillPrefix: boolean;
    readonly asKillPrefix: {
      readonly prefix: Bytes;
      readonly subkeys: u32;
    } & Struct;
    readonly isRemarkWithEvent: boolean;
    readonly asRemarkWithEvent: {
      readonly remark: Bytes;
    } & Struct;
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly isAuthorizeUpgradeWithoutChecks: boolean;
    readonly asAuthorizeUpgradeWithoutChecks: {
      readonly codeHash: H256;
    } & Struct;
    readonly isApplyAuthorizedUpgrade: boolean;
    readonly asApplyAuthorizedUpgrade: {
      readonly code: Bytes;
    } & Struct;
    readonly type: 'Remark' | 'SetHeapPages' | 'SetCode' | 'SetCodeWithoutChecks' | 'SetStorage' | 'KillStorage' | 'KillPrefix' | 'RemarkWithEvent' | 'AuthorizeUpgrade' | 'AuthorizeUpgradeWithoutChecks' | 'ApplyAuthorizedUpgrade';
  }

  /** @name PalletTimestampCall (16) */
  interface PalletTimestampCall extends Enum {
    readonly isSet: boolean;
    readonly asSet: {
      readonly now: Compact<u64>;
    } & Struct;
    readonly type: 'Set';
  }

  /** @name PalletBalancesCall (18) */
  interface PalletBalancesCall extends Enum {
    readonly isTransferAllowDeath: boolean;
    readonly asTransferAllowDeath: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isForceTransfer: boolean;
    readonly asForceTransfer: {
      readonly source: MultiAddress;
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferKeepAlive: boolean;
    readonly asTransferKeepAlive: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferAll: boolean;
    readonly asTransferAll: {
      readonly dest: MultiAddress;
      readonly keepAlive: bool;
    } & Struct;
    readonly isForceUnreserve: boolean;
    readonly asForceUnreserve: {
      readonly who: MultiAddress;
      readonly amount: u128;
    } & Struct;
    readonly isUpgradeAccounts: boolean;
    readonly asUpgradeAccounts: {
      readonly who: Vec<AccountId32>;
    } & Struct;
    readonly isForceSetBalance: boolean;
    readonly asForceSetBalance: {
      readonly who: MultiAddress;
      readonly newFree: Compact<u128>;
    } & Struct;
    readonly isForceAdjustTotalIssuance: boolean;
    readonly asForceAdjustTotalIssuance: {
      readonly direction: PalletBalancesAdjustmentDirection;
      readonly delta: Compact<u128>;
    } & Struct;
    readonly isBurn: boolean;
    readonly asBurn: {
      readonly value: Compact<u128>;
      readonly keepAlive: bool;
    } & Struct;
    readonly type: 'TransferAllowDeath' | 'ForceTransfer' | 'TransferKeepAlive' | 'TransferAll' | 'ForceUnreserve' | 'UpgradeAccounts' | 'ForceSetBalance' | 'ForceAdjustTotalIssuance' | 'Burn';
  }

  /** @name PalletBalancesAdjustmentDirection (23) */
  interface PalletBalancesAdjustmentDirection extends Enum {
    readonly isIncrease: boolean;
    readonly isDecrease: boolean;
    readonly type: 'Increase' | 'Decrease';
  }

  /** @name PalletSudoCall (24) */
  interface PalletSudoCall extends Enum {
    readonly isSudo: boolean;
    readonly asSudo: {
      readonly call: Call;
    } & Struct;
    readonly isSudoUncheckedWeight: boolean;
    readonly asSudoUncheckedWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isSetKey: boolean;
    readonly asSetKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSudoAs: boolean;
    readonly asSudoAs: {
      readonly who: MultiAddress;
      readonly call: Call;
    } & Struct;
    readonly isRemoveKey: boolean;
    readonly type: 'Sudo' | 'SudoUncheckedWeight' | 'SetKey' | 'SudoAs' | 'RemoveKey';
  }

  /** @name SpWeightsWeightV2Weight (25) */
  interface SpWeightsWeightV2Weight extends Struct {
    readonly refTime: Compact<u64>;
    readonly proofSize: Compact<u64>;
  }

  /** @name PalletCollectiveCall (26) */
  interface PalletCollectiveCall extends Enum {
    readonly isSetMembers: boolean;
    readonly asSetMembers: {
      readonly newMembers: Vec<AccountId32>;
      readonly prime: Option<AccountId32>;
      readonly oldCount: u32;
    } & Struct;
    readonly isExecute: boolean;
    readonly asExecute: {
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isPropose: boolean;
    readonly asPropose: {
      readonly threshold: Compact<u32>;
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isVote: boolean;
    readonly asVote: {
      readonly proposal: H256;
      readonly index: Compact<u32>;
      readonly approve: bool;
    } & Struct;
    readonly isDisapproveProposal: boolean;
    readonly asDisapproveProposal: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isClose: boolean;
    readonly asClose: {
      readonly proposalHash: H256;
      readonly index: Compact<u32>;
      readonly proposalWeightBound: SpWeightsWeightV2Weight;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isKill: boolean;
    readonly asKill: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isReleaseProposalCost: boolean;
    readonly asReleaseProposalCost: {
      readonly proposalHash: H256;
    } & Struct;
    readonly type: 'SetMembers' | 'Execute' | 'Propose' | 'Vote' | 'DisapproveProposal' | 'Close' | 'Kill' | 'ReleaseProposalCost';
  }

  /** @name PalletUtilityCall (29) */
  interface PalletUtilityCall extends Enum {
    readonly isBatch: boolean;
    readonly asBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isAsDerivative: boolean;
    readonly asAsDerivative: {
      readonly index: u16;
      readonly call: Call;
    } & Struct;
    readonly isBatchAll: boolean;
    readonly asBatchAll: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isDispatchAs: boolean;
    readonly asDispatchAs: {
      readonly asOrigin: SibylRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly isForceBatch: boolean;
    readonly asForceBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isWithWeight: boolean;
    readonly asWithWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isIfElse: boolean;
    readonly asIfElse: {
      readonly main: Call;
      readonly fallback: Call;
    } & Struct;
    readonly isDispatchAsFallible: boolean;
    readonly asDispatchAsFallible: {
      readonly asOrigin: SibylRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly type: 'Batch' | 'AsDerivative' | 'BatchAll' | 'DispatchAs' | 'ForceBatch' | 'WithWeight' | 'IfElse' | 'DispatchAsFallible';
  }

  /** @name SibylRuntimeOriginCaller (32) */
  interface SibylRuntimeOriginCaller extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSupportDispatchRawOrigin;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveRawOrigin;
    readonly isRevive: boolean;
    readonly asRevive: PalletReviveOrigin;
    readonly type: 'System' | 'Council' | 'Revive';
  }

  /** @name FrameSupportDispatchRawOrigin (33) */
  interface FrameSupportDispatchRawOrigin extends Enum {
    readonly isRoot: boolean;
    readonly isSigned: boolean;
    readonly asSigned: AccountId32;
    readonly isNone: boolean;
    readonly isAuthorized: boolean;
    readonly type: 'Root' | 'Signed' | 'None' | 'Authorized';
  }

  /** @name PalletCollectiveRawOrigin (34) */
  interface PalletCollectiveRawOrigin extends Enum {
    readonly isMembers: boolean;
    readonly asMembers: ITuple<[u32, u32]>;
    readonly isMember: boolean;
    readonly asMember: AccountId32;
    readonly isPhantom: boolean;
    readonly type: 'Members' | 'Member' | 'Phantom';
  }

  /** @name PalletReviveOrigin (35) */
  interface PalletReviveOrigin extends Enum {
    readonly isEthTransaction: boolean;
    readonly asEthTransaction: AccountId32;
    readonly type: 'EthTransaction';
  }

  /** @name SibylRuntimeRuntime (36) */
  type SibylRuntimeRuntime = Null;

  /** @name PalletSibylAuthoritiesCall (37) */
  interface PalletSibylAuthoritiesCall extends Enum {
    readonly isAddAuthority: boolean;
    readonly asAddAuthority: {
      readonly who: AccountId32;
    } & Struct;
    readonly isRemoveAuthority: boolean;
    readonly asRemoveAuthority: {
      readonly who: AccountId32;
    } & Struct;
    readonly isSetSessionPeriod: boolean;
    readonly asSetSessionPeriod: {
      readonly period: u32;
    } & Struct;
    readonly type: 'AddAuthority' | 'RemoveAuthority' | 'SetSessionPeriod';
  }

  /** @name PalletSessionCall (38) */
  interface PalletSessionCall extends Enum {
    readonly isSetKeys: boolean;
    readonly asSetKeys: {
      readonly keys_: SibylRuntimeSessionKeys;
      readonly proof: Bytes;
    } & Struct;
    readonly isPurgeKeys: boolean;
    readonly type: 'SetKeys' | 'PurgeKeys';
  }

  /** @name SibylRuntimeSessionKeys (39) */
  interface SibylRuntimeSessionKeys extends Struct {
    readonly aura: SpConsensusAuraSr25519AppSr25519Public;
    readonly grandpa: SpConsensusGrandpaAppPublic;
  }

  /** @name SpConsensusAuraSr25519AppSr25519Public (40) */
  interface SpConsensusAuraSr25519AppSr25519Public extends U8aFixed {}

  /** @name SpConsensusGrandpaAppPublic (41) */
  interface SpConsensusGrandpaAppPublic extends U8aFixed {}

  /** @name PalletGrandpaCall (42) */
  interface PalletGrandpaCall extends Enum {
    readonly isReportEquivocation: boolean;
    readonly asReportEquivocation: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isReportEquivocationUnsigned: boolean;
    readonly asReportEquivocationUnsigned: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isNoteStalled: boolean;
    readonly asNoteStalled: {
      readonly delay: u32;
      readonly bestFinalizedBlockNumber: u32;
    } & Struct;
    readonly type: 'ReportEquivocation' | 'ReportEquivocationUnsigned' | 'NoteStalled';
  }

  /** @name SpConsensusGrandpaEquivocationProof (43) */
  interface SpConsensusGrandpaEquivocationProof extends Struct {
    readonly setId: u64;
    readonly equivocation: SpConsensusGrandpaEquivocation;
  }

  /** @name SpConsensusGrandpaEquivocation (44) */
  interface SpConsensusGrandpaEquivocation extends Enum {
    readonly isPrevote: boolean;
    readonly asPrevote: FinalityGrandpaEquivocationPrevote;
    readonly isPrecommit: boolean;
    readonly asPrecommit: FinalityGrandpaEquivocationPrecommit;
    readonly type: 'Prevote' | 'Precommit';
  }

  /** @name FinalityGrandpaEquivocationPrevote (45) */
  interface FinalityGrandpaEquivocationPrevote extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrevote (46) */
  interface FinalityGrandpaPrevote extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpConsensusGrandpaAppSignature (47) */
  interface SpConsensusGrandpaAppSignature extends U8aFixed {}

  /** @name FinalityGrandpaEquivocationPrecommit (50) */
  interface FinalityGrandpaEquivocationPrecommit extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrecommit (51) */
  interface FinalityGrandpaPrecommit extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpCoreVoid (53) */
  type SpCoreVoid = Null;

  /** @name PalletSibylModelsCall (54) */
  interface PalletSibylModelsCall extends Enum {
    readonly isRegister: boolean;
    readonly asRegister: {
      readonly spec: PalletSibylModelsModelSpec;
    } & Struct;
    readonly isUpdate: boolean;
    readonly asUpdate: {
      readonly model: u32;
      readonly update: PalletSibylModelsModelUpdate;
    } & Struct;
    readonly isRetire: boolean;
    readonly asRetire: {
      readonly model: u32;
    } & Struct;
    readonly isForceRetire: boolean;
    readonly asForceRetire: {
      readonly model: u32;
    } & Struct;
    readonly isSetParameters: boolean;
    readonly asSetParameters: {
      readonly parameters: PalletSibylModelsModelParameters;
    } & Struct;
    readonly type: 'Register' | 'Update' | 'Retire' | 'ForceRetire' | 'SetParameters';
  }

  /** @name PalletSibylModelsModelSpec (55) */
  interface PalletSibylModelsModelSpec extends Struct {
    readonly name: Bytes;
    readonly sha256: U8aFixed;
    readonly sizeBytes: u64;
    readonly quantization: Bytes;
    readonly contextLength: u32;
    readonly chatTemplate: Bytes;
    readonly license: Bytes;
    readonly uris: Vec<Bytes>;
    readonly royalty: Perbill;
    readonly priceFloor: u128;
    readonly computeWeights: PalletSibylModelsComputeWeights;
  }

  /** @name PalletSibylModelsComputeWeights (57) */
  interface PalletSibylModelsComputeWeights extends Struct {
    readonly promptToken: u32;
    readonly completionToken: u32;
  }

  /** @name PalletSibylModelsModelUpdate (58) */
  interface PalletSibylModelsModelUpdate extends Struct {
    readonly name: Option<Bytes>;
    readonly chatTemplate: Option<Bytes>;
    readonly license: Option<Bytes>;
    readonly uris: Option<Vec<Bytes>>;
    readonly royalty: Option<Perbill>;
    readonly priceFloor: Option<u128>;
  }

  /** @name PalletSibylModelsModelParameters (63) */
  interface PalletSibylModelsModelParameters extends Struct {
    readonly depositBase: u128;
    readonly depositPerByte: u128;
    readonly maxRoyalty: Perbill;
  }

  /** @name PalletSibylStakesCall (64) */
  interface PalletSibylStakesCall extends Enum {
    readonly isRegisterSupplier: boolean;
    readonly asRegisterSupplier: {
      readonly stake: u128;
      readonly models: Vec<u32>;
      readonly natsSubject: Bytes;
      readonly capacityTps: u32;
      readonly device: PalletSibylStakesDeviceClass;
    } & Struct;
    readonly isUpdateSupplier: boolean;
    readonly asUpdateSupplier: {
      readonly models: Vec<u32>;
      readonly natsSubject: Bytes;
      readonly capacityTps: u32;
      readonly device: PalletSibylStakesDeviceClass;
    } & Struct;
    readonly isRegisterValidator: boolean;
    readonly asRegisterValidator: {
      readonly stake: u128;
    } & Struct;
    readonly isRegisterGateway: boolean;
    readonly asRegisterGateway: {
      readonly stake: u128;
      readonly url: Bytes;
    } & Struct;
    readonly isUpdateGateway: boolean;
    readonly asUpdateGateway: {
      readonly url: Bytes;
    } & Struct;
    readonly isRegisterApplication: boolean;
    readonly asRegisterApplication: {
      readonly deposit: u128;
      readonly gateways: Vec<AccountId32>;
      readonly spendLimit: u128;
    } & Struct;
    readonly isDelegate: boolean;
    readonly asDelegate: {
      readonly gateway: AccountId32;
    } & Struct;
    readonly isUndelegate: boolean;
    readonly asUndelegate: {
      readonly gateway: AccountId32;
    } & Struct;
    readonly isSetSpendLimit: boolean;
    readonly asSetSpendLimit: {
      readonly limit: u128;
    } & Struct;
    readonly isBondExtra: boolean;
    readonly asBondExtra: {
      readonly role: SibylPrimitivesRole;
      readonly amount: u128;
    } & Struct;
    readonly isUnbond: boolean;
    readonly asUnbond: {
      readonly role: SibylPrimitivesRole;
      readonly amount: u128;
    } & Struct;
    readonly isWithdrawUnbonded: boolean;
    readonly asWithdrawUnbonded: {
      readonly role: SibylPrimitivesRole;
    } & Struct;
    readonly isSetParameters: boolean;
    readonly asSetParameters: {
      readonly parameters: PalletSibylStakesStakeParameters;
    } & Struct;
    readonly type: 'RegisterSupplier' | 'UpdateSupplier' | 'RegisterValidator' | 'RegisterGateway' | 'UpdateGateway' | 'RegisterApplication' | 'Delegate' | 'Undelegate' | 'SetSpendLimit' | 'BondExtra' | 'Unbond' | 'WithdrawUnbonded' | 'SetParameters';
  }

  /** @name PalletSibylStakesDeviceClass (66) */
  interface PalletSibylStakesDeviceClass extends Enum {
    readonly isSingle: boolean;
    readonly isCluster: boolean;
    readonly asCluster: {
      readonly devices: u16;
    } & Struct;
    readonly type: 'Single' | 'Cluster';
  }

  /** @name SibylPrimitivesRole (67) */
  interface SibylPrimitivesRole extends Enum {
    readonly isSupplier: boolean;
    readonly isValidator: boolean;
    readonly isGateway: boolean;
    readonly isApplication: boolean;
    readonly type: 'Supplier' | 'Validator' | 'Gateway' | 'Application';
  }

  /** @name PalletSibylStakesStakeParameters (68) */
  interface PalletSibylStakesStakeParameters extends Struct {
    readonly minSupplierStake: u128;
    readonly minValidatorStake: u128;
    readonly minGatewayStake: u128;
    readonly minApplicationDeposit: u128;
    readonly unbondingPeriod: u32;
  }

  /** @name PalletSibylTiqeCall (69) */
  interface PalletSibylTiqeCall extends Enum {
    readonly isCommitRelays: boolean;
    readonly asCommitRelays: {
      readonly supplier: AccountId32;
      readonly model: u32;
      readonly session: u64;
      readonly relays: Vec<H256>;
    } & Struct;
    readonly isCommitScore: boolean;
    readonly asCommitScore: {
      readonly round: u64;
      readonly commitment: H256;
    } & Struct;
    readonly isRevealScore: boolean;
    readonly asRevealScore: {
      readonly round: u64;
      readonly alpha: Permill;
      readonly withheld: bool;
      readonly salt: U8aFixed;
    } & Struct;
    readonly isSetParameters: boolean;
    readonly asSetParameters: {
      readonly parameters: PalletSibylTiqeTiqeParameters;
    } & Struct;
    readonly isSetCalibration: boolean;
    readonly asSetCalibration: {
      readonly model: u32;
      readonly calibration: Option<PalletSibylTiqeCalibration>;
    } & Struct;
    readonly type: 'CommitRelays' | 'CommitScore' | 'RevealScore' | 'SetParameters' | 'SetCalibration';
  }

  /** @name PalletSibylTiqeTiqeParameters (73) */
  interface PalletSibylTiqeTiqeParameters extends Struct {
    readonly committeeSize: u32;
    readonly relaysPerRound: u32;
    readonly commitWindow: u32;
    readonly revealWindow: u32;
    readonly deviationThreshold: Permill;
    readonly deviationSlash: Perbill;
    readonly missingRevealSlash: Perbill;
    readonly withheldSlash: Perbill;
    readonly alphaThreshold: Permill;
    readonly lowQualitySlash: Perbill;
    readonly reputationWeight: Permill;
    readonly quorum: Perbill;
    readonly maxOpenRounds: u32;
  }

  /** @name PalletSibylTiqeCalibration (75) */
  interface PalletSibylTiqeCalibration extends Struct {
    readonly greedyToleranceMilli: u32;
    readonly greedyMaxViolations: u32;
    readonly replayTolerance: Permill;
    readonly replayAllowedMisses: u32;
    readonly replayAllowedShare: Permill;
    readonly unseededMarginMilli: u32;
    readonly unseededAllowedShare: Permill;
    readonly relevanceLow: Permill;
    readonly relevanceHigh: Permill;
    readonly judgeWeight: Permill;
    readonly alphaThreshold: Permill;
  }

  /** @name PalletSibylSessionsCall (76) */
  interface PalletSibylSessionsCall extends Enum {
    readonly isSetParameters: boolean;
    readonly asSetParameters: {
      readonly parameters: PalletSibylSessionsSessionParameters;
    } & Struct;
    readonly type: 'SetParameters';
  }

  /** @name PalletSibylSessionsSessionParameters (77) */
  interface PalletSibylSessionsSessionParameters extends Struct {
    readonly sessionLength: u32;
    readonly suppliersPerSession: u32;
    readonly unratedReputation: Permill;
    readonly retainedSessions: u32;
  }

  /** @name PalletSibylPricingCall (78) */
  interface PalletSibylPricingCall extends Enum {
    readonly isSetParameters: boolean;
    readonly asSetParameters: {
      readonly parameters: PalletSibylPricingPricingParameters;
    } & Struct;
    readonly type: 'SetParameters';
  }

  /** @name PalletSibylPricingPricingParameters (79) */
  interface PalletSibylPricingPricingParameters extends Struct {
    readonly delta: Permill;
    readonly targetUtilization: Permill;
    readonly capMultiple: u32;
  }

  /** @name PalletSibylRelayMiningCall (80) */
  interface PalletSibylRelayMiningCall extends Enum {
    readonly isSubmitClaim: boolean;
    readonly asSubmitClaim: {
      readonly session: Compact<u64>;
      readonly app: AccountId32;
      readonly model: Compact<u32>;
      readonly root: PalletSibylRelayMiningSumTreeNodeSummary;
    } & Struct;
    readonly isSubmitProof: boolean;
    readonly asSubmitProof: {
      readonly session: Compact<u64>;
      readonly app: AccountId32;
      readonly model: Compact<u32>;
      readonly proofs: Vec<PalletSibylRelayMiningPathProof>;
    } & Struct;
    readonly isSetParameters: boolean;
    readonly asSetParameters: {
      readonly parameters: PalletSibylRelayMiningMiningParameters;
    } & Struct;
    readonly type: 'SubmitClaim' | 'SubmitProof' | 'SetParameters';
  }

  /** @name PalletSibylRelayMiningSumTreeNodeSummary (81) */
  interface PalletSibylRelayMiningSumTreeNodeSummary extends Struct {
    readonly hash_: U8aFixed;
    readonly sum: u64;
    readonly count: u64;
  }

  /** @name PalletSibylRelayMiningPathProof (83) */
  interface PalletSibylRelayMiningPathProof extends Struct {
    readonly relay: SibylPrimitivesRelayCompactRelay;
    readonly siblings: Vec<Option<PalletSibylRelayMiningSumTreeSibling>>;
  }

  /** @name SibylPrimitivesRelayCompactRelay (84) */
  interface SibylPrimitivesRelayCompactRelay extends Struct {
    readonly gateway: AccountId32;
    readonly requestHash: U8aFixed;
    readonly signedPromptTokens: Compact<u32>;
    readonly sampling: SibylPrimitivesRelaySamplingParams;
    readonly nonce: Compact<u64>;
    readonly envelopeSignature: U8aFixed;
    readonly responseHash: U8aFixed;
    readonly promptTokens: Compact<u32>;
    readonly completionTokens: Compact<u32>;
    readonly responseSignature: U8aFixed;
  }

  /** @name SibylPrimitivesRelaySamplingParams (85) */
  interface SibylPrimitivesRelaySamplingParams extends Struct {
    readonly maxTokens: u32;
    readonly temperatureMilli: u32;
    readonly topPMilli: u32;
    readonly seed: Option<u64>;
  }

  /** @name PalletSibylRelayMiningSumTreeSibling (89) */
  interface PalletSibylRelayMiningSumTreeSibling extends Struct {
    readonly hash_: U8aFixed;
    readonly sum: Compact<u64>;
    readonly count: Compact<u64>;
  }

  /** @name PalletSibylRelayMiningMiningParameters (90) */
  interface PalletSibylRelayMiningMiningParameters extends Struct {
    readonly claimDelay: u32;
    readonly claimWindow: u32;
    readonly proofWindow: u32;
    readonly basePaths: u32;
    readonly maxPaths: u32;
    readonly missingProofSlash: Perbill;
    readonly targetRelays: u64;
    readonly difficultySmoothing: Permill;
  }

  /** @name PalletSibylSettlementCall (91) */
  interface PalletSibylSettlementCall extends Enum {
    readonly isSetParameters: boolean;
    readonly asSetParameters: {
      readonly parameters: PalletSibylSettlementSettlementParameters;
    } & Struct;
    readonly type: 'SetParameters';
  }

  /** @name PalletSibylSettlementSettlementParameters (92) */
  interface PalletSibylSettlementSettlementParameters extends Struct {
    readonly supplierShare: Perbill;
    readonly validatorShare: Perbill;
    readonly gatewayShare: Perbill;
    readonly unratedAlpha: Permill;
  }

  /** @name PalletSibylJobsCall (93) */
  interface PalletSibylJobsCall extends Enum {
    readonly isSubmit: boolean;
    readonly asSubmit: {
      readonly model: u32;
      readonly input: Bytes;
      readonly promptTokens: u32;
      readonly sampling: SibylPrimitivesRelaySamplingParams;
      readonly maxPrice: u128;
    } & Struct;
    readonly isSubmitResult: boolean;
    readonly asSubmitResult: {
      readonly job: u64;
      readonly output: Bytes;
      readonly promptTokens: u32;
      readonly completionTokens: u32;
    } & Struct;
    readonly isSetParameters: boolean;
    readonly asSetParameters: {
      readonly parameters: PalletSibylJobsJobParameters;
    } & Struct;
    readonly isRefuse: boolean;
    readonly asRefuse: {
      readonly job: u64;
      readonly reason: PalletSibylJobsRefusal;
    } & Struct;
    readonly type: 'Submit' | 'SubmitResult' | 'SetParameters' | 'Refuse';
  }

  /** @name PalletSibylJobsJobParameters (94) */
  interface PalletSibylJobsJobParameters extends Struct {
    readonly jobTimeout: u32;
    readonly expirySlash: Perbill;
    readonly minPrice: u128;
    readonly deposit: u128;
    readonly retention: u32;
  }

  /** @name PalletSibylJobsRefusal (95) */
  interface PalletSibylJobsRefusal extends Enum {
    readonly isPromptAboveDeclared: boolean;
    readonly asPromptAboveDeclared: {
      readonly promptTokens: u32;
    } & Struct;
    readonly isUnrenderable: boolean;
    readonly type: 'PromptAboveDeclared' | 'Unrenderable';
  }

  /** @name PalletReviveCall (96) */
  interface PalletReviveCall extends Enum {
    readonly isEthTransact: boolean;
    readonly asEthTransact: {
      readonly payload: Bytes;
    } & Struct;
    readonly isCall: boolean;
    readonly asCall: {
      readonly dest: H160;
      readonly value: Compact<u128>;
      readonly weightLimit: SpWeightsWeightV2Weight;
      readonly storageDepositLimit: Compact<u128>;
      readonly data: Bytes;
    } & Struct;
    readonly isInstantiate: boolean;
    readonly asInstantiate: {
      readonly value: Compact<u128>;
      readonly weightLimit: SpWeightsWeightV2Weight;
      readonly storageDepositLimit: Compact<u128>;
      readonly codeHash: H256;
      readonly data: Bytes;
      readonly salt: Option<U8aFixed>;
    } & Struct;
    readonly isInstantiateWithCode: boolean;
    readonly asInstantiateWithCode: {
      readonly value: Compact<u128>;
      readonly weightLimit: SpWeightsWeightV2Weight;
      readonly storageDepositLimit: Compact<u128>;
      readonly code: Bytes;
      readonly data: Bytes;
      readonly salt: Option<U8aFixed>;
    } & Struct;
    readonly isUploadCode: boolean;
    readonly asUploadCode: {
      readonly code: Bytes;
      readonly storageDepositLimit: Compact<u128>;
    } & Struct;
    readonly isRemoveCode: boolean;
    readonly asRemoveCode: {
      readonly codeHash: H256;
    } & Struct;
    readonly isSetCode: boolean;
    readonly asSetCode: {
      readonly dest: H160;
      readonly codeHash: H256;
    } & Struct;
    readonly isMapAccount: boolean;
    readonly isUnmapAccount: boolean;
    readonly isDispatchAsFallbackAccount: boolean;
    readonly asDispatchAsFallbackAccount: {
      readonly call: Call;
    } & Struct;
    readonly isEthInstantiateWithCode: boolean;
    readonly asEthInstantiateWithCode: {
      readonly value: U256;
      readonly weightLimit: SpWeightsWeightV2Weight;
      readonly ethGasLimit: U256;
      readonly code: Bytes;
      readonly data: Bytes;
      readonly transactionEncoded: Bytes;
      readonly effectiveGasPrice: U256;
      readonly encodedLen: u32;
    } & Struct;
    readonly isEthCall: boolean;
    readonly asEthCall: {
      readonly dest: H160;
      readonly value: U256;
      readonly weightLimit: SpWeightsWeightV2Weight;
      readonly ethGasLimit: U256;
      readonly data: Bytes;
      readonly transactionEncoded: Bytes;
      readonly effectiveGasPrice: U256;
      readonly encodedLen: u32;
    } & Struct;
    readonly isEthSubstrateCall: boolean;
    readonly asEthSubstrateCall: {
      readonly call: Call;
      readonly transactionEncoded: Bytes;
    } & Struct;
    readonly isBatchMapAccounts: boolean;
    readonly asBatchMapAccounts: {
      readonly accounts: Vec<AccountId32>;
    } & Struct;
    readonly type: 'EthTransact' | 'Call' | 'Instantiate' | 'InstantiateWithCode' | 'UploadCode' | 'RemoveCode' | 'SetCode' | 'MapAccount' | 'UnmapAccount' | 'DispatchAsFallbackAccount' | 'EthInstantiateWithCode' | 'EthCall' | 'EthSubstrateCall' | 'BatchMapAccounts';
  }

  /** @name SpRuntimeMultiSignature (101) */
  interface SpRuntimeMultiSignature extends Enum {
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEcdsa: boolean;
    readonly asEcdsa: U8aFixed;
    readonly isEth: boolean;
    readonly asEth: U8aFixed;
    readonly type: 'Ed25519' | 'Sr25519' | 'Ecdsa' | 'Eth';
  }

  /** @name FrameSystemExtensionsCheckNonZeroSender (103) */
  type FrameSystemExtensionsCheckNonZeroSender = Null;

  /** @name FrameSystemExtensionsCheckSpecVersion (104) */
  type FrameSystemExtensionsCheckSpecVersion = Null;

  /** @name FrameSystemExtensionsCheckTxVersion (105) */
  type FrameSystemExtensionsCheckTxVersion = Null;

  /** @name FrameSystemExtensionsCheckGenesis (106) */
  type FrameSystemExtensionsCheckGenesis = Null;

  /** @name FrameSystemExtensionsCheckNonce (109) */
  interface FrameSystemExtensionsCheckNonce extends Compact<u32> {}

  /** @name FrameSystemExtensionsCheckWeight (110) */
  type FrameSystemExtensionsCheckWeight = Null;

  /** @name PalletTransactionPaymentChargeTransactionPayment (111) */
  interface PalletTransactionPaymentChargeTransactionPayment extends Compact<u128> {}

  /** @name FrameSystemAccountInfo (113) */
  interface FrameSystemAccountInfo extends Struct {
    readonly nonce: u32;
    readonly consumers: u32;
    readonly providers: u32;
    readonly sufficients: u32;
    readonly data: PalletBalancesAccountData;
  }

  /** @name PalletBalancesAccountData (114) */
  interface PalletBalancesAccountData extends Struct {
    readonly free: u128;
    readonly reserved: u128;
    readonly frozen: u128;
    readonly flags: u128;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeight (116) */
  interface FrameSupportDispatchPerDispatchClassWeight extends Struct {
    readonly normal: SpWeightsWeightV2Weight;
    readonly operational: SpWeightsWeightV2Weight;
    readonly mandatory: SpWeightsWeightV2Weight;
  }

  /** @name SpRuntimeDigest (117) */
  interface SpRuntimeDigest extends Struct {
    readonly logs: Vec<SpRuntimeDigestDigestItem>;
  }

  /** @name SpRuntimeDigestDigestItem (119) */
  interface SpRuntimeDigestDigestItem extends Enum {
    readonly isOther: boolean;
    readonly asOther: Bytes;
    readonly isConsensus: boolean;
    readonly asConsensus: ITuple<[U8aFixed, Bytes]>;
    readonly isSeal: boolean;
    readonly asSeal: ITuple<[U8aFixed, Bytes]>;
    readonly isPreRuntime: boolean;
    readonly asPreRuntime: ITuple<[U8aFixed, Bytes]>;
    readonly isRuntimeEnvironmentUpdated: boolean;
    readonly type: 'Other' | 'Consensus' | 'Seal' | 'PreRuntime' | 'RuntimeEnvironmentUpdated';
  }

  /** @name FrameSystemEventRecord (122) */
  interface FrameSystemEventRecord extends Struct {
    readonly phase: FrameSystemPhase;
    readonly event: Event;
    readonly topics: Vec<H256>;
  }

  /** @name FrameSystemEvent (124) */
  interface FrameSystemEvent extends Enum {
    readonly isExtrinsicSuccess: boolean;
    readonly asExtrinsicSuccess: {
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isExtrinsicFailed: boolean;
    readonly asExtrinsicFailed: {
      readonly dispatchError: SpRuntimeDispatchError;
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isCodeUpdated: boolean;
    readonly asCodeUpdated: {
      readonly hash_: H256;
    } & Struct;
    readonly isNewAccount: boolean;
    readonly asNewAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isKilledAccount: boolean;
    readonly asKilledAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isRemarked: boolean;
    readonly asRemarked: {
      readonly sender: AccountId32;
      readonly hash_: H256;
    } & Struct;
    readonly isUpgradeAuthorized: boolean;
    readonly asUpgradeAuthorized: {
      readonly codeHash: H256;
      readonly checkVersion: bool;
    } & Struct;
    readonly isRejectedInvalidAuthorizedUpgrade: boolean;
    readonly asRejectedInvalidAuthorizedUpgrade: {
      readonly codeHash: H256;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'ExtrinsicSuccess' | 'ExtrinsicFailed' | 'CodeUpdated' | 'NewAccount' | 'KilledAccount' | 'Remarked' | 'UpgradeAuthorized' | 'RejectedInvalidAuthorizedUpgrade';
  }

  /** @name FrameSystemDispatchEventInfo (125) */
  interface FrameSystemDispatchEventInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name FrameSupportDispatchDispatchClass (126) */
  interface FrameSupportDispatchDispatchClass extends Enum {
    readonly isNormal: boolean;
    readonly isOperational: boolean;
    readonly isMandatory: boolean;
    readonly type: 'Normal' | 'Operational' | 'Mandatory';
  }

  /** @name FrameSupportDispatchPays (127) */
  interface FrameSupportDispatchPays extends Enum {
    readonly isYes: boolean;
    readonly isNo: boolean;
    readonly type: 'Yes' | 'No';
  }

  /** @name SpRuntimeDispatchError (128) */
  interface SpRuntimeDispatchError extends Enum {
    readonly isOther: boolean;
    readonly isCannotLookup: boolean;
    readonly isBadOrigin: boolean;
    readonly isModule: boolean;
    readonly asModule: SpRuntimeModuleError;
    readonly isConsumerRemaining: boolean;
    readonly isNoProviders: boolean;
    readonly isTooManyConsumers: boolean;
    readonly isToken: boolean;
    readonly asToken: SpRuntimeTokenError;
    readonly isArithmetic: boolean;
    readonly asArithmetic: SpArithmeticArithmeticError;
    readonly isTransactional: boolean;
    readonly asTransactional: SpRuntimeTransactionalError;
    readonly isExhausted: boolean;
    readonly isCorruption: boolean;
    readonly isUnavailable: boolean;
    readonly isRootNotAllowed: boolean;
    readonly isTrie: boolean;
    readonly asTrie: SpRuntimeProvingTrieTrieError;
    readonly type: 'Other' | 'CannotLookup' | 'BadOrigin' | 'Module' | 'ConsumerRemaining' | 'NoProviders' | 'TooManyConsumers' | 'Token' | 'Arithmetic' | 'Transactional' | 'Exhausted' | 'Corruption' | 'Unavailable' | 'RootNotAllowed' | 'Trie';
  }

  /** @name SpRuntimeModuleError (129) */
  interface SpRuntimeModuleError extends Struct {
    readonly index: u8;
    readonly error: U8aFixed;
  }

  /** @name SpRuntimeTokenError (130) */
  interface SpRuntimeTokenError extends Enum {
    readonly isFundsUnavailable: boolean;
    readonly isOnlyProvider: boolean;
    readonly isBelowMinimum: boolean;
    readonly isCannotCreate: boolean;
    readonly isUnknownAsset: boolean;
    readonly isFrozen: boolean;
    readonly isUnsupported: boolean;
    readonly isCannotCreateHold: boolean;
    readonly isNotExpendable: boolean;
    readonly isBlocked: boolean;
    readonly type: 'FundsUnavailable' | 'OnlyProvider' | 'BelowMinimum' | 'CannotCreate' | 'UnknownAsset' | 'Frozen' | 'Unsupported' | 'CannotCreateHold' | 'NotExpendable' | 'Blocked';
  }

  /** @name SpArithmeticArithmeticError (131) */
  interface SpArithmeticArithmeticError extends Enum {
    readonly isUnderflow: boolean;
    readonly isOverflow: boolean;
    readonly isDivisionByZero: boolean;
    readonly type: 'Underflow' | 'Overflow' | 'DivisionByZero';
  }

  /** @name SpRuntimeTransactionalError (132) */
  interface SpRuntimeTransactionalError extends Enum {
    readonly isLimitReached: boolean;
    readonly isNoLayer: boolean;
    readonly type: 'LimitReached' | 'NoLayer';
  }

  /** @name SpRuntimeProvingTrieTrieError (133) */
  interface SpRuntimeProvingTrieTrieError extends Enum {
    readonly isInvalidStateRoot: boolean;
    readonly isIncompleteDatabase: boolean;
    readonly isValueAtIncompleteKey: boolean;
    readonly isDecoderError: boolean;
    readonly isInvalidHash: boolean;
    readonly isDuplicateKey: boolean;
    readonly isExtraneousNode: boolean;
    readonly isExtraneousValue: boolean;
    readonly isExtraneousHashReference: boolean;
    readonly isInvalidChildReference: boolean;
    readonly isValueMismatch: boolean;
    readonly isIncompleteProof: boolean;
    readonly isRootMismatch: boolean;
    readonly isDecodeError: boolean;
    readonly type: 'InvalidStateRoot' | 'IncompleteDatabase' | 'ValueAtIncompleteKey' | 'DecoderError' | 'InvalidHash' | 'DuplicateKey' | 'ExtraneousNode' | 'ExtraneousValue' | 'ExtraneousHashReference' | 'InvalidChildReference' | 'ValueMismatch' | 'IncompleteProof' | 'RootMismatch' | 'DecodeError';
  }

  /** @name PalletBalancesEvent (134) */
  interface PalletBalancesEvent extends Enum {
    readonly isEndowed: boolean;
    readonly asEndowed: {
      readonly account: AccountId32;
      readonly freeBalance: u128;
    } & Struct;
    readonly isDustLost: boolean;
    readonly asDustLost: {
      readonly account: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBalanceSet: boolean;
    readonly asBalanceSet: {
      readonly who: AccountId32;
      readonly free: u128;
    } & Struct;
    readonly isReserved: boolean;
    readonly asReserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnreserved: boolean;
    readonly asUnreserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isReserveRepatriated: boolean;
    readonly asReserveRepatriated: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly destinationStatus: FrameSupportTokensMiscBalanceStatus;
    } & Struct;
    readonly isDeposit: boolean;
    readonly asDeposit: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMinted: boolean;
    readonly asMinted: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMintedCredit: boolean;
    readonly asMintedCredit: {
      readonly amount: u128;
    } & Struct;
    readonly isBurned: boolean;
    readonly asBurned: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedDebt: boolean;
    readonly asBurnedDebt: {
      readonly amount: u128;
    } & Struct;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isRestored: boolean;
    readonly asRestored: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUpgraded: boolean;
    readonly asUpgraded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isIssued: boolean;
    readonly asIssued: {
      readonly amount: u128;
    } & Struct;
    readonly isRescinded: boolean;
    readonly asRescinded: {
      readonly amount: u128;
    } & Struct;
    readonly isLocked: boolean;
    readonly asLocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnlocked: boolean;
    readonly asUnlocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isFrozen: boolean;
    readonly asFrozen: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isThawed: boolean;
    readonly asThawed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTotalIssuanceForced: boolean;
    readonly asTotalIssuanceForced: {
      readonly old: u128;
      readonly new_: u128;
    } & Struct;
    readonly isHeld: boolean;
    readonly asHeld: {
      readonly reason: SibylRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedHeld: boolean;
    readonly asBurnedHeld: {
      readonly reason: SibylRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferOnHold: boolean;
    readonly asTransferOnHold: {
      readonly reason: SibylRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferAndHold: boolean;
    readonly asTransferAndHold: {
      readonly reason: SibylRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly transferred: u128;
    } & Struct;
    readonly isReleased: boolean;
    readonly asReleased: {
      readonly reason: SibylRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnexpected: boolean;
    readonly asUnexpected: PalletBalancesUnexpectedKind;
    readonly type: 'Endowed' | 'DustLost' | 'Transfer' | 'BalanceSet' | 'Reserved' | 'Unreserved' | 'ReserveRepatriated' | 'Deposit' | 'Withdraw' | 'Slashed' | 'Minted' | 'MintedCredit' | 'Burned' | 'BurnedDebt' | 'Suspended' | 'Restored' | 'Upgraded' | 'Issued' | 'Rescinded' | 'Locked' | 'Unlocked' | 'Frozen' | 'Thawed' | 'TotalIssuanceForced' | 'Held' | 'BurnedHeld' | 'TransferOnHold' | 'TransferAndHold' | 'Released' | 'Unexpected';
  }

  /** @name FrameSupportTokensMiscBalanceStatus (135) */
  interface FrameSupportTokensMiscBalanceStatus extends Enum {
    readonly isFree: boolean;
    readonly isReserved: boolean;
    readonly type: 'Free' | 'Reserved';
  }

  /** @name SibylRuntimeRuntimeHoldReason (136) */
  interface SibylRuntimeRuntimeHoldReason extends Enum {
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveHoldReason;
    readonly isSession: boolean;
    readonly asSession: PalletSessionHoldReason;
    readonly isModels: boolean;
    readonly asModels: PalletSibylModelsHoldReason;
    readonly isStakes: boolean;
    readonly asStakes: PalletSibylStakesHoldReason;
    readonly isJobs: boolean;
    readonly asJobs: PalletSibylJobsHoldReason;
    readonly isRevive: boolean;
    readonly asRevive: PalletReviveHoldReason;
    readonly type: 'Council' | 'Session' | 'Models' | 'Stakes' | 'Jobs' | 'Revive';
  }

  /** @name PalletCollectiveHoldReason (137) */
  interface PalletCollectiveHoldReason extends Enum {
    readonly isProposalSubmission: boolean;
    readonly type: 'ProposalSubmission';
  }

  /** @name PalletSessionHoldReason (138) */
  interface PalletSessionHoldReason extends Enum {
    readonly isKeys: boolean;
    readonly type: 'Keys';
  }

  /** @name PalletSibylModelsHoldReason (139) */
  interface PalletSibylModelsHoldReason extends Enum {
    readonly isModelDeposit: boolean;
    readonly type: 'ModelDeposit';
  }

  /** @name PalletSibylStakesHoldReason (140) */
  interface PalletSibylStakesHoldReason extends Enum {
    readonly isSupplierStake: boolean;
    readonly isValidatorStake: boolean;
    readonly isGatewayStake: boolean;
    readonly isApplicationDeposit: boolean;
    readonly type: 'SupplierStake' | 'ValidatorStake' | 'GatewayStake' | 'ApplicationDeposit';
  }

  /** @name PalletSibylJobsHoldReason (141) */
  interface PalletSibylJobsHoldReason extends Enum {
    readonly isJobDeposit: boolean;
    readonly type: 'JobDeposit';
  }

  /** @name PalletReviveHoldReason (142) */
  interface PalletReviveHoldReason extends Enum {
    readonly isCodeUploadDepositReserve: boolean;
    readonly isStorageDepositReserve: boolean;
    readonly isAddressMapping: boolean;
    readonly type: 'CodeUploadDepositReserve' | 'StorageDepositReserve' | 'AddressMapping';
  }

  /** @name PalletBalancesUnexpectedKind (143) */
  interface PalletBalancesUnexpectedKind extends Enum {
    readonly isBalanceUpdated: boolean;
    readonly isFailedToMutateAccount: boolean;
    readonly type: 'BalanceUpdated' | 'FailedToMutateAccount';
  }

  /** @name PalletTransactionPaymentEvent (144) */
  interface PalletTransactionPaymentEvent extends Enum {
    readonly isTransactionFeePaid: boolean;
    readonly asTransactionFeePaid: {
      readonly who: AccountId32;
      readonly actualFee: u128;
      readonly tip: u128;
    } & Struct;
    readonly type: 'TransactionFeePaid';
  }

  /** @name PalletSudoEvent (145) */
  interface PalletSudoEvent extends Enum {
    readonly isSudid: boolean;
    readonly asSudid: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isKeyChanged: boolean;
    readonly asKeyChanged: {
      readonly old: Option<AccountId32>;
      readonly new_: AccountId32;
    } & Struct;
    readonly isKeyRemoved: boolean;
    readonly isSudoAsDone: boolean;
    readonly asSudoAsDone: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly type: 'Sudid' | 'KeyChanged' | 'KeyRemoved' | 'SudoAsDone';
  }

  /** @name PalletCollectiveEvent (147) */
  interface PalletCollectiveEvent extends Enum {
    readonly isProposed: boolean;
    readonly asProposed: {
      readonly account: AccountId32;
      readonly proposalIndex: u32;
      readonly proposalHash: H256;
      readonly threshold: u32;
    } & Struct;
    readonly isVoted: boolean;
    readonly asVoted: {
      readonly account: AccountId32;
      readonly proposalHash: H256;
      readonly voted: bool;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isApproved: boolean;
    readonly asApproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isDisapproved: boolean;
    readonly asDisapproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isExecuted: boolean;
    readonly asExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isMemberExecuted: boolean;
    readonly asMemberExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isClosed: boolean;
    readonly asClosed: {
      readonly proposalHash: H256;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isKilled: boolean;
    readonly asKilled: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isProposalCostBurned: boolean;
    readonly asProposalCostBurned: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly isProposalCostReleased: boolean;
    readonly asProposalCostReleased: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly type: 'Proposed' | 'Voted' | 'Approved' | 'Disapproved' | 'Executed' | 'MemberExecuted' | 'Closed' | 'Killed' | 'ProposalCostBurned' | 'ProposalCostReleased';
  }

  /** @name PalletUtilityEvent (148) */
  interface PalletUtilityEvent extends Enum {
    readonly isBatchInterrupted: boolean;
    readonly asBatchInterrupted: {
      readonly index: u32;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isBatchCompleted: boolean;
    readonly isBatchCompletedWithErrors: boolean;
    readonly isItemCompleted: boolean;
    readonly isItemFailed: boolean;
    readonly asItemFailed: {
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isDispatchedAs: boolean;
    readonly asDispatchedAs: {
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isIfElseMainSuccess: boolean;
    readonly isIfElseFallbackCalled: boolean;
    readonly asIfElseFallbackCalled: {
      readonly mainError: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'BatchInterrupted' | 'BatchCompleted' | 'BatchCompletedWithErrors' | 'ItemCompleted' | 'ItemFailed' | 'DispatchedAs' | 'IfElseMainSuccess' | 'IfElseFallbackCalled';
  }

  /** @name PalletSibylAuthoritiesEvent (149) */
  interface PalletSibylAuthoritiesEvent extends Enum {
    readonly isAuthorityAdded: boolean;
    readonly asAuthorityAdded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isAuthorityRemoved: boolean;
    readonly asAuthorityRemoved: {
      readonly who: AccountId32;
    } & Struct;
    readonly isSetQueued: boolean;
    readonly asSetQueued: {
      readonly session: u32;
      readonly authorities: u32;
    } & Struct;
    readonly isSetBelowFloor: boolean;
    readonly asSetBelowFloor: {
      readonly session: u32;
      readonly withKeys: u32;
    } & Struct;
    readonly isSessionPeriodSet: boolean;
    readonly asSessionPeriodSet: {
      readonly period: u32;
    } & Struct;
    readonly type: 'AuthorityAdded' | 'AuthorityRemoved' | 'SetQueued' | 'SetBelowFloor' | 'SessionPeriodSet';
  }

  /** @name PalletSessionEvent (150) */
  interface PalletSessionEvent extends Enum {
    readonly isNewSession: boolean;
    readonly asNewSession: {
      readonly sessionIndex: u32;
    } & Struct;
    readonly isNewQueued: boolean;
    readonly isValidatorDisabled: boolean;
    readonly asValidatorDisabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly isValidatorReenabled: boolean;
    readonly asValidatorReenabled: {
      readonly validator: AccountId32;
    } & Struct;
    readonly type: 'NewSession' | 'NewQueued' | 'ValidatorDisabled' | 'ValidatorReenabled';
  }

  /** @name PalletGrandpaEvent (151) */
  interface PalletGrandpaEvent extends Enum {
    readonly isNewAuthorities: boolean;
    readonly asNewAuthorities: {
      readonly authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    } & Struct;
    readonly isPaused: boolean;
    readonly isResumed: boolean;
    readonly type: 'NewAuthorities' | 'Paused' | 'Resumed';
  }

  /** @name PalletSibylModelsEvent (154) */
  interface PalletSibylModelsEvent extends Enum {
    readonly isModelRegistered: boolean;
    readonly asModelRegistered: {
      readonly model: u32;
      readonly owner: AccountId32;
      readonly sha256: U8aFixed;
      readonly deposit: u128;
    } & Struct;
    readonly isModelUpdated: boolean;
    readonly asModelUpdated: {
      readonly model: u32;
      readonly deposit: u128;
    } & Struct;
    readonly isModelRetired: boolean;
    readonly asModelRetired: {
      readonly model: u32;
      readonly byGovernance: bool;
      readonly pruneAt: u32;
    } & Struct;
    readonly isModelPruned: boolean;
    readonly asModelPruned: {
      readonly model: u32;
    } & Struct;
    readonly isParametersSet: boolean;
    readonly asParametersSet: {
      readonly parameters: PalletSibylModelsModelParameters;
    } & Struct;
    readonly type: 'ModelRegistered' | 'ModelUpdated' | 'ModelRetired' | 'ModelPruned' | 'ParametersSet';
  }

  /** @name PalletSibylStakesEvent (155) */
  interface PalletSibylStakesEvent extends Enum {
    readonly isRegistered: boolean;
    readonly asRegistered: {
      readonly who: AccountId32;
      readonly role: SibylPrimitivesRole;
      readonly stake: u128;
    } & Struct;
    readonly isSupplierUpdated: boolean;
    readonly asSupplierUpdated: {
      readonly who: AccountId32;
    } & Struct;
    readonly isGatewayUpdated: boolean;
    readonly asGatewayUpdated: {
      readonly who: AccountId32;
    } & Struct;
    readonly isDelegated: boolean;
    readonly asDelegated: {
      readonly app: AccountId32;
      readonly gateway: AccountId32;
      readonly from: u64;
    } & Struct;
    readonly isUndelegated: boolean;
    readonly asUndelegated: {
      readonly app: AccountId32;
      readonly gateway: AccountId32;
    } & Struct;
    readonly isSpendLimitSet: boolean;
    readonly asSpendLimitSet: {
      readonly app: AccountId32;
      readonly limit: u128;
      readonly from: u64;
    } & Struct;
    readonly isBonded: boolean;
    readonly asBonded: {
      readonly who: AccountId32;
      readonly role: SibylPrimitivesRole;
      readonly amount: u128;
    } & Struct;
    readonly isUnbonding: boolean;
    readonly asUnbonding: {
      readonly who: AccountId32;
      readonly role: SibylPrimitivesRole;
      readonly amount: u128;
      readonly unlockAt: u32;
    } & Struct;
    readonly isWithdrawn: boolean;
    readonly asWithdrawn: {
      readonly who: AccountId32;
      readonly role: SibylPrimitivesRole;
      readonly amount: u128;
    } & Struct;
    readonly isDeregistered: boolean;
    readonly asDeregistered: {
      readonly who: AccountId32;
      readonly role: SibylPrimitivesRole;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly role: SibylPrimitivesRole;
      readonly amount: u128;
      readonly reason: SibylPrimitivesSlashReason;
    } & Struct;
    readonly isParametersSet: boolean;
    readonly asParametersSet: {
      readonly parameters: PalletSibylStakesStakeParameters;
    } & Struct;
    readonly type: 'Registered' | 'SupplierUpdated' | 'GatewayUpdated' | 'Delegated' | 'Undelegated' | 'SpendLimitSet' | 'Bonded' | 'Unbonding' | 'Withdrawn' | 'Deregistered' | 'Slashed' | 'ParametersSet';
  }

  /** @name SibylPrimitivesSlashReason (156) */
  interface SibylPrimitivesSlashReason extends Enum {
    readonly isMissingProof: boolean;
    readonly isInvalidProof: boolean;
    readonly isMissingRelayReveal: boolean;
    readonly isLowQuality: boolean;
    readonly isScoreDeviation: boolean;
    readonly isMissingScoreReveal: boolean;
    readonly isJobExpired: boolean;
    readonly isGovernance: boolean;
    readonly type: 'MissingProof' | 'InvalidProof' | 'MissingRelayReveal' | 'LowQuality' | 'ScoreDeviation' | 'MissingScoreReveal' | 'JobExpired' | 'Governance';
  }

  /** @name PalletSibylTiqeEvent (157) */
  interface PalletSibylTiqeEvent extends Enum {
    readonly isRelaysCommitted: boolean;
    readonly asRelaysCommitted: {
      readonly round: u64;
      readonly supplier: AccountId32;
      readonly model: u32;
      readonly session: u64;
      readonly relays: u32;
    } & Struct;
    readonly isRoundOpened: boolean;
    readonly asRoundOpened: {
      readonly round: u64;
      readonly supplier: AccountId32;
      readonly model: u32;
      readonly session: u64;
      readonly relays: Vec<H256>;
      readonly committee: Vec<AccountId32>;
      readonly commitEnd: u32;
      readonly revealEnd: u32;
    } & Struct;
    readonly isBatchDropped: boolean;
    readonly asBatchDropped: {
      readonly round: u64;
      readonly supplier: AccountId32;
      readonly model: u32;
      readonly session: u64;
    } & Struct;
    readonly isScoreCommitted: boolean;
    readonly asScoreCommitted: {
      readonly round: u64;
      readonly who: AccountId32;
      readonly commitment: H256;
    } & Struct;
    readonly isScoreRevealed: boolean;
    readonly asScoreRevealed: {
      readonly round: u64;
      readonly who: AccountId32;
      readonly alpha: Permill;
      readonly withheld: bool;
    } & Struct;
    readonly isCommitsComplete: boolean;
    readonly asCommitsComplete: {
      readonly round: u64;
      readonly revealFrom: u32;
    } & Struct;
    readonly isRevealsComplete: boolean;
    readonly asRevealsComplete: {
      readonly round: u64;
      readonly finalizeAt: u32;
    } & Struct;
    readonly isRoundFinalized: boolean;
    readonly asRoundFinalized: {
      readonly round: u64;
      readonly supplier: AccountId32;
      readonly alpha: Permill;
      readonly median: Permill;
      readonly reputation: Permill;
      readonly revealed: u32;
      readonly withheld: bool;
    } & Struct;
    readonly isRoundVoid: boolean;
    readonly asRoundVoid: {
      readonly round: u64;
      readonly supplier: AccountId32;
      readonly reason: SibylPrimitivesUnevaluated;
      readonly revealed: u32;
    } & Struct;
    readonly isValidatorSlashed: boolean;
    readonly asValidatorSlashed: {
      readonly round: u64;
      readonly who: AccountId32;
      readonly reason: SibylPrimitivesSlashReason;
      readonly amount: u128;
    } & Struct;
    readonly isSupplierSlashed: boolean;
    readonly asSupplierSlashed: {
      readonly round: u64;
      readonly supplier: AccountId32;
      readonly reason: SibylPrimitivesSlashReason;
      readonly amount: u128;
    } & Struct;
    readonly isLowQuality: boolean;
    readonly asLowQuality: {
      readonly round: u64;
      readonly supplier: AccountId32;
      readonly alpha: Permill;
      readonly threshold: Permill;
    } & Struct;
    readonly isParametersSet: boolean;
    readonly asParametersSet: {
      readonly parameters: PalletSibylTiqeTiqeParameters;
    } & Struct;
    readonly isCalibrationSet: boolean;
    readonly asCalibrationSet: {
      readonly model: u32;
      readonly calibration: Option<PalletSibylTiqeCalibration>;
    } & Struct;
    readonly type: 'RelaysCommitted' | 'RoundOpened' | 'BatchDropped' | 'ScoreCommitted' | 'ScoreRevealed' | 'CommitsComplete' | 'RevealsComplete' | 'RoundFinalized' | 'RoundVoid' | 'ValidatorSlashed' | 'SupplierSlashed' | 'LowQuality' | 'ParametersSet' | 'CalibrationSet';
  }

  /** @name SibylPrimitivesUnevaluated (158) */
  interface SibylPrimitivesUnevaluated extends Enum {
    readonly isNoValidators: boolean;
    readonly isNoQuorum: boolean;
    readonly isQueueFull: boolean;
    readonly type: 'NoValidators' | 'NoQuorum' | 'QueueFull';
  }

  /** @name PalletSibylSessionsEvent (159) */
  interface PalletSibylSessionsEvent extends Enum {
    readonly isSessionStarted: boolean;
    readonly asSessionStarted: {
      readonly session: u64;
      readonly start: u32;
      readonly length: u32;
      readonly candidates: u32;
    } & Struct;
    readonly isCandidatesTruncated: boolean;
    readonly asCandidatesTruncated: {
      readonly session: u64;
      readonly model: u32;
      readonly dropped: u32;
    } & Struct;
    readonly isParametersSet: boolean;
    readonly asParametersSet: {
      readonly parameters: PalletSibylSessionsSessionParameters;
    } & Struct;
    readonly type: 'SessionStarted' | 'CandidatesTruncated' | 'ParametersSet';
  }

  /** @name PalletSibylPricingEvent (160) */
  interface PalletSibylPricingEvent extends Enum {
    readonly isPriceUpdated: boolean;
    readonly asPriceUpdated: {
      readonly session: u64;
      readonly model: u32;
      readonly price: u128;
      readonly computeUnits: u128;
      readonly capacityCu: u128;
      readonly utilization: Permill;
    } & Struct;
    readonly isParametersSet: boolean;
    readonly asParametersSet: {
      readonly parameters: PalletSibylPricingPricingParameters;
    } & Struct;
    readonly type: 'PriceUpdated' | 'ParametersSet';
  }

  /** @name PalletSibylRelayMiningEvent (161) */
  interface PalletSibylRelayMiningEvent extends Enum {
    readonly isClaimed: boolean;
    readonly asClaimed: {
      readonly session: u64;
      readonly supplier: AccountId32;
      readonly app: AccountId32;
      readonly model: u32;
      readonly root: PalletSibylRelayMiningSumTreeNodeSummary;
      readonly paths: u32;
    } & Struct;
    readonly isProofSeedDrawn: boolean;
    readonly asProofSeedDrawn: {
      readonly session: u64;
      readonly seed: U8aFixed;
    } & Struct;
    readonly isClaimProven: boolean;
    readonly asClaimProven: {
      readonly session: u64;
      readonly supplier: AccountId32;
      readonly app: AccountId32;
      readonly model: u32;
      readonly estimatedCu: u128;
    } & Struct;
    readonly isClaimVoid: boolean;
    readonly asClaimVoid: {
      readonly session: u64;
      readonly supplier: AccountId32;
      readonly app: AccountId32;
      readonly model: u32;
      readonly slashed: u128;
    } & Struct;
    readonly isDifficultyUpdated: boolean;
    readonly asDifficultyUpdated: {
      readonly session: u64;
      readonly model: u32;
      readonly estimatedRelays: u128;
      readonly probability: u128;
    } & Struct;
    readonly isParametersSet: boolean;
    readonly asParametersSet: {
      readonly parameters: PalletSibylRelayMiningMiningParameters;
    } & Struct;
    readonly type: 'Claimed' | 'ProofSeedDrawn' | 'ClaimProven' | 'ClaimVoid' | 'DifficultyUpdated' | 'ParametersSet';
  }

  /** @name PalletSibylSettlementEvent (162) */
  interface PalletSibylSettlementEvent extends Enum {
    readonly isAwaitingEvaluation: boolean;
    readonly asAwaitingEvaluation: {
      readonly round: u64;
      readonly session: u64;
      readonly supplier: AccountId32;
      readonly app: AccountId32;
      readonly model: u32;
    } & Struct;
    readonly isEvaluationDeferred: boolean;
    readonly asEvaluationDeferred: {
      readonly session: u64;
      readonly supplier: AccountId32;
      readonly app: AccountId32;
      readonly model: u32;
      readonly waiting: u32;
    } & Struct;
    readonly isSettled: boolean;
    readonly asSettled: {
      readonly session: u64;
      readonly supplier: AccountId32;
      readonly app: AccountId32;
      readonly model: u32;
      readonly estimatedCu: u128;
      readonly price: u128;
      readonly alpha: Permill;
      readonly round: Option<u64>;
      readonly unevaluated: Option<SibylPrimitivesUnevaluated>;
      readonly gross: u128;
      readonly charged: u128;
      readonly payout: PalletSibylSettlementPayout;
    } & Struct;
    readonly isParametersSet: boolean;
    readonly asParametersSet: {
      readonly parameters: PalletSibylSettlementSettlementParameters;
    } & Struct;
    readonly type: 'AwaitingEvaluation' | 'EvaluationDeferred' | 'Settled' | 'ParametersSet';
  }

  /** @name PalletSibylSettlementPayout (164) */
  interface PalletSibylSettlementPayout extends Struct {
    readonly supplier: u128;
    readonly royalty: u128;
    readonly validators: u128;
    readonly gateways: u128;
    readonly treasury: u128;
    readonly refunded: u128;
  }

  /** @name PalletSibylJobsEvent (165) */
  interface PalletSibylJobsEvent extends Enum {
    readonly isJobSubmitted: boolean;
    readonly asJobSubmitted: {
      readonly job: u64;
      readonly app: AccountId32;
      readonly model: u32;
      readonly maxPrice: u128;
    } & Struct;
    readonly isJobAssigned: boolean;
    readonly asJobAssigned: {
      readonly job: u64;
      readonly supplier: AccountId32;
      readonly deadline: u32;
    } & Struct;
    readonly isJobCompleted: boolean;
    readonly asJobCompleted: {
      readonly job: u64;
      readonly supplier: AccountId32;
      readonly outputHash: U8aFixed;
      readonly digest: U8aFixed;
      readonly computeUnits: u64;
    } & Struct;
    readonly isJobRefused: boolean;
    readonly asJobRefused: {
      readonly job: u64;
      readonly supplier: AccountId32;
      readonly reason: PalletSibylJobsRefusal;
    } & Struct;
    readonly isJobFailed: boolean;
    readonly asJobFailed: {
      readonly job: u64;
      readonly reason: PalletSibylJobsJobFailure;
    } & Struct;
    readonly isJobExpired: boolean;
    readonly asJobExpired: {
      readonly job: u64;
      readonly supplier: AccountId32;
      readonly slashed: u128;
    } & Struct;
    readonly isJobSettled: boolean;
    readonly asJobSettled: {
      readonly job: u64;
      readonly charged: u128;
    } & Struct;
    readonly isJobPruned: boolean;
    readonly asJobPruned: {
      readonly job: u64;
    } & Struct;
    readonly isParametersSet: boolean;
    readonly asParametersSet: {
      readonly parameters: PalletSibylJobsJobParameters;
    } & Struct;
    readonly type: 'JobSubmitted' | 'JobAssigned' | 'JobCompleted' | 'JobRefused' | 'JobFailed' | 'JobExpired' | 'JobSettled' | 'JobPruned' | 'ParametersSet';
  }

  /** @name PalletSibylJobsJobFailure (166) */
  interface PalletSibylJobsJobFailure extends Enum {
    readonly isNoSupplier: boolean;
    readonly isSuppliersBusy: boolean;
    readonly isTimeout: boolean;
    readonly type: 'NoSupplier' | 'SuppliersBusy' | 'Timeout';
  }

  /** @name PalletReviveEvent (167) */
  interface PalletReviveEvent extends Enum {
    readonly isContractEmitted: boolean;
    readonly asContractEmitted: {
      readonly contract: H160;
      readonly data: Bytes;
      readonly topics: Vec<H256>;
    } & Struct;
    readonly isInstantiated: boolean;
    readonly asInstantiated: {
      readonly deployer: H160;
      readonly contract: H160;
    } & Struct;
    readonly isEthExtrinsicRevert: boolean;
    readonly asEthExtrinsicRevert: {
      readonly dispatchError: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'ContractEmitted' | 'Instantiated' | 'EthExtrinsicRevert';
  }

  /** @name FrameSystemPhase (168) */
  interface FrameSystemPhase extends Enum {
    readonly isApplyExtrinsic: boolean;
    readonly asApplyExtrinsic: u32;
    readonly isFinalization: boolean;
    readonly isInitialization: boolean;
    readonly type: 'ApplyExtrinsic' | 'Finalization' | 'Initialization';
  }

  /** @name FrameSystemLastRuntimeUpgradeInfo (171) */
  interface FrameSystemLastRuntimeUpgradeInfo extends Struct {
    readonly specVersion: Compact<u32>;
    readonly specName: Text;
  }

  /** @name FrameSystemCodeUpgradeAuthorization (174) */
  interface FrameSystemCodeUpgradeAuthorization extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name FrameSystemLimitsBlockWeights (175) */
  interface FrameSystemLimitsBlockWeights extends Struct {
    readonly baseBlock: SpWeightsWeightV2Weight;
    readonly maxBlock: SpWeightsWeightV2Weight;
    readonly perClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeightsPerClass (176) */
  interface FrameSupportDispatchPerDispatchClassWeightsPerClass extends Struct {
    readonly normal: FrameSystemLimitsWeightsPerClass;
    readonly operational: FrameSystemLimitsWeightsPerClass;
    readonly mandatory: FrameSystemLimitsWeightsPerClass;
  }

  /** @name FrameSystemLimitsWeightsPerClass (177) */
  interface FrameSystemLimitsWeightsPerClass extends Struct {
    readonly baseExtrinsic: SpWeightsWeightV2Weight;
    readonly maxExtrinsic: Option<SpWeightsWeightV2Weight>;
    readonly maxTotal: Option<SpWeightsWeightV2Weight>;
    readonly reserved: Option<SpWeightsWeightV2Weight>;
  }

  /** @name FrameSystemLimitsBlockLength (179) */
  interface FrameSystemLimitsBlockLength extends Struct {
    readonly max: FrameSupportDispatchPerDispatchClassU32;
    readonly maxHeaderSize: Option<u32>;
  }

  /** @name FrameSupportDispatchPerDispatchClassU32 (180) */
  interface FrameSupportDispatchPerDispatchClassU32 extends Struct {
    readonly normal: u32;
    readonly operational: u32;
    readonly mandatory: u32;
  }

  /** @name SpWeightsRuntimeDbWeight (182) */
  interface SpWeightsRuntimeDbWeight extends Struct {
    readonly read: u64;
    readonly write: u64;
  }

  /** @name SpVersionRuntimeVersion (183) */
  interface SpVersionRuntimeVersion extends Struct {
    readonly specName: Text;
    readonly implName: Text;
    readonly authoringVersion: u32;
    readonly specVersion: u32;
    readonly implVersion: u32;
    readonly apis: Vec<ITuple<[U8aFixed, u32]>>;
    readonly transactionVersion: u32;
    readonly systemVersion: u8;
  }

  /** @name FrameSystemError (188) */
  interface FrameSystemError extends Enum {
    readonly isInvalidSpecName: boolean;
    readonly isSpecVersionNeedsToIncrease: boolean;
    readonly isFailedToExtractRuntimeVersion: boolean;
    readonly isNonDefaultComposite: boolean;
    readonly isNonZeroRefCount: boolean;
    readonly isCallFiltered: boolean;
    readonly isMultiBlockMigrationsOngoing: boolean;
    readonly isNothingAuthorized: boolean;
    readonly isUnauthorized: boolean;
    readonly type: 'InvalidSpecName' | 'SpecVersionNeedsToIncrease' | 'FailedToExtractRuntimeVersion' | 'NonDefaultComposite' | 'NonZeroRefCount' | 'CallFiltered' | 'MultiBlockMigrationsOngoing' | 'NothingAuthorized' | 'Unauthorized';
  }

  /** @name PalletBalancesBalanceLock (193) */
  interface PalletBalancesBalanceLock extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
    readonly reasons: PalletBalancesReasons;
  }

  /** @name PalletBalancesReasons (194) */
  interface PalletBalancesReasons extends Enum {
    readonly isFee: boolean;
    readonly isMisc: boolean;
    readonly isAll: boolean;
    readonly type: 'Fee' | 'Misc' | 'All';
  }

  /** @name PalletBalancesReserveData (197) */
  interface PalletBalancesReserveData extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeHoldReason (200) */
  interface FrameSupportTokensMiscIdAmountRuntimeHoldReason extends Struct {
    readonly id: SibylRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeFreezeReason (203) */
  interface FrameSupportTokensMiscIdAmountRuntimeFreezeReason extends Struct {
    readonly id: SibylRuntimeRuntimeFreezeReason;
    readonly amount: u128;
  }

  /** @name SibylRuntimeRuntimeFreezeReason (204) */
  interface SibylRuntimeRuntimeFreezeReason extends Enum {
    readonly isRevive: boolean;
    readonly asRevive: PalletReviveFreezeReason;
    readonly type: 'Revive';
  }

  /** @name PalletReviveFreezeReason (205) */
  interface PalletReviveFreezeReason extends Enum {
    readonly isPGasMinBalance: boolean;
    readonly type: 'PGasMinBalance';
  }

  /** @name PalletBalancesError (207) */
  interface PalletBalancesError extends Enum {
    readonly isVestingBalance: boolean;
    readonly isLiquidityRestrictions: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isExistentialDeposit: boolean;
    readonly isExpendability: boolean;
    readonly isExistingVestingSchedule: boolean;
    readonly isDeadAccount: boolean;
    readonly isTooManyReserves: boolean;
    readonly isTooManyHolds: boolean;
    readonly isTooManyFreezes: boolean;
    readonly isIssuanceDeactivated: boolean;
    readonly isDeltaZero: boolean;
    readonly type: 'VestingBalance' | 'LiquidityRestrictions' | 'InsufficientBalance' | 'ExistentialDeposit' | 'Expendability' | 'ExistingVestingSchedule' | 'DeadAccount' | 'TooManyReserves' | 'TooManyHolds' | 'TooManyFreezes' | 'IssuanceDeactivated' | 'DeltaZero';
  }

  /** @name PalletTransactionPaymentReleases (209) */
  interface PalletTransactionPaymentReleases extends Enum {
    readonly isV1Ancient: boolean;
    readonly isV2: boolean;
    readonly type: 'V1Ancient' | 'V2';
  }

  /** @name FrameSupportStorageNoDrop (210) */
  interface FrameSupportStorageNoDrop extends FrameSupportTokensFungibleImbalance {}

  /** @name FrameSupportTokensFungibleImbalance (211) */
  interface FrameSupportTokensFungibleImbalance extends Struct {
    readonly amount: u128;
  }

  /** @name PalletSudoError (212) */
  interface PalletSudoError extends Enum {
    readonly isRequireSudo: boolean;
    readonly type: 'RequireSudo';
  }

  /** @name PalletCollectiveVotes (215) */
  interface PalletCollectiveVotes extends Struct {
    readonly index: u32;
    readonly threshold: u32;
    readonly ayes: Vec<AccountId32>;
    readonly nays: Vec<AccountId32>;
    readonly end: u32;
  }

  /** @name PalletCollectiveError (216) */
  interface PalletCollectiveError extends Enum {
    readonly isNotMember: boolean;
    readonly isDuplicateProposal: boolean;
    readonly isProposalMissing: boolean;
    readonly isWrongIndex: boolean;
    readonly isDuplicateVote: boolean;
    readonly isAlreadyInitialized: boolean;
    readonly isTooEarly: boolean;
    readonly isTooManyProposals: boolean;
    readonly isWrongProposalWeight: boolean;
    readonly isWrongProposalLength: boolean;
    readonly isPrimeAccountNotMember: boolean;
    readonly isProposalActive: boolean;
    readonly type: 'NotMember' | 'DuplicateProposal' | 'ProposalMissing' | 'WrongIndex' | 'DuplicateVote' | 'AlreadyInitialized' | 'TooEarly' | 'TooManyProposals' | 'WrongProposalWeight' | 'WrongProposalLength' | 'PrimeAccountNotMember' | 'ProposalActive';
  }

  /** @name PalletUtilityError (218) */
  interface PalletUtilityError extends Enum {
    readonly isTooManyCalls: boolean;
    readonly type: 'TooManyCalls';
  }

  /** @name PalletSibylAuthoritiesError (220) */
  interface PalletSibylAuthoritiesError extends Enum {
    readonly isAlreadyAuthority: boolean;
    readonly isNotAuthority: boolean;
    readonly isNoSessionKeys: boolean;
    readonly isTooManyAuthorities: boolean;
    readonly isTooFewAuthorities: boolean;
    readonly isSessionPeriodTooShort: boolean;
    readonly type: 'AlreadyAuthority' | 'NotAuthority' | 'NoSessionKeys' | 'TooManyAuthorities' | 'TooFewAuthorities' | 'SessionPeriodTooShort';
  }

  /** @name SpCoreCryptoKeyTypeId (227) */
  interface SpCoreCryptoKeyTypeId extends U8aFixed {}

  /** @name PalletSessionError (228) */
  interface PalletSessionError extends Enum {
    readonly isInvalidProof: boolean;
    readonly isNoAssociatedValidatorId: boolean;
    readonly isDuplicatedKey: boolean;
    readonly isNoKeys: boolean;
    readonly isNoAccount: boolean;
    readonly type: 'InvalidProof' | 'NoAssociatedValidatorId' | 'DuplicatedKey' | 'NoKeys' | 'NoAccount';
  }

  /** @name PalletGrandpaStoredState (229) */
  interface PalletGrandpaStoredState extends Enum {
    readonly isLive: boolean;
    readonly isPendingPause: boolean;
    readonly asPendingPause: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly isPaused: boolean;
    readonly isPendingResume: boolean;
    readonly asPendingResume: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly type: 'Live' | 'PendingPause' | 'Paused' | 'PendingResume';
  }

  /** @name PalletGrandpaStoredPendingChange (230) */
  interface PalletGrandpaStoredPendingChange extends Struct {
    readonly scheduledAt: u32;
    readonly delay: u32;
    readonly nextAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly forced: Option<u32>;
  }

  /** @name PalletGrandpaError (232) */
  interface PalletGrandpaError extends Enum {
    readonly isPauseFailed: boolean;
    readonly isResumeFailed: boolean;
    readonly isChangePending: boolean;
    readonly isTooSoon: boolean;
    readonly isInvalidKeyOwnershipProof: boolean;
    readonly isInvalidEquivocationProof: boolean;
    readonly isDuplicateOffenceReport: boolean;
    readonly type: 'PauseFailed' | 'ResumeFailed' | 'ChangePending' | 'TooSoon' | 'InvalidKeyOwnershipProof' | 'InvalidEquivocationProof' | 'DuplicateOffenceReport';
  }

  /** @name PalletSibylModelsModelInfo (233) */
  interface PalletSibylModelsModelInfo extends Struct {
    readonly owner: AccountId32;
    readonly name: Bytes;
    readonly sha256: U8aFixed;
    readonly sizeBytes: u64;
    readonly quantization: Bytes;
    readonly contextLength: u32;
    readonly chatTemplate: Bytes;
    readonly license: Bytes;
    readonly uris: Vec<Bytes>;
    readonly royalty: Perbill;
    readonly priceFloor: u128;
    readonly computeWeights: PalletSibylModelsComputeWeights;
    readonly deposit: u128;
    readonly status: PalletSibylModelsModelStatus;
    readonly registeredAt: u32;
  }

  /** @name PalletSibylModelsModelStatus (241) */
  interface PalletSibylModelsModelStatus extends Enum {
    readonly isActive: boolean;
    readonly isRetired: boolean;
    readonly type: 'Active' | 'Retired';
  }

  /** @name PalletSibylModelsError (243) */
  interface PalletSibylModelsError extends Enum {
    readonly isInvalidName: boolean;
    readonly isNameTooLong: boolean;
    readonly isInvalidSha256: boolean;
    readonly isZeroSize: boolean;
    readonly isInvalidQuantization: boolean;
    readonly isQuantizationTooLong: boolean;
    readonly isInvalidContextLength: boolean;
    readonly isChatTemplateTooLong: boolean;
    readonly isInvalidLicense: boolean;
    readonly isLicenseTooLong: boolean;
    readonly isNoUris: boolean;
    readonly isTooManyUris: boolean;
    readonly isUriTooLong: boolean;
    readonly isUnsupportedUri: boolean;
    readonly isRoyaltyTooHigh: boolean;
    readonly isZeroComputeWeight: boolean;
    readonly isDuplicateModel: boolean;
    readonly isUnknownModel: boolean;
    readonly isNotOwner: boolean;
    readonly isModelRetired: boolean;
    readonly isEmptyUpdate: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isIdsExhausted: boolean;
    readonly isTooManyModels: boolean;
    readonly isOverflow: boolean;
    readonly type: 'InvalidName' | 'NameTooLong' | 'InvalidSha256' | 'ZeroSize' | 'InvalidQuantization' | 'QuantizationTooLong' | 'InvalidContextLength' | 'ChatTemplateTooLong' | 'InvalidLicense' | 'LicenseTooLong' | 'NoUris' | 'TooManyUris' | 'UriTooLong' | 'UnsupportedUri' | 'RoyaltyTooHigh' | 'ZeroComputeWeight' | 'DuplicateModel' | 'UnknownModel' | 'NotOwner' | 'ModelRetired' | 'EmptyUpdate' | 'InsufficientBalance' | 'IdsExhausted' | 'TooManyModels' | 'Overflow';
  }

  /** @name PalletSibylStakesBond (245) */
  interface PalletSibylStakesBond extends Struct {
    readonly active: u128;
    readonly unlocking: Vec<PalletSibylStakesUnlockChunk>;
  }

  /** @name PalletSibylStakesUnlockChunk (247) */
  interface PalletSibylStakesUnlockChunk extends Struct {
    readonly value: u128;
    readonly unlockAt: u32;
  }

  /** @name PalletSibylStakesSupplierConfig (249) */
  interface PalletSibylStakesSupplierConfig extends Struct {
    readonly models: Vec<u32>;
    readonly natsSubject: Bytes;
    readonly capacityTps: u32;
    readonly device: PalletSibylStakesDeviceClass;
  }

  /** @name PalletSibylStakesGatewayConfig (252) */
  interface PalletSibylStakesGatewayConfig extends Struct {
    readonly url: Bytes;
  }

  /** @name PalletSibylStakesApplicationConfig (254) */
  interface PalletSibylStakesApplicationConfig extends Struct {
    readonly delegations: Vec<PalletSibylStakesDelegation>;
    readonly spendLimit: u128;
    readonly nextLimit: Option<ITuple<[u64, u128]>>;
  }

  /** @name PalletSibylStakesDelegation (256) */
  interface PalletSibylStakesDelegation extends Struct {
    readonly gateway: AccountId32;
    readonly from: u64;
    readonly until: Option<u64>;
  }

  /** @name PalletSibylStakesError (260) */
  interface PalletSibylStakesError extends Enum {
    readonly isAlreadyRegistered: boolean;
    readonly isNotRegistered: boolean;
    readonly isStakeBelowMinimum: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isZeroAmount: boolean;
    readonly isInsufficientBond: boolean;
    readonly isTooManyUnlockingChunks: boolean;
    readonly isNothingToWithdraw: boolean;
    readonly isNoModels: boolean;
    readonly isTooManyModels: boolean;
    readonly isDuplicateModel: boolean;
    readonly isUnknownModel: boolean;
    readonly isInvalidSubject: boolean;
    readonly isSubjectTooLong: boolean;
    readonly isZeroCapacity: boolean;
    readonly isInvalidDeviceCount: boolean;
    readonly isInvalidUrl: boolean;
    readonly isUrlTooLong: boolean;
    readonly isTooManyDelegations: boolean;
    readonly isAlreadyDelegated: boolean;
    readonly isNotDelegated: boolean;
    readonly isUnknownGateway: boolean;
    readonly isZeroSpendLimit: boolean;
    readonly isSpendLimitAboveDeposit: boolean;
    readonly isChargesPending: boolean;
    readonly isTooManyMembers: boolean;
    readonly isInvalidParameters: boolean;
    readonly isOverflow: boolean;
    readonly type: 'AlreadyRegistered' | 'NotRegistered' | 'StakeBelowMinimum' | 'InsufficientBalance' | 'ZeroAmount' | 'InsufficientBond' | 'TooManyUnlockingChunks' | 'NothingToWithdraw' | 'NoModels' | 'TooManyModels' | 'DuplicateModel' | 'UnknownModel' | 'InvalidSubject' | 'SubjectTooLong' | 'ZeroCapacity' | 'InvalidDeviceCount' | 'InvalidUrl' | 'UrlTooLong' | 'TooManyDelegations' | 'AlreadyDelegated' | 'NotDelegated' | 'UnknownGateway' | 'ZeroSpendLimit' | 'SpendLimitAboveDeposit' | 'ChargesPending' | 'TooManyMembers' | 'InvalidParameters' | 'Overflow';
  }

  /** @name PalletSibylTiqePendingBatch (261) */
  interface PalletSibylTiqePendingBatch extends Struct {
    readonly supplier: AccountId32;
    readonly model: u32;
    readonly session: u64;
    readonly relays: Vec<H256>;
    readonly committedAt: u32;
  }

  /** @name PalletSibylTiqeRoundInfo (262) */
  interface PalletSibylTiqeRoundInfo extends Struct {
    readonly supplier: AccountId32;
    readonly model: u32;
    readonly session: u64;
    readonly relays: Vec<H256>;
    readonly committee: Vec<ITuple<[AccountId32, u128]>>;
    readonly openedAt: u32;
    readonly commitEnd: u32;
    readonly revealEnd: u32;
  }

  /** @name PalletSibylTiqeVote (267) */
  interface PalletSibylTiqeVote extends Struct {
    readonly commitment: H256;
    readonly revealed: Option<PalletSibylTiqeScore>;
  }

  /** @name PalletSibylTiqeScore (269) */
  interface PalletSibylTiqeScore extends Struct {
    readonly alpha: Permill;
    readonly withheld: bool;
  }

  /** @name PalletSibylTiqeRoundProgress (270) */
  interface PalletSibylTiqeRoundProgress extends Struct {
    readonly committed: u32;
    readonly revealed: u32;
  }

  /** @name PalletSibylTiqeRoundResult (273) */
  interface PalletSibylTiqeRoundResult extends Struct {
    readonly supplier: AccountId32;
    readonly median: Option<Permill>;
    readonly alpha: Option<Permill>;
    readonly revealed: u32;
    readonly withheld: bool;
  }

  /** @name PalletSibylTiqeSessionScore (276) */
  interface PalletSibylTiqeSessionScore extends Struct {
    readonly mean: Permill;
    readonly rounds: u32;
  }

  /** @name PalletSibylTiqeError (277) */
  interface PalletSibylTiqeError extends Enum {
    readonly isNotSupplier: boolean;
    readonly isEmptyBatch: boolean;
    readonly isDuplicateRelay: boolean;
    readonly isTooManyPending: boolean;
    readonly isUnknownRound: boolean;
    readonly isNotInCommittee: boolean;
    readonly isNotCommitPhase: boolean;
    readonly isNotRevealPhase: boolean;
    readonly isAlreadyCommitted: boolean;
    readonly isNotCommitted: boolean;
    readonly isAlreadyRevealed: boolean;
    readonly isCommitmentMismatch: boolean;
    readonly isInvalidParameters: boolean;
    readonly isOverflow: boolean;
    readonly isUnknownModel: boolean;
    readonly isInvalidCalibration: boolean;
    readonly isCalibrationLocked: boolean;
    readonly type: 'NotSupplier' | 'EmptyBatch' | 'DuplicateRelay' | 'TooManyPending' | 'UnknownRound' | 'NotInCommittee' | 'NotCommitPhase' | 'NotRevealPhase' | 'AlreadyCommitted' | 'NotCommitted' | 'AlreadyRevealed' | 'CommitmentMismatch' | 'InvalidParameters' | 'Overflow' | 'UnknownModel' | 'InvalidCalibration' | 'CalibrationLocked';
  }

  /** @name PalletSibylSessionsSessionInfo (278) */
  interface PalletSibylSessionsSessionInfo extends Struct {
    readonly start: u32;
    readonly length: u32;
    readonly seed: H256;
    readonly suppliersPerSession: u32;
  }

  /** @name PalletSibylSessionsCandidate (281) */
  interface PalletSibylSessionsCandidate extends Struct {
    readonly supplier: AccountId32;
    readonly weight: u128;
    readonly capacityTps: u32;
  }

  /** @name PalletSibylSessionsError (283) */
  interface PalletSibylSessionsError extends Enum {
    readonly isInvalidParameters: boolean;
    readonly type: 'InvalidParameters';
  }

  /** @name PalletSibylPricingError (284) */
  interface PalletSibylPricingError extends Enum {
    readonly isInvalidParameters: boolean;
    readonly type: 'InvalidParameters';
  }

  /** @name PalletSibylRelayMiningClaim (287) */
  interface PalletSibylRelayMiningClaim extends Struct {
    readonly root: PalletSibylRelayMiningSumTreeNodeSummary;
    readonly claimedAt: u32;
    readonly proven: bool;
    readonly paths: u32;
  }

  /** @name PalletSibylRelayMiningDifficulty (288) */
  interface PalletSibylRelayMiningDifficulty extends Struct {
    readonly estimatedRelays: u128;
    readonly probability: u128;
  }

  /** @name PalletSibylRelayMiningError (289) */
  interface PalletSibylRelayMiningError extends Enum {
    readonly isOutsideClaimWindow: boolean;
    readonly isOutsideProofWindow: boolean;
    readonly isNotSessionSupplier: boolean;
    readonly isAlreadyClaimed: boolean;
    readonly isTooManyClaims: boolean;
    readonly isTooManySupplierClaims: boolean;
    readonly isInvalidRoot: boolean;
    readonly isNoClaim: boolean;
    readonly isAlreadyProven: boolean;
    readonly isWrongPathCount: boolean;
    readonly isInvalidBranch: boolean;
    readonly isWrongLeafForPath: boolean;
    readonly isBadGatewaySignature: boolean;
    readonly isBadSupplierSignature: boolean;
    readonly isNotMined: boolean;
    readonly isNotDelegated: boolean;
    readonly isUsageMismatch: boolean;
    readonly isPromptTokensAboveSigned: boolean;
    readonly isCompletionTokensAboveSigned: boolean;
    readonly isUsageAboveContext: boolean;
    readonly isInvalidParameters: boolean;
    readonly type: 'OutsideClaimWindow' | 'OutsideProofWindow' | 'NotSessionSupplier' | 'AlreadyClaimed' | 'TooManyClaims' | 'TooManySupplierClaims' | 'InvalidRoot' | 'NoClaim' | 'AlreadyProven' | 'WrongPathCount' | 'InvalidBranch' | 'WrongLeafForPath' | 'BadGatewaySignature' | 'BadSupplierSignature' | 'NotMined' | 'NotDelegated' | 'UsageMismatch' | 'PromptTokensAboveSigned' | 'CompletionTokensAboveSigned' | 'UsageAboveContext' | 'InvalidParameters';
  }

  /** @name PalletSibylSettlementPendingSettlement (290) */
  interface PalletSibylSettlementPendingSettlement extends Struct {
    readonly session: u64;
    readonly supplier: AccountId32;
    readonly app: AccountId32;
    readonly model: u32;
    readonly estimatedCu: u128;
    readonly gateways: Vec<AccountId32>;
    readonly maxCharge: Option<u128>;
    readonly job: Option<u64>;
  }

  /** @name PalletSibylSettlementDeferredClaim (292) */
  interface PalletSibylSettlementDeferredClaim extends Struct {
    readonly claim: PalletSibylSettlementPendingSettlement;
    readonly relays: Vec<U8aFixed>;
  }

  /** @name PalletSibylSettlementError (295) */
  interface PalletSibylSettlementError extends Enum {
    readonly isInvalidParameters: boolean;
    readonly type: 'InvalidParameters';
  }

  /** @name PalletSibylJobsJob (296) */
  interface PalletSibylJobsJob extends Struct {
    readonly app: AccountId32;
    readonly model: u32;
    readonly session: u64;
    readonly input: Bytes;
    readonly promptTokens: u32;
    readonly sampling: SibylPrimitivesRelaySamplingParams;
    readonly maxPrice: u128;
    readonly deposit: u128;
    readonly submittedAt: u32;
    readonly status: PalletSibylJobsJobStatus;
    readonly result: Option<PalletSibylJobsJobResult>;
  }

  /** @name PalletSibylJobsJobStatus (298) */
  interface PalletSibylJobsJobStatus extends Enum {
    readonly isPending: boolean;
    readonly isAssigned: boolean;
    readonly asAssigned: {
      readonly supplier: AccountId32;
      readonly deadline: u32;
    } & Struct;
    readonly isCompleted: boolean;
    readonly asCompleted: {
      readonly supplier: AccountId32;
      readonly digest: U8aFixed;
    } & Struct;
    readonly isRefused: boolean;
    readonly asRefused: {
      readonly supplier: AccountId32;
      readonly reason: PalletSibylJobsRefusal;
    } & Struct;
    readonly isFailed: boolean;
    readonly asFailed: PalletSibylJobsJobFailure;
    readonly type: 'Pending' | 'Assigned' | 'Completed' | 'Refused' | 'Failed';
  }

  /** @name PalletSibylJobsJobResult (300) */
  interface PalletSibylJobsJobResult extends Struct {
    readonly output: Bytes;
    readonly outputHash: U8aFixed;
    readonly promptTokens: u32;
    readonly completionTokens: u32;
  }

  /** @name PalletSibylJobsError (304) */
  interface PalletSibylJobsError extends Enum {
    readonly isNotApplication: boolean;
    readonly isUnknownModel: boolean;
    readonly isEmptyInput: boolean;
    readonly isInputTooLong: boolean;
    readonly isMalformedInput: boolean;
    readonly isInvalidMaxTokens: boolean;
    readonly isInvalidPromptTokens: boolean;
    readonly isExceedsContext: boolean;
    readonly isPriceTooLow: boolean;
    readonly isTooManyOpenJobs: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isQueueFull: boolean;
    readonly isUnknownJob: boolean;
    readonly isNotAssigned: boolean;
    readonly isOutputTooLong: boolean;
    readonly isOutputNotUtf8: boolean;
    readonly isPromptTokensAboveDeclared: boolean;
    readonly isTooManyTokens: boolean;
    readonly isUsageAboveContext: boolean;
    readonly isNoComputeUnits: boolean;
    readonly isOverflow: boolean;
    readonly isInvalidParameters: boolean;
    readonly type: 'NotApplication' | 'UnknownModel' | 'EmptyInput' | 'InputTooLong' | 'MalformedInput' | 'InvalidMaxTokens' | 'InvalidPromptTokens' | 'ExceedsContext' | 'PriceTooLow' | 'TooManyOpenJobs' | 'InsufficientBalance' | 'QueueFull' | 'UnknownJob' | 'NotAssigned' | 'OutputTooLong' | 'OutputNotUtf8' | 'PromptTokensAboveDeclared' | 'TooManyTokens' | 'UsageAboveContext' | 'NoComputeUnits' | 'Overflow' | 'InvalidParameters';
  }

  /** @name PalletReviveVmCodeInfo (305) */
  interface PalletReviveVmCodeInfo extends Struct {
    readonly owner: AccountId32;
    readonly deposit: Compact<u128>;
    readonly refcount: Compact<u64>;
    readonly codeLen: u32;
    readonly codeType: PalletReviveVmBytecodeType;
    readonly behaviourVersion: u32;
  }

  /** @name PalletReviveVmBytecodeType (306) */
  interface PalletReviveVmBytecodeType extends Enum {
    readonly isPvm: boolean;
    readonly isEvm: boolean;
    readonly type: 'Pvm' | 'Evm';
  }

  /** @name PalletReviveStorageAccountInfo (307) */
  interface PalletReviveStorageAccountInfo extends Struct {
    readonly accountType: PalletReviveStorageAccountType;
    readonly dust: u32;
  }

  /** @name PalletReviveStorageAccountType (308) */
  interface PalletReviveStorageAccountType extends Enum {
    readonly isContract: boolean;
    readonly asContract: PalletReviveStorageContractInfo;
    readonly isEoa: boolean;
    readonly type: 'Contract' | 'Eoa';
  }

  /** @name PalletReviveStorageContractInfo (309) */
  interface PalletReviveStorageContractInfo extends Struct {
    readonly trieId: Bytes;
    readonly codeHash: H256;
    readonly storageBytes: u32;
    readonly storageItems: u32;
    readonly storageByteDeposit: u128;
    readonly storageItemDeposit: u128;
    readonly storageBaseDeposit: u128;
    readonly immutableDataLen: u32;
  }

  /** @name PalletReviveStorageDeletionQueueItem (312) */
  interface PalletReviveStorageDeletionQueueItem extends Struct {
    readonly trieId: Bytes;
    readonly accountId: AccountId32;
  }

  /** @name PalletReviveStorageDeletionQueueManager (313) */
  interface PalletReviveStorageDeletionQueueManager extends Struct {
    readonly insertCounter: u32;
    readonly deleteCounter: u32;
  }

  /** @name PalletReviveEvmApiBlock (314) */
  interface PalletReviveEvmApiBlock extends Struct {
    readonly baseFeePerGas: U256;
    readonly blobGasUsed: U256;
    readonly difficulty: U256;
    readonly excessBlobGas: U256;
    readonly extraData: Bytes;
    readonly gasLimit: U256;
    readonly gasUsed: U256;
    readonly hash_: H256;
    readonly logsBloom: PalletReviveTypesCommonByteBytes256;
    readonly miner: H160;
    readonly mixHash: H256;
    readonly nonce: PalletReviveTypesCommonByteBytes8;
    readonly number: U256;
    readonly parentBeaconBlockRoot: Option<H256>;
    readonly parentHash: H256;
    readonly receiptsRoot: H256;
    readonly requestsHash: Option<H256>;
    readonly sha3Uncles: H256;
    readonly size_: U256;
    readonly stateRoot: H256;
    readonly timestamp: U256;
    readonly totalDifficulty: Option<U256>;
    readonly transactions: PalletReviveEvmApiTransactionHashesOrTransactionInfos;
    readonly transactionsRoot: H256;
    readonly uncles: Vec<H256>;
    readonly withdrawals: Vec<PalletReviveEvmApiBlockWithdrawal>;
    readonly withdrawalsRoot: H256;
  }

  /** @name PalletReviveTypesCommonByteBytes256 (316) */
  interface PalletReviveTypesCommonByteBytes256 extends U8aFixed {}

  /** @name PalletReviveTypesCommonByteBytes8 (318) */
  interface PalletReviveTypesCommonByteBytes8 extends U8aFixed {}

  /** @name PalletReviveEvmApiTransactionHashesOrTransactionInfos (321) */
  interface PalletReviveEvmApiTransactionHashesOrTransactionInfos extends Enum {
    readonly isHashes: boolean;
    readonly asHashes: Vec<H256>;
    readonly isTransactionInfos: boolean;
    readonly asTransactionInfos: Vec<PalletReviveEvmApiTransactionTransactionInfo>;
    readonly type: 'Hashes' | 'TransactionInfos';
  }

  /** @name PalletReviveEvmApiTransactionTransactionInfo (323) */
  interface PalletReviveEvmApiTransactionTransactionInfo extends Struct {
    readonly blockHash: H256;
    readonly blockNumber: U256;
    readonly from: H160;
    readonly hash_: H256;
    readonly transactionIndex: U256;
    readonly transactionSigned: PalletReviveEvmApiTransactionTransactionSigned;
  }

  /** @name PalletReviveEvmApiTransactionTransactionSigned (324) */
  interface PalletReviveEvmApiTransactionTransactionSigned extends Enum {
    readonly isTransaction7702Signed: boolean;
    readonly asTransaction7702Signed: PalletReviveEvmApiTransactionTransaction7702Signed;
    readonly isTransaction4844Signed: boolean;
    readonly asTransaction4844Signed: PalletReviveEvmApiTransactionTransaction4844Signed;
    readonly isTransaction1559Signed: boolean;
    readonly asTransaction1559Signed: PalletReviveEvmApiTransactionTransaction1559Signed;
    readonly isTransaction2930Signed: boolean;
    readonly asTransaction2930Signed: PalletReviveEvmApiTransactionTransaction2930Signed;
    readonly isTransactionLegacySigned: boolean;
    readonly asTransactionLegacySigned: PalletReviveEvmApiTransactionTransactionLegacySigned;
    readonly type: 'Transaction7702Signed' | 'Transaction4844Signed' | 'Transaction1559Signed' | 'Transaction2930Signed' | 'TransactionLegacySigned';
  }

  /** @name PalletReviveEvmApiTransactionTransaction7702Signed (325) */
  interface PalletReviveEvmApiTransactionTransaction7702Signed extends Struct {
    readonly transaction7702Unsigned: PalletReviveEvmApiTransactionTransaction7702Unsigned;
    readonly r: U256;
    readonly s: U256;
    readonly v: Option<U256>;
    readonly yParity: U256;
  }

  /** @name PalletReviveEvmApiTransactionTransaction7702Unsigned (326) */
  interface PalletReviveEvmApiTransactionTransaction7702Unsigned extends Struct {
    readonly accessList: Vec<PalletReviveEvmApiTransactionAccessListEntry>;
    readonly authorizationList: Vec<PalletReviveEvmApiTransactionAuthorizationListEntry>;
    readonly chainId: U256;
    readonly gas: U256;
    readonly input: Bytes;
    readonly maxFeePerGas: U256;
    readonly maxPriorityFeePerGas: U256;
    readonly nonce: U256;
    readonly to: H160;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveEvmApiTransactionAccessListEntry (328) */
  interface PalletReviveEvmApiTransactionAccessListEntry extends Struct {
    readonly address: H160;
    readonly storageKeys: Vec<H256>;
  }

  /** @name PalletReviveEvmApiTransactionAuthorizationListEntry (330) */
  interface PalletReviveEvmApiTransactionAuthorizationListEntry extends Struct {
    readonly chainId: U256;
    readonly address: H160;
    readonly nonce: U256;
    readonly yParity: U256;
    readonly r: U256;
    readonly s: U256;
  }

  /** @name PalletReviveEvmApiTransactionTransaction4844Signed (331) */
  interface PalletReviveEvmApiTransactionTransaction4844Signed extends Struct {
    readonly transaction4844Unsigned: PalletReviveEvmApiTransactionTransaction4844Unsigned;
    readonly r: U256;
    readonly s: U256;
    readonly yParity: U256;
  }

  /** @name PalletReviveEvmApiTransactionTransaction4844Unsigned (332) */
  interface PalletReviveEvmApiTransactionTransaction4844Unsigned extends Struct {
    readonly accessList: Vec<PalletReviveEvmApiTransactionAccessListEntry>;
    readonly blobVersionedHashes: Vec<H256>;
    readonly chainId: U256;
    readonly gas: U256;
    readonly input: Bytes;
    readonly maxFeePerBlobGas: U256;
    readonly maxFeePerGas: U256;
    readonly maxPriorityFeePerGas: U256;
    readonly nonce: U256;
    readonly to: H160;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveEvmApiTransactionTransaction1559Signed (333) */
  interface PalletReviveEvmApiTransactionTransaction1559Signed extends Struct {
    readonly transaction1559Unsigned: PalletReviveEvmApiTransactionTransaction1559Unsigned;
    readonly r: U256;
    readonly s: U256;
    readonly v: Option<U256>;
    readonly yParity: U256;
  }

  /** @name PalletReviveEvmApiTransactionTransaction1559Unsigned (334) */
  interface PalletReviveEvmApiTransactionTransaction1559Unsigned extends Struct {
    readonly accessList: Vec<PalletReviveEvmApiTransactionAccessListEntry>;
    readonly chainId: U256;
    readonly gas: U256;
    readonly gasPrice: U256;
    readonly input: Bytes;
    readonly maxFeePerGas: U256;
    readonly maxPriorityFeePerGas: U256;
    readonly nonce: U256;
    readonly to: Option<H160>;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveEvmApiTransactionTransaction2930Signed (336) */
  interface PalletReviveEvmApiTransactionTransaction2930Signed extends Struct {
    readonly transaction2930Unsigned: PalletReviveEvmApiTransactionTransaction2930Unsigned;
    readonly r: U256;
    readonly s: U256;
    readonly v: Option<U256>;
    readonly yParity: U256;
  }

  /** @name PalletReviveEvmApiTransactionTransaction2930Unsigned (337) */
  interface PalletReviveEvmApiTransactionTransaction2930Unsigned extends Struct {
    readonly accessList: Vec<PalletReviveEvmApiTransactionAccessListEntry>;
    readonly chainId: U256;
    readonly gas: U256;
    readonly gasPrice: U256;
    readonly input: Bytes;
    readonly nonce: U256;
    readonly to: Option<H160>;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveEvmApiTransactionTransactionLegacySigned (338) */
  interface PalletReviveEvmApiTransactionTransactionLegacySigned extends Struct {
    readonly transactionLegacyUnsigned: PalletReviveEvmApiTransactionTransactionLegacyUnsigned;
    readonly r: U256;
    readonly s: U256;
    readonly v: U256;
  }

  /** @name PalletReviveEvmApiTransactionTransactionLegacyUnsigned (339) */
  interface PalletReviveEvmApiTransactionTransactionLegacyUnsigned extends Struct {
    readonly chainId: Option<U256>;
    readonly gas: U256;
    readonly gasPrice: U256;
    readonly input: Bytes;
    readonly nonce: U256;
    readonly to: Option<H160>;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveEvmApiBlockWithdrawal (341) */
  interface PalletReviveEvmApiBlockWithdrawal extends Struct {
    readonly address: H160;
    readonly amount: U256;
    readonly index: U256;
    readonly validatorIndex: U256;
  }

  /** @name PalletReviveEvmBlockHashReceiptGasInfo (343) */
  interface PalletReviveEvmBlockHashReceiptGasInfo extends Struct {
    readonly gasUsed: U256;
    readonly effectiveGasPrice: U256;
  }

  /** @name PalletReviveEvmBlockHashBlockBuilderEthereumBlockBuilderIR (344) */
  interface PalletReviveEvmBlockHashBlockBuilderEthereumBlockBuilderIR extends Struct {
    readonly transactionRootBuilder: PalletReviveEvmBlockHashHashBuilderIncrementalHashBuilderIR;
    readonly receiptsRootBuilder: PalletReviveEvmBlockHashHashBuilderIncrementalHashBuilderIR;
    readonly baseFeePerGas: U256;
    readonly blockGasLimit: U256;
    readonly gasUsed: U256;
    readonly logsBloom: U8aFixed;
    readonly txHashes: Vec<H256>;
    readonly gasInfo: Vec<PalletReviveEvmBlockHashReceiptGasInfo>;
  }

  /** @name PalletReviveEvmBlockHashHashBuilderIncrementalHashBuilderIR (345) */
  interface PalletReviveEvmBlockHashHashBuilderIncrementalHashBuilderIR extends Struct {
    readonly key: Bytes;
    readonly valueType: u8;
    readonly builderValue: Bytes;
    readonly stack: Vec<Bytes>;
    readonly stateMasks: Vec<u16>;
    readonly treeMasks: Vec<u16>;
    readonly hashMasks: Vec<u16>;
    readonly storedInDatabase: bool;
    readonly rlpBuf: Bytes;
    readonly index: u64;
  }

  /** @name PalletReviveDebugDebugSettings (348) */
  interface PalletReviveDebugDebugSettings extends Struct {
    readonly allowUnlimitedContractSize: bool;
    readonly bypassEip3607: bool;
    readonly pvmLogs: bool;
    readonly disableExecutionTracing: bool;
  }

  /** @name PalletReviveError (349) */
  interface PalletReviveError extends Enum {
    readonly isInvalidSchedule: boolean;
    readonly isInvalidCallFlags: boolean;
    readonly isOutOfGas: boolean;
    readonly isTransferFailed: boolean;
    readonly isMaxCallDepthReached: boolean;
    readonly isContractNotFound: boolean;
    readonly isCodeNotFound: boolean;
    readonly isCodeInfoNotFound: boolean;
    readonly isOutOfBounds: boolean;
    readonly isDecodingFailed: boolean;
    readonly isContractTrapped: boolean;
    readonly isValueTooLarge: boolean;
    readonly isTerminatedWhileReentrant: boolean;
    readonly isInputForwarded: boolean;
    readonly isTooManyTopics: boolean;
    readonly isDuplicateContract: boolean;
    readonly isTerminatedInConstructor: boolean;
    readonly isReentranceDenied: boolean;
    readonly isReenteredPallet: boolean;
    readonly isStateChangeDenied: boolean;
    readonly isStorageDepositNotEnoughFunds: boolean;
    readonly isStorageDepositLimitExhausted: boolean;
    readonly isCodeInUse: boolean;
    readonly isContractReverted: boolean;
    readonly isCodeRejected: boolean;
    readonly isBlobTooLarge: boolean;
    readonly isStaticMemoryTooLarge: boolean;
    readonly isBasicBlockTooLarge: boolean;
    readonly isInvalidInstruction: boolean;
    readonly isMaxDelegateDependenciesReached: boolean;
    readonly isDelegateDependencyNotFound: boolean;
    readonly isDelegateDependencyAlreadyExists: boolean;
    readonly isCannotAddSelfAsDelegateDependency: boolean;
    readonly isOutOfTransientStorage: boolean;
    readonly isInvalidSyscall: boolean;
    readonly isInvalidStorageFlags: boolean;
    readonly isExecutionFailed: boolean;
    readonly isBalanceConversionFailed: boolean;
    readonly isInvalidImmutableAccess: boolean;
    readonly isAccountUnmapped: boolean;
    readonly isAccountAlreadyMapped: boolean;
    readonly isInvalidGenericTransaction: boolean;
    readonly isRefcountOverOrUnderflow: boolean;
    readonly isUnsupportedPrecompileAddress: boolean;
    readonly isCallDataTooLarge: boolean;
    readonly isReturnDataTooLarge: boolean;
    readonly isInvalidJump: boolean;
    readonly isStackUnderflow: boolean;
    readonly isStackOverflow: boolean;
    readonly isTxFeeOverdraw: boolean;
    readonly isEvmConstructorNonEmptyData: boolean;
    readonly isEvmConstructedFromHash: boolean;
    readonly isStorageRefundNotEnoughFunds: boolean;
    readonly isStorageRefundLocked: boolean;
    readonly isPrecompileDelegateDenied: boolean;
    readonly isEcdsaRecoveryFailed: boolean;
    readonly isAutoMappingEnabled: boolean;
    readonly isPendingDepositCleanup: boolean;
    readonly type: 'InvalidSchedule' | 'InvalidCallFlags' | 'OutOfGas' | 'TransferFailed' | 'MaxCallDepthReached' | 'ContractNotFound' | 'CodeNotFound' | 'CodeInfoNotFound' | 'OutOfBounds' | 'DecodingFailed' | 'ContractTrapped' | 'ValueTooLarge' | 'TerminatedWhileReentrant' | 'InputForwarded' | 'TooManyTopics' | 'DuplicateContract' | 'TerminatedInConstructor' | 'ReentranceDenied' | 'ReenteredPallet' | 'StateChangeDenied' | 'StorageDepositNotEnoughFunds' | 'StorageDepositLimitExhausted' | 'CodeInUse' | 'ContractReverted' | 'CodeRejected' | 'BlobTooLarge' | 'StaticMemoryTooLarge' | 'BasicBlockTooLarge' | 'InvalidInstruction' | 'MaxDelegateDependenciesReached' | 'DelegateDependencyNotFound' | 'DelegateDependencyAlreadyExists' | 'CannotAddSelfAsDelegateDependency' | 'OutOfTransientStorage' | 'InvalidSyscall' | 'InvalidStorageFlags' | 'ExecutionFailed' | 'BalanceConversionFailed' | 'InvalidImmutableAccess' | 'AccountUnmapped' | 'AccountAlreadyMapped' | 'InvalidGenericTransaction' | 'RefcountOverOrUnderflow' | 'UnsupportedPrecompileAddress' | 'CallDataTooLarge' | 'ReturnDataTooLarge' | 'InvalidJump' | 'StackUnderflow' | 'StackOverflow' | 'TxFeeOverdraw' | 'EvmConstructorNonEmptyData' | 'EvmConstructedFromHash' | 'StorageRefundNotEnoughFunds' | 'StorageRefundLocked' | 'PrecompileDelegateDenied' | 'EcdsaRecoveryFailed' | 'AutoMappingEnabled' | 'PendingDepositCleanup';
  }

  /** @name SpRuntimeBlockLazyBlock (350) */
  interface SpRuntimeBlockLazyBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeHeader (351) */
  interface SpRuntimeHeader extends Struct {
    readonly parentHash: H256;
    readonly number: Compact<u32>;
    readonly stateRoot: H256;
    readonly extrinsicsRoot: H256;
    readonly digest: SpRuntimeDigest;
  }

  /** @name SpRuntimeExtrinsicInclusionMode (355) */
  interface SpRuntimeExtrinsicInclusionMode extends Enum {
    readonly isAllExtrinsics: boolean;
    readonly isOnlyInherents: boolean;
    readonly type: 'AllExtrinsics' | 'OnlyInherents';
  }

  /** @name SpRuntimeTransactionValidityTransactionValidityError (359) */
  interface SpRuntimeTransactionValidityTransactionValidityError extends Enum {
    readonly isInvalid: boolean;
    readonly asInvalid: SpRuntimeTransactionValidityInvalidTransaction;
    readonly isUnknown: boolean;
    readonly asUnknown: SpRuntimeTransactionValidityUnknownTransaction;
    readonly type: 'Invalid' | 'Unknown';
  }

  /** @name SpRuntimeTransactionValidityInvalidTransaction (360) */
  interface SpRuntimeTransactionValidityInvalidTransaction extends Enum {
    readonly isCall: boolean;
    readonly isPayment: boolean;
    readonly isFuture: boolean;
    readonly isStale: boolean;
    readonly isBadProof: boolean;
    readonly isAncientBirthBlock: boolean;
    readonly isExhaustsResources: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly isBadMandatory: boolean;
    readonly isMandatoryValidation: boolean;
    readonly isBadSigner: boolean;
    readonly isIndeterminateImplicit: boolean;
    readonly isUnknownOrigin: boolean;
    readonly type: 'Call' | 'Payment' | 'Future' | 'Stale' | 'BadProof' | 'AncientBirthBlock' | 'ExhaustsResources' | 'Custom' | 'BadMandatory' | 'MandatoryValidation' | 'BadSigner' | 'IndeterminateImplicit' | 'UnknownOrigin';
  }

  /** @name SpRuntimeTransactionValidityUnknownTransaction (361) */
  interface SpRuntimeTransactionValidityUnknownTransaction extends Enum {
    readonly isCannotLookup: boolean;
    readonly isNoUnsignedValidator: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly type: 'CannotLookup' | 'NoUnsignedValidator' | 'Custom';
  }

  /** @name SpInherentsInherentData (362) */
  interface SpInherentsInherentData extends Struct {
    readonly data: BTreeMap<U8aFixed, Bytes>;
  }

  /** @name SpInherentsCheckInherentsResult (367) */
  interface SpInherentsCheckInherentsResult extends Struct {
    readonly okay: bool;
    readonly fatalError: bool;
    readonly errors: SpInherentsInherentData;
  }

  /** @name SpRuntimeTransactionValidityTransactionSource (368) */
  interface SpRuntimeTransactionValidityTransactionSource extends Enum {
    readonly isInBlock: boolean;
    readonly isLocal: boolean;
    readonly isExternal: boolean;
    readonly type: 'InBlock' | 'Local' | 'External';
  }

  /** @name SpRuntimeTransactionValidityValidTransaction (370) */
  interface SpRuntimeTransactionValidityValidTransaction extends Struct {
    readonly priority: u64;
    readonly requires: Vec<Bytes>;
    readonly provides: Vec<Bytes>;
    readonly longevity: u64;
    readonly propagate: bool;
  }

  /** @name SpSessionRuntimeApiOpaqueGeneratedSessionKeys (375) */
  interface SpSessionRuntimeApiOpaqueGeneratedSessionKeys extends Struct {
    readonly keys_: Bytes;
    readonly proof: Bytes;
  }

  /** @name PalletTransactionPaymentRuntimeDispatchInfo (379) */
  interface PalletTransactionPaymentRuntimeDispatchInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly partialFee: u128;
  }

  /** @name PalletTransactionPaymentFeeDetails (380) */
  interface PalletTransactionPaymentFeeDetails extends Struct {
    readonly inclusionFee: Option<PalletTransactionPaymentInclusionFee>;
    readonly tip: u128;
  }

  /** @name PalletTransactionPaymentInclusionFee (382) */
  interface PalletTransactionPaymentInclusionFee extends Struct {
    readonly baseFee: u128;
    readonly lenFee: u128;
    readonly adjustedWeightFee: u128;
  }

  /** @name PalletSibylRelayMiningClaimWindows (386) */
  interface PalletSibylRelayMiningClaimWindows extends Struct {
    readonly claimOpen: u32;
    readonly claimClose: u32;
    readonly proofClose: u32;
  }

  /** @name PalletReviveTypesRuntimeApiTypesBlockBlockV1 (390) */
  interface PalletReviveTypesRuntimeApiTypesBlockBlockV1 extends Struct {
    readonly baseFeePerGas: U256;
    readonly blobGasUsed: U256;
    readonly difficulty: U256;
    readonly excessBlobGas: U256;
    readonly extraData: Bytes;
    readonly gasLimit: U256;
    readonly gasUsed: U256;
    readonly hash_: H256;
    readonly logsBloom: PalletReviveTypesCommonByteBytes256;
    readonly miner: H160;
    readonly mixHash: H256;
    readonly nonce: PalletReviveTypesCommonByteBytes8;
    readonly number: U256;
    readonly parentBeaconBlockRoot: Option<H256>;
    readonly parentHash: H256;
    readonly receiptsRoot: H256;
    readonly requestsHash: Option<H256>;
    readonly sha3Uncles: H256;
    readonly size_: U256;
    readonly stateRoot: H256;
    readonly timestamp: U256;
    readonly totalDifficulty: Option<U256>;
    readonly transactions: PalletReviveTypesRuntimeApiTypesTransactionHashesOrTransactionInfosV1;
    readonly transactionsRoot: H256;
    readonly uncles: Vec<H256>;
    readonly withdrawals: Vec<PalletReviveTypesRuntimeApiTypesBlockWithdrawalV1>;
    readonly withdrawalsRoot: H256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionHashesOrTransactionInfosV1 (391) */
  interface PalletReviveTypesRuntimeApiTypesTransactionHashesOrTransactionInfosV1 extends Enum {
    readonly isHashes: boolean;
    readonly asHashes: Vec<H256>;
    readonly isTransactionInfos: boolean;
    readonly asTransactionInfos: Vec<PalletReviveTypesRuntimeApiTypesTransactionTransactionInfoV1>;
    readonly type: 'Hashes' | 'TransactionInfos';
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransactionInfoV1 (393) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransactionInfoV1 extends Struct {
    readonly blockHash: H256;
    readonly blockNumber: U256;
    readonly from: H160;
    readonly hash_: H256;
    readonly transactionIndex: U256;
    readonly transactionSigned: PalletReviveTypesRuntimeApiTypesTransactionTransactionSignedV1;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransactionSignedV1 (394) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransactionSignedV1 extends Enum {
    readonly isTransaction7702Signed: boolean;
    readonly asTransaction7702Signed: PalletReviveTypesRuntimeApiTypesTransactionTransaction7702SignedV1;
    readonly isTransaction4844Signed: boolean;
    readonly asTransaction4844Signed: PalletReviveTypesRuntimeApiTypesTransactionTransaction4844SignedV1;
    readonly isTransaction1559Signed: boolean;
    readonly asTransaction1559Signed: PalletReviveTypesRuntimeApiTypesTransactionTransaction1559SignedV1;
    readonly isTransaction2930Signed: boolean;
    readonly asTransaction2930Signed: PalletReviveTypesRuntimeApiTypesTransactionTransaction2930SignedV1;
    readonly isTransactionLegacySigned: boolean;
    readonly asTransactionLegacySigned: PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacySignedV1;
    readonly type: 'Transaction7702Signed' | 'Transaction4844Signed' | 'Transaction1559Signed' | 'Transaction2930Signed' | 'TransactionLegacySigned';
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransaction7702SignedV1 (395) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransaction7702SignedV1 extends Struct {
    readonly transaction7702Unsigned: PalletReviveTypesRuntimeApiTypesTransactionTransaction7702UnsignedV1;
    readonly r: U256;
    readonly s: U256;
    readonly v: Option<U256>;
    readonly yParity: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransaction7702UnsignedV1 (396) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransaction7702UnsignedV1 extends Struct {
    readonly accessList: Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>;
    readonly authorizationList: Vec<PalletReviveTypesRuntimeApiTypesTransactionAuthorizationListEntryV1>;
    readonly chainId: U256;
    readonly gas: U256;
    readonly input: Bytes;
    readonly maxFeePerGas: U256;
    readonly maxPriorityFeePerGas: U256;
    readonly nonce: U256;
    readonly to: H160;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1 (398) */
  interface PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1 extends Struct {
    readonly address: H160;
    readonly storageKeys: Vec<H256>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionAuthorizationListEntryV1 (400) */
  interface PalletReviveTypesRuntimeApiTypesTransactionAuthorizationListEntryV1 extends Struct {
    readonly chainId: U256;
    readonly address: H160;
    readonly nonce: U256;
    readonly yParity: U256;
    readonly r: U256;
    readonly s: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransaction4844SignedV1 (401) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransaction4844SignedV1 extends Struct {
    readonly transaction4844Unsigned: PalletReviveTypesRuntimeApiTypesTransactionTransaction4844UnsignedV1;
    readonly r: U256;
    readonly s: U256;
    readonly yParity: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransaction4844UnsignedV1 (402) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransaction4844UnsignedV1 extends Struct {
    readonly accessList: Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>;
    readonly blobVersionedHashes: Vec<H256>;
    readonly chainId: U256;
    readonly gas: U256;
    readonly input: Bytes;
    readonly maxFeePerBlobGas: U256;
    readonly maxFeePerGas: U256;
    readonly maxPriorityFeePerGas: U256;
    readonly nonce: U256;
    readonly to: H160;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransaction1559SignedV1 (403) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransaction1559SignedV1 extends Struct {
    readonly transaction1559Unsigned: PalletReviveTypesRuntimeApiTypesTransactionTransaction1559UnsignedV1;
    readonly r: U256;
    readonly s: U256;
    readonly v: Option<U256>;
    readonly yParity: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransaction1559UnsignedV1 (404) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransaction1559UnsignedV1 extends Struct {
    readonly accessList: Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>;
    readonly chainId: U256;
    readonly gas: U256;
    readonly gasPrice: U256;
    readonly input: Bytes;
    readonly maxFeePerGas: U256;
    readonly maxPriorityFeePerGas: U256;
    readonly nonce: U256;
    readonly to: Option<H160>;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransaction2930SignedV1 (405) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransaction2930SignedV1 extends Struct {
    readonly transaction2930Unsigned: PalletReviveTypesRuntimeApiTypesTransactionTransaction2930UnsignedV1;
    readonly r: U256;
    readonly s: U256;
    readonly v: Option<U256>;
    readonly yParity: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransaction2930UnsignedV1 (406) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransaction2930UnsignedV1 extends Struct {
    readonly accessList: Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>;
    readonly chainId: U256;
    readonly gas: U256;
    readonly gasPrice: U256;
    readonly input: Bytes;
    readonly nonce: U256;
    readonly to: Option<H160>;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacySignedV1 (407) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacySignedV1 extends Struct {
    readonly transactionLegacyUnsigned: PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacyUnsignedV1;
    readonly r: U256;
    readonly s: U256;
    readonly v: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacyUnsignedV1 (408) */
  interface PalletReviveTypesRuntimeApiTypesTransactionTransactionLegacyUnsignedV1 extends Struct {
    readonly chainId: Option<U256>;
    readonly gas: U256;
    readonly gasPrice: U256;
    readonly input: Bytes;
    readonly nonce: U256;
    readonly to: Option<H160>;
    readonly r_type: u8;
    readonly value: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesBlockWithdrawalV1 (410) */
  interface PalletReviveTypesRuntimeApiTypesBlockWithdrawalV1 extends Struct {
    readonly address: H160;
    readonly amount: U256;
    readonly index: U256;
    readonly validatorIndex: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesReceiptReceiptGasInfoV1 (412) */
  interface PalletReviveTypesRuntimeApiTypesReceiptReceiptGasInfoV1 extends Struct {
    readonly gasUsed: U256;
    readonly effectiveGasPrice: U256;
  }

  /** @name PalletReviveTypesRuntimeApiTypesContractContractResultV1ExecReturnValueV1 (413) */
  interface PalletReviveTypesRuntimeApiTypesContractContractResultV1ExecReturnValueV1 extends Struct {
    readonly weightConsumed: SpWeightsWeightV2Weight;
    readonly weightRequired: SpWeightsWeightV2Weight;
    readonly storageDeposit: PalletReviveTypesRuntimeApiTypesContractStorageDepositV1;
    readonly maxStorageDeposit: PalletReviveTypesRuntimeApiTypesContractStorageDepositV1;
    readonly gasConsumed: u128;
    readonly result: Result<PalletReviveTypesRuntimeApiTypesContractExecReturnValueV1, SpRuntimeDispatchError>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesContractExecReturnValueV1 (414) */
  interface PalletReviveTypesRuntimeApiTypesContractExecReturnValueV1 extends Struct {
    readonly flags: PalletReviveUapiFlagsReturnFlags;
    readonly data: Bytes;
  }

  /** @name PalletReviveUapiFlagsReturnFlags (415) */
  interface PalletReviveUapiFlagsReturnFlags extends Struct {
    readonly bits: u32;
  }

  /** @name PalletReviveTypesRuntimeApiTypesContractStorageDepositV1 (416) */
  interface PalletReviveTypesRuntimeApiTypesContractStorageDepositV1 extends Enum {
    readonly isRefund: boolean;
    readonly asRefund: u128;
    readonly isCharge: boolean;
    readonly asCharge: u128;
    readonly type: 'Refund' | 'Charge';
  }

  /** @name PalletReviveTypesRuntimeApiTypesContractCodeV1 (418) */
  interface PalletReviveTypesRuntimeApiTypesContractCodeV1 extends Enum {
    readonly isUpload: boolean;
    readonly asUpload: Bytes;
    readonly isExisting: boolean;
    readonly asExisting: H256;
    readonly type: 'Upload' | 'Existing';
  }

  /** @name PalletReviveTypesRuntimeApiTypesContractContractResultV1InstantiateReturnValueV1 (419) */
  interface PalletReviveTypesRuntimeApiTypesContractContractResultV1InstantiateReturnValueV1 extends Struct {
    readonly weightConsumed: SpWeightsWeightV2Weight;
    readonly weightRequired: SpWeightsWeightV2Weight;
    readonly storageDeposit: PalletReviveTypesRuntimeApiTypesContractStorageDepositV1;
    readonly maxStorageDeposit: PalletReviveTypesRuntimeApiTypesContractStorageDepositV1;
    readonly gasConsumed: u128;
    readonly result: Result<PalletReviveTypesRuntimeApiTypesContractInstantiateReturnValueV1, SpRuntimeDispatchError>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesContractInstantiateReturnValueV1 (420) */
  interface PalletReviveTypesRuntimeApiTypesContractInstantiateReturnValueV1 extends Struct {
    readonly result: PalletReviveTypesRuntimeApiTypesContractExecReturnValueV1;
    readonly addr: H160;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1 (422) */
  interface PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1 extends Struct {
    readonly accessList: Option<Vec<PalletReviveTypesRuntimeApiTypesTransactionAccessListEntryV1>>;
    readonly authorizationList: Vec<PalletReviveTypesRuntimeApiTypesTransactionAuthorizationListEntryV1>;
    readonly blobVersionedHashes: Vec<H256>;
    readonly blobs: Vec<Bytes>;
    readonly chainId: Option<U256>;
    readonly from: Option<H160>;
    readonly gas: Option<U256>;
    readonly gasPrice: Option<U256>;
    readonly input: PalletReviveTypesRuntimeApiTypesTransactionInputOrDataV1;
    readonly maxFeePerBlobGas: Option<U256>;
    readonly maxFeePerGas: Option<U256>;
    readonly maxPriorityFeePerGas: Option<U256>;
    readonly nonce: Option<U256>;
    readonly to: Option<H160>;
    readonly r_type: Option<u8>;
    readonly value: Option<U256>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTransactionInputOrDataV1 (425) */
  interface PalletReviveTypesRuntimeApiTypesTransactionInputOrDataV1 extends Struct {
    readonly input: Option<Bytes>;
    readonly data: Option<Bytes>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesDryRunEthTransactInfoV1 (430) */
  interface PalletReviveTypesRuntimeApiTypesDryRunEthTransactInfoV1 extends Struct {
    readonly weightRequired: SpWeightsWeightV2Weight;
    readonly storageDeposit: u128;
    readonly maxStorageDeposit: u128;
    readonly ethGas: U256;
    readonly data: Bytes;
  }

  /** @name PalletRevivePrimitivesEthTransactError (431) */
  interface PalletRevivePrimitivesEthTransactError extends Enum {
    readonly isData: boolean;
    readonly asData: Bytes;
    readonly isMessage: boolean;
    readonly asMessage: Text;
    readonly type: 'Data' | 'Message';
  }

  /** @name PalletReviveTypesRuntimeApiTypesDryRunDryRunConfigV1 (432) */
  interface PalletReviveTypesRuntimeApiTypesDryRunDryRunConfigV1 extends Struct {
    readonly timestampOverride: Option<u64>;
    readonly performBalanceChecks: Option<bool>;
    readonly stateOverrides: Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1 (435) */
  interface PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1 extends BTreeMap<H160, PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideV1> {}

  /** @name PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideV1 (437) */
  interface PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideV1 extends Struct {
    readonly balance: Option<U256>;
    readonly nonce: Option<U256>;
    readonly code: Option<Bytes>;
    readonly storage: Option<PalletReviveTypesRuntimeApiTypesStateOverridesStorageOverrideV1>;
    readonly movePrecompileToAddress: Option<H160>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesStateOverridesStorageOverrideV1 (439) */
  interface PalletReviveTypesRuntimeApiTypesStateOverridesStorageOverrideV1 extends Enum {
    readonly isState: boolean;
    readonly asState: BTreeMap<H256, H256>;
    readonly isStateDiff: boolean;
    readonly asStateDiff: BTreeMap<H256, H256>;
    readonly type: 'State' | 'StateDiff';
  }

  /** @name PalletReviveTypesRuntimeApiTypesUploadCodeUploadReturnValueV1 (448) */
  interface PalletReviveTypesRuntimeApiTypesUploadCodeUploadReturnValueV1 extends Struct {
    readonly codeHash: H256;
    readonly deposit: u128;
  }

  /** @name PalletRevivePrimitivesContractAccessError (450) */
  interface PalletRevivePrimitivesContractAccessError extends Enum {
    readonly isDoesntExist: boolean;
    readonly isKeyDecodingFailed: boolean;
    readonly isStorageWriteFailed: boolean;
    readonly asStorageWriteFailed: SpRuntimeDispatchError;
    readonly type: 'DoesntExist' | 'KeyDecodingFailed' | 'StorageWriteFailed';
  }

  /** @name SpRuntimeBlock (451) */
  interface SpRuntimeBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1 (452) */
  interface PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1 extends Enum {
    readonly isCallTracer: boolean;
    readonly asCallTracer: Option<PalletReviveTypesRuntimeApiTypesTracerCallTracerConfigV1>;
    readonly isPrestateTracer: boolean;
    readonly asPrestateTracer: Option<PalletReviveTypesRuntimeApiTypesTracerPrestateTracerConfigV1>;
    readonly isExecutionTracer: boolean;
    readonly asExecutionTracer: Option<PalletReviveTypesRuntimeApiTypesTracerExecutionTracerConfigV1>;
    readonly type: 'CallTracer' | 'PrestateTracer' | 'ExecutionTracer';
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracerCallTracerConfigV1 (454) */
  interface PalletReviveTypesRuntimeApiTypesTracerCallTracerConfigV1 extends Struct {
    readonly withLogs: bool;
    readonly onlyTopCall: bool;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracerPrestateTracerConfigV1 (456) */
  interface PalletReviveTypesRuntimeApiTypesTracerPrestateTracerConfigV1 extends Struct {
    readonly diffMode: bool;
    readonly disableStorage: bool;
    readonly disableCode: bool;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracerExecutionTracerConfigV1 (458) */
  interface PalletReviveTypesRuntimeApiTypesTracerExecutionTracerConfigV1 extends Struct {
    readonly enableMemory: bool;
    readonly disableStack: bool;
    readonly disableStorage: bool;
    readonly enableReturnData: bool;
    readonly disableSyscallDetails: bool;
    readonly limit: Option<u64>;
    readonly memoryWordLimit: u32;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesTraceV1 (461) */
  interface PalletReviveTypesRuntimeApiTypesTracesTraceV1 extends Enum {
    readonly isCall: boolean;
    readonly asCall: PalletReviveTypesRuntimeApiTypesTracesCallTraceV1;
    readonly isPrestate: boolean;
    readonly asPrestate: PalletReviveTypesRuntimeApiTypesTracesPrestateTraceV1;
    readonly isExecution: boolean;
    readonly asExecution: PalletReviveTypesRuntimeApiTypesTracesExecutionTraceV1;
    readonly type: 'Call' | 'Prestate' | 'Execution';
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesCallTraceV1 (462) */
  interface PalletReviveTypesRuntimeApiTypesTracesCallTraceV1 extends Struct {
    readonly from: H160;
    readonly gas: u64;
    readonly gasUsed: u64;
    readonly to: H160;
    readonly input: Bytes;
    readonly output: Bytes;
    readonly error: Option<Text>;
    readonly revertReason: Option<Text>;
    readonly calls: Vec<PalletReviveTypesRuntimeApiTypesTracesCallTraceV1>;
    readonly logs: Vec<PalletReviveTypesRuntimeApiTypesTracesCallLogV1>;
    readonly value: Option<U256>;
    readonly callType: PalletReviveTypesRuntimeApiTypesTracesCallTypeV1;
    readonly childCallCount: u32;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesCallLogV1 (465) */
  interface PalletReviveTypesRuntimeApiTypesTracesCallLogV1 extends Struct {
    readonly address: H160;
    readonly topics: Vec<H256>;
    readonly data: Bytes;
    readonly position: u32;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesCallTypeV1 (466) */
  interface PalletReviveTypesRuntimeApiTypesTracesCallTypeV1 extends Enum {
    readonly isCall: boolean;
    readonly isStaticCall: boolean;
    readonly isDelegateCall: boolean;
    readonly isCreate: boolean;
    readonly isCreate2: boolean;
    readonly isSelfdestruct: boolean;
    readonly type: 'Call' | 'StaticCall' | 'DelegateCall' | 'Create' | 'Create2' | 'Selfdestruct';
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesPrestateTraceV1 (467) */
  interface PalletReviveTypesRuntimeApiTypesTracesPrestateTraceV1 extends Enum {
    readonly isPrestate: boolean;
    readonly asPrestate: BTreeMap<H160, PalletReviveTypesRuntimeApiTypesTracesPrestateTraceInfoV1>;
    readonly isDiffMode: boolean;
    readonly asDiffMode: {
      readonly pre: BTreeMap<H160, PalletReviveTypesRuntimeApiTypesTracesPrestateTraceInfoV1>;
      readonly post: BTreeMap<H160, PalletReviveTypesRuntimeApiTypesTracesPrestateTraceInfoV1>;
    } & Struct;
    readonly type: 'Prestate' | 'DiffMode';
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesPrestateTraceInfoV1 (469) */
  interface PalletReviveTypesRuntimeApiTypesTracesPrestateTraceInfoV1 extends Struct {
    readonly balance: Option<U256>;
    readonly nonce: Option<u32>;
    readonly code: Option<Bytes>;
    readonly storage: BTreeMap<Bytes, Option<Bytes>>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesExecutionTraceV1 (475) */
  interface PalletReviveTypesRuntimeApiTypesTracesExecutionTraceV1 extends Struct {
    readonly gas: u64;
    readonly weightConsumed: SpWeightsWeightV2Weight;
    readonly baseCallWeight: SpWeightsWeightV2Weight;
    readonly failed: bool;
    readonly returnValue: Bytes;
    readonly structLogs: Vec<PalletReviveTypesRuntimeApiTypesTracesExecutionStepV1>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesExecutionStepV1 (477) */
  interface PalletReviveTypesRuntimeApiTypesTracesExecutionStepV1 extends Struct {
    readonly gas: Compact<u64>;
    readonly gasCost: Compact<u64>;
    readonly weightCost: SpWeightsWeightV2Weight;
    readonly depth: u16;
    readonly returnData: Bytes;
    readonly error: Option<Text>;
    readonly kind: PalletReviveTypesRuntimeApiTypesTracesExecutionStepKindV1;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesExecutionStepKindV1 (478) */
  interface PalletReviveTypesRuntimeApiTypesTracesExecutionStepKindV1 extends Enum {
    readonly isEvmOpcode: boolean;
    readonly asEvmOpcode: {
      readonly pc: Compact<u32>;
      readonly op: u8;
      readonly stack: Vec<Bytes>;
      readonly memory: Vec<Bytes>;
      readonly storage: Option<BTreeMap<Bytes, Bytes>>;
    } & Struct;
    readonly isPvmSyscall: boolean;
    readonly asPvmSyscall: {
      readonly op: PalletReviveTypesRuntimeApiTypesTracesPolkavmSyscallV1;
      readonly args: Vec<u64>;
      readonly returned: Option<u64>;
    } & Struct;
    readonly type: 'EvmOpcode' | 'PvmSyscall';
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesPolkavmSyscallV1 (484) */
  interface PalletReviveTypesRuntimeApiTypesTracesPolkavmSyscallV1 extends Enum {
    readonly isNoop: boolean;
    readonly isSetStorage: boolean;
    readonly isSetStorageOrClear: boolean;
    readonly isGetStorage: boolean;
    readonly isGetStorageOrZero: boolean;
    readonly isCall: boolean;
    readonly isCallEvm: boolean;
    readonly isDelegateCall: boolean;
    readonly isDelegateCallEvm: boolean;
    readonly isInstantiate: boolean;
    readonly isCallDataSize: boolean;
    readonly isCallDataCopy: boolean;
    readonly isCallDataLoad: boolean;
    readonly isSealReturn: boolean;
    readonly isCaller: boolean;
    readonly isOrigin: boolean;
    readonly isCodeHash: boolean;
    readonly isCodeSize: boolean;
    readonly isAddress: boolean;
    readonly isGetImmutableData: boolean;
    readonly isSetImmutableData: boolean;
    readonly isBalance: boolean;
    readonly isBalanceOf: boolean;
    readonly isChainId: boolean;
    readonly isGasLimit: boolean;
    readonly isValueTransferred: boolean;
    readonly isGasPrice: boolean;
    readonly isBaseFee: boolean;
    readonly isNow: boolean;
    readonly isDepositEvent: boolean;
    readonly isBlockNumber: boolean;
    readonly isBlockHash: boolean;
    readonly isBlockAuthor: boolean;
    readonly isHashKeccak256: boolean;
    readonly isReturnDataSize: boolean;
    readonly isReturnDataCopy: boolean;
    readonly isRefTimeLeft: boolean;
    readonly isConsumeAllGas: boolean;
    readonly isEcdsaToEthAddress: boolean;
    readonly isSr25519Verify: boolean;
    readonly isTerminate: boolean;
    readonly isPvmFuel: boolean;
    readonly type: 'Noop' | 'SetStorage' | 'SetStorageOrClear' | 'GetStorage' | 'GetStorageOrZero' | 'Call' | 'CallEvm' | 'DelegateCall' | 'DelegateCallEvm' | 'Instantiate' | 'CallDataSize' | 'CallDataCopy' | 'CallDataLoad' | 'SealReturn' | 'Caller' | 'Origin' | 'CodeHash' | 'CodeSize' | 'Address' | 'GetImmutableData' | 'SetImmutableData' | 'Balance' | 'BalanceOf' | 'ChainId' | 'GasLimit' | 'ValueTransferred' | 'GasPrice' | 'BaseFee' | 'Now' | 'DepositEvent' | 'BlockNumber' | 'BlockHash' | 'BlockAuthor' | 'HashKeccak256' | 'ReturnDataSize' | 'ReturnDataCopy' | 'RefTimeLeft' | 'ConsumeAllGas' | 'EcdsaToEthAddress' | 'Sr25519Verify' | 'Terminate' | 'PvmFuel';
  }

  /** @name PalletReviveTypesRuntimeApiTypesStateOverridesTracingConfigV1 (487) */
  interface PalletReviveTypesRuntimeApiTypesStateOverridesTracingConfigV1 extends Struct {
    readonly stateOverrides: Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>;
  }

  /** @name PalletRevivePrimitivesBalanceConversionError (490) */
  interface PalletRevivePrimitivesBalanceConversionError extends Enum {
    readonly isValue: boolean;
    readonly isDust: boolean;
    readonly type: 'Value' | 'Dust';
  }

  /** @name PalletReviveTypesRuntimeApiDeclarationReviveRuntimeApiVersionDeclarations (491) */
  interface PalletReviveTypesRuntimeApiDeclarationReviveRuntimeApiVersionDeclarations extends BTreeMap<Text, u8> {}

  /** @name PalletReviveTypesRuntimeApiPayloadsEthBlockBlockVersionedInputPayload (495) */
  interface PalletReviveTypesRuntimeApiPayloadsEthBlockBlockVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthBlockBlockInputPayloadV1 (496) */
  type PalletReviveTypesRuntimeApiPayloadsEthBlockBlockInputPayloadV1 = Null;

  /** @name PalletReviveTypesRuntimeApiPayloadsEthBlockBlockVersionedOutputPayload (497) */
  interface PalletReviveTypesRuntimeApiPayloadsEthBlockBlockVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsEthBlockBlockOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthBlockBlockOutputPayloadV1 (498) */
  interface PalletReviveTypesRuntimeApiPayloadsEthBlockBlockOutputPayloadV1 extends Struct {
    readonly block: PalletReviveTypesRuntimeApiTypesBlockBlockV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashVersionedInputPayload (499) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashInputPayloadV1 (500) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashInputPayloadV1 extends Struct {
    readonly blockNumber: U256;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashVersionedOutputPayload (501) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashOutputPayloadV1 (502) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockHashBlockHashOutputPayloadV1 extends Struct {
    readonly blockHash: Option<H256>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataVersionedInputPayload (503) */
  interface PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataInputPayloadV1 (504) */
  type PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataInputPayloadV1 = Null;

  /** @name PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataVersionedOutputPayload (505) */
  interface PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataOutputPayloadV1 (506) */
  interface PalletReviveTypesRuntimeApiPayloadsReceiptDataReceiptDataOutputPayloadV1 extends Struct {
    readonly receiptData: Vec<PalletReviveTypesRuntimeApiTypesReceiptReceiptGasInfoV1>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitVersionedInputPayload (507) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitInputPayloadV1 (508) */
  type PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitInputPayloadV1 = Null;

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitVersionedOutputPayload (509) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitOutputPayloadV1 (510) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockGasLimitBlockGasLimitOutputPayloadV1 extends Struct {
    readonly blockGasLimit: U256;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasVersionedInputPayload (511) */
  interface PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasInputPayloadV1 (512) */
  type PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasInputPayloadV1 = Null;

  /** @name PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasVersionedOutputPayload (513) */
  interface PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasOutputPayloadV1 (514) */
  interface PalletReviveTypesRuntimeApiPayloadsMaxExtrinsicWeightInGasMaxExtrinsicWeightInGasOutputPayloadV1 extends Struct {
    readonly maxExtrinsicWeightInGas: U256;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBalanceBalanceVersionedInputPayload (515) */
  interface PalletReviveTypesRuntimeApiPayloadsBalanceBalanceVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsBalanceBalanceInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBalanceBalanceInputPayloadV1 (516) */
  interface PalletReviveTypesRuntimeApiPayloadsBalanceBalanceInputPayloadV1 extends Struct {
    readonly address: H160;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBalanceBalanceVersionedOutputPayload (517) */
  interface PalletReviveTypesRuntimeApiPayloadsBalanceBalanceVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsBalanceBalanceOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBalanceBalanceOutputPayloadV1 (518) */
  interface PalletReviveTypesRuntimeApiPayloadsBalanceBalanceOutputPayloadV1 extends Struct {
    readonly balance: U256;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceVersionedInputPayload (519) */
  interface PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceInputPayloadV1 (520) */
  type PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceInputPayloadV1 = Null;

  /** @name PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceVersionedOutputPayload (521) */
  interface PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceOutputPayloadV1 (522) */
  interface PalletReviveTypesRuntimeApiPayloadsGasPriceGasPriceOutputPayloadV1 extends Struct {
    readonly gasPrice: U256;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsNonceNonceVersionedInputPayload (523) */
  interface PalletReviveTypesRuntimeApiPayloadsNonceNonceVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsNonceNonceInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsNonceNonceInputPayloadV1 (524) */
  interface PalletReviveTypesRuntimeApiPayloadsNonceNonceInputPayloadV1 extends Struct {
    readonly address: H160;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsNonceNonceVersionedOutputPayload (525) */
  interface PalletReviveTypesRuntimeApiPayloadsNonceNonceVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsNonceNonceOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsNonceNonceOutputPayloadV1 (526) */
  interface PalletReviveTypesRuntimeApiPayloadsNonceNonceOutputPayloadV1 extends Struct {
    readonly nonce: u32;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsCallCallVersionedInputPayload (527) */
  interface PalletReviveTypesRuntimeApiPayloadsCallCallVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsCallCallInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsCallCallInputPayloadV1 (528) */
  interface PalletReviveTypesRuntimeApiPayloadsCallCallInputPayloadV1 extends Struct {
    readonly origin: AccountId32;
    readonly dest: H160;
    readonly value: u128;
    readonly gasLimit: Option<SpWeightsWeightV2Weight>;
    readonly storageDepositLimit: Option<u128>;
    readonly inputData: Bytes;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsCallCallVersionedOutputPayload (529) */
  interface PalletReviveTypesRuntimeApiPayloadsCallCallVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsCallCallOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsCallCallOutputPayloadV1 (530) */
  interface PalletReviveTypesRuntimeApiPayloadsCallCallOutputPayloadV1 extends Struct {
    readonly contractResult: PalletReviveTypesRuntimeApiTypesContractContractResultV1ExecReturnValueV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateVersionedInputPayload (531) */
  interface PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateInputPayloadV1 (532) */
  interface PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateInputPayloadV1 extends Struct {
    readonly origin: AccountId32;
    readonly value: u128;
    readonly gasLimit: Option<SpWeightsWeightV2Weight>;
    readonly storageDepositLimit: Option<u128>;
    readonly code: PalletReviveTypesRuntimeApiTypesContractCodeV1;
    readonly data: Bytes;
    readonly salt: Option<U8aFixed>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateVersionedOutputPayload (533) */
  interface PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateOutputPayloadV1 (534) */
  interface PalletReviveTypesRuntimeApiPayloadsInstantiateInstantiateOutputPayloadV1 extends Struct {
    readonly contractResult: PalletReviveTypesRuntimeApiTypesContractContractResultV1InstantiateReturnValueV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthTransactTransactVersionedInputPayload (535) */
  interface PalletReviveTypesRuntimeApiPayloadsEthTransactTransactVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsEthTransactTransactInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthTransactTransactInputPayloadV1 (536) */
  interface PalletReviveTypesRuntimeApiPayloadsEthTransactTransactInputPayloadV1 extends Struct {
    readonly tx: PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1;
    readonly timestampOverride: Option<u64>;
    readonly performBalanceChecks: bool;
    readonly stateOverrides: Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthTransactTransactVersionedOutputPayload (538) */
  interface PalletReviveTypesRuntimeApiPayloadsEthTransactTransactVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsEthTransactTransactOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthTransactTransactOutputPayloadV1 (539) */
  interface PalletReviveTypesRuntimeApiPayloadsEthTransactTransactOutputPayloadV1 extends Struct {
    readonly transactInfo: PalletReviveTypesRuntimeApiTypesDryRunEthTransactInfoV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasVersionedInputPayload (540) */
  interface PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasInputPayloadV1 (541) */
  interface PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasInputPayloadV1 extends Struct {
    readonly tx: PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1;
    readonly timestampOverride: Option<u64>;
    readonly stateOverrides: Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasVersionedOutputPayload (543) */
  interface PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasOutputPayloadV1 (544) */
  interface PalletReviveTypesRuntimeApiPayloadsEthEstimateGasEstimateGasOutputPayloadV1 extends Struct {
    readonly gasEstimate: U256;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightVersionedInputPayload (545) */
  interface PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightInputPayloadV1 (546) */
  interface PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightInputPayloadV1 extends Struct {
    readonly tx: Bytes;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightVersionedOutputPayload (548) */
  interface PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightOutputPayloadV1 (549) */
  interface PalletReviveTypesRuntimeApiPayloadsEthPreDispatchWeightPreDispatchWeightOutputPayloadV1 extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeVersionedInputPayload (550) */
  interface PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeInputPayloadV1 (551) */
  interface PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeInputPayloadV1 extends Struct {
    readonly origin: AccountId32;
    readonly code: Bytes;
    readonly storageDepositLimit: Option<u128>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeVersionedOutputPayload (553) */
  interface PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeOutputPayloadV1 (554) */
  interface PalletReviveTypesRuntimeApiPayloadsUploadCodeUploadCodeOutputPayloadV1 extends Struct {
    readonly codeUploadReturnValue: PalletReviveTypesRuntimeApiTypesUploadCodeUploadReturnValueV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageVersionedInputPayload (555) */
  interface PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageInputPayloadV1 (556) */
  interface PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageInputPayloadV1 extends Struct {
    readonly address: H160;
    readonly key: PalletReviveTypesRuntimeApiTypesStorageStorageKeyV1;
  }

  /** @name PalletReviveTypesRuntimeApiTypesStorageStorageKeyV1 (557) */
  interface PalletReviveTypesRuntimeApiTypesStorageStorageKeyV1 extends Enum {
    readonly isFixed: boolean;
    readonly asFixed: U8aFixed;
    readonly isVariable: boolean;
    readonly asVariable: Bytes;
    readonly type: 'Fixed' | 'Variable';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageVersionedOutputPayload (559) */
  interface PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageOutputPayloadV1 (560) */
  interface PalletReviveTypesRuntimeApiPayloadsGetStorageGetStorageOutputPayloadV1 extends Struct {
    readonly storage: Option<Bytes>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressVersionedInputPayload (561) */
  interface PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressInputPayloadV1 (562) */
  type PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressInputPayloadV1 = Null;

  /** @name PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressVersionedOutputPayload (563) */
  interface PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressOutputPayloadV1 (564) */
  interface PalletReviveTypesRuntimeApiPayloadsRuntimePalletsAddressRuntimePalletsAddressOutputPayloadV1 extends Struct {
    readonly runtimePalletsAddress: H160;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsCodeCodeVersionedInputPayload (565) */
  interface PalletReviveTypesRuntimeApiPayloadsCodeCodeVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsCodeCodeInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsCodeCodeInputPayloadV1 (566) */
  interface PalletReviveTypesRuntimeApiPayloadsCodeCodeInputPayloadV1 extends Struct {
    readonly address: H160;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsCodeCodeVersionedOutputPayload (567) */
  interface PalletReviveTypesRuntimeApiPayloadsCodeCodeVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsCodeCodeOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsCodeCodeOutputPayloadV1 (568) */
  interface PalletReviveTypesRuntimeApiPayloadsCodeCodeOutputPayloadV1 extends Struct {
    readonly code: Bytes;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdVersionedInputPayload (569) */
  interface PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdInputPayloadV1 (570) */
  interface PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdInputPayloadV1 extends Struct {
    readonly address: H160;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdVersionedOutputPayload (571) */
  interface PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdOutputPayloadV1 (572) */
  interface PalletReviveTypesRuntimeApiPayloadsAccountIdAccountIdOutputPayloadV1 extends Struct {
    readonly accountId: AccountId32;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustVersionedInputPayload (573) */
  interface PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustInputPayloadV1 (574) */
  interface PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustInputPayloadV1 extends Struct {
    readonly balance: U256;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustVersionedOutputPayload (576) */
  interface PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustOutputPayloadV1 (577) */
  interface PalletReviveTypesRuntimeApiPayloadsNewBalanceWithDustNewBalanceWithDustOutputPayloadV1 extends Struct {
    readonly newBalance: u128;
    readonly dust: u32;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorVersionedInputPayload (578) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorInputPayloadV1 (579) */
  type PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorInputPayloadV1 = Null;

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorVersionedOutputPayload (580) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorOutputPayloadV1 (581) */
  interface PalletReviveTypesRuntimeApiPayloadsBlockAuthorBlockAuthorOutputPayloadV1 extends Struct {
    readonly blockAuthor: H160;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsAddressAddressVersionedInputPayload (582) */
  interface PalletReviveTypesRuntimeApiPayloadsAddressAddressVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsAddressAddressInputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsAddressAddressInputPayloadV1 (583) */
  interface PalletReviveTypesRuntimeApiPayloadsAddressAddressInputPayloadV1 extends Struct {
    readonly accountId: AccountId32;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsAddressAddressVersionedOutputPayload (584) */
  interface PalletReviveTypesRuntimeApiPayloadsAddressAddressVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsAddressAddressOutputPayloadV1;
    readonly type: 'V1';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsAddressAddressOutputPayloadV1 (585) */
  interface PalletReviveTypesRuntimeApiPayloadsAddressAddressOutputPayloadV1 extends Struct {
    readonly address: H160;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockVersionedInputPayload (586) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV1;
    readonly isV2: boolean;
    readonly asV2: PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV2;
    readonly type: 'V1' | 'V2';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV1 (587) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV1 extends Struct {
    readonly block: SpRuntimeBlock;
    readonly config: PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV2 (588) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockInputPayloadV2 extends Struct {
    readonly block: SpRuntimeBlock;
    readonly config: PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockVersionedOutputPayload (589) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV1;
    readonly isV2: boolean;
    readonly asV2: PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV2;
    readonly type: 'V1' | 'V2';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV1 (590) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV1 extends Struct {
    readonly traces: Vec<ITuple<[u32, PalletReviveTypesRuntimeApiTypesTracesTraceV1]>>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV2 (591) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceBlockTraceBlockOutputPayloadV2 extends Struct {
    readonly entries_: Vec<ITuple<[u32, PalletReviveTypesRuntimeApiTypesTracesTraceEntryV1]>>;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesTraceEntryV1 (594) */
  interface PalletReviveTypesRuntimeApiTypesTracesTraceEntryV1 extends Enum {
    readonly isTraced: boolean;
    readonly asTraced: PalletReviveTypesRuntimeApiTypesTracesTraceV2;
    readonly isNotTraced: boolean;
    readonly type: 'Traced' | 'NotTraced';
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesTraceV2 (595) */
  interface PalletReviveTypesRuntimeApiTypesTracesTraceV2 extends Enum {
    readonly isCall: boolean;
    readonly asCall: PalletReviveTypesRuntimeApiTypesTracesCallTraceV2;
    readonly isPrestate: boolean;
    readonly asPrestate: PalletReviveTypesRuntimeApiTypesTracesPrestateTraceV1;
    readonly isExecution: boolean;
    readonly asExecution: PalletReviveTypesRuntimeApiTypesTracesExecutionTraceV1;
    readonly type: 'Call' | 'Prestate' | 'Execution';
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesCallTraceV2 (596) */
  interface PalletReviveTypesRuntimeApiTypesTracesCallTraceV2 extends Struct {
    readonly from: H160;
    readonly gas: u64;
    readonly gasUsed: u64;
    readonly to: H160;
    readonly input: Bytes;
    readonly output: Bytes;
    readonly error: Option<Text>;
    readonly revertReason: Option<Text>;
    readonly calls: Vec<PalletReviveTypesRuntimeApiTypesTracesCallTraceV2>;
    readonly logs: Vec<PalletReviveTypesRuntimeApiTypesTracesCallLogV2>;
    readonly value: Option<U256>;
    readonly callType: PalletReviveTypesRuntimeApiTypesTracesCallTypeV1;
  }

  /** @name PalletReviveTypesRuntimeApiTypesTracesCallLogV2 (599) */
  interface PalletReviveTypesRuntimeApiTypesTracesCallLogV2 extends Struct {
    readonly address: H160;
    readonly topics: Vec<H256>;
    readonly data: Bytes;
    readonly position: u32;
    readonly index: u32;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxVersionedInputPayload (600) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV1;
    readonly isV2: boolean;
    readonly asV2: PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV2;
    readonly type: 'V1' | 'V2';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV1 (601) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV1 extends Struct {
    readonly block: SpRuntimeBlock;
    readonly txIndex: u32;
    readonly config: PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV2 (602) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxInputPayloadV2 extends Struct {
    readonly block: SpRuntimeBlock;
    readonly txIndex: u32;
    readonly config: PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxVersionedOutputPayload (603) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV1;
    readonly isV2: boolean;
    readonly asV2: PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV2;
    readonly type: 'V1' | 'V2';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV1 (604) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV1 extends Struct {
    readonly trace: Option<PalletReviveTypesRuntimeApiTypesTracesTraceV1>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV2 (605) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceTxTraceTxOutputPayloadV2 extends Struct {
    readonly entry: Option<PalletReviveTypesRuntimeApiTypesTracesTraceEntryV1>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallVersionedInputPayload (607) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallVersionedInputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV1;
    readonly isV2: boolean;
    readonly asV2: PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV2;
    readonly type: 'V1' | 'V2';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV1 (608) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV1 extends Struct {
    readonly tx: PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1;
    readonly config: PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1;
    readonly stateOverrides: Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV2 (609) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallInputPayloadV2 extends Struct {
    readonly tx: PalletReviveTypesRuntimeApiTypesTransactionGenericTransactionV1;
    readonly config: PalletReviveTypesRuntimeApiTypesTracerTracerTypeV1;
    readonly stateOverrides: Option<PalletReviveTypesRuntimeApiTypesStateOverridesStateOverrideSetV1>;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallVersionedOutputPayload (611) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallVersionedOutputPayload extends Enum {
    readonly isV1: boolean;
    readonly asV1: PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV1;
    readonly isV2: boolean;
    readonly asV2: PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV2;
    readonly type: 'V1' | 'V2';
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV1 (612) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV1 extends Struct {
    readonly trace: PalletReviveTypesRuntimeApiTypesTracesTraceV1;
  }

  /** @name PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV2 (613) */
  interface PalletReviveTypesRuntimeApiPayloadsTraceCallTraceCallOutputPayloadV2 extends Struct {
    readonly trace: PalletReviveTypesRuntimeApiTypesTracesTraceV2;
  }

  /** @name SibylRuntimeRuntimeError (614) */
  interface SibylRuntimeRuntimeError extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSystemError;
    readonly isBalances: boolean;
    readonly asBalances: PalletBalancesError;
    readonly isSudo: boolean;
    readonly asSudo: PalletSudoError;
    readonly isCouncil: boolean;
    readonly asCouncil: PalletCollectiveError;
    readonly isUtility: boolean;
    readonly asUtility: PalletUtilityError;
    readonly isAuthorities: boolean;
    readonly asAuthorities: PalletSibylAuthoritiesError;
    readonly isSession: boolean;
    readonly asSession: PalletSessionError;
    readonly isGrandpa: boolean;
    readonly asGrandpa: PalletGrandpaError;
    readonly isModels: boolean;
    readonly asModels: PalletSibylModelsError;
    readonly isStakes: boolean;
    readonly asStakes: PalletSibylStakesError;
    readonly isTiqe: boolean;
    readonly asTiqe: PalletSibylTiqeError;
    readonly isSessions: boolean;
    readonly asSessions: PalletSibylSessionsError;
    readonly isPricing: boolean;
    readonly asPricing: PalletSibylPricingError;
    readonly isRelayMining: boolean;
    readonly asRelayMining: PalletSibylRelayMiningError;
    readonly isSettlement: boolean;
    readonly asSettlement: PalletSibylSettlementError;
    readonly isJobs: boolean;
    readonly asJobs: PalletSibylJobsError;
    readonly isRevive: boolean;
    readonly asRevive: PalletReviveError;
    readonly type: 'System' | 'Balances' | 'Sudo' | 'Council' | 'Utility' | 'Authorities' | 'Session' | 'Grandpa' | 'Models' | 'Stakes' | 'Tiqe' | 'Sessions' | 'Pricing' | 'RelayMining' | 'Settlement' | 'Jobs' | 'Revive';
  }

} // declare module
