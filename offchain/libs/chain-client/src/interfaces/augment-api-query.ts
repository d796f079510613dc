// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/storage';

import type { ApiTypes, AugmentedQuery, QueryableStorageEntry } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, U8aFixed, Vec, bool, u128, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H160, H256, Perbill, Permill } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportDispatchPerDispatchClassWeight, FrameSupportTokensFungibleImbalance, FrameSupportTokensMiscIdAmountRuntimeFreezeReason, FrameSupportTokensMiscIdAmountRuntimeHoldReason, FrameSystemAccountInfo, FrameSystemCodeUpgradeAuthorization, FrameSystemEventRecord, FrameSystemLastRuntimeUpgradeInfo, FrameSystemPhase, PalletBalancesAccountData, PalletBalancesBalanceLock, PalletBalancesReserveData, PalletCollectiveVotes, PalletGrandpaStoredPendingChange, PalletGrandpaStoredState, PalletReviveDebugDebugSettings, PalletReviveEvmApiBlock, PalletReviveEvmBlockHashBlockBuilderEthereumBlockBuilderIR, PalletReviveEvmBlockHashReceiptGasInfo, PalletReviveStorageAccountInfo, PalletReviveStorageDeletionQueueItem, PalletReviveStorageDeletionQueueManager, PalletReviveVmCodeInfo, PalletSibylJobsJob, PalletSibylJobsJobParameters, PalletSibylModelsModelInfo, PalletSibylModelsModelParameters, PalletSibylPricingPricingParameters, PalletSibylRelayMiningClaim, PalletSibylRelayMiningDifficulty, PalletSibylRelayMiningMiningParameters, PalletSibylSessionsCandidate, PalletSibylSessionsSessionInfo, PalletSibylSessionsSessionParameters, PalletSibylSettlementDeferredClaim, PalletSibylSettlementPendingSettlement, PalletSibylSettlementSettlementParameters, PalletSibylStakesApplicationConfig, PalletSibylStakesBond, PalletSibylStakesGatewayConfig, PalletSibylStakesStakeParameters, PalletSibylStakesSupplierConfig, PalletSibylTiqeCalibration, PalletSibylTiqePendingBatch, PalletSibylTiqeRoundInfo, PalletSibylTiqeRoundProgress, PalletSibylTiqeRoundResult, PalletSibylTiqeSessionScore, PalletSibylTiqeTiqeParameters, PalletSibylTiqeVote, PalletTransactionPaymentReleases, SibylPrimitivesRole, SibylRuntimeSessionKeys, SpConsensusAuraSr25519AppSr25519Public, SpConsensusGrandpaAppPublic, SpCoreCryptoKeyTypeId, SpRuntimeDigest, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';
import type { Observable } from '@polkadot/types/types';

export type __AugmentedQuery<ApiType extends ApiTypes> = AugmentedQuery<ApiType, () => unknown>;
export type __QueryableStorageEntry<ApiType extends ApiTypes> = QueryableStorageEntry<ApiType>;

