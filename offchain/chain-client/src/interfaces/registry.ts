// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/types/registry';

import type { FrameSupportDispatchDispatchClass, FrameSupportDispatchPays, FrameSupportDispatchPerDispatchClassU32, FrameSupportDispatchPerDispatchClassWeight, FrameSupportDispatchPerDispatchClassWeightsPerClass, FrameSupportStorageNoDrop, FrameSupportTokensFungibleImbalance, FrameSupportTokensMiscBalanceStatus, FrameSupportTokensMiscIdAmountRuntimeFreezeReason, FrameSupportTokensMiscIdAmountRuntimeHoldReason, FrameSystemAccountInfo, FrameSystemCall, FrameSystemCodeUpgradeAuthorization, FrameSystemDispatchEventInfo, FrameSystemError, FrameSystemEvent, FrameSystemEventRecord, FrameSystemExtensionsCheckGenesis, FrameSystemExtensionsCheckNonZeroSender, FrameSystemExtensionsCheckNonce, FrameSystemExtensionsCheckSpecVersion, FrameSystemExtensionsCheckTxVersion, FrameSystemExtensionsCheckWeight, FrameSystemLastRuntimeUpgradeInfo, FrameSystemLimitsBlockLength, FrameSystemLimitsBlockWeights, FrameSystemLimitsWeightsPerClass, FrameSystemPhase, PalletBalancesAccountData, PalletBalancesAdjustmentDirection, PalletBalancesBalanceLock, PalletBalancesCall, PalletBalancesError, PalletBalancesEvent, PalletBalancesReasons, PalletBalancesReserveData, PalletBalancesUnexpectedKind, PalletCollectiveCall, PalletCollectiveError, PalletCollectiveEvent, PalletCollectiveHoldReason, PalletCollectiveVotes, PalletSibylModelsCall, PalletSibylModelsComputeWeights, PalletSibylModelsError, PalletSibylModelsEvent, PalletSibylModelsHoldReason, PalletSibylModelsModelInfo, PalletSibylModelsModelParameters, PalletSibylModelsModelSpec, PalletSibylModelsModelStatus, PalletSibylModelsModelUpdate, PalletSibylStakesApplicationConfig, PalletSibylStakesBond, PalletSibylStakesCall, PalletSibylStakesDeviceClass, PalletSibylStakesError, PalletSibylStakesEvent, PalletSibylStakesGatewayConfig, PalletSibylStakesHoldReason, PalletSibylStakesStakeParameters, PalletSibylStakesSupplierConfig, PalletSibylStakesUnlockChunk, PalletSibylTiqeCall, PalletSibylTiqeError, PalletSibylTiqeEvent, PalletSibylTiqePendingBatch, PalletSibylTiqeRoundInfo, PalletSibylTiqeRoundResult, PalletSibylTiqeScore, PalletSibylTiqeSessionScore, PalletSibylTiqeTiqeParameters, PalletSibylTiqeVote, PalletSudoCall, PalletSudoError, PalletSudoEvent, PalletTimestampCall, PalletTransactionPaymentChargeTransactionPayment, PalletTransactionPaymentEvent, PalletTransactionPaymentReleases, SibylPrimitivesRole, SibylPrimitivesSlashReason, SibylRuntimeRuntime, SibylRuntimeRuntimeFreezeReason, SibylRuntimeRuntimeHoldReason, SpArithmeticArithmeticError, SpConsensusAuraSr25519AppSr25519Public, SpRuntimeDigest, SpRuntimeDigestDigestItem, SpRuntimeDispatchError, SpRuntimeModuleError, SpRuntimeMultiSignature, SpRuntimeProvingTrieTrieError, SpRuntimeTokenError, SpRuntimeTransactionalError, SpVersionRuntimeVersion, SpWeightsRuntimeDbWeight, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

declare module '@polkadot/types/types/registry' {
  interface InterfaceTypes {
    FrameSupportDispatchDispatchClass: FrameSupportDispatchDispatchClass;
    FrameSupportDispatchPays: FrameSupportDispatchPays;
    FrameSupportDispatchPerDispatchClassU32: FrameSupportDispatchPerDispatchClassU32;
    FrameSupportDispatchPerDispatchClassWeight: FrameSupportDispatchPerDispatchClassWeight;
    FrameSupportDispatchPerDispatchClassWeightsPerClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
    FrameSupportStorageNoDrop: FrameSupportStorageNoDrop;
    FrameSupportTokensFungibleImbalance: FrameSupportTokensFungibleImbalance;
    FrameSupportTokensMiscBalanceStatus: FrameSupportTokensMiscBalanceStatus;
    FrameSupportTokensMiscIdAmountRuntimeFreezeReason: FrameSupportTokensMiscIdAmountRuntimeFreezeReason;
    FrameSupportTokensMiscIdAmountRuntimeHoldReason: FrameSupportTokensMiscIdAmountRuntimeHoldReason;
    FrameSystemAccountInfo: FrameSystemAccountInfo;
    FrameSystemCall: FrameSystemCall;
    FrameSystemCodeUpgradeAuthorization: FrameSystemCodeUpgradeAuthorization;
    FrameSystemDispatchEventInfo: FrameSystemDispatchEventInfo;
    FrameSystemError: FrameSystemError;
    FrameSystemEvent: FrameSystemEvent;
    FrameSystemEventRecord: FrameSystemEventRecord;
    FrameSystemExtensionsCheckGenesis: FrameSystemExtensionsCheckGenesis;
    FrameSystemExtensionsCheckNonZeroSender: FrameSystemExtensionsCheckNonZeroSender;
    FrameSystemExtensionsCheckNonce: FrameSystemExtensionsCheckNonce;
    FrameSystemExtensionsCheckSpecVersion: FrameSystemExtensionsCheckSpecVersion;
    FrameSystemExtensionsCheckTxVersion: FrameSystemExtensionsCheckTxVersion;
    FrameSystemExtensionsCheckWeight: FrameSystemExtensionsCheckWeight;
    FrameSystemLastRuntimeUpgradeInfo: FrameSystemLastRuntimeUpgradeInfo;
    FrameSystemLimitsBlockLength: FrameSystemLimitsBlockLength;
    FrameSystemLimitsBlockWeights: FrameSystemLimitsBlockWeights;
    FrameSystemLimitsWeightsPerClass: FrameSystemLimitsWeightsPerClass;
    FrameSystemPhase: FrameSystemPhase;
    PalletBalancesAccountData: PalletBalancesAccountData;
    PalletBalancesAdjustmentDirection: PalletBalancesAdjustmentDirection;
    PalletBalancesBalanceLock: PalletBalancesBalanceLock;
    PalletBalancesCall: PalletBalancesCall;
    PalletBalancesError: PalletBalancesError;
    PalletBalancesEvent: PalletBalancesEvent;
    PalletBalancesReasons: PalletBalancesReasons;
    PalletBalancesReserveData: PalletBalancesReserveData;
    PalletBalancesUnexpectedKind: PalletBalancesUnexpectedKind;
    PalletCollectiveCall: PalletCollectiveCall;
    PalletCollectiveError: PalletCollectiveError;
    PalletCollectiveEvent: PalletCollectiveEvent;
    PalletCollectiveHoldReason: PalletCollectiveHoldReason;
    PalletCollectiveVotes: PalletCollectiveVotes;
    PalletSibylModelsCall: PalletSibylModelsCall;
    PalletSibylModelsComputeWeights: PalletSibylModelsComputeWeights;
    PalletSibylModelsError: PalletSibylModelsError;
    PalletSibylModelsEvent: PalletSibylModelsEvent;
    PalletSibylModelsHoldReason: PalletSibylModelsHoldReason;
    PalletSibylModelsModelInfo: PalletSibylModelsModelInfo;
    PalletSibylModelsModelParameters: PalletSibylModelsModelParameters;
    PalletSibylModelsModelSpec: PalletSibylModelsModelSpec;
    PalletSibylModelsModelStatus: PalletSibylModelsModelStatus;
    PalletSibylModelsModelUpdate: PalletSibylModelsModelUpdate;
    PalletSibylStakesApplicationConfig: PalletSibylStakesApplicationConfig;
    PalletSibylStakesBond: PalletSibylStakesBond;
    PalletSibylStakesCall: PalletSibylStakesCall;
    PalletSibylStakesDeviceClass: PalletSibylStakesDeviceClass;
    PalletSibylStakesError: PalletSibylStakesError;
    PalletSibylStakesEvent: PalletSibylStakesEvent;
    PalletSibylStakesGatewayConfig: PalletSibylStakesGatewayConfig;
    PalletSibylStakesHoldReason: PalletSibylStakesHoldReason;
    PalletSibylStakesStakeParameters: PalletSibylStakesStakeParameters;
    PalletSibylStakesSupplierConfig: PalletSibylStakesSupplierConfig;
    PalletSibylStakesUnlockChunk: PalletSibylStakesUnlockChunk;
    PalletSibylTiqeCall: PalletSibylTiqeCall;
    PalletSibylTiqeError: PalletSibylTiqeError;
    PalletSibylTiqeEvent: PalletSibylTiqeEvent;
    PalletSibylTiqePendingBatch: PalletSibylTiqePendingBatch;
    PalletSibylTiqeRoundInfo: PalletSibylTiqeRoundInfo;
    PalletSibylTiqeRoundResult: PalletSibylTiqeRoundResult;
    PalletSibylTiqeScore: PalletSibylTiqeScore;
    PalletSibylTiqeSessionScore: PalletSibylTiqeSessionScore;
    PalletSibylTiqeTiqeParameters: PalletSibylTiqeTiqeParameters;
    PalletSibylTiqeVote: PalletSibylTiqeVote;
    PalletSudoCall: PalletSudoCall;
    PalletSudoError: PalletSudoError;
    PalletSudoEvent: PalletSudoEvent;
    PalletTimestampCall: PalletTimestampCall;
    PalletTransactionPaymentChargeTransactionPayment: PalletTransactionPaymentChargeTransactionPayment;
    PalletTransactionPaymentEvent: PalletTransactionPaymentEvent;
    PalletTransactionPaymentReleases: PalletTransactionPaymentReleases;
    SibylPrimitivesRole: SibylPrimitivesRole;
    SibylPrimitivesSlashReason: SibylPrimitivesSlashReason;
    SibylRuntimeRuntime: SibylRuntimeRuntime;
    SibylRuntimeRuntimeFreezeReason: SibylRuntimeRuntimeFreezeReason;
    SibylRuntimeRuntimeHoldReason: SibylRuntimeRuntimeHoldReason;
    SpArithmeticArithmeticError: SpArithmeticArithmeticError;
    SpConsensusAuraSr25519AppSr25519Public: SpConsensusAuraSr25519AppSr25519Public;
    SpRuntimeDigest: SpRuntimeDigest;
    SpRuntimeDigestDigestItem: SpRuntimeDigestDigestItem;
    SpRuntimeDispatchError: SpRuntimeDispatchError;
    SpRuntimeModuleError: SpRuntimeModuleError;
    SpRuntimeMultiSignature: SpRuntimeMultiSignature;
    SpRuntimeProvingTrieTrieError: SpRuntimeProvingTrieTrieError;
    SpRuntimeTokenError: SpRuntimeTokenError;
    SpRuntimeTransactionalError: SpRuntimeTransactionalError;
    SpVersionRuntimeVersion: SpVersionRuntimeVersion;
    SpWeightsRuntimeDbWeight: SpWeightsRuntimeDbWeight;
    SpWeightsWeightV2Weight: SpWeightsWeightV2Weight;
  } // InterfaceTypes
} // declare module
