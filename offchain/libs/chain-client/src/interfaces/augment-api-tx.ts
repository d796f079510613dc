// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/submittable';

import type { ApiTypes, AugmentedSubmittable, SubmittableExtrinsic, SubmittableExtrinsicFunction } from '@polkadot/api-base/types';
import type { Bytes, Compact, Option, U256, U8aFixed, Vec, bool, u128, u16, u32, u64 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H160, H256, MultiAddress, Permill } from '@polkadot/types/interfaces/runtime';
import type { PalletBalancesAdjustmentDirection, PalletSibylJobsJobParameters, PalletSibylJobsRefusal, PalletSibylModelsModelParameters, PalletSibylModelsModelSpec, PalletSibylModelsModelUpdate, PalletSibylPricingPricingParameters, PalletSibylRelayMiningMiningParameters, PalletSibylRelayMiningPathProof, PalletSibylRelayMiningSumTreeNodeSummary, PalletSibylSessionsSessionParameters, PalletSibylSettlementSettlementParameters, PalletSibylStakesDeviceClass, PalletSibylStakesStakeParameters, PalletSibylTiqeCalibration, PalletSibylTiqeTiqeParameters, SibylPrimitivesRelaySamplingParams, SibylPrimitivesRole, SibylRuntimeOriginCaller, SibylRuntimeSessionKeys, SpConsensusGrandpaEquivocationProof, SpCoreVoid, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedSubmittable = AugmentedSubmittable<() => unknown>;
export type __SubmittableExtrinsic<ApiType extends ApiTypes> = SubmittableExtrinsic<ApiType>;
export type __SubmittableExtrinsicFunction<ApiType extends ApiTypes> = SubmittableExtrinsicFunction<ApiType>;

declare module '@polkadot/api-base/types/submittable' {
  interface AugmentedSubmittables<ApiType extends ApiTypes> {
    authorities: {
      /**
       * Adds `who` to the authority set (Root or a Council majority). `who` must have set
       * session keys; it authors and votes from the session after next.
       **/
      addAuthority: AugmentedSubmittable<(who: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Removes `who` from the authority set (Root or a Council majority), from the session
       * after next. The set keeps at least `MinAuthorities`.
       **/
      removeAuthority: AugmentedSubmittable<(who: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Sets the session period in blocks (Root or a Council majority). The current session
       * ends when it has lasted the new period (at once if it already has).
       **/
      setSessionPeriod: AugmentedSubmittable<(period: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
    };
    balances: {
      /**
       * Burn the specified liquid free balance from the origin account.
       * 
       * If the origin's account ends up below the existential deposit as a result
       * of the burn and `keep_alive` is false, the account will be reaped.
       * 
       * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
       * this `burn` operation will reduce total issuance by the amount _burned_.
       **/
      burn: AugmentedSubmittable<(value: Compact<u128> | AnyNumber | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u128>, bool]>;
      /**
       * Adjust the total issuance in a saturating way.
       * 
       * Can only be called by root and always needs a positive `delta`.
       * 
       * # Example
       **/
      forceAdjustTotalIssuance: AugmentedSubmittable<(direction: PalletBalancesAdjustmentDirection | 'Increase' | 'Decrease' | number | Uint8Array, delta: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletBalancesAdjustmentDirection, Compact<u128>]>;
      /**
       * Set the regular balance of a given account.
       * 
       * The dispatch origin for this call is `root`.
       **/
      forceSetBalance: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, newFree: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Exactly as `transfer_allow_death`, except the origin must be root and the source account
       * may be specified.
       **/
      forceTransfer: AugmentedSubmittable<(source: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress, Compact<u128>]>;
      /**
       * Unreserve some balance from a user by force.
       * 
       * Can only be called by ROOT.
       **/
      forceUnreserve: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, u128]>;
      /**
       * Transfer the entire transferable balance from the caller account.
       * 
       * NOTE: This function only attempts to transfer _transferable_ balances. This means that
       * any locked, reserved, or existential deposits (when `keep_alive` is `true`), will not be
       * transferred by this function. To ensure that this function results in a killed account,
       * you might need to prepare the account by removing any reference counters, storage
       * deposits, etc...
       * 
       * The dispatch origin of this call must be Signed.
       * 
       * - `dest`: The recipient of the transfer.
       * - `keep_alive`: A boolean to determine if the `transfer_all` operation should send all
       * of the funds the account has, causing the sender account to be killed (false), or
       * transfer everything except at least the existential deposit, which will guarantee to
       * keep the sender account alive (true).
       **/
      transferAll: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, bool]>;
      /**
       * Transfer some liquid free balance to another account.
       * 
       * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
       * If the sender's account is below the existential deposit as a result
       * of the transfer, the account will be reaped.
       * 
       * The dispatch origin for this call must be `Signed` by the transactor.
       **/
      transferAllowDeath: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
       * kill the origin account.
       * 
       * 99% of the time you want [`transfer_allow_death`] instead.
       * 
       * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
       **/
      transferKeepAlive: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Upgrade a specified account.
       * 
       * - `origin`: Must be `Signed`.
       * - `who`: The account to be upgraded.
       * 
       * This will waive the transaction fee if at least all but 10% of the accounts needed to
       * be upgraded. (We let some not have to be upgraded just in order to allow for the
       * possibility of churn).
       **/
      upgradeAccounts: AugmentedSubmittable<(who: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
    };
    council: {
      /**
       * Close a vote that is either approved, disapproved or whose voting period has ended.
       * 
       * May be called by any signed account in order to finish voting and close the proposal.
       * 
       * If called before the end of the voting period it will only close the vote if it is
       * has enough votes to be approved or disapproved.
       * 
       * If called after the end of the voting period abstentions are counted as rejections
       * unless there is a prime member set and the prime member cast an approval.
       * 
       * If the close operation completes successfully with disapproval, the transaction fee will
       * be waived. Otherwise execution of the approved operation will be charged to the caller.
       * 
       * + `proposal_weight_bound`: The maximum amount of weight consumed by executing the closed
       * proposal.
       * + `length_bound`: The upper bound for the length of the proposal in storage. Checked via
       * `storage::read` so it is `size_of::<u32>() == 4` larger than the pure length.
       * 
       * ## Complexity
       * - `O(B + M + P1 + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - `P1` is the complexity of `proposal` preimage.
       * - `P2` is proposal-count (code-bounded)
       **/
      close: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, proposalWeightBound: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, SpWeightsWeightV2Weight, Compact<u32>]>;
      /**
       * Disapprove a proposal, close, and remove it from the system, regardless of its current
       * state.
       * 
       * Must be called by the Root origin.
       * 
       * Parameters:
       * * `proposal_hash`: The hash of the proposal that should be disapproved.
       * 
       * ## Complexity
       * O(P) where P is the number of max proposals
       **/
      disapproveProposal: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Dispatch a proposal from a member using the `Member` origin.
       * 
       * Origin must be a member of the collective.
       * 
       * ## Complexity:
       * - `O(B + M + P)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` members-count (code-bounded)
       * - `P` complexity of dispatching `proposal`
       **/
      execute: AugmentedSubmittable<(proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Compact<u32>]>;
      /**
       * Disapprove the proposal and burn the cost held for storing this proposal.
       * 
       * Parameters:
       * - `origin`: must be the `KillOrigin`.
       * - `proposal_hash`: The hash of the proposal that should be killed.
       * 
       * Emits `Killed` and `ProposalCostBurned` if any cost was held for a given proposal.
       **/
      kill: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Add a new proposal to either be voted on or executed directly.
       * 
       * Requires the sender to be member.
       * 
       * `threshold` determines whether `proposal` is executed directly (`threshold < 2`)
       * or put up for voting.
       * 
       * ## Complexity
       * - `O(B + M + P1)` or `O(B + M + P2)` where:
       * - `B` is `proposal` size in bytes (length-fee-bounded)
       * - `M` is members-count (code- and governance-bounded)
       * - branching is influenced by `threshold` where:
       * - `P1` is proposal execution complexity (`threshold < 2`)
       * - `P2` is proposals-count (code-bounded) (`threshold >= 2`)
       **/
      propose: AugmentedSubmittable<(threshold: Compact<u32> | AnyNumber | Uint8Array, proposal: Call | IMethod | string | Uint8Array, lengthBound: Compact<u32> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u32>, Call, Compact<u32>]>;
      /**
       * Release the cost held for storing a proposal once the given proposal is completed.
       * 
       * If there is no associated cost for the given proposal, this call will have no effect.
       * 
       * Parameters:
       * - `origin`: must be `Signed` or `Root`.
       * - `proposal_hash`: The hash of the proposal.
       * 
       * Emits `ProposalCostReleased` if any cost held for a given proposal.
       **/
      releaseProposalCost: AugmentedSubmittable<(proposalHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Set the collective's membership.
       * 
       * - `new_members`: The new member list. Be nice to the chain and provide it sorted.
       * - `prime`: The prime member whose vote sets the default.
       * - `old_count`: The upper bound for the previous number of members in storage. Used for
       * weight estimation.
       * 
       * The dispatch of this call must be `SetMembersOrigin`.
       * 
       * NOTE: Does not enforce the expected `MaxMembers` limit on the amount of members, but
       * the weight estimations rely on it to estimate dispatchable weight.
       * 
       * # WARNING:
       * 
       * The `pallet-collective` can also be managed by logic outside of the pallet through the
       * implementation of the trait [`ChangeMembers`].
       * Any call to `set_members` must be careful that the member set doesn't get out of sync
       * with other logic managing the member set.
       * 
       * ## Complexity:
       * - `O(MP + N)` where:
       * - `M` old-members-count (code- and governance-bounded)
       * - `N` new-members-count (code- and governance-bounded)
       * - `P` proposals-count (code-bounded)
       **/
      setMembers: AugmentedSubmittable<(newMembers: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], prime: Option<AccountId32> | null | Uint8Array | AccountId32 | string, oldCount: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>, Option<AccountId32>, u32]>;
      /**
       * Add an aye or nay vote for the sender to the given proposal.
       * 
       * Requires the sender to be a member.
       * 
       * Transaction fees will be waived if the member is voting on any particular proposal
       * for the first time and the call is successful. Subsequent vote changes will charge a
       * fee.
       * ## Complexity
       * - `O(M)` where `M` is members-count (code- and governance-bounded)
       **/
      vote: AugmentedSubmittable<(proposal: H256 | string | Uint8Array, index: Compact<u32> | AnyNumber | Uint8Array, approve: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, Compact<u32>, bool]>;
    };
    grandpa: {
      /**
       * Note that the current authority set of the GRANDPA finality gadget has stalled.
       * 
       * This will trigger a forced authority set change at the beginning of the next session, to
       * be enacted `delay` blocks after that. The `delay` should be high enough to safely assume
       * that the block signalling the forced change will not be re-orged e.g. 1000 blocks.
       * The block production rate (which may be slowed down because of finality lagging) should
       * be taken into account when choosing the `delay`. The GRANDPA voters based on the new
       * authority will start voting on top of `best_finalized_block_number` for new finalized
       * blocks. `best_finalized_block_number` should be the highest of the latest finalized
       * block of all validators of the new authority set.
       * 
       * Only callable by root.
       **/
      noteStalled: AugmentedSubmittable<(delay: u32 | AnyNumber | Uint8Array, bestFinalizedBlockNumber: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       **/
      reportEquivocation: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       * 
       * This extrinsic must be called unsigned and it is expected that only
       * block authors will call it (validated in `ValidateUnsigned`), as such
       * if the block author is defined it will be defined as the equivocation
       * reporter.
       **/
      reportEquivocationUnsigned: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
    };
    jobs: {
      /**
       * Refuses `job`'s input, by its assigned supplier, for `reason`: the job ends unanswered,
       * the application is charged nothing and the supplier is not slashed.
       **/
      refuse: AugmentedSubmittable<(job: u64 | AnyNumber | Uint8Array, reason: PalletSibylJobsRefusal | { PromptAboveDeclared: any } | { Unrenderable: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, PalletSibylJobsRefusal]>;
      /**
       * Sets the job parameters (Root or a Council majority).
       **/
      setParameters: AugmentedSubmittable<(parameters: PalletSibylJobsJobParameters | { jobTimeout?: any; expirySlash?: any; minPrice?: any; deposit?: any; retention?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletSibylJobsJobParameters]>;
      /**
       * Submits a job for `model`: `input` is a relay body (UTF-8 JSON, as the gateway sends
       * it), `prompt_tokens` the prompt's length under the model's tokenizer and chat template
       * (the most the caller pays for; a supplier refuses an input that turns out longer),
       * `sampling` how to generate, `max_price` the most the caller's application deposit
       * pays for it. Holds the job deposit until the job ends. Only active applications may
       * submit.
       **/
      submit: AugmentedSubmittable<(model: u32 | AnyNumber | Uint8Array, input: Bytes | string | Uint8Array, promptTokens: u32 | AnyNumber | Uint8Array, sampling: SibylPrimitivesRelaySamplingParams | { maxTokens?: any; temperatureMilli?: any; topPMilli?: any; seed?: any } | string | Uint8Array, maxPrice: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, Bytes, u32, SibylPrimitivesRelaySamplingParams, u128]>;
      /**
       * Posts the output of `job`, by its assigned supplier, before the deadline: the text
       * (UTF-8) and the usage, which must stay within what the submitter signed (declared
       * prompt tokens, `max_tokens`, the model's context). Hands the job to settlement, which
       * has TIQE+ score it first.
       **/
      submitResult: AugmentedSubmittable<(job: u64 | AnyNumber | Uint8Array, output: Bytes | string | Uint8Array, promptTokens: u32 | AnyNumber | Uint8Array, completionTokens: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Bytes, u32, u32]>;
    };
    models: {
      /**
       * Retire a model by governance (for example a license violation); the deposit is
       * released to the owner.
       * 
       * Emits [`Event::ModelRetired`].
       **/
      forceRetire: AugmentedSubmittable<(model: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Register a model and hold its deposit from the caller, who becomes its owner.
       * 
       * Emits [`Event::ModelRegistered`].
       **/
      register: AugmentedSubmittable<(spec: PalletSibylModelsModelSpec | { name?: any; sha256?: any; sizeBytes?: any; quantization?: any; contextLength?: any; chatTemplate?: any; license?: any; uris?: any; royalty?: any; priceFloor?: any; computeWeights?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletSibylModelsModelSpec]>;
      /**
       * Retire a model: it can no longer be served, and its deposit is released. Owner only.
       * 
       * Emits [`Event::ModelRetired`].
       **/
      retire: AugmentedSubmittable<(model: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32]>;
      /**
       * Set the registry parameters. Deposits of models already registered change on their
       * next update.
       * 
       * Emits [`Event::ParametersSet`].
       **/
      setParameters: AugmentedSubmittable<(parameters: PalletSibylModelsModelParameters | { depositBase?: any; depositPerByte?: any; maxRoyalty?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletSibylModelsModelParameters]>;
      /**
       * Change a model's mutable metadata. The deposit is topped up or partly released to
       * match the new stored size. Owner only; the model must be active.
       * 
       * Emits [`Event::ModelUpdated`].
       **/
      update: AugmentedSubmittable<(model: u32 | AnyNumber | Uint8Array, update: PalletSibylModelsModelUpdate | { name?: any; chatTemplate?: any; license?: any; uris?: any; royalty?: any; priceFloor?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, PalletSibylModelsModelUpdate]>;
    };
    pricing: {
      /**
       * Sets the pricing parameters (Root or a Council majority); prices move by them from the
       * next session start.
       **/
      setParameters: AugmentedSubmittable<(parameters: PalletSibylPricingPricingParameters | { delta?: any; targetUtilization?: any; capMultiple?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletSibylPricingPricingParameters]>;
    };
    relayMining: {
      /**
       * Sets the relay-mining parameters (Root or a Council majority). Windows of sessions
       * not yet closed follow the new values.
       **/
      setParameters: AugmentedSubmittable<(parameters: PalletSibylRelayMiningMiningParameters | { claimDelay?: any; claimWindow?: any; proofWindow?: any; basePaths?: any; maxPaths?: any; missingProofSlash?: any; targetRelays?: any; difficultySmoothing?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletSibylRelayMiningMiningParameters]>;
      /**
       * Claims the relays mined for (`session`, `app`, `model`): the root of the supplier's
       * sum tree. Only in the session's claim window and only by a supplier drawn for
       * (`app`, `model`) in it, and never for a session already closed (longer windows set
       * since would reopen its claim window, but nothing would close such a claim again).
       **/
      submitClaim: AugmentedSubmittable<(session: Compact<u64> | AnyNumber | Uint8Array, app: AccountId32 | string | Uint8Array, model: Compact<u32> | AnyNumber | Uint8Array, root: PalletSibylRelayMiningSumTreeNodeSummary | { hash_?: any; sum?: any; count?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u64>, AccountId32, Compact<u32>, PalletSibylRelayMiningSumTreeNodeSummary]>;
      /**
       * Proves a claim: one [`PathProof`] per path, in path order. A proof that fails any
       * check is rejected with the failing check's error and may be corrected within the
       * window; the claim is void only if the window ends without a valid proof.
       **/
      submitProof: AugmentedSubmittable<(session: Compact<u64> | AnyNumber | Uint8Array, app: AccountId32 | string | Uint8Array, model: Compact<u32> | AnyNumber | Uint8Array, proofs: Vec<PalletSibylRelayMiningPathProof> | (PalletSibylRelayMiningPathProof | { relay?: any; siblings?: any } | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Compact<u64>, AccountId32, Compact<u32>, Vec<PalletSibylRelayMiningPathProof>]>;
    };
    revive: {
      /**
       * Map many accounts and make the TX free if at least 90% were unmapped or held deposits.
       **/
      batchMapAccounts: AugmentedSubmittable<(accounts: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
      /**
       * Makes a call to an account, optionally transferring some balance.
       * 
       * # Parameters
       * 
       * * `dest`: Address of the contract to call.
       * * `value`: The balance to transfer from the `origin` to `dest`.
       * * `weight_limit`: The weight limit enforced when executing the constructor.
       * * `storage_deposit_limit`: The maximum amount of balance that can be charged from the
       * caller to pay for the storage consumed.
       * * `data`: The input data to pass to the contract.
       * 
       * * If the account is a smart-contract account, the associated code will be
       * executed and any value will be transferred.
       * * If the account is a regular account, any value will be transferred.
       * * If no account exists and the call value is not less than `existential_deposit`,
       * a regular account will be created and any value will be transferred.
       **/
      call: AugmentedSubmittable<(dest: H160 | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array, weightLimit: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, storageDepositLimit: Compact<u128> | AnyNumber | Uint8Array, data: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H160, Compact<u128>, SpWeightsWeightV2Weight, Compact<u128>, Bytes]>;
      /**
       * Dispatch an `call` with the origin set to the callers fallback address.
       * 
       * Every `AccountId32` can control its corresponding fallback account. The fallback account
       * is the `AccountId20` with the last 12 bytes set to `0xEE`. This is essentially a
       * recovery function in case an `AccountId20` was used without creating a mapping first.
       **/
      dispatchAsFallbackAccount: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call]>;
      /**
       * Same as [`Self::call`], but intended to be dispatched **only**
       * by an EVM transaction through the EVM compatibility layer.
       * 
       * # Parameters
       * 
       * * `dest`: The Ethereum address of the account to be called
       * * `value`: The balance to transfer from the `origin` to the newly created contract.
       * * `weight_limit`: The gas limit used to derive the transaction weight for transaction
       * payment
       * * `eth_gas_limit`: The Ethereum gas limit governing the resource usage of the execution
       * * `data`: The input data to pass to the contract constructor.
       * * `transaction_encoded`: The RLP encoding of the signed Ethereum transaction,
       * represented as [crate::evm::TransactionSigned], provided by the Ethereum wallet. This
       * is used for building the Ethereum transaction root.
       * * effective_gas_price: the price of a unit of gas
       * * encoded len: the byte code size of the `eth_transact` extrinsic
       **/
      ethCall: AugmentedSubmittable<(dest: H160 | string | Uint8Array, value: U256 | AnyNumber | Uint8Array, weightLimit: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, ethGasLimit: U256 | AnyNumber | Uint8Array, data: Bytes | string | Uint8Array, transactionEncoded: Bytes | string | Uint8Array, effectiveGasPrice: U256 | AnyNumber | Uint8Array, encodedLen: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [H160, U256, SpWeightsWeightV2Weight, U256, Bytes, Bytes, U256, u32]>;
      /**
       * Same as [`Self::instantiate_with_code`], but intended to be dispatched **only**
       * by an EVM transaction through the EVM compatibility layer.
       * 
       * # Parameters
       * 
       * * `value`: The balance to transfer from the `origin` to the newly created contract.
       * * `weight_limit`: The gas limit used to derive the transaction weight for transaction
       * payment
       * * `eth_gas_limit`: The Ethereum gas limit governing the resource usage of the execution
       * * `code`: The contract code to deploy in raw bytes.
       * * `data`: The input data to pass to the contract constructor.
       * * `transaction_encoded`: The RLP encoding of the signed Ethereum transaction,
       * represented as [crate::evm::TransactionSigned], provided by the Ethereum wallet. This
       * is used for building the Ethereum transaction root.
       * * effective_gas_price: the price of a unit of gas
       * * encoded len: the byte code size of the `eth_transact` extrinsic
       * 
       * Calling this dispatchable ensures that the origin's nonce is bumped only once,
       * via the `CheckNonce` transaction extension. In contrast, [`Self::instantiate_with_code`]
       * also bumps the nonce after contract instantiation, since it may be invoked multiple
       * times within a batch call transaction.
       **/
      ethInstantiateWithCode: AugmentedSubmittable<(value: U256 | AnyNumber | Uint8Array, weightLimit: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, ethGasLimit: U256 | AnyNumber | Uint8Array, code: Bytes | string | Uint8Array, data: Bytes | string | Uint8Array, transactionEncoded: Bytes | string | Uint8Array, effectiveGasPrice: U256 | AnyNumber | Uint8Array, encodedLen: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [U256, SpWeightsWeightV2Weight, U256, Bytes, Bytes, Bytes, U256, u32]>;
      /**
       * Executes a Substrate runtime call from an Ethereum transaction.
       * 
       * This dispatchable is intended to be called **only** through the EVM compatibility
       * layer. The provided call will be dispatched using `RawOrigin::Signed`.
       * 
       * # Parameters
       * 
       * * `origin`: Must be an [`Origin::EthTransaction`] origin.
       * * `call`: The Substrate runtime call to execute.
       * * `transaction_encoded`: The RLP encoding of the Ethereum transaction,
       **/
      ethSubstrateCall: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, transactionEncoded: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Bytes]>;
      /**
       * A raw EVM transaction, typically dispatched by an Ethereum JSON-RPC server.
       * 
       * # Parameters
       * 
       * * `payload`: The encoded [`crate::evm::TransactionSigned`].
       * 
       * # Note
       * 
       * This call cannot be dispatched directly; attempting to do so will result in a failed
       * transaction. It serves as a wrapper for an Ethereum transaction. When submitted, the
       * runtime converts it into a [`sp_runtime::generic::CheckedExtrinsic`] by recovering the
       * signer and validating the transaction.
       **/
      ethTransact: AugmentedSubmittable<(payload: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Instantiates a contract from a previously deployed vm binary.
       * 
       * This function is identical to [`Self::instantiate_with_code`] but without the
       * code deployment step. Instead, the `code_hash` of an on-chain deployed vm binary
       * must be supplied.
       **/
      instantiate: AugmentedSubmittable<(value: Compact<u128> | AnyNumber | Uint8Array, weightLimit: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, storageDepositLimit: Compact<u128> | AnyNumber | Uint8Array, codeHash: H256 | string | Uint8Array, data: Bytes | string | Uint8Array, salt: Option<U8aFixed> | null | Uint8Array | U8aFixed | string) => SubmittableExtrinsic<ApiType>, [Compact<u128>, SpWeightsWeightV2Weight, Compact<u128>, H256, Bytes, Option<U8aFixed>]>;
      /**
       * Instantiates a new contract from the supplied `code` optionally transferring
       * some balance.
       * 
       * This dispatchable has the same effect as calling [`Self::upload_code`] +
       * [`Self::instantiate`]. Bundling them together provides efficiency gains. Please
       * also check the documentation of [`Self::upload_code`].
       * 
       * # Parameters
       * 
       * * `value`: The balance to transfer from the `origin` to the newly created contract.
       * * `weight_limit`: The weight limit enforced when executing the constructor.
       * * `storage_deposit_limit`: The maximum amount of balance that can be charged/reserved
       * from the caller to pay for the storage consumed.
       * * `code`: The contract code to deploy in raw bytes.
       * * `data`: The input data to pass to the contract constructor.
       * * `salt`: Used for the address derivation. If `Some` is supplied then `CREATE2`
       * semantics are used. If `None` then `CRATE1` is used.
       * 
       * 
       * Instantiation is executed as follows:
       * 
       * - The supplied `code` is deployed, and a `code_hash` is created for that code.
       * - If the `code_hash` already exists on the chain the underlying `code` will be shared.
       * - The destination address is computed based on the sender, code_hash and the salt.
       * - The smart-contract account is created at the computed address.
       * - The `value` is transferred to the new account.
       * - The `deploy` function is executed in the context of the newly-created account.
       **/
      instantiateWithCode: AugmentedSubmittable<(value: Compact<u128> | AnyNumber | Uint8Array, weightLimit: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, storageDepositLimit: Compact<u128> | AnyNumber | Uint8Array, code: Bytes | string | Uint8Array, data: Bytes | string | Uint8Array, salt: Option<U8aFixed> | null | Uint8Array | U8aFixed | string) => SubmittableExtrinsic<ApiType>, [Compact<u128>, SpWeightsWeightV2Weight, Compact<u128>, Bytes, Bytes, Option<U8aFixed>]>;
      /**
       * Register the callers account id so that it can be used in contract interactions.
       * 
       * This will error if the origin is already mapped or is a eth native `Address20`. It will
       * take a deposit that can be released by calling [`Self::unmap_account`].
       * 
       * Noop when [`Config::AutoMap`] is enabled, as accounts are automatically mapped
       * on creation via [`AutoMapper`].
       **/
      mapAccount: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Remove the code stored under `code_hash` and refund the deposit to its owner.
       * 
       * A code can only be removed by its original uploader (its owner) and only if it is
       * not used by any contract.
       **/
      removeCode: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Privileged function that changes the code of an existing contract.
       * 
       * This takes care of updating refcounts and all other necessary operations. Returns
       * an error if either the `code_hash` or `dest` do not exist.
       * 
       * # Note
       * 
       * This does **not** change the address of the contract in question. This means
       * that the contract address is no longer derived from its code hash after calling
       * this dispatchable.
       **/
      setCode: AugmentedSubmittable<(dest: H160 | string | Uint8Array, codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H160, H256]>;
      /**
       * Unregister the callers account id in order to free the deposit.
       * 
       * There is no reason to ever call this function other than freeing up the deposit.
       * This is only useful when the account should no longer be used.
       * 
       * Disabled when [`Config::AutoMap`] is enabled, as accounts are automatically unmapped
       * on kill via [`AutoMapper`].
       **/
      unmapAccount: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Upload new `code` without instantiating a contract from it.
       * 
       * If the code does not already exist a deposit is reserved from the caller
       * The size of the reserve depends on the size of the supplied `code`.
       * 
       * # Note
       * 
       * Anyone can instantiate a contract from any uploaded code and thus prevent its removal.
       * To avoid this situation a constructor could employ access control so that it can
       * only be instantiated by permissioned entities. The same is true when uploading
       * through [`Self::instantiate_with_code`].
       * 
       * If the refcount of the code reaches zero after terminating the last contract that
       * references this code, the code will be removed automatically.
       **/
      uploadCode: AugmentedSubmittable<(code: Bytes | string | Uint8Array, storageDepositLimit: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, Compact<u128>]>;
    };
    session: {
      /**
       * Removes any session key(s) of the function caller.
       * 
       * This doesn't take effect until the next session.
       * 
       * The dispatch origin of this function must be Signed and the account must be either be
       * convertible to a validator ID using the chain's typical addressing system (this usually
       * means being a controller account) or directly convertible into a validator ID (which
       * usually means being a stash account).
       **/
      purgeKeys: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Sets the session key(s) of the function caller to `keys`.
       * 
       * Allows an account to set its session key prior to becoming a validator.
       * This doesn't take effect until the next session.
       * 
       * - `origin`: The dispatch origin of this function must be signed.
       * - `keys`: The new session keys to set. These are the public keys of all sessions keys
       * setup in the runtime.
       * - `proof`: The proof that `origin` has access to the private keys of `keys`. See
       * [`impl_opaque_keys`](sp_runtime::impl_opaque_keys) for more information about the
       * proof format.
       **/
      setKeys: AugmentedSubmittable<(keys: SibylRuntimeSessionKeys | { aura?: any; grandpa?: any } | string | Uint8Array, proof: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [SibylRuntimeSessionKeys, Bytes]>;
    };
    sessions: {
      /**
       * Sets the session parameters (Root or a Council majority); they apply from the next
       * session start.
       **/
      setParameters: AugmentedSubmittable<(parameters: PalletSibylSessionsSessionParameters | { sessionLength?: any; suppliersPerSession?: any; unratedReputation?: any; retainedSessions?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletSibylSessionsSessionParameters]>;
    };
    settlement: {
      /**
       * Sets the shares of a charge (Root or a Council majority).
       **/
      setParameters: AugmentedSubmittable<(parameters: PalletSibylSettlementSettlementParameters | { supplierShare?: any; validatorShare?: any; gatewayShare?: any; unratedAlpha?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletSibylSettlementSettlementParameters]>;
    };
    stakes: {
      /**
       * Add `amount` to the caller's active bond for `role`. A bond that is fully unbonding
       * may be re-activated this way, provided it reaches the minimum again.
       * 
       * Emits [`Event::Bonded`].
       **/
      bondExtra: AugmentedSubmittable<(role: SibylPrimitivesRole | 'Supplier' | 'Validator' | 'Gateway' | 'Application' | number | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [SibylPrimitivesRole, u128]>;
      /**
       * Delegate to one more gateway, allowing it to sign relays for the caller from the next
       * session on (the gateways of a session are fixed when it starts, so that they can share
       * its spend limit).
       * 
       * Emits [`Event::Delegated`].
       **/
      delegate: AugmentedSubmittable<(gateway: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Register as an application with `deposit`, delegating to `gateways` and capping
       * each session's charge at `spend_limit`, which may not exceed the deposit.
       * 
       * Emits [`Event::Registered`].
       **/
      registerApplication: AugmentedSubmittable<(deposit: u128 | AnyNumber | Uint8Array, gateways: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[], spendLimit: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128, Vec<AccountId32>, u128]>;
      /**
       * Register as a gateway serving at `url`, bonding `stake`.
       * 
       * Emits [`Event::Registered`].
       **/
      registerGateway: AugmentedSubmittable<(stake: u128 | AnyNumber | Uint8Array, url: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128, Bytes]>;
      /**
       * Register as a supplier of `models`, bonding `stake`.
       * 
       * Emits [`Event::Registered`].
       **/
      registerSupplier: AugmentedSubmittable<(stake: u128 | AnyNumber | Uint8Array, models: Vec<u32> | (u32 | AnyNumber | Uint8Array)[], natsSubject: Bytes | string | Uint8Array, capacityTps: u32 | AnyNumber | Uint8Array, device: PalletSibylStakesDeviceClass | { Single: any } | { Cluster: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128, Vec<u32>, Bytes, u32, PalletSibylStakesDeviceClass]>;
      /**
       * Register as a validator, bonding `stake`.
       * 
       * Emits [`Event::Registered`].
       **/
      registerValidator: AugmentedSubmittable<(stake: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128]>;
      /**
       * Set the staking parameters. New minimums apply to later bonding and unbonding; they
       * do not force existing bonds out.
       * 
       * Emits [`Event::ParametersSet`].
       **/
      setParameters: AugmentedSubmittable<(parameters: PalletSibylStakesStakeParameters | { minSupplierStake?: any; minValidatorStake?: any; minGatewayStake?: any; minApplicationDeposit?: any; unbondingPeriod?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletSibylStakesStakeParameters]>;
      /**
       * Set the most an application may be charged per session. A higher limit applies at
       * once and must be covered by the active deposit; a lower one applies from the next
       * session, so that what gateways reserved in this one stays payable.
       * 
       * Emits [`Event::SpendLimitSet`].
       **/
      setSpendLimit: AugmentedSubmittable<(limit: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u128]>;
      /**
       * Start unbonding `amount` of the caller's active bond for `role`. What remains active
       * must be zero (leaving the role) or at least the minimum. The funds stay held and
       * slashable until [`Pallet::withdraw_unbonded`] after the unbonding period.
       * 
       * Emits [`Event::Unbonding`].
       **/
      unbond: AugmentedSubmittable<(role: SibylPrimitivesRole | 'Supplier' | 'Validator' | 'Gateway' | 'Application' | number | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [SibylPrimitivesRole, u128]>;
      /**
       * Withdraw a delegation. It still counts through the current session: relays the
       * gateway signed in it remain the application's to pay.
       * 
       * Emits [`Event::Undelegated`].
       **/
      undelegate: AugmentedSubmittable<(gateway: AccountId32 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [AccountId32]>;
      /**
       * Change a gateway's URL.
       * 
       * Emits [`Event::GatewayUpdated`].
       **/
      updateGateway: AugmentedSubmittable<(url: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Replace a supplier's declared service. Sessions pick it up from the next session.
       * 
       * Emits [`Event::SupplierUpdated`].
       **/
      updateSupplier: AugmentedSubmittable<(models: Vec<u32> | (u32 | AnyNumber | Uint8Array)[], natsSubject: Bytes | string | Uint8Array, capacityTps: u32 | AnyNumber | Uint8Array, device: PalletSibylStakesDeviceClass | { Single: any } | { Cluster: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Vec<u32>, Bytes, u32, PalletSibylStakesDeviceClass]>;
      /**
       * Release every unbonding chunk of the caller's `role` bond whose period has passed.
       * When nothing is left bonded, the role and its configuration are removed. An
       * application's deposit is released only once none of its charges is pending.
       * 
       * Emits [`Event::Withdrawn`] and, when the role ends, [`Event::Deregistered`].
       **/
      withdrawUnbonded: AugmentedSubmittable<(role: SibylPrimitivesRole | 'Supplier' | 'Validator' | 'Gateway' | 'Application' | number | Uint8Array) => SubmittableExtrinsic<ApiType>, [SibylPrimitivesRole]>;
    };
    sudo: {
      /**
       * Permanently removes the sudo key.
       * 
       * **This cannot be un-done.**
       **/
      removeKey: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo
       * key.
       **/
      setKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       **/
      sudo: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Signed` origin from
       * a given account.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoAs: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       * This function does not check the weight of the call, and instead allows the
       * Sudo user to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoUncheckedWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
    };
    system: {
      /**
       * Provide the preimage (runtime binary) `code` for an upgrade that has been authorized.
       * 
       * If the authorization required a version check, this call will ensure the spec name
       * remains unchanged and that the spec version has increased.
       * 
       * Depending on the runtime's `OnSetCode` configuration, this function may directly apply
       * the new `code` in the same block or attempt to schedule the upgrade.
       * 
       * All origins are allowed.
       **/
      applyAuthorizedUpgrade: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgrade: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * WARNING: This authorizes an upgrade that will take place without any safety checks, for
       * example that the spec name remains the same and that the version number increases. Not
       * recommended for normal use. Use `authorize_upgrade` instead.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgradeWithoutChecks: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Kill all storage items with a key that starts with the given prefix.
       * 
       * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
       * the prefix we are removing to accurately calculate the weight of this function.
       **/
      killPrefix: AugmentedSubmittable<(prefix: Bytes | string | Uint8Array, subkeys: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, u32]>;
      /**
       * Kill some items from storage.
       **/
      killStorage: AugmentedSubmittable<(keys: Vec<Bytes> | (Bytes | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Bytes>]>;
      /**
       * Make some on-chain remark.
       * 
       * Can be executed by every `origin`.
       **/
      remark: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Make some on-chain remark and emit event.
       **/
      remarkWithEvent: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code.
       **/
      setCode: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code without doing any checks of the given `code`.
       * 
       * Note that runtime upgrades will not run if this is called with a not-increasing spec
       * version!
       **/
      setCodeWithoutChecks: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the number of pages in the WebAssembly environment's heap.
       **/
      setHeapPages: AugmentedSubmittable<(pages: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Set some items of storage.
       **/
      setStorage: AugmentedSubmittable<(items: Vec<ITuple<[Bytes, Bytes]>> | ([Bytes | string | Uint8Array, Bytes | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[Bytes, Bytes]>>]>;
    };
    timestamp: {
      /**
       * Set the current time.
       * 
       * This call should be invoked exactly once per block. It will panic at the finalization
       * phase, if this call hasn't been invoked by that time.
       * 
       * The timestamp should be greater than the previous one by the amount specified by
       * [`Config::MinimumPeriod`].
       * 
       * The dispatch origin for this call must be _None_.
       * 
       * This dispatch class is _Mandatory_ to ensure it gets executed in the block. Be aware
       * that changing the complexity of this call could result exhausting the resources in a
       * block to execute any other calls.
       * 
       * ## Complexity
       * - `O(1)` (Note that implementations of `OnTimestampSet` must also be `O(1)`)
       * - 1 storage read and 1 storage mutation (codec `O(1)` because of `DidUpdate::take` in
       * `on_finalize`)
       * - 1 event handler `on_timestamp_set`. Must be `O(1)`.
       **/
      set: AugmentedSubmittable<(now: Compact<u64> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u64>]>;
    };
    tiqe: {
      /**
       * Queue an audit: an evaluation of distinct relay digests `supplier` served for
       * `model` in `session`, by Root or a Council majority (for example relays an
       * application reported). `supplier` must be an active supplier of `model`. Each digest
       * is `blake2_256(SCALE(envelope) ++ SCALE(response metadata))`. The batch's round opens
       * in a later block.
       * 
       * Rounds otherwise come from settlement, for the relays a relay-mining proof opened
       * (chosen by chain randomness). A supplier may not queue its own: relays it picked
       * would let it raise its reputation on prompts of its choosing.
       * 
       * Emits [`Event::RelaysCommitted`].
       **/
      commitRelays: AugmentedSubmittable<(supplier: AccountId32 | string | Uint8Array, model: u32 | AnyNumber | Uint8Array, session: u64 | AnyNumber | Uint8Array, relays: Vec<H256> | (H256 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [AccountId32, u32, u64, Vec<H256>]>;
      /**
       * Commit to a score in `round`, as a member of its committee, during the commit
       * window. `commitment` is `blake2_256(SCALE((round: u64, who: AccountId, alpha:
       * Permill, withheld: bool, salt: [u8; 32])))`. The last member to commit closes the
       * commit window: reveals are taken from the next block.
       * 
       * Emits [`Event::ScoreCommitted`], and [`Event::CommitsComplete`] for the last member.
       **/
      commitScore: AugmentedSubmittable<(round: u64 | AnyNumber | Uint8Array, commitment: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, H256]>;
      /**
       * Reveal the score committed in `round`, during the reveal window. `alpha` is the
       * caller's quality score for the sampled relays; `withheld` says the supplier did not
       * reveal them (vote α = 0 then). Fails unless the arguments and the caller hash to the
       * commitment. After the last member's reveal the round is finalized in the next block.
       * 
       * Emits [`Event::ScoreRevealed`], and [`Event::RevealsComplete`] for the last member.
       **/
      revealScore: AugmentedSubmittable<(round: u64 | AnyNumber | Uint8Array, alpha: Permill | AnyNumber | Uint8Array, withheld: bool | boolean | Uint8Array, salt: U8aFixed | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Permill, bool, U8aFixed]>;
      /**
       * Set `model`'s calibration, or remove it (`None`). The model's owner may set the
       * first one, as part of publishing the model; after that only the Council (or Root)
       * may change or remove it, so a calibration validators already apply is not loosened
       * by the party whose model it judges. Rounds finalized from the next block use the new
       * `alpha_threshold`; validators pick up the rest as they score.
       * 
       * Emits [`Event::CalibrationSet`].
       **/
      setCalibration: AugmentedSubmittable<(model: u32 | AnyNumber | Uint8Array, calibration: Option<PalletSibylTiqeCalibration> | null | Uint8Array | PalletSibylTiqeCalibration | { greedyToleranceMilli?: any; greedyMaxViolations?: any; replayTolerance?: any; replayAllowedMisses?: any; replayAllowedShare?: any; unseededMarginMilli?: any; unseededAllowedShare?: any; relevanceLow?: any; relevanceHigh?: any; judgeWeight?: any; alphaThreshold?: any } | string) => SubmittableExtrinsic<ApiType>, [u32, Option<PalletSibylTiqeCalibration>]>;
      /**
       * Set the TIQE+ parameters. Committee size and windows of rounds already open do not
       * change; slashing fractions and thresholds apply from the next finalization.
       * 
       * Emits [`Event::ParametersSet`].
       **/
      setParameters: AugmentedSubmittable<(parameters: PalletSibylTiqeTiqeParameters | { committeeSize?: any; relaysPerRound?: any; commitWindow?: any; revealWindow?: any; deviationThreshold?: any; deviationSlash?: any; missingRevealSlash?: any; withheldSlash?: any; alphaThreshold?: any; lowQualitySlash?: any; reputationWeight?: any; quorum?: any; maxOpenRounds?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletSibylTiqeTiqeParameters]>;
    };
    utility: {
      /**
       * Send a call through an indexed pseudonym of the sender.
       * 
       * Filter from origin are passed along. The call will be dispatched with an origin which
       * use the same filter as the origin of this call.
       * 
       * NOTE: If you need to ensure that any account-based filtering is not honored (i.e.
       * because you expect `proxy` to have been used prior in the call stack and you do not want
       * the call restrictions to apply to any sub-accounts), then use `as_multi_threshold_1`
       * in the Multisig pallet instead.
       * 
       * NOTE: Prior to version *12, this was called `as_limited_sub`.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      asDerivative: AugmentedSubmittable<(index: u16 | AnyNumber | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u16, Call]>;
      /**
       * Send a batch of dispatch calls.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatched without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       * 
       * This will return `Ok` in all circumstances. To determine the success of the batch, an
       * event is deposited. If a call failed and the batch was interrupted, then the
       * `BatchInterrupted` event is deposited, along with the number of successful calls made
       * and the error of the failed call. If all were successful, then the `BatchCompleted`
       * event is deposited.
       **/
      batch: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Send a batch of dispatch calls and atomically execute them.
       * The whole transaction will rollback and fail if any of the calls failed.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatched without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       **/
      batchAll: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Dispatches a function call with a provided origin.
       * 
       * The dispatch origin for this call must be _Root_.
       * 
       * ## Complexity
       * - O(1).
       **/
      dispatchAs: AugmentedSubmittable<(asOrigin: SibylRuntimeOriginCaller | { system: any } | { Council: any } | { Revive: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [SibylRuntimeOriginCaller, Call]>;
      /**
       * Dispatches a function call with a provided origin.
       * 
       * Almost the same as [`Pallet::dispatch_as`] but forwards any error of the inner call.
       * 
       * The dispatch origin for this call must be _Root_.
       **/
      dispatchAsFallible: AugmentedSubmittable<(asOrigin: SibylRuntimeOriginCaller | { system: any } | { Council: any } | { Revive: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [SibylRuntimeOriginCaller, Call]>;
      /**
       * Send a batch of dispatch calls.
       * Unlike `batch`, it allows errors and won't interrupt.
       * 
       * May be called from any origin except `None`.
       * 
       * - `calls`: The calls to be dispatched from the same origin. The number of call must not
       * exceed the constant: `batched_calls_limit` (available in constant metadata).
       * 
       * If origin is root then the calls are dispatch without checking origin filter. (This
       * includes bypassing `frame_system::Config::BaseCallFilter`).
       * 
       * ## Complexity
       * - O(C) where C is the number of calls to be batched.
       **/
      forceBatch: AugmentedSubmittable<(calls: Vec<Call> | (Call | IMethod | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Call>]>;
      /**
       * Dispatch a fallback call in the event the main call fails to execute.
       * May be called from any origin except `None`.
       * 
       * This function first attempts to dispatch the `main` call.
       * If the `main` call fails, the `fallback` is attemted.
       * if the fallback is successfully dispatched, the weights of both calls
       * are accumulated and an event containing the main call error is deposited.
       * 
       * In the event of a fallback failure the whole call fails
       * with the weights returned.
       * 
       * - `main`: The main call to be dispatched. This is the primary action to execute.
       * - `fallback`: The fallback call to be dispatched in case the `main` call fails.
       * 
       * ## Dispatch Logic
       * - If the origin is `root`, both the main and fallback calls are executed without
       * applying any origin filters.
       * - If the origin is not `root`, the origin filter is applied to both the `main` and
       * `fallback` calls.
       * 
       * ## Use Case
       * - Some use cases might involve submitting a `batch` type call in either main, fallback
       * or both.
       **/
      ifElse: AugmentedSubmittable<(main: Call | IMethod | string | Uint8Array, fallback: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, Call]>;
      /**
       * Dispatch a function call with a specified weight.
       * 
       * This function does not check the weight of the call, and instead allows the
       * Root origin to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Root_.
       **/
      withWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
    };
  } // AugmentedSubmittables
} // declare module