declare module '@polkadot/api-base/types/storage' {
  interface AugmentedQueries<ApiType extends ApiTypes> {
    aura: {
      /**
       * The current authority set.
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<SpConsensusAuraSr25519AppSr25519Public>>, []>;
      /**
       * The current slot of this block.
       * 
       * This will be set in `on_initialize`.
       **/
      currentSlot: AugmentedQuery<ApiType, () => Observable<u64>, []>;
    };
    authorities: {
      /**
       * The authority set as governance last left it; those of it holding keys are handed to
       * pallet-session at the next rotation, in force from the session after.
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
      /**
       * The set last handed to pallet-session: the authorities that held keys then.
       **/
      queuedSet: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
      /**
       * Blocks per session.
       **/
      sessionPeriod: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The block the current session started in.
       **/
      sessionStart: AugmentedQuery<ApiType, () => Observable<u32>, []>;
    };
    balances: {
      /**
       * The Balances pallet example of storing the balance of an account.
       * 
       * # Example
       * 
       * ```nocompile
       * impl pallet_balances::Config for Runtime {
       * type AccountStore = StorageMapShim<Self::Account<Runtime>, frame_system::Provider<Runtime>, AccountId, Self::AccountData<Balance>>
       * }
       * ```
       * 
       * You can also store the balance of an account in the `System` pallet.
       * 
       * # Example
       * 
       * ```nocompile
       * impl pallet_balances::Config for Runtime {
       * type AccountStore = System
       * }
       * ```
       * 
       * But this comes with tradeoffs, storing account balances in the system pallet stores
       * `frame_system` data alongside the account data contrary to storing account balances in the
       * `Balances` pallet, which uses a `StorageMap` to store balances data only.
       * NOTE: This is only used in the case that this pallet is used to store balances.
       **/
      account: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<PalletBalancesAccountData>, [AccountId32]>;
      /**
       * Freeze locks on account balances.
       **/
      freezes: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<FrameSupportTokensMiscIdAmountRuntimeFreezeReason>>, [AccountId32]>;
      /**
       * Holds on account balances.
       **/
      holds: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<FrameSupportTokensMiscIdAmountRuntimeHoldReason>>, [AccountId32]>;
      /**
       * The total units of outstanding deactivated balance in the system.
       * 
       * This is not guaranteed to be less than or equal to [`TotalIssuance`]. Total issuance may be
       * reduced independently of this value, including while a reversible imbalance is outstanding.
       * Active issuance is therefore derived using saturating subtraction.
       **/
      inactiveIssuance: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      /**
       * Any liquidity locks on some account balances.
       * NOTE: Should only be accessed when setting, changing and freeing a lock.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      locks: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<PalletBalancesBalanceLock>>, [AccountId32]>;
      /**
       * Named reserves on some account balances.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      reserves: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<PalletBalancesReserveData>>, [AccountId32]>;
      /**
       * The total units issued in the system.
       **/
      totalIssuance: AugmentedQuery<ApiType, () => Observable<u128>, []>;
    };
    council: {
      /**
       * Consideration cost created for publishing and storing a proposal.
       * 
       * Determined by [Config::Consideration] and may be not present for certain proposals (e.g. if
       * the proposal count at the time of creation was below threshold N).
       **/
      costOf: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<ITuple<[AccountId32, Null]>>>, [H256]>;
      /**
       * The current members of the collective. This is stored sorted (just by value).
       **/
      members: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
      /**
       * The prime member that helps determine the default vote behavior in case of abstentions.
       **/
      prime: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
      /**
       * Proposals so far.
       **/
      proposalCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Actual proposal for a given hash, if it's current.
       **/
      proposalOf: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<Call>>, [H256]>;
      /**
       * The hashes of the active proposals.
       **/
      proposals: AugmentedQuery<ApiType, () => Observable<Vec<H256>>, []>;
      /**
       * Votes on a given proposal, if it is ongoing.
       **/
      voting: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<PalletCollectiveVotes>>, [H256]>;
    };
    grandpa: {
      /**
       * The current list of authorities.
       **/
      authorities: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>>, []>;
      /**
       * The number of changes (both in terms of keys and underlying economic responsibilities)
       * in the "set" of Grandpa validators from genesis.
       **/
      currentSetId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * next block number where we can force a change.
       **/
      nextForced: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Pending change: (signaled at, scheduled change).
       **/
      pendingChange: AugmentedQuery<ApiType, () => Observable<Option<PalletGrandpaStoredPendingChange>>, []>;
      /**
       * A mapping from grandpa set ID to the index of the *most recent* session for which its
       * members were responsible.
       * 
       * This is only used for validating equivocation proofs. An equivocation proof must
       * contains a key-ownership proof for a given session, therefore we need a way to tie
       * together sessions and GRANDPA set ids, i.e. we need to validate that a validator
       * was the owner of a given key on a given session, and what the active set ID was
       * during that session.
       * 
       * TWOX-NOTE: `SetId` is not under user control.
       **/
      setIdSession: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<u32>>, [u64]>;
      /**
       * `true` if we are currently stalled.
       **/
      stalled: AugmentedQuery<ApiType, () => Observable<Option<ITuple<[u32, u32]>>>, []>;
      /**
       * State of the current authority set.
       **/
      state: AugmentedQuery<ApiType, () => Observable<PalletGrandpaStoredState>, []>;
    };
    jobs: {
      /**
       * The assigned, unanswered jobs of each supplier: what it must answer.
       **/
      assignedTo: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Vec<u64>>, [AccountId32]>;
      /**
       * The work ([`job_work`], in tokens) of each supplier's assigned, unanswered jobs: what its
       * declared capacity must cover before it is assigned another.
       **/
      assignedWork: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<u64>, [AccountId32]>;
      /**
       * Assigned jobs by the block their deadline passes.
       **/
      deadlines: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Vec<u64>>, [u32]>;
      /**
       * The job a TIQE+ digest names, for validators fetching what to score.
       **/
      jobByDigest: AugmentedQuery<ApiType, (arg: U8aFixed | string | Uint8Array) => Observable<Option<u64>>, [U8aFixed]>;
      /**
       * What the application of each settled job was charged for it (told by settlement once
       * TIQE+ has scored the answer), kept as long as the job's record.
       **/
      jobCharges: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<u128>>, [u64]>;
      /**
       * Every job not yet pruned, by id.
       **/
      jobs: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletSibylJobsJob>>, [u64]>;
      /**
       * The next job's id.
       **/
      nextJobId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * Open (pending or assigned) jobs per application.
       **/
      openJobs: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<u32>, [AccountId32]>;
      /**
       * The job parameters.
       **/
      parameters: AugmentedQuery<ApiType, () => Observable<PalletSibylJobsJobParameters>, []>;
      /**
       * Jobs waiting for assignment, oldest first.
       **/
      pendingJobs: AugmentedQuery<ApiType, () => Observable<Vec<u64>>, []>;
      /**
       * The first place in [`PruneQueue`] still occupied, and the next free one.
       **/
      pruneBounds: AugmentedQuery<ApiType, () => Observable<ITuple<[u64, u64]>>, []>;
      /**
       * Ended jobs waiting to be pruned, by their place in line: the job and the block from
       * which it is pruned.
       **/
      pruneQueue: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<ITuple<[u64, u32]>>>, [u64]>;
    };
    models: {
      /**
       * Active models by the sha256 of their file; one active registration per file.
       **/
      modelBySha256: AugmentedQuery<ApiType, (arg: U8aFixed | string | Uint8Array) => Observable<Option<u32>>, [U8aFixed]>;
      /**
       * Number of models in [`Registry`].
       **/
      modelCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The id the next registered model receives.
       **/
      nextModelId: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Registry parameters, changed by [`Pallet::set_parameters`].
       **/
      parameters: AugmentedQuery<ApiType, () => Observable<PalletSibylModelsModelParameters>, []>;
      /**
       * Every registered model, active or retired (until pruned).
       **/
      registry: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletSibylModelsModelInfo>>, [u32]>;
      /**
       * Retired models and the block from which their record is pruned, oldest first.
       **/
      retiredQueue: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[u32, u32]>>>, []>;
    };
    pricing: {
      /**
       * The pricing parameters.
       **/
      parameters: AugmentedQuery<ApiType, () => Observable<PalletSibylPricingPricingParameters>, []>;
      /**
       * Each priced model's current price per 1k CU.
       **/
      prices: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<u128>>, [u32]>;
      /**
       * The price per 1k CU in force during each kept session, per model.
       **/
      sessionPrices: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<u128>>, [u64, u32]>;
      /**
       * CU settled for each model since the current session started.
       **/
      usage: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<u128>, [u32]>;
    };
    randomnessCollectiveFlip: {
      /**
       * Series of block headers from the last 81 blocks that acts as random seed material. This
       * is arranged as a ring buffer with `block_number % 81` being the index into the `Vec` of
       * the oldest hash.
       **/
      randomMaterial: AugmentedQuery<ApiType, () => Observable<Vec<H256>>, []>;
    };
    relayMining: {
      /**
       * Number of claims per open session.
       **/
      claimCount: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<u32>, [u64]>;
      /**
       * Claims by session and (supplier, application, model), until the session closes.
       **/
      claims: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: ITuple<[AccountId32, AccountId32, u32]> | [AccountId32 | string | Uint8Array, AccountId32 | string | Uint8Array, u32 | AnyNumber | Uint8Array]) => Observable<Option<PalletSibylRelayMiningClaim>>, [u64, ITuple<[AccountId32, AccountId32, u32]>]>;
      /**
       * Difficulty per model that has ever been claimed for.
       **/
      difficulties: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletSibylRelayMiningDifficulty>>, [u32]>;
      /**
       * Relays estimated from the claims proven since the current session started, per model.
       **/
      estimatedRelays: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<u128>, [u32]>;
      /**
       * The oldest session not yet closed.
       **/
      nextToClose: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The relay-mining parameters.
       **/
      parameters: AugmentedQuery<ApiType, () => Observable<PalletSibylRelayMiningMiningParameters>, []>;
      /**
       * The seed proof paths of a session are drawn from, once its claim window closed.
       **/
      proofSeeds: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<U8aFixed>>, [u64]>;
      /**
       * The mining probability in force for a session and model (absent: every relay mined).
       **/
      sessionProbability: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Option<u128>>, [u64, u32]>;
      /**
       * Number of claims per open session and supplier.
       **/
      supplierClaims: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<u32>, [u64, AccountId32]>;
    };
    revive: {
      /**
       * The data associated to a contract or externally owned account.
       **/
      accountInfoOf: AugmentedQuery<ApiType, (arg: H160 | string | Uint8Array) => Observable<Option<PalletReviveStorageAccountInfo>>, [H160]>;
      /**
       * Mapping for block number and hashes.
       * 
       * The maximum number of elements stored is capped by the block hash count `BLOCK_HASH_COUNT`.
       **/
      blockHash: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<H256>, [u32]>;
      /**
       * A mapping from a contract's code hash to its code info.
       **/
      codeInfoOf: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<PalletReviveVmCodeInfo>>, [H256]>;
      /**
       * Debugging settings that can be configured when DebugEnabled config is true.
       **/
      debugSettingsOf: AugmentedQuery<ApiType, () => Observable<PalletReviveDebugDebugSettings>, []>;
      /**
       * Terminated contracts that await lazy cleanup.
       * 
       * Each entry pairs a child trie ID with the contract account so that `on_idle` can
       * drain both the child trie and any [`NativeDepositOf`] entries that named the contract
       * as `holder`. Both can be arbitrarily large, so cleanup runs lazily in `on_idle`.
       **/
      deletionQueue: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletReviveStorageDeletionQueueItem>>, [u32]>;
      /**
       * A pair of monotonic counters used to track the latest contract marked for deletion
       * and the latest deleted contract in queue.
       **/
      deletionQueueCounter: AugmentedQuery<ApiType, () => Observable<PalletReviveStorageDeletionQueueManager>, []>;
      /**
       * The first transaction and receipt of the ethereum block.
       * 
       * These values are moved out of the `EthBlockBuilderIR` to avoid serializing and
       * deserializing them on every transaction. Instead, they are loaded when needed.
       **/
      ethBlockBuilderFirstValues: AugmentedQuery<ApiType, () => Observable<Option<ITuple<[Bytes, Bytes]>>>, []>;
      /**
       * Incremental ethereum block builder.
       **/
      ethBlockBuilderIR: AugmentedQuery<ApiType, () => Observable<PalletReviveEvmBlockHashBlockBuilderEthereumBlockBuilderIR>, []>;
      /**
       * The current Ethereum block that is stored in the `on_finalize` method.
       * 
       * # Note
       * 
       * This could be further optimized into the future to store only the minimum
       * information needed to reconstruct the Ethereum block at the RPC level.
       * 
       * Since the block is convenient to have around, and the extra details are capped
       * by a few hashes and the vector of transaction hashes, we store the block here.
       **/
      ethereumBlock: AugmentedQuery<ApiType, () => Observable<PalletReviveEvmApiBlock>, []>;
      /**
       * The immutable data associated with a given account.
       **/
      immutableDataOf: AugmentedQuery<ApiType, (arg: H160 | string | Uint8Array) => Observable<Option<Bytes>>, [H160]>;
      /**
       * Native currency storage deposit contributed by a user into a contract.
       * 
       * Bounds how much native value the user can receive back from that contract's
       * storage deposit.
       * 
       * Keys: `(holder, contributor) -> amount`
       * - `holder`: account on which the deposit is held (a contract, or the pallet's own account
       * for code-upload deposits).
       * - `contributor`: user that funded the deposit. Receives the native portion on refund, capped
       * at this entry's `amount`.
       **/
      nativeDepositOf: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<u128>, [AccountId32, AccountId32]>;
      /**
       * Map a Ethereum address to its original `AccountId32`.
       * 
       * When deriving a `H160` from an `AccountId32` we use a hash function. In order to
       * reconstruct the original account we need to store the reverse mapping here.
       * Register your `AccountId32` using [`Pallet::map_account`] in order to
       * use it with this pallet.
       **/
      originalAccount: AugmentedQuery<ApiType, (arg: H160 | string | Uint8Array) => Observable<Option<AccountId32>>, [H160]>;
      /**
       * A mapping from a contract's code hash to its code.
       * The code's size is bounded by [`crate::limits::BLOB_BYTES`] for PVM and
       * [`revm::primitives::eip170::MAX_CODE_SIZE`] for EVM bytecode.
       **/
      pristineCode: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Option<Bytes>>, [H256]>;
      /**
       * The details needed to reconstruct the receipt info offchain.
       * 
       * This contains valuable information about the gas used by the transaction.
       * 
       * NOTE: The item is unbound and should therefore never be read on chain.
       * It could otherwise inflate the PoV size of a block.
       **/
      receiptInfoData: AugmentedQuery<ApiType, () => Observable<Vec<PalletReviveEvmBlockHashReceiptGasInfo>>, []>;
    };
    session: {
      /**
       * Current index of the session.
       **/
      currentIndex: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Indices of disabled validators.
       * 
       * The vec is always kept sorted so that we can find whether a given validator is
       * disabled using binary search. It gets cleared when `on_session_ending` returns
       * a new set of identities.
       **/
      disabledValidators: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[u32, Perbill]>>>, []>;
      /**
       * Accounts whose keys were set via `SessionInterface` (external path) without
       * incrementing the consumer reference or placing a key deposit. `do_purge_keys`
       * only decrements consumers for accounts that were registered through the local
       * session pallet.
       **/
      externallySetKeys: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<Null>>, [AccountId32]>;
      /**
       * The owner of a key. The key is the `KeyTypeId` + the encoded key.
       **/
      keyOwner: AugmentedQuery<ApiType, (arg: ITuple<[SpCoreCryptoKeyTypeId, Bytes]> | [SpCoreCryptoKeyTypeId | string | Uint8Array, Bytes | string | Uint8Array]) => Observable<Option<AccountId32>>, [ITuple<[SpCoreCryptoKeyTypeId, Bytes]>]>;
      /**
       * The next session keys for a validator.
       **/
      nextKeys: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<SibylRuntimeSessionKeys>>, [AccountId32]>;
      /**
       * True if the underlying economic identities or weighting behind the validators
       * has changed in the queued validator set.
       **/
      queuedChanged: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * The queued keys for the next session. When the next session begins, these keys
       * will be used to determine the validator's session keys.
       **/
      queuedKeys: AugmentedQuery<ApiType, () => Observable<Vec<ITuple<[AccountId32, SibylRuntimeSessionKeys]>>>, []>;
      /**
       * The current set of validators.
       **/
      validators: AugmentedQuery<ApiType, () => Observable<Vec<AccountId32>>, []>;
    };
    sessions: {
      /**
       * Per kept session and model, the suppliers that may be drawn, heaviest first.
       **/
      candidates: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: u32 | AnyNumber | Uint8Array) => Observable<Vec<PalletSibylSessionsCandidate>>, [u64, u32]>;
      /**
       * The session in progress (0 until the first one starts).
       **/
      currentSession: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * The session parameters; those in force at a session start apply to that session.
       **/
      parameters: AugmentedQuery<ApiType, () => Observable<PalletSibylSessionsSessionParameters>, []>;
      /**
       * The sessions still kept: the current one and up to `retained_sessions` before it.
       **/
      sessions: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletSibylSessionsSessionInfo>>, [u64]>;
    };
    settlement: {
      /**
       * Proven claims waiting for the TIQE+ round that scores them, by round.
       **/
      awaitingEvaluation: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletSibylSettlementPendingSettlement>>, [u64]>;
      /**
       * Proven claims waiting for room in TIQE+'s queue, by position in the backlog: a FIFO
       * queue from [`DeferredHead`] (the oldest) up to, not including, [`DeferredTail`]. Positions
       * count modulo 2³², so the backlog's length is `tail − head` (wrapping), at most
       * `MaxDeferred`.
       **/
      deferredClaims: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletSibylSettlementDeferredClaim>>, [u32]>;
      /**
       * The position in [`DeferredClaims`] of the oldest deferred claim (equal to
       * [`DeferredTail`] when the backlog is empty).
       **/
      deferredHead: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * The position in [`DeferredClaims`] the next deferred claim takes.
       **/
      deferredTail: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Claims of each application proven (or jobs answered) and not yet settled.
       **/
      outstanding: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<u32>, [AccountId32]>;
      /**
       * The shares of a charge.
       **/
      parameters: AugmentedQuery<ApiType, () => Observable<PalletSibylSettlementSettlementParameters>, []>;
      /**
       * What each application was charged per session, against its spend limit.
       **/
      spent: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<u128>, [u64, AccountId32]>;
    };
    stakes: {
      /**
       * Applications' delegations and spend limits.
       **/
      applications: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletSibylStakesApplicationConfig>>, [AccountId32]>;
      /**
       * Bonds by role, then account. Iterating one role's prefix lists its members.
       **/
      bonds: AugmentedQuery<ApiType, (arg1: SibylPrimitivesRole | 'Supplier' | 'Validator' | 'Gateway' | 'Application' | number | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<PalletSibylStakesBond>>, [SibylPrimitivesRole, AccountId32]>;
      /**
       * Gateways' endpoints.
       **/
      gateways: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletSibylStakesGatewayConfig>>, [AccountId32]>;
      /**
       * Registered accounts per role (suppliers and validators are bounded).
       **/
      memberCount: AugmentedQuery<ApiType, (arg: SibylPrimitivesRole | 'Supplier' | 'Validator' | 'Gateway' | 'Application' | number | Uint8Array) => Observable<u32>, [SibylPrimitivesRole]>;
      /**
       * Staking parameters, changed by [`Pallet::set_parameters`].
       **/
      parameters: AugmentedQuery<ApiType, () => Observable<PalletSibylStakesStakeParameters>, []>;
      /**
       * Suppliers' declared service.
       **/
      suppliers: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<PalletSibylStakesSupplierConfig>>, [AccountId32]>;
      /**
       * Suppliers of each model, for session selection.
       **/
      suppliersByModel: AugmentedQuery<ApiType, (arg1: u32 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<Null>>, [u32, AccountId32]>;
    };
    sudo: {
      /**
       * The `AccountId` of the sudo key.
       **/
      key: AugmentedQuery<ApiType, () => Observable<Option<AccountId32>>, []>;
    };
    system: {
      /**
       * The full account information for a particular account ID.
       **/
      account: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<FrameSystemAccountInfo>, [AccountId32]>;
      /**
       * `Some` if a code upgrade has been authorized.
       **/
      authorizedUpgrade: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemCodeUpgradeAuthorization>>, []>;
      /**
       * Map of block numbers to block hashes.
       **/
      blockHash: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<H256>, [u32]>;
      /**
       * Total size (in bytes) of the current block.
       * 
       * Tracks the size of the header and all extrinsics.
       **/
      blockSize: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Number of blocks till the pending code upgrade is applied.
       **/
      blocksTillUpgrade: AugmentedQuery<ApiType, () => Observable<Option<u8>>, []>;
      /**
       * The current weight for the block.
       **/
      blockWeight: AugmentedQuery<ApiType, () => Observable<FrameSupportDispatchPerDispatchClassWeight>, []>;
      /**
       * Digest of the current block, also part of the block header.
       **/
      digest: AugmentedQuery<ApiType, () => Observable<SpRuntimeDigest>, []>;
      /**
       * The number of events in the `Events<T>` list.
       **/
      eventCount: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Events deposited for the current block.
       * 
       * NOTE: The item is unbound and should therefore never be read on chain.
       * It could otherwise inflate the PoV size of a block.
       * 
       * Events have a large in-memory size. Box the events to not go out-of-memory
       * just in case someone still reads them from within the runtime.
       **/
      events: AugmentedQuery<ApiType, () => Observable<Vec<FrameSystemEventRecord>>, []>;
      /**
       * Mapping between a topic (represented by T::Hash) and a vector of indexes
       * of events in the `<Events<T>>` list.
       * 
       * All topic vectors have deterministic storage locations depending on the topic. This
       * allows light-clients to leverage the changes trie storage tracking mechanism and
       * in case of changes fetch the list of events of interest.
       * 
       * The value has the type `(BlockNumberFor<T>, EventIndex)` because if we used only just
       * the `EventIndex` then in case if the topic has the same contents on the next block
       * no notification will be triggered thus the event might be lost.
       **/
      eventTopics: AugmentedQuery<ApiType, (arg: H256 | string | Uint8Array) => Observable<Vec<ITuple<[u32, u32]>>>, [H256]>;
      /**
       * The execution phase of the block.
       **/
      executionPhase: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemPhase>>, []>;
      /**
       * Total extrinsics count for the current block.
       **/
      extrinsicCount: AugmentedQuery<ApiType, () => Observable<Option<u32>>, []>;
      /**
       * Extrinsics data for the current block (maps an extrinsic's index to its data).
       **/
      extrinsicData: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Bytes>, [u32]>;
      /**
       * The weight reclaimed for the extrinsic.
       * 
       * This information is available until the end of the extrinsic execution.
       * More precisely this information is removed in `note_applied_extrinsic`.
       * 
       * Logic doing some post dispatch weight reduction must update this storage to avoid duplicate
       * reduction.
       **/
      extrinsicWeightReclaimed: AugmentedQuery<ApiType, () => Observable<SpWeightsWeightV2Weight>, []>;
      /**
       * Whether all inherents have been applied.
       **/
      inherentsApplied: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * Stores the `spec_version` and `spec_name` of when the last runtime upgrade happened.
       **/
      lastRuntimeUpgrade: AugmentedQuery<ApiType, () => Observable<Option<FrameSystemLastRuntimeUpgradeInfo>>, []>;
      /**
       * The current block number being processed. Set by `execute_block`.
       **/
      number: AugmentedQuery<ApiType, () => Observable<u32>, []>;
      /**
       * Hash of the previous block.
       **/
      parentHash: AugmentedQuery<ApiType, () => Observable<H256>, []>;
      /**
       * True if we have upgraded so that AccountInfo contains three types of `RefCount`. False
       * (default) if not.
       **/
      upgradedToTripleRefCount: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * True if we have upgraded so that `type RefCount` is `u32`. False (default) if not.
       **/
      upgradedToU32RefCount: AugmentedQuery<ApiType, () => Observable<bool>, []>;
    };
    timestamp: {
      /**
       * Whether the timestamp has been updated in this block.
       * 
       * This value is updated to `true` upon successful submission of a timestamp by a node.
       * It is then checked at the end of each block execution in the `on_finalize` hook.
       **/
      didUpdate: AugmentedQuery<ApiType, () => Observable<bool>, []>;
      /**
       * The current time for the current block.
       **/
      now: AugmentedQuery<ApiType, () => Observable<u64>, []>;
    };
    tiqe: {
      /**
       * Each calibrated model's [`Calibration`]; a model without one is scored with the
       * validators' defaults and the parameters' `alpha_threshold`. At most one entry per
       * registered model (model ids are never reused).
       **/
      calibrations: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletSibylTiqeCalibration>>, [u32]>;
      /**
       * The id the next committed batch (and its round) gets.
       **/
      nextRoundId: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * Open rounds each validator sits on (absent: none).
       **/
      openRounds: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<u32>, [AccountId32]>;
      /**
       * TIQE+ parameters, changed by [`Pallet::set_parameters`].
       **/
      parameters: AugmentedQuery<ApiType, () => Observable<PalletSibylTiqeTiqeParameters>, []>;
      /**
       * Committed batches waiting for their round to open, by the round id they will use.
       **/
      pending: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletSibylTiqePendingBatch>>, [u64]>;
      /**
       * The oldest id that may still be pending: batches `PendingHead..NextRoundId` are queued.
       **/
      pendingHead: AugmentedQuery<ApiType, () => Observable<u64>, []>;
      /**
       * How many members of each open round have committed and revealed (absent: none yet).
       **/
      progress: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<PalletSibylTiqeRoundProgress>, [u64]>;
      /**
       * Each supplier's α in its last finalized, non-void round.
       **/
      quality: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<Permill>>, [AccountId32]>;
      /**
       * Each supplier's reputation: an exponential moving average of its α.
       **/
      reputation: AugmentedQuery<ApiType, (arg: AccountId32 | string | Uint8Array) => Observable<Option<Permill>>, [AccountId32]>;
      /**
       * Outcome of each finalized round, for the last `ResultHistory` rounds.
       **/
      roundResults: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletSibylTiqeRoundResult>>, [u64]>;
      /**
       * Open rounds.
       **/
      rounds: AugmentedQuery<ApiType, (arg: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletSibylTiqeRoundInfo>>, [u64]>;
      /**
       * Rounds to finalize at the start of each block (their `reveal_end`).
       **/
      roundsEnding: AugmentedQuery<ApiType, (arg: u32 | AnyNumber | Uint8Array) => Observable<Vec<u64>>, [u32]>;
      /**
       * Each supplier's mean α per session, for its last `ResultHistory` sessions.
       **/
      sessionQuality: AugmentedQuery<ApiType, (arg1: AccountId32 | string | Uint8Array, arg2: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletSibylTiqeSessionScore>>, [AccountId32, u64]>;
      /**
       * Committee members' votes in open rounds, by round then member.
       **/
      votes: AugmentedQuery<ApiType, (arg1: u64 | AnyNumber | Uint8Array, arg2: AccountId32 | string | Uint8Array) => Observable<Option<PalletSibylTiqeVote>>, [u64, AccountId32]>;
    };
    transactionPayment: {
      nextFeeMultiplier: AugmentedQuery<ApiType, () => Observable<u128>, []>;
      storageVersion: AugmentedQuery<ApiType, () => Observable<PalletTransactionPaymentReleases>, []>;
      /**
       * The `OnChargeTransaction` stores the withdrawn tx fee here.
       * 
       * Use `withdraw_txfee` and `remaining_txfee` to access from outside the crate.
       **/
      txPaymentCredit: AugmentedQuery<ApiType, () => Observable<Option<FrameSupportTokensFungibleImbalance>>, []>;
    };
  } // AugmentedQueries
} // declare module
