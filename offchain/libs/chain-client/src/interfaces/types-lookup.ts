// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/lookup';

import type { BTreeMap, Bytes, Compact, Enum, Null, Option, Result, Struct, Text, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, MultiAddress, Perbill, Permill } from '@polkadot/types/interfaces/runtime';
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
    readonly type: 'System' | 'Council';
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

  /** @name PalletSibylAuthoritiesCall (35) */
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

  /** @name PalletSessionCall (36) */
  interface PalletSessionCall extends Enum {
    readonly isSetKeys: boolean;
    readonly asSetKeys: {
      readonly keys_: SibylRuntimeSessionKeys;
      readonly proof: Bytes;
    } & Struct;
    readonly isPurgeKeys: boolean;
    readonly type: 'SetKeys' | 'PurgeKeys';
  }

  /** @name SibylRuntimeSessionKeys (37) */
  interface SibylRuntimeSessionKeys extends Struct {
    readonly aura: SpConsensusAuraSr25519AppSr25519Public;
    readonly grandpa: SpConsensusGrandpaAppPublic;
  }

  /** @name SpConsensusAuraSr25519AppSr25519Public (38) */
  interface SpConsensusAuraSr25519AppSr25519Public extends U8aFixed {}

  /** @name SpConsensusGrandpaAppPublic (39) */
  interface SpConsensusGrandpaAppPublic extends U8aFixed {}

  /** @name PalletGrandpaCall (40) */
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

  /** @name SpConsensusGrandpaEquivocationProof (41) */
  interface SpConsensusGrandpaEquivocationProof extends Struct {
    readonly setId: u64;
    readonly equivocation: SpConsensusGrandpaEquivocation;
  }

  /** @name SpConsensusGrandpaEquivocation (42) */
  interface SpConsensusGrandpaEquivocation extends Enum {
    readonly isPrevote: boolean;
    readonly asPrevote: FinalityGrandpaEquivocationPrevote;
    readonly isPrecommit: boolean;
    readonly asPrecommit: FinalityGrandpaEquivocationPrecommit;
    readonly type: 'Prevote' | 'Precommit';
  }

  /** @name FinalityGrandpaEquivocationPrevote (43) */
  interface FinalityGrandpaEquivocationPrevote extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrevote (44) */
  interface FinalityGrandpaPrevote extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpConsensusGrandpaAppSignature (45) */
  interface SpConsensusGrandpaAppSignature extends U8aFixed {}

  /** @name FinalityGrandpaEquivocationPrecommit (48) */
  interface FinalityGrandpaEquivocationPrecommit extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrecommit (49) */
  interface FinalityGrandpaPrecommit extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpCoreVoid (51) */
  type SpCoreVoid = Null;

  /** @name PalletSibylModelsCall (52) */
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

  /** @name PalletSibylModelsModelSpec (53) */
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

  /** @name PalletSibylModelsComputeWeights (55) */
  interface PalletSibylModelsComputeWeights extends Struct {
    readonly promptToken: u32;
    readonly completionToken: u32;
  }

  /** @name PalletSibylModelsModelUpdate (56) */
  interface PalletSibylModelsModelUpdate extends Struct {
    readonly name: Option<Bytes>;
    readonly chatTemplate: Option<Bytes>;
    readonly license: Option<Bytes>;
    readonly uris: Option<Vec<Bytes>>;
    readonly royalty: Option<Perbill>;
    readonly priceFloor: Option<u128>;
  }

  /** @name PalletSibylModelsModelParameters (61) */
  interface PalletSibylModelsModelParameters extends Struct {
    readonly depositBase: u128;
    readonly depositPerByte: u128;
    readonly maxRoyalty: Perbill;
  }

  /** @name PalletSibylStakesCall (62) */
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

  /** @name PalletSibylStakesDeviceClass (64) */
  interface PalletSibylStakesDeviceClass extends Enum {
    readonly isSingle: boolean;
    readonly isCluster: boolean;
    readonly asCluster: {
      readonly devices: u16;
    } & Struct;
    readonly type: 'Single' | 'Cluster';
  }

  /** @name SibylPrimitivesRole (65) */
  interface SibylPrimitivesRole extends Enum {
    readonly isSupplier: boolean;
    readonly isValidator: boolean;
    readonly isGateway: boolean;
    readonly isApplication: boolean;
    readonly type: 'Supplier' | 'Validator' | 'Gateway' | 'Application';
  }

  /** @name PalletSibylStakesStakeParameters (66) */
  interface PalletSibylStakesStakeParameters extends Struct {
    readonly minSupplierStake: u128;
    readonly minValidatorStake: u128;
    readonly minGatewayStake: u128;
    readonly minApplicationDeposit: u128;
    readonly unbondingPeriod: u32;
  }

  /** @name PalletSibylTiqeCall (67) */
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

  /** @name PalletSibylTiqeTiqeParameters (71) */
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

  /** @name PalletSibylTiqeCalibration (73) */
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

  /** @name PalletSibylSessionsCall (74) */
  interface PalletSibylSessionsCall extends Enum {
    readonly isSetParameters: boolean;
    readonly asSetParameters: {
      readonly parameters: PalletSibylSessionsSessionParameters;
    } & Struct;
    readonly type: 'SetParameters';
  }

  /** @name PalletSibylSessionsSessionParameters (75) */
  interface PalletSibylSessionsSessionParameters extends Struct {
    readonly sessionLength: u32;
    readonly suppliersPerSession: u32;
    readonly unratedReputation: Permill;
    readonly retainedSessions: u32;
  }

  /** @name PalletSibylPricingCall (76) */
  interface PalletSibylPricingCall extends Enum {
    readonly isSetParameters: boolean;
    readonly asSetParameters: {
      readonly parameters: PalletSibylPricingPricingParameters;
    } & Struct;
    readonly type: 'SetParameters';
  }

  /** @name PalletSibylPricingPricingParameters (77) */
  interface PalletSibylPricingPricingParameters extends Struct {
    readonly delta: Permill;
    readonly targetUtilization: Permill;
    readonly capMultiple: u32;
  }

  /** @name PalletSibylRelayMiningCall (78) */
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

  /** @name PalletSibylRelayMiningSumTreeNodeSummary (79) */
  interface PalletSibylRelayMiningSumTreeNodeSummary extends Struct {
    readonly hash_: U8aFixed;
    readonly sum: u64;
    readonly count: u64;
  }

  /** @name PalletSibylRelayMiningPathProof (81) */
  interface PalletSibylRelayMiningPathProof extends Struct {
    readonly relay: SibylPrimitivesRelayCompactRelay;
    readonly siblings: Vec<Option<PalletSibylRelayMiningSumTreeSibling>>;
  }

  /** @name SibylPrimitivesRelayCompactRelay (82) */
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

  /** @name SibylPrimitivesRelaySamplingParams (83) */
  interface SibylPrimitivesRelaySamplingParams extends Struct {
    readonly maxTokens: u32;
    readonly temperatureMilli: u32;
    readonly topPMilli: u32;
    readonly seed: Option<u64>;
  }

  /** @name PalletSibylRelayMiningSumTreeSibling (87) */
  interface PalletSibylRelayMiningSumTreeSibling extends Struct {
    readonly hash_: U8aFixed;
    readonly sum: Compact<u64>;
    readonly count: Compact<u64>;
  }

  /** @name PalletSibylRelayMiningMiningParameters (88) */
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

  /** @name PalletSibylSettlementCall (89) */
  interface PalletSibylSettlementCall extends Enum {
    readonly isSetParameters: boolean;
    readonly asSetParameters: {
      readonly parameters: PalletSibylSettlementSettlementParameters;
    } & Struct;
    readonly type: 'SetParameters';
  }

  /** @name PalletSibylSettlementSettlementParameters (90) */
  interface PalletSibylSettlementSettlementParameters extends Struct {
    readonly supplierShare: Perbill;
    readonly validatorShare: Perbill;
    readonly gatewayShare: Perbill;
    readonly unratedAlpha: Permill;
  }

  /** @name PalletSibylJobsCall (91) */
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

  /** @name PalletSibylJobsJobParameters (92) */
  interface PalletSibylJobsJobParameters extends Struct {
    readonly jobTimeout: u32;
    readonly expirySlash: Perbill;
    readonly minPrice: u128;
    readonly deposit: u128;
    readonly retention: u32;
  }

  /** @name PalletSibylJobsRefusal (93) */
  interface PalletSibylJobsRefusal extends Enum {
    readonly isPromptAboveDeclared: boolean;
    readonly asPromptAboveDeclared: {
      readonly promptTokens: u32;
    } & Struct;
    readonly isUnrenderable: boolean;
    readonly type: 'PromptAboveDeclared' | 'Unrenderable';
  }

  /** @name SpRuntimeMultiSignature (94) */
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

  /** @name FrameSystemExtensionsCheckNonZeroSender (96) */
  type FrameSystemExtensionsCheckNonZeroSender = Null;

  /** @name FrameSystemExtensionsCheckSpecVersion (97) */
  type FrameSystemExtensionsCheckSpecVersion = Null;

  /** @name FrameSystemExtensionsCheckTxVersion (98) */
  type FrameSystemExtensionsCheckTxVersion = Null;

  /** @name FrameSystemExtensionsCheckGenesis (99) */
  type FrameSystemExtensionsCheckGenesis = Null;

  /** @name FrameSystemExtensionsCheckNonce (102) */
  interface FrameSystemExtensionsCheckNonce extends Compact<u32> {}

  /** @name FrameSystemExtensionsCheckWeight (103) */
  type FrameSystemExtensionsCheckWeight = Null;

  /** @name PalletTransactionPaymentChargeTransactionPayment (104) */
  interface PalletTransactionPaymentChargeTransactionPayment extends Compact<u128> {}

  /** @name FrameSystemAccountInfo (106) */
  interface FrameSystemAccountInfo extends Struct {
    readonly nonce: u32;
    readonly consumers: u32;
    readonly providers: u32;
    readonly sufficients: u32;
    readonly data: PalletBalancesAccountData;
  }

  /** @name PalletBalancesAccountData (107) */
  interface PalletBalancesAccountData extends Struct {
    readonly free: u128;
    readonly reserved: u128;
    readonly frozen: u128;
    readonly flags: u128;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeight (109) */
  interface FrameSupportDispatchPerDispatchClassWeight extends Struct {
    readonly normal: SpWeightsWeightV2Weight;
    readonly operational: SpWeightsWeightV2Weight;
    readonly mandatory: SpWeightsWeightV2Weight;
  }

  /** @name SpRuntimeDigest (110) */
  interface SpRuntimeDigest extends Struct {
    readonly logs: Vec<SpRuntimeDigestDigestItem>;
  }

  /** @name SpRuntimeDigestDigestItem (112) */
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

  /** @name FrameSystemEventRecord (115) */
  interface FrameSystemEventRecord extends Struct {
    readonly phase: FrameSystemPhase;
    readonly event: Event;
    readonly topics: Vec<H256>;
  }

  /** @name FrameSystemEvent (117) */
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

  /** @name FrameSystemDispatchEventInfo (118) */
  interface FrameSystemDispatchEventInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name FrameSupportDispatchDispatchClass (119) */
  interface FrameSupportDispatchDispatchClass extends Enum {
    readonly isNormal: boolean;
    readonly isOperational: boolean;
    readonly isMandatory: boolean;
    readonly type: 'Normal' | 'Operational' | 'Mandatory';
  }

  /** @name FrameSupportDispatchPays (120) */
  interface FrameSupportDispatchPays extends Enum {
    readonly isYes: boolean;
    readonly isNo: boolean;
    readonly type: 'Yes' | 'No';
  }

  /** @name SpRuntimeDispatchError (121) */
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

  /** @name SpRuntimeModuleError (122) */
  interface SpRuntimeModuleError extends Struct {
    readonly index: u8;
    readonly error: U8aFixed;
  }

  /** @name SpRuntimeTokenError (123) */
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

  /** @name SpArithmeticArithmeticError (124) */
  interface SpArithmeticArithmeticError extends Enum {
    readonly isUnderflow: boolean;
    readonly isOverflow: boolean;
    readonly isDivisionByZero: boolean;
    readonly type: 'Underflow' | 'Overflow' | 'DivisionByZero';
  }

  /** @name SpRuntimeTransactionalError (125) */
  interface SpRuntimeTransactionalError extends Enum {
    readonly isLimitReached: boolean;
    readonly isNoLayer: boolean;
    readonly type: 'LimitReached' | 'NoLayer';
  }

  /** @name SpRuntimeProvingTrieTrieError (126) */
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

  /** @name PalletBalancesEvent (127) */
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

  /** @name FrameSupportTokensMiscBalanceStatus (128) */
  interface FrameSupportTokensMiscBalanceStatus extends Enum {
    readonly isFree: boolean;
    readonly isReserved: boolean;
    readonly type: 'Free' | 'Reserved';
  }

  /** @name SibylRuntimeRuntimeHoldReason (129) */
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
    readonly type: 'Council' | 'Session' | 'Models' | 'Stakes' | 'Jobs';
  }

  /** @name PalletCollectiveHoldReason (130) */
  interface PalletCollectiveHoldReason extends Enum {
    readonly isProposalSubmission: boolean;
    readonly type: 'ProposalSubmission';
  }

  /** @name PalletSessionHoldReason (131) */
  interface PalletSessionHoldReason extends Enum {
    readonly isKeys: boolean;
    readonly type: 'Keys';
  }

  /** @name PalletSibylModelsHoldReason (132) */
  interface PalletSibylModelsHoldReason extends Enum {
    readonly isModelDeposit: boolean;
    readonly type: 'ModelDeposit';
  }

  /** @name PalletSibylStakesHoldReason (133) */
  interface PalletSibylStakesHoldReason extends Enum {
    readonly isSupplierStake: boolean;
    readonly isValidatorStake: boolean;
    readonly isGatewayStake: boolean;
    readonly isApplicationDeposit: boolean;
    readonly type: 'SupplierStake' | 'ValidatorStake' | 'GatewayStake' | 'ApplicationDeposit';
  }

  /** @name PalletSibylJobsHoldReason (134) */
  interface PalletSibylJobsHoldReason extends Enum {
    readonly isJobDeposit: boolean;
    readonly type: 'JobDeposit';
  }

  /** @name PalletBalancesUnexpectedKind (135) */
  interface PalletBalancesUnexpectedKind extends Enum {
    readonly isBalanceUpdated: boolean;
    readonly isFailedToMutateAccount: boolean;
    readonly type: 'BalanceUpdated' | 'FailedToMutateAccount';
  }

  /** @name PalletTransactionPaymentEvent (136) */
  interface PalletTransactionPaymentEvent extends Enum {
    readonly isTransactionFeePaid: boolean;
    readonly asTransactionFeePaid: {
      readonly who: AccountId32;
      readonly actualFee: u128;
      readonly tip: u128;
    } & Struct;
    readonly type: 'TransactionFeePaid';
  }

  /** @name PalletSudoEvent (137) */
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

  /** @name PalletCollectiveEvent (139) */
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

  /** @name PalletUtilityEvent (140) */
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

  /** @name PalletSibylAuthoritiesEvent (141) */
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

  /** @name PalletSessionEvent (142) */
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

  /** @name PalletGrandpaEvent (143) */
  interface PalletGrandpaEvent extends Enum {
    readonly isNewAuthorities: boolean;
    readonly asNewAuthorities: {
      readonly authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    } & Struct;
    readonly isPaused: boolean;
    readonly isResumed: boolean;
    readonly type: 'NewAuthorities' | 'Paused' | 'Resumed';
  }

  /** @name PalletSibylModelsEvent (146) */
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

  /** @name PalletSibylStakesEvent (147) */
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

  /** @name SibylPrimitivesSlashReason (148) */
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

  /** @name PalletSibylTiqeEvent (149) */
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

  /** @name SibylPrimitivesUnevaluated (150) */
  interface SibylPrimitivesUnevaluated extends Enum {
    readonly isNoValidators: boolean;
    readonly isNoQuorum: boolean;
    readonly isQueueFull: boolean;
    readonly type: 'NoValidators' | 'NoQuorum' | 'QueueFull';
  }

  /** @name PalletSibylSessionsEvent (151) */
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

  /** @name PalletSibylPricingEvent (152) */
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

  /** @name PalletSibylRelayMiningEvent (153) */
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

  /** @name PalletSibylSettlementEvent (154) */
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

  /** @name PalletSibylSettlementPayout (156) */
  interface PalletSibylSettlementPayout extends Struct {
    readonly supplier: u128;
    readonly royalty: u128;
    readonly validators: u128;
    readonly gateways: u128;
    readonly treasury: u128;
    readonly refunded: u128;
  }

  /** @name PalletSibylJobsEvent (157) */
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

  /** @name PalletSibylJobsJobFailure (158) */
  interface PalletSibylJobsJobFailure extends Enum {
    readonly isNoSupplier: boolean;
    readonly isSuppliersBusy: boolean;
    readonly isTimeout: boolean;
    readonly type: 'NoSupplier' | 'SuppliersBusy' | 'Timeout';
  }

  /** @name FrameSystemPhase (159) */
  interface FrameSystemPhase extends Enum {
    readonly isApplyExtrinsic: boolean;
    readonly asApplyExtrinsic: u32;
    readonly isFinalization: boolean;
    readonly isInitialization: boolean;
    readonly type: 'ApplyExtrinsic' | 'Finalization' | 'Initialization';
  }

  /** @name FrameSystemLastRuntimeUpgradeInfo (162) */
  interface FrameSystemLastRuntimeUpgradeInfo extends Struct {
    readonly specVersion: Compact<u32>;
    readonly specName: Text;
  }

  /** @name FrameSystemCodeUpgradeAuthorization (165) */
  interface FrameSystemCodeUpgradeAuthorization extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name FrameSystemLimitsBlockWeights (166) */
  interface FrameSystemLimitsBlockWeights extends Struct {
    readonly baseBlock: SpWeightsWeightV2Weight;
    readonly maxBlock: SpWeightsWeightV2Weight;
    readonly perClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeightsPerClass (167) */
  interface FrameSupportDispatchPerDispatchClassWeightsPerClass extends Struct {
    readonly normal: FrameSystemLimitsWeightsPerClass;
    readonly operational: FrameSystemLimitsWeightsPerClass;
    readonly mandatory: FrameSystemLimitsWeightsPerClass;
  }

  /** @name FrameSystemLimitsWeightsPerClass (168) */
  interface FrameSystemLimitsWeightsPerClass extends Struct {
    readonly baseExtrinsic: SpWeightsWeightV2Weight;
    readonly maxExtrinsic: Option<SpWeightsWeightV2Weight>;
    readonly maxTotal: Option<SpWeightsWeightV2Weight>;
    readonly reserved: Option<SpWeightsWeightV2Weight>;
  }

  /** @name FrameSystemLimitsBlockLength (170) */
  interface FrameSystemLimitsBlockLength extends Struct {
    readonly max: FrameSupportDispatchPerDispatchClassU32;
    readonly maxHeaderSize: Option<u32>;
  }

  /** @name FrameSupportDispatchPerDispatchClassU32 (171) */
  interface FrameSupportDispatchPerDispatchClassU32 extends Struct {
    readonly normal: u32;
    readonly operational: u32;
    readonly mandatory: u32;
  }

  /** @name SpWeightsRuntimeDbWeight (173) */
  interface SpWeightsRuntimeDbWeight extends Struct {
    readonly read: u64;
    readonly write: u64;
  }

  /** @name SpVersionRuntimeVersion (174) */
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

  /** @name FrameSystemError (179) */
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

  /** @name PalletBalancesBalanceLock (184) */
  interface PalletBalancesBalanceLock extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
    readonly reasons: PalletBalancesReasons;
  }

  /** @name PalletBalancesReasons (185) */
  interface PalletBalancesReasons extends Enum {
    readonly isFee: boolean;
    readonly isMisc: boolean;
    readonly isAll: boolean;
    readonly type: 'Fee' | 'Misc' | 'All';
  }

  /** @name PalletBalancesReserveData (188) */
  interface PalletBalancesReserveData extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeHoldReason (191) */
  interface FrameSupportTokensMiscIdAmountRuntimeHoldReason extends Struct {
    readonly id: SibylRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeFreezeReason (194) */
  interface FrameSupportTokensMiscIdAmountRuntimeFreezeReason extends Struct {
    readonly id: SibylRuntimeRuntimeFreezeReason;
    readonly amount: u128;
  }

  /** @name SibylRuntimeRuntimeFreezeReason (195) */
  type SibylRuntimeRuntimeFreezeReason = Null;

  /** @name PalletBalancesError (197) */
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

  /** @name PalletTransactionPaymentReleases (199) */
  interface PalletTransactionPaymentReleases extends Enum {
    readonly isV1Ancient: boolean;
    readonly isV2: boolean;
    readonly type: 'V1Ancient' | 'V2';
  }

  /** @name FrameSupportStorageNoDrop (200) */
  interface FrameSupportStorageNoDrop extends FrameSupportTokensFungibleImbalance {}

  /** @name FrameSupportTokensFungibleImbalance (201) */
  interface FrameSupportTokensFungibleImbalance extends Struct {
    readonly amount: u128;
  }

  /** @name PalletSudoError (202) */
  interface PalletSudoError extends Enum {
    readonly isRequireSudo: boolean;
    readonly type: 'RequireSudo';
  }

  /** @name PalletCollectiveVotes (205) */
  interface PalletCollectiveVotes extends Struct {
    readonly index: u32;
    readonly threshold: u32;
    readonly ayes: Vec<AccountId32>;
    readonly nays: Vec<AccountId32>;
    readonly end: u32;
  }

  /** @name PalletCollectiveError (206) */
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

  /** @name PalletUtilityError (208) */
  interface PalletUtilityError extends Enum {
    readonly isTooManyCalls: boolean;
    readonly type: 'TooManyCalls';
  }

  /** @name PalletSibylAuthoritiesError (210) */
  interface PalletSibylAuthoritiesError extends Enum {
    readonly isAlreadyAuthority: boolean;
    readonly isNotAuthority: boolean;
    readonly isNoSessionKeys: boolean;
    readonly isTooManyAuthorities: boolean;
    readonly isTooFewAuthorities: boolean;
    readonly isSessionPeriodTooShort: boolean;
    readonly type: 'AlreadyAuthority' | 'NotAuthority' | 'NoSessionKeys' | 'TooManyAuthorities' | 'TooFewAuthorities' | 'SessionPeriodTooShort';
  }

  /** @name SpCoreCryptoKeyTypeId (217) */
  interface SpCoreCryptoKeyTypeId extends U8aFixed {}

  /** @name PalletSessionError (218) */
  interface PalletSessionError extends Enum {
    readonly isInvalidProof: boolean;
    readonly isNoAssociatedValidatorId: boolean;
    readonly isDuplicatedKey: boolean;
    readonly isNoKeys: boolean;
    readonly isNoAccount: boolean;
    readonly type: 'InvalidProof' | 'NoAssociatedValidatorId' | 'DuplicatedKey' | 'NoKeys' | 'NoAccount';
  }

  /** @name PalletGrandpaStoredState (219) */
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

  /** @name PalletGrandpaStoredPendingChange (220) */
  interface PalletGrandpaStoredPendingChange extends Struct {
    readonly scheduledAt: u32;
    readonly delay: u32;
    readonly nextAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly forced: Option<u32>;
  }

  /** @name PalletGrandpaError (222) */
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

  /** @name PalletSibylModelsModelInfo (223) */
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

  /** @name PalletSibylModelsModelStatus (231) */
  interface PalletSibylModelsModelStatus extends Enum {
    readonly isActive: boolean;
    readonly isRetired: boolean;
    readonly type: 'Active' | 'Retired';
  }

  /** @name PalletSibylModelsError (233) */
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

  /** @name PalletSibylStakesBond (235) */
  interface PalletSibylStakesBond extends Struct {
    readonly active: u128;
    readonly unlocking: Vec<PalletSibylStakesUnlockChunk>;
  }

  /** @name PalletSibylStakesUnlockChunk (237) */
  interface PalletSibylStakesUnlockChunk extends Struct {
    readonly value: u128;
    readonly unlockAt: u32;
  }

  /** @name PalletSibylStakesSupplierConfig (239) */
  interface PalletSibylStakesSupplierConfig extends Struct {
    readonly models: Vec<u32>;
    readonly natsSubject: Bytes;
    readonly capacityTps: u32;
    readonly device: PalletSibylStakesDeviceClass;
  }

  /** @name PalletSibylStakesGatewayConfig (242) */
  interface PalletSibylStakesGatewayConfig extends Struct {
    readonly url: Bytes;
  }

  /** @name PalletSibylStakesApplicationConfig (244) */
  interface PalletSibylStakesApplicationConfig extends Struct {
    readonly delegations: Vec<PalletSibylStakesDelegation>;
    readonly spendLimit: u128;
    readonly nextLimit: Option<ITuple<[u64, u128]>>;
  }

  /** @name PalletSibylStakesDelegation (246) */
  interface PalletSibylStakesDelegation extends Struct {
    readonly gateway: AccountId32;
    readonly from: u64;
    readonly until: Option<u64>;
  }

  /** @name PalletSibylStakesError (250) */
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

  /** @name PalletSibylTiqePendingBatch (251) */
  interface PalletSibylTiqePendingBatch extends Struct {
    readonly supplier: AccountId32;
    readonly model: u32;
    readonly session: u64;
    readonly relays: Vec<H256>;
    readonly committedAt: u32;
  }

  /** @name PalletSibylTiqeRoundInfo (252) */
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

  /** @name PalletSibylTiqeVote (257) */
  interface PalletSibylTiqeVote extends Struct {
    readonly commitment: H256;
    readonly revealed: Option<PalletSibylTiqeScore>;
  }

  /** @name PalletSibylTiqeScore (259) */
  interface PalletSibylTiqeScore extends Struct {
    readonly alpha: Permill;
    readonly withheld: bool;
  }

  /** @name PalletSibylTiqeRoundProgress (260) */
  interface PalletSibylTiqeRoundProgress extends Struct {
    readonly committed: u32;
    readonly revealed: u32;
  }

  /** @name PalletSibylTiqeRoundResult (263) */
  interface PalletSibylTiqeRoundResult extends Struct {
    readonly supplier: AccountId32;
    readonly median: Option<Permill>;
    readonly alpha: Option<Permill>;
    readonly revealed: u32;
    readonly withheld: bool;
  }

  /** @name PalletSibylTiqeSessionScore (266) */
  interface PalletSibylTiqeSessionScore extends Struct {
    readonly mean: Permill;
    readonly rounds: u32;
  }

  /** @name PalletSibylTiqeError (267) */
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

  /** @name PalletSibylSessionsSessionInfo (268) */
  interface PalletSibylSessionsSessionInfo extends Struct {
    readonly start: u32;
    readonly length: u32;
    readonly seed: H256;
    readonly suppliersPerSession: u32;
  }

  /** @name PalletSibylSessionsCandidate (271) */
  interface PalletSibylSessionsCandidate extends Struct {
    readonly supplier: AccountId32;
    readonly weight: u128;
    readonly capacityTps: u32;
  }

  /** @name PalletSibylSessionsError (273) */
  interface PalletSibylSessionsError extends Enum {
    readonly isInvalidParameters: boolean;
    readonly type: 'InvalidParameters';
  }

  /** @name PalletSibylPricingError (274) */
  interface PalletSibylPricingError extends Enum {
    readonly isInvalidParameters: boolean;
    readonly type: 'InvalidParameters';
  }

  /** @name PalletSibylRelayMiningClaim (277) */
  interface PalletSibylRelayMiningClaim extends Struct {
    readonly root: PalletSibylRelayMiningSumTreeNodeSummary;
    readonly claimedAt: u32;
    readonly proven: bool;
    readonly paths: u32;
  }

  /** @name PalletSibylRelayMiningDifficulty (278) */
  interface PalletSibylRelayMiningDifficulty extends Struct {
    readonly estimatedRelays: u128;
    readonly probability: u128;
  }

  /** @name PalletSibylRelayMiningError (279) */
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

  /** @name PalletSibylSettlementPendingSettlement (280) */
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

  /** @name PalletSibylSettlementDeferredClaim (282) */
  interface PalletSibylSettlementDeferredClaim extends Struct {
    readonly claim: PalletSibylSettlementPendingSettlement;
    readonly relays: Vec<U8aFixed>;
  }

  /** @name PalletSibylSettlementError (285) */
  interface PalletSibylSettlementError extends Enum {
    readonly isInvalidParameters: boolean;
    readonly type: 'InvalidParameters';
  }

  /** @name PalletSibylJobsJob (286) */
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

  /** @name PalletSibylJobsJobStatus (288) */
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

  /** @name PalletSibylJobsJobResult (290) */
  interface PalletSibylJobsJobResult extends Struct {
    readonly output: Bytes;
    readonly outputHash: U8aFixed;
    readonly promptTokens: u32;
    readonly completionTokens: u32;
  }

  /** @name PalletSibylJobsError (294) */
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

  /** @name SibylRuntimeRuntime (295) */
  type SibylRuntimeRuntime = Null;

  /** @name SpRuntimeBlockLazyBlock (296) */
  interface SpRuntimeBlockLazyBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeHeader (297) */
  interface SpRuntimeHeader extends Struct {
    readonly parentHash: H256;
    readonly number: Compact<u32>;
    readonly stateRoot: H256;
    readonly extrinsicsRoot: H256;
    readonly digest: SpRuntimeDigest;
  }

  /** @name SpRuntimeExtrinsicInclusionMode (301) */
  interface SpRuntimeExtrinsicInclusionMode extends Enum {
    readonly isAllExtrinsics: boolean;
    readonly isOnlyInherents: boolean;
    readonly type: 'AllExtrinsics' | 'OnlyInherents';
  }

  /** @name SpRuntimeTransactionValidityTransactionValidityError (305) */
  interface SpRuntimeTransactionValidityTransactionValidityError extends Enum {
    readonly isInvalid: boolean;
    readonly asInvalid: SpRuntimeTransactionValidityInvalidTransaction;
    readonly isUnknown: boolean;
    readonly asUnknown: SpRuntimeTransactionValidityUnknownTransaction;
    readonly type: 'Invalid' | 'Unknown';
  }

  /** @name SpRuntimeTransactionValidityInvalidTransaction (306) */
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

  /** @name SpRuntimeTransactionValidityUnknownTransaction (307) */
  interface SpRuntimeTransactionValidityUnknownTransaction extends Enum {
    readonly isCannotLookup: boolean;
    readonly isNoUnsignedValidator: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly type: 'CannotLookup' | 'NoUnsignedValidator' | 'Custom';
  }

  /** @name SpInherentsInherentData (308) */
  interface SpInherentsInherentData extends Struct {
    readonly data: BTreeMap<U8aFixed, Bytes>;
  }

  /** @name SpInherentsCheckInherentsResult (313) */
  interface SpInherentsCheckInherentsResult extends Struct {
    readonly okay: bool;
    readonly fatalError: bool;
    readonly errors: SpInherentsInherentData;
  }

  /** @name SpRuntimeTransactionValidityTransactionSource (314) */
  interface SpRuntimeTransactionValidityTransactionSource extends Enum {
    readonly isInBlock: boolean;
    readonly isLocal: boolean;
    readonly isExternal: boolean;
    readonly type: 'InBlock' | 'Local' | 'External';
  }

  /** @name SpRuntimeTransactionValidityValidTransaction (316) */
  interface SpRuntimeTransactionValidityValidTransaction extends Struct {
    readonly priority: u64;
    readonly requires: Vec<Bytes>;
    readonly provides: Vec<Bytes>;
    readonly longevity: u64;
    readonly propagate: bool;
  }

  /** @name SpSessionRuntimeApiOpaqueGeneratedSessionKeys (321) */
  interface SpSessionRuntimeApiOpaqueGeneratedSessionKeys extends Struct {
    readonly keys_: Bytes;
    readonly proof: Bytes;
  }

  /** @name PalletTransactionPaymentRuntimeDispatchInfo (325) */
  interface PalletTransactionPaymentRuntimeDispatchInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly partialFee: u128;
  }

  /** @name PalletTransactionPaymentFeeDetails (326) */
  interface PalletTransactionPaymentFeeDetails extends Struct {
    readonly inclusionFee: Option<PalletTransactionPaymentInclusionFee>;
    readonly tip: u128;
  }

  /** @name PalletTransactionPaymentInclusionFee (328) */
  interface PalletTransactionPaymentInclusionFee extends Struct {
    readonly baseFee: u128;
    readonly lenFee: u128;
    readonly adjustedWeightFee: u128;
  }

  /** @name PalletSibylRelayMiningClaimWindows (332) */
  interface PalletSibylRelayMiningClaimWindows extends Struct {
    readonly claimOpen: u32;
    readonly claimClose: u32;
    readonly proofClose: u32;
  }

  /** @name SibylRuntimeRuntimeError (336) */
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
    readonly type: 'System' | 'Balances' | 'Sudo' | 'Council' | 'Utility' | 'Authorities' | 'Session' | 'Grandpa' | 'Models' | 'Stakes' | 'Tiqe' | 'Sessions' | 'Pricing' | 'RelayMining' | 'Settlement' | 'Jobs';
  }

} // declare module
