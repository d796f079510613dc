// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/events';

import type { ApiTypes, AugmentedEvent } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, U8aFixed, Vec, bool, u128, u32, u64 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, H160, H256, Permill } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportTokensMiscBalanceStatus, FrameSystemDispatchEventInfo, PalletBalancesUnexpectedKind, PalletSibylJobsJobFailure, PalletSibylJobsJobParameters, PalletSibylJobsRefusal, PalletSibylModelsModelParameters, PalletSibylPricingPricingParameters, PalletSibylRelayMiningMiningParameters, PalletSibylRelayMiningSumTreeNodeSummary, PalletSibylSessionsSessionParameters, PalletSibylSettlementPayout, PalletSibylSettlementSettlementParameters, PalletSibylStakesStakeParameters, PalletSibylTiqeCalibration, PalletSibylTiqeTiqeParameters, SibylPrimitivesRole, SibylPrimitivesSlashReason, SibylPrimitivesUnevaluated, SibylRuntimeRuntimeHoldReason, SpConsensusGrandpaAppPublic, SpRuntimeDispatchError } from '@polkadot/types/lookup';

export type __AugmentedEvent<ApiType extends ApiTypes> = AugmentedEvent<ApiType>;

declare module '@polkadot/api-base/types/events' {
  interface AugmentedEvents<ApiType extends ApiTypes> {
    authorities: {
      /**
       * `who` joins the authority set from the session after next.
       **/
      AuthorityAdded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * `who` leaves the authority set from the session after next.
       **/
      AuthorityRemoved: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Sessions last `period` blocks, the current one included.
       **/
      SessionPeriodSet: AugmentedEvent<ApiType, [period: u32], { period: u32 }>;
      /**
       * Fewer than `MinAuthorities` authorities hold keys: the set handed over last stays.
       **/
      SetBelowFloor: AugmentedEvent<ApiType, [session: u32, withKeys: u32], { session: u32, withKeys: u32 }>;
      /**
       * A changed set of `authorities` (those holding keys) was handed to pallet-session, in
       * force from session `session`.
       **/
      SetQueued: AugmentedEvent<ApiType, [session: u32, authorities: u32], { session: u32, authorities: u32 }>;
    };
    balances: {
      /**
       * A balance was set by root.
       **/
      BalanceSet: AugmentedEvent<ApiType, [who: AccountId32, free: u128], { who: AccountId32, free: u128 }>;
      /**
       * Some amount was burned from an account.
       **/
      Burned: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some debt has been dropped from the Total Issuance.
       **/
      BurnedDebt: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Held balance was burned from an account.
       **/
      BurnedHeld: AugmentedEvent<ApiType, [reason: SibylRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: SibylRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Some amount was deposited (e.g. for transaction fees).
       **/
      Deposit: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was removed whose balance was non-zero but below ExistentialDeposit,
       * resulting in an outright loss.
       **/
      DustLost: AugmentedEvent<ApiType, [account: AccountId32, amount: u128], { account: AccountId32, amount: u128 }>;
      /**
       * An account was created with some free balance.
       **/
      Endowed: AugmentedEvent<ApiType, [account: AccountId32, freeBalance: u128], { account: AccountId32, freeBalance: u128 }>;
      /**
       * Some balance was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was placed on hold.
       **/
      Held: AugmentedEvent<ApiType, [reason: SibylRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: SibylRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was increased by `amount`, creating a credit to be balanced.
       **/
      Issued: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was locked.
       **/
      Locked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was minted into an account.
       **/
      Minted: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some credit was balanced and added to the TotalIssuance.
       **/
      MintedCredit: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was released from hold.
       **/
      Released: AugmentedEvent<ApiType, [reason: SibylRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: SibylRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was decreased by `amount`, creating a debt to be balanced.
       **/
      Rescinded: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was reserved (moved from free to reserved).
       **/
      Reserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was moved from the reserve of the first account to the second account.
       * Final argument indicates the destination balance type.
       **/
      ReserveRepatriated: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus], { from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus }>;
      /**
       * Some amount was restored into an account.
       **/
      Restored: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was removed from the account (e.g. for misbehavior).
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was suspended from an account (it can be restored later).
       **/
      Suspended: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The `TotalIssuance` was forcefully changed.
       **/
      TotalIssuanceForced: AugmentedEvent<ApiType, [old: u128, new_: u128], { old: u128, new_: u128 }>;
      /**
       * Transfer succeeded.
       **/
      Transfer: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128], { from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * The `transferred` balance is placed on hold at the `dest` account.
       **/
      TransferAndHold: AugmentedEvent<ApiType, [reason: SibylRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128], { reason: SibylRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128 }>;
      /**
       * A transfer of `amount` on hold from `source` to `dest` was initiated.
       **/
      TransferOnHold: AugmentedEvent<ApiType, [reason: SibylRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128], { reason: SibylRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128 }>;
      /**
       * An unexpected/defensive event was triggered.
       **/
      Unexpected: AugmentedEvent<ApiType, [PalletBalancesUnexpectedKind]>;
      /**
       * Some balance was unlocked.
       **/
      Unlocked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was unreserved (moved from reserved to free).
       **/
      Unreserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was upgraded.
       **/
      Upgraded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Some amount was withdrawn from the account (e.g. for transaction fees).
       **/
      Withdraw: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
    };
    council: {
      /**
       * A motion was approved by the required threshold.
       **/
      Approved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A proposal was closed because its threshold was reached or after its duration was up.
       **/
      Closed: AugmentedEvent<ApiType, [proposalHash: H256, yes: u32, no: u32], { proposalHash: H256, yes: u32, no: u32 }>;
      /**
       * A motion was not approved by the required threshold.
       **/
      Disapproved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A motion was executed; result will be `Ok` if it returned without error.
       **/
      Executed: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A proposal was killed.
       **/
      Killed: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A single member did some action; result will be `Ok` if it returned without error.
       **/
      MemberExecuted: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * Some cost for storing a proposal was burned.
       **/
      ProposalCostBurned: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * Some cost for storing a proposal was released.
       **/
      ProposalCostReleased: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * A motion (given hash) has been proposed (by given account) with a threshold (given
       * `MemberCount`).
       **/
      Proposed: AugmentedEvent<ApiType, [account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32], { account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32 }>;
      /**
       * A motion (given hash) has been voted on by given account, leaving
       * a tally (yes votes and no votes given respectively as `MemberCount`).
       **/
      Voted: AugmentedEvent<ApiType, [account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32], { account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32 }>;
    };
    grandpa: {
      /**
       * New authority set has been applied.
       **/
      NewAuthorities: AugmentedEvent<ApiType, [authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>], { authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> }>;
      /**
       * Current authority set has been paused.
       **/
      Paused: AugmentedEvent<ApiType, []>;
      /**
       * Current authority set has been resumed.
       **/
      Resumed: AugmentedEvent<ApiType, []>;
    };
    jobs: {
      /**
       * The job goes to `supplier`, who must answer before `deadline`.
       **/
      JobAssigned: AugmentedEvent<ApiType, [job: u64, supplier: AccountId32, deadline: u32], { job: u64, supplier: AccountId32, deadline: u32 }>;
      /**
       * The supplier posted the output; `digest` is what TIQE+ evaluates.
       **/
      JobCompleted: AugmentedEvent<ApiType, [job: u64, supplier: AccountId32, outputHash: U8aFixed, digest: U8aFixed, computeUnits: u64], { job: u64, supplier: AccountId32, outputHash: U8aFixed, digest: U8aFixed, computeUnits: u64 }>;
      /**
       * The assigned supplier did not answer in time and lost `slashed` of its bond.
       **/
      JobExpired: AugmentedEvent<ApiType, [job: u64, supplier: AccountId32, slashed: u128], { job: u64, supplier: AccountId32, slashed: u128 }>;
      /**
       * No supplier could take the job.
       **/
      JobFailed: AugmentedEvent<ApiType, [job: u64, reason: PalletSibylJobsJobFailure], { job: u64, reason: PalletSibylJobsJobFailure }>;
      /**
       * An ended job's record was removed.
       **/
      JobPruned: AugmentedEvent<ApiType, [job: u64], { job: u64 }>;
      /**
       * The assigned supplier refused the job's input.
       **/
      JobRefused: AugmentedEvent<ApiType, [job: u64, supplier: AccountId32, reason: PalletSibylJobsRefusal], { job: u64, supplier: AccountId32, reason: PalletSibylJobsRefusal }>;
      /**
       * The job's answer was settled: its application paid `charged` for it.
       **/
      JobSettled: AugmentedEvent<ApiType, [job: u64, charged: u128], { job: u64, charged: u128 }>;
      /**
       * An application submitted a job.
       **/
      JobSubmitted: AugmentedEvent<ApiType, [job: u64, app: AccountId32, model: u32, maxPrice: u128], { job: u64, app: AccountId32, model: u32, maxPrice: u128 }>;
      /**
       * The Council (or Root) set new parameters.
       **/
      ParametersSet: AugmentedEvent<ApiType, [parameters: PalletSibylJobsJobParameters], { parameters: PalletSibylJobsJobParameters }>;
    };
    models: {
      /**
       * A retired model's record was removed.
       **/
      ModelPruned: AugmentedEvent<ApiType, [model: u32], { model: u32 }>;
      /**
       * A model was registered.
       **/
      ModelRegistered: AugmentedEvent<ApiType, [model: u32, owner: AccountId32, sha256: U8aFixed, deposit: u128], { model: u32, owner: AccountId32, sha256: U8aFixed, deposit: u128 }>;
      /**
       * A model was retired and its deposit released; its record is pruned from `prune_at`.
       **/
      ModelRetired: AugmentedEvent<ApiType, [model: u32, byGovernance: bool, pruneAt: u32], { model: u32, byGovernance: bool, pruneAt: u32 }>;
      /**
       * A model's metadata changed; `deposit` is the deposit now held.
       **/
      ModelUpdated: AugmentedEvent<ApiType, [model: u32, deposit: u128], { model: u32, deposit: u128 }>;
      /**
       * Registry parameters changed.
       **/
      ParametersSet: AugmentedEvent<ApiType, [parameters: PalletSibylModelsModelParameters], { parameters: PalletSibylModelsModelParameters }>;
    };
    pricing: {
      /**
       * The Council (or Root) set new parameters; they apply from the next session start.
       **/
      ParametersSet: AugmentedEvent<ApiType, [parameters: PalletSibylPricingPricingParameters], { parameters: PalletSibylPricingPricingParameters }>;
      /**
       * `model` costs `price` per 1k CU in `session`, after `compute_units` were settled in the
       * session before against `capacity_cu` declared.
       **/
      PriceUpdated: AugmentedEvent<ApiType, [session: u64, model: u32, price: u128, computeUnits: u128, capacityCu: u128, utilization: Permill], { session: u64, model: u32, price: u128, computeUnits: u128, capacityCu: u128, utilization: Permill }>;
    };
    relayMining: {
      /**
       * A supplier claimed its mined relays of (session, app, model).
       **/
      Claimed: AugmentedEvent<ApiType, [session: u64, supplier: AccountId32, app: AccountId32, model: u32, root: PalletSibylRelayMiningSumTreeNodeSummary, paths: u32], { session: u64, supplier: AccountId32, app: AccountId32, model: u32, root: PalletSibylRelayMiningSumTreeNodeSummary, paths: u32 }>;
      /**
       * A claim's proof was accepted.
       **/
      ClaimProven: AugmentedEvent<ApiType, [session: u64, supplier: AccountId32, app: AccountId32, model: u32, estimatedCu: u128], { session: u64, supplier: AccountId32, app: AccountId32, model: u32, estimatedCu: u128 }>;
      /**
       * A claim was left unproven: void, and the supplier slashed `slashed`.
       **/
      ClaimVoid: AugmentedEvent<ApiType, [session: u64, supplier: AccountId32, app: AccountId32, model: u32, slashed: u128], { session: u64, supplier: AccountId32, app: AccountId32, model: u32, slashed: u128 }>;
      /**
       * The mining probability of `model` for sessions from `session` on.
       **/
      DifficultyUpdated: AugmentedEvent<ApiType, [session: u64, model: u32, estimatedRelays: u128, probability: u128], { session: u64, model: u32, estimatedRelays: u128, probability: u128 }>;
      /**
       * The Council (or Root) set new parameters.
       **/
      ParametersSet: AugmentedEvent<ApiType, [parameters: PalletSibylRelayMiningMiningParameters], { parameters: PalletSibylRelayMiningMiningParameters }>;
      /**
       * Proof paths for the session's claims can be computed from `seed`.
       **/
      ProofSeedDrawn: AugmentedEvent<ApiType, [session: u64, seed: U8aFixed], { session: u64, seed: U8aFixed }>;
    };
    revive: {
      /**
       * A custom event emitted by the contract.
       **/
      ContractEmitted: AugmentedEvent<ApiType, [contract: H160, data: Bytes, topics: Vec<H256>], { contract: H160, data: Bytes, topics: Vec<H256> }>;
      /**
       * Emitted when an Ethereum transaction reverts.
       * 
       * Ethereum transactions always complete successfully at the extrinsic level,
       * as even reverted calls must store their `ReceiptInfo`.
       * To distinguish reverted calls from successful ones, this event is emitted
       * for failed Ethereum transactions.
       **/
      EthExtrinsicRevert: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError], { dispatchError: SpRuntimeDispatchError }>;
      /**
       * Contract deployed by deployer at the specified address.
       **/
      Instantiated: AugmentedEvent<ApiType, [deployer: H160, contract: H160], { deployer: H160, contract: H160 }>;
    };
    session: {
      /**
       * The `NewSession` event in the current block also implies a new validator set to be
       * queued.
       **/
      NewQueued: AugmentedEvent<ApiType, []>;
      /**
       * New session has happened. Note that the argument is the session index, not the
       * block number as the type might suggest.
       **/
      NewSession: AugmentedEvent<ApiType, [sessionIndex: u32], { sessionIndex: u32 }>;
      /**
       * Validator has been disabled.
       **/
      ValidatorDisabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Validator has been re-enabled.
       **/
      ValidatorReenabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
    };
    sessions: {
      /**
       * More suppliers serve `model` than `MaxCandidates`; the lightest `dropped` were left
       * out of the session.
       **/
      CandidatesTruncated: AugmentedEvent<ApiType, [session: u64, model: u32, dropped: u32], { session: u64, model: u32, dropped: u32 }>;
      /**
       * The Council (or Root) set new parameters; they apply from the next session.
       **/
      ParametersSet: AugmentedEvent<ApiType, [parameters: PalletSibylSessionsSessionParameters], { parameters: PalletSibylSessionsSessionParameters }>;
      /**
       * A session started; its supplier sets are drawn from its seed.
       **/
      SessionStarted: AugmentedEvent<ApiType, [session: u64, start: u32, length: u32, candidates: u32], { session: u64, start: u32, length: u32, candidates: u32 }>;
    };
    settlement: {
      /**
       * A proven claim waits for TIQE+ round `round`.
       **/
      AwaitingEvaluation: AugmentedEvent<ApiType, [round: u64, session: u64, supplier: AccountId32, app: AccountId32, model: u32], { round: u64, session: u64, supplier: AccountId32, app: AccountId32, model: u32 }>;
      /**
       * TIQE+'s queue is full: the claim waits in the backlog (`waiting` long) and is offered
       * again in a later block.
       **/
      EvaluationDeferred: AugmentedEvent<ApiType, [session: u64, supplier: AccountId32, app: AccountId32, model: u32, waiting: u32], { session: u64, supplier: AccountId32, app: AccountId32, model: u32, waiting: u32 }>;
      /**
       * The Council (or Root) set new shares.
       **/
      ParametersSet: AugmentedEvent<ApiType, [parameters: PalletSibylSettlementSettlementParameters], { parameters: PalletSibylSettlementSettlementParameters }>;
      /**
       * A claim was settled: the application paid `charged`, split as `payout`.
       **/
      Settled: AugmentedEvent<ApiType, [session: u64, supplier: AccountId32, app: AccountId32, model: u32, estimatedCu: u128, price: u128, alpha: Permill, round: Option<u64>, unevaluated: Option<SibylPrimitivesUnevaluated>, gross: u128, charged: u128, payout: PalletSibylSettlementPayout], { session: u64, supplier: AccountId32, app: AccountId32, model: u32, estimatedCu: u128, price: u128, alpha: Permill, round: Option<u64>, unevaluated: Option<SibylPrimitivesUnevaluated>, gross: u128, charged: u128, payout: PalletSibylSettlementPayout }>;
    };
    stakes: {
      /**
       * A bond grew.
       **/
      Bonded: AugmentedEvent<ApiType, [who: AccountId32, role: SibylPrimitivesRole, amount: u128], { who: AccountId32, role: SibylPrimitivesRole, amount: u128 }>;
      /**
       * An application delegated to a gateway, from session `from` on.
       **/
      Delegated: AugmentedEvent<ApiType, [app: AccountId32, gateway: AccountId32, from: u64], { app: AccountId32, gateway: AccountId32, from: u64 }>;
      /**
       * The role's bond is empty and its record removed.
       **/
      Deregistered: AugmentedEvent<ApiType, [who: AccountId32, role: SibylPrimitivesRole], { who: AccountId32, role: SibylPrimitivesRole }>;
      /**
       * A gateway's URL changed.
       **/
      GatewayUpdated: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Staking parameters changed.
       **/
      ParametersSet: AugmentedEvent<ApiType, [parameters: PalletSibylStakesStakeParameters], { parameters: PalletSibylStakesStakeParameters }>;
      /**
       * An account registered for a role with an initial bond.
       **/
      Registered: AugmentedEvent<ApiType, [who: AccountId32, role: SibylPrimitivesRole, stake: u128], { who: AccountId32, role: SibylPrimitivesRole, stake: u128 }>;
      /**
       * A bond was slashed.
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, role: SibylPrimitivesRole, amount: u128, reason: SibylPrimitivesSlashReason], { who: AccountId32, role: SibylPrimitivesRole, amount: u128, reason: SibylPrimitivesSlashReason }>;
      /**
       * An application's spend limit is `limit` from session `from` on.
       **/
      SpendLimitSet: AugmentedEvent<ApiType, [app: AccountId32, limit: u128, from: u64], { app: AccountId32, limit: u128, from: u64 }>;
      /**
       * A supplier's declared service changed.
       **/
      SupplierUpdated: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Part of a bond started unbonding; withdrawable from `unlock_at`.
       **/
      Unbonding: AugmentedEvent<ApiType, [who: AccountId32, role: SibylPrimitivesRole, amount: u128, unlockAt: u32], { who: AccountId32, role: SibylPrimitivesRole, amount: u128, unlockAt: u32 }>;
      /**
       * An application withdrew its delegation from a gateway.
       **/
      Undelegated: AugmentedEvent<ApiType, [app: AccountId32, gateway: AccountId32], { app: AccountId32, gateway: AccountId32 }>;
      /**
       * Unbonded funds were released.
       **/
      Withdrawn: AugmentedEvent<ApiType, [who: AccountId32, role: SibylPrimitivesRole, amount: u128], { who: AccountId32, role: SibylPrimitivesRole, amount: u128 }>;
    };
    sudo: {
      /**
       * The sudo key has been updated.
       **/
      KeyChanged: AugmentedEvent<ApiType, [old: Option<AccountId32>, new_: AccountId32], { old: Option<AccountId32>, new_: AccountId32 }>;
      /**
       * The key was permanently removed.
       **/
      KeyRemoved: AugmentedEvent<ApiType, []>;
      /**
       * A sudo call just took place.
       **/
      Sudid: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A [sudo_as](Pallet::sudo_as) call just took place.
       **/
      SudoAsDone: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
    };
    system: {
      /**
       * `:code` was updated to the code with the given hash.
       **/
      CodeUpdated: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * An extrinsic failed.
       **/
      ExtrinsicFailed: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo], { dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An extrinsic completed successfully.
       **/
      ExtrinsicSuccess: AugmentedEvent<ApiType, [dispatchInfo: FrameSystemDispatchEventInfo], { dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An account was reaped.
       **/
      KilledAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * A new account was created.
       **/
      NewAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * An invalid authorized upgrade was rejected while trying to apply it.
       **/
      RejectedInvalidAuthorizedUpgrade: AugmentedEvent<ApiType, [codeHash: H256, error: SpRuntimeDispatchError], { codeHash: H256, error: SpRuntimeDispatchError }>;
      /**
       * On on-chain remark happened.
       **/
      Remarked: AugmentedEvent<ApiType, [sender: AccountId32, hash_: H256], { sender: AccountId32, hash_: H256 }>;
      /**
       * An upgrade was authorized.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, checkVersion: bool], { codeHash: H256, checkVersion: bool }>;
    };
    tiqe: {
      /**
       * A batch was dropped because no validator could sit on its committee.
       **/
      BatchDropped: AugmentedEvent<ApiType, [round: u64, supplier: AccountId32, model: u32, session: u64], { round: u64, supplier: AccountId32, model: u32, session: u64 }>;
      /**
       * A model's calibration was set, or removed (`None`).
       **/
      CalibrationSet: AugmentedEvent<ApiType, [model: u32, calibration: Option<PalletSibylTiqeCalibration>], { model: u32, calibration: Option<PalletSibylTiqeCalibration> }>;
      /**
       * Every member of the round's committee committed: reveals are taken from
       * `reveal_from` (the next block) instead of the end of the commit window.
       **/
      CommitsComplete: AugmentedEvent<ApiType, [round: u64, revealFrom: u32], { round: u64, revealFrom: u32 }>;
      /**
       * The supplier's α fell below `alpha_threshold`.
       **/
      LowQuality: AugmentedEvent<ApiType, [round: u64, supplier: AccountId32, alpha: Permill, threshold: Permill], { round: u64, supplier: AccountId32, alpha: Permill, threshold: Permill }>;
      /**
       * TIQE+ parameters changed.
       **/
      ParametersSet: AugmentedEvent<ApiType, [parameters: PalletSibylTiqeTiqeParameters], { parameters: PalletSibylTiqeTiqeParameters }>;
      /**
       * `relays` relay digests of `supplier` were queued (from a relay-mining proof or an
       * audit); round `round` opens in a later block.
       **/
      RelaysCommitted: AugmentedEvent<ApiType, [round: u64, supplier: AccountId32, model: u32, session: u64, relays: u32], { round: u64, supplier: AccountId32, model: u32, session: u64, relays: u32 }>;
      /**
       * Every member of the round's committee revealed: the round is finalized at
       * `finalize_at` (the next block) instead of the end of the reveal window.
       **/
      RevealsComplete: AugmentedEvent<ApiType, [round: u64, finalizeAt: u32], { round: u64, finalizeAt: u32 }>;
      /**
       * A round was finalized: the supplier's α for it (zero if withheld), the median of
       * the revealed scores, the supplier's new reputation, how many members revealed and
       * whether the relays were judged withheld.
       **/
      RoundFinalized: AugmentedEvent<ApiType, [round: u64, supplier: AccountId32, alpha: Permill, median: Permill, reputation: Permill, revealed: u32, withheld: bool], { round: u64, supplier: AccountId32, alpha: Permill, median: Permill, reputation: Permill, revealed: u32, withheld: bool }>;
      /**
       * A round opened. The committee commits before `commit_end` and reveals from
       * `commit_end` until before `reveal_end`, where the round is finalized.
       **/
      RoundOpened: AugmentedEvent<ApiType, [round: u64, supplier: AccountId32, model: u32, session: u64, relays: Vec<H256>, committee: Vec<AccountId32>, commitEnd: u32, revealEnd: u32], { round: u64, supplier: AccountId32, model: u32, session: u64, relays: Vec<H256>, committee: Vec<AccountId32>, commitEnd: u32, revealEnd: u32 }>;
      /**
       * The round has no result: too little of the committee's stake revealed (`NoQuorum`).
       * Nobody was slashed for deviating; silent members were still slashed.
       **/
      RoundVoid: AugmentedEvent<ApiType, [round: u64, supplier: AccountId32, reason: SibylPrimitivesUnevaluated, revealed: u32], { round: u64, supplier: AccountId32, reason: SibylPrimitivesUnevaluated, revealed: u32 }>;
      /**
       * A committee member committed its score.
       **/
      ScoreCommitted: AugmentedEvent<ApiType, [round: u64, who: AccountId32, commitment: H256], { round: u64, who: AccountId32, commitment: H256 }>;
      /**
       * A committee member revealed its score.
       **/
      ScoreRevealed: AugmentedEvent<ApiType, [round: u64, who: AccountId32, alpha: Permill, withheld: bool], { round: u64, who: AccountId32, alpha: Permill, withheld: bool }>;
      /**
       * The supplier was slashed for withholding relays or low quality.
       **/
      SupplierSlashed: AugmentedEvent<ApiType, [round: u64, supplier: AccountId32, reason: SibylPrimitivesSlashReason, amount: u128], { round: u64, supplier: AccountId32, reason: SibylPrimitivesSlashReason, amount: u128 }>;
      /**
       * A committee member was slashed for deviating from the median or not revealing.
       **/
      ValidatorSlashed: AugmentedEvent<ApiType, [round: u64, who: AccountId32, reason: SibylPrimitivesSlashReason, amount: u128], { round: u64, who: AccountId32, reason: SibylPrimitivesSlashReason, amount: u128 }>;
    };
    transactionPayment: {
      /**
       * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
       * has been paid by `who`.
       **/
      TransactionFeePaid: AugmentedEvent<ApiType, [who: AccountId32, actualFee: u128, tip: u128], { who: AccountId32, actualFee: u128, tip: u128 }>;
    };
    utility: {
      /**
       * Batch of dispatches completed fully with no error.
       **/
      BatchCompleted: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches completed but has errors.
       **/
      BatchCompletedWithErrors: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches did not complete fully. Index of first failing dispatch given, as
       * well as the error.
       **/
      BatchInterrupted: AugmentedEvent<ApiType, [index: u32, error: SpRuntimeDispatchError], { index: u32, error: SpRuntimeDispatchError }>;
      /**
       * A call was dispatched.
       **/
      DispatchedAs: AugmentedEvent<ApiType, [result: Result<Null, SpRuntimeDispatchError>], { result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * The fallback call was dispatched.
       **/
      IfElseFallbackCalled: AugmentedEvent<ApiType, [mainError: SpRuntimeDispatchError], { mainError: SpRuntimeDispatchError }>;
      /**
       * Main call was dispatched.
       **/
      IfElseMainSuccess: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with no error.
       **/
      ItemCompleted: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with error.
       **/
      ItemFailed: AugmentedEvent<ApiType, [error: SpRuntimeDispatchError], { error: SpRuntimeDispatchError }>;
    };
  } // AugmentedEvents
} // declare module
