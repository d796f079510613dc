// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/errors';

import type { ApiTypes, AugmentedError } from '@polkadot/api-base/types';

export type __AugmentedError<ApiType extends ApiTypes> = AugmentedError<ApiType>;

declare module '@polkadot/api-base/types/errors' {
  interface AugmentedErrors<ApiType extends ApiTypes> {
    authorities: {
      /**
       * The account is an authority already.
       **/
      AlreadyAuthority: AugmentedError<ApiType>;
      /**
       * The account has not set session keys (`session.setKeys`).
       **/
      NoSessionKeys: AugmentedError<ApiType>;
      /**
       * The account is not an authority.
       **/
      NotAuthority: AugmentedError<ApiType>;
      /**
       * The session period is below `MinSessionPeriod`.
       **/
      SessionPeriodTooShort: AugmentedError<ApiType>;
      /**
       * Removing the account would leave fewer than `MinAuthorities`.
       **/
      TooFewAuthorities: AugmentedError<ApiType>;
      /**
       * The set is at `MaxAuthorities`.
       **/
      TooManyAuthorities: AugmentedError<ApiType>;
    };
    balances: {
      /**
       * Beneficiary account must pre-exist.
       **/
      DeadAccount: AugmentedError<ApiType>;
      /**
       * The delta cannot be zero.
       **/
      DeltaZero: AugmentedError<ApiType>;
      /**
       * Value too low to create account due to existential deposit.
       **/
      ExistentialDeposit: AugmentedError<ApiType>;
      /**
       * A vesting schedule already exists for this account.
       **/
      ExistingVestingSchedule: AugmentedError<ApiType>;
      /**
       * Transfer/payment would kill account.
       **/
      Expendability: AugmentedError<ApiType>;
      /**
       * Balance too low to send value.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The issuance cannot be modified since it is already deactivated.
       **/
      IssuanceDeactivated: AugmentedError<ApiType>;
      /**
       * Account liquidity restrictions prevent withdrawal.
       **/
      LiquidityRestrictions: AugmentedError<ApiType>;
      /**
       * Number of freezes exceed `MaxFreezes`.
       **/
      TooManyFreezes: AugmentedError<ApiType>;
      /**
       * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
       **/
      TooManyHolds: AugmentedError<ApiType>;
      /**
       * Number of named reserves exceed `MaxReserves`.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * Vesting balance too high to send value.
       **/
      VestingBalance: AugmentedError<ApiType>;
    };
    council: {
      /**
       * Members are already initialized!
       **/
      AlreadyInitialized: AugmentedError<ApiType>;
      /**
       * Duplicate proposals not allowed
       **/
      DuplicateProposal: AugmentedError<ApiType>;
      /**
       * Duplicate vote ignored
       **/
      DuplicateVote: AugmentedError<ApiType>;
      /**
       * Account is not a member
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Prime account is not a member
       **/
      PrimeAccountNotMember: AugmentedError<ApiType>;
      /**
       * Proposal is still active.
       **/
      ProposalActive: AugmentedError<ApiType>;
      /**
       * Proposal must exist
       **/
      ProposalMissing: AugmentedError<ApiType>;
      /**
       * The close call was made too early, before the end of the voting.
       **/
      TooEarly: AugmentedError<ApiType>;
      /**
       * There can only be a maximum of `MaxProposals` active proposals.
       **/
      TooManyProposals: AugmentedError<ApiType>;
      /**
       * Mismatched index
       **/
      WrongIndex: AugmentedError<ApiType>;
      /**
       * The given length bound for the proposal was too low.
       **/
      WrongProposalLength: AugmentedError<ApiType>;
      /**
       * The given weight bound for the proposal was too low.
       **/
      WrongProposalWeight: AugmentedError<ApiType>;
    };
    grandpa: {
      /**
       * Attempt to signal GRANDPA change with one already pending.
       **/
      ChangePending: AugmentedError<ApiType>;
      /**
       * A given equivocation report is valid but already previously reported.
       **/
      DuplicateOffenceReport: AugmentedError<ApiType>;
      /**
       * An equivocation proof provided as part of an equivocation report is invalid.
       **/
      InvalidEquivocationProof: AugmentedError<ApiType>;
      /**
       * A key ownership proof provided as part of an equivocation report is invalid.
       **/
      InvalidKeyOwnershipProof: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA pause when the authority set isn't live
       * (either paused or already pending pause).
       **/
      PauseFailed: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA resume when the authority set isn't paused
       * (either live or already pending resume).
       **/
      ResumeFailed: AugmentedError<ApiType>;
      /**
       * Cannot signal forced change so soon after last.
       **/
      TooSoon: AugmentedError<ApiType>;
    };
    jobs: {
      /**
       * The input is empty.
       **/
      EmptyInput: AugmentedError<ApiType>;
      /**
       * The declared prompt tokens plus `max_tokens` exceed the model's context.
       **/
      ExceedsContext: AugmentedError<ApiType>;
      /**
       * The input is longer than `MaxInputLen`.
       **/
      InputTooLong: AugmentedError<ApiType>;
      /**
       * The submitter cannot afford the job deposit.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * `max_tokens` is 0 or above `MaxJobTokens`.
       **/
      InvalidMaxTokens: AugmentedError<ApiType>;
      /**
       * A zero timeout, retention or minimum price.
       **/
      InvalidParameters: AugmentedError<ApiType>;
      /**
       * The declared prompt tokens are zero.
       **/
      InvalidPromptTokens: AugmentedError<ApiType>;
      /**
       * The input is not a relay body: UTF-8 JSON `{"kind":"chat","messages":[…]}` (each
       * message a `role` of system, developer, user or assistant and a string `content`) or
       * `{"kind":"completion","prompt":"…"}`, with an optional `stop` list of strings.
       **/
      MalformedInput: AugmentedError<ApiType>;
      /**
       * The usage has no compute units (nothing generated, or the model is unknown).
       **/
      NoComputeUnits: AugmentedError<ApiType>;
      /**
       * The caller is not an active application.
       **/
      NotApplication: AugmentedError<ApiType>;
      /**
       * The job is not assigned to the caller, or no longer open.
       **/
      NotAssigned: AugmentedError<ApiType>;
      /**
       * The output is not UTF-8.
       **/
      OutputNotUtf8: AugmentedError<ApiType>;
      /**
       * The output is longer than `MaxOutputLen`.
       **/
      OutputTooLong: AugmentedError<ApiType>;
      /**
       * Job ids are exhausted.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * `max_price` is below the governance minimum.
       **/
      PriceTooLow: AugmentedError<ApiType>;
      /**
       * More prompt tokens than the submitter declared.
       **/
      PromptTokensAboveDeclared: AugmentedError<ApiType>;
      /**
       * Too many jobs wait for assignment; try again in a block.
       **/
      QueueFull: AugmentedError<ApiType>;
      /**
       * The application already has `MaxOpenJobsPerApp` jobs open.
       **/
      TooManyOpenJobs: AugmentedError<ApiType>;
      /**
       * More completion tokens than the job allowed.
       **/
      TooManyTokens: AugmentedError<ApiType>;
      /**
       * No such job.
       **/
      UnknownJob: AugmentedError<ApiType>;
      /**
       * The model is not registered or is retired.
       **/
      UnknownModel: AugmentedError<ApiType>;
      /**
       * Prompt and completion tokens together exceed the model's context.
       **/
      UsageAboveContext: AugmentedError<ApiType>;
    };
    models: {
      /**
       * The chat template is longer than `MaxChatTemplateLen`.
       **/
      ChatTemplateTooLong: AugmentedError<ApiType>;
      /**
       * An active model with this sha256 is already registered.
       **/
      DuplicateModel: AugmentedError<ApiType>;
      /**
       * The update changes nothing.
       **/
      EmptyUpdate: AugmentedError<ApiType>;
      /**
       * Model ids are exhausted.
       **/
      IdsExhausted: AugmentedError<ApiType>;
      /**
       * The owner cannot afford the deposit.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The context length is zero or above `MaxContextLength`.
       **/
      InvalidContextLength: AugmentedError<ApiType>;
      /**
       * The license is empty or not printable UTF-8.
       **/
      InvalidLicense: AugmentedError<ApiType>;
      /**
       * The name is empty or not printable UTF-8.
       **/
      InvalidName: AugmentedError<ApiType>;
      /**
       * The quantization is empty or has characters other than ASCII letters, digits and `_`.
       **/
      InvalidQuantization: AugmentedError<ApiType>;
      /**
       * The sha256 is all zeroes.
       **/
      InvalidSha256: AugmentedError<ApiType>;
      /**
       * The license is longer than `MaxLicenseLen`.
       **/
      LicenseTooLong: AugmentedError<ApiType>;
      /**
       * The model is retired.
       **/
      ModelRetired: AugmentedError<ApiType>;
      /**
       * The name is longer than `MaxNameLen`.
       **/
      NameTooLong: AugmentedError<ApiType>;
      /**
       * Only the model's owner may do this.
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * No fetch URI was given.
       **/
      NoUris: AugmentedError<ApiType>;
      /**
       * An arithmetic overflow in the deposit.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The quantization is longer than `MaxQuantizationLen`.
       **/
      QuantizationTooLong: AugmentedError<ApiType>;
      /**
       * The royalty is above the governance cap.
       **/
      RoyaltyTooHigh: AugmentedError<ApiType>;
      /**
       * The registry holds `MaxModels` models; retired ones leave once pruned.
       **/
      TooManyModels: AugmentedError<ApiType>;
      /**
       * More than `MaxUris` fetch URIs.
       **/
      TooManyUris: AugmentedError<ApiType>;
      /**
       * No model with this id.
       **/
      UnknownModel: AugmentedError<ApiType>;
      /**
       * A fetch URI is not one of `hf://`, `https://`, `pypi:`, `file://`, or has nothing after
       * the scheme, or has whitespace or control characters.
       **/
      UnsupportedUri: AugmentedError<ApiType>;
      /**
       * A fetch URI is longer than `MaxUriLen`.
       **/
      UriTooLong: AugmentedError<ApiType>;
      /**
       * A compute weight is zero.
       **/
      ZeroComputeWeight: AugmentedError<ApiType>;
      /**
       * The file size is zero.
       **/
      ZeroSize: AugmentedError<ApiType>;
    };
    pricing: {
      /**
       * δ above `MaxDelta`, a zero target utilization or a cap below one floor.
       **/
      InvalidParameters: AugmentedError<ApiType>;
    };
    relayMining: {
      /**
       * A claim for this (session, app, model) exists already.
       **/
      AlreadyClaimed: AugmentedError<ApiType>;
      /**
       * The claim was proven already.
       **/
      AlreadyProven: AugmentedError<ApiType>;
      /**
       * A leaf's envelope is not signed by its gateway.
       **/
      BadGatewaySignature: AugmentedError<ApiType>;
      /**
       * A leaf's response is not signed by the supplier.
       **/
      BadSupplierSignature: AugmentedError<ApiType>;
      /**
       * A leaf generated more tokens than its request's `max_tokens`.
       **/
      CompletionTokensAboveSigned: AugmentedError<ApiType>;
      /**
       * A branch does not lead to the claimed root. This is also what a relay of another
       * session, application, supplier or model, or a leaf weighted other than its usage,
       * fails with: expanded into this claim, it is not the leaf in the tree.
       **/
      InvalidBranch: AugmentedError<ApiType>;
      /**
       * Invalid parameters.
       **/
      InvalidParameters: AugmentedError<ApiType>;
      /**
       * A root of zero weight, no relays, or more relays than compute units.
       **/
      InvalidRoot: AugmentedError<ApiType>;
      /**
       * There is no claim for this (session, app, model) by the caller.
       **/
      NoClaim: AugmentedError<ApiType>;
      /**
       * The app did not delegate to the leaf's gateway.
       **/
      NotDelegated: AugmentedError<ApiType>;
      /**
       * A leaf's mining key is not under the session's difficulty.
       **/
      NotMined: AugmentedError<ApiType>;
      /**
       * The caller is not drawn for (app, model) in the session.
       **/
      NotSessionSupplier: AugmentedError<ApiType>;
      /**
       * The session's claim window is not open.
       **/
      OutsideClaimWindow: AugmentedError<ApiType>;
      /**
       * The session's proof window is not open.
       **/
      OutsideProofWindow: AugmentedError<ApiType>;
      /**
       * A leaf's supplier counted more prompt tokens than its gateway signed for.
       **/
      PromptTokensAboveSigned: AugmentedError<ApiType>;
      /**
       * The session has as many claims as it may hold.
       **/
      TooManyClaims: AugmentedError<ApiType>;
      /**
       * The supplier made as many claims in the session as one supplier may.
       **/
      TooManySupplierClaims: AugmentedError<ApiType>;
      /**
       * A leaf's prompt and completion together exceed the model's context.
       **/
      UsageAboveContext: AugmentedError<ApiType>;
      /**
       * A leaf's usage has no compute units, or the model's weights are unknown.
       **/
      UsageMismatch: AugmentedError<ApiType>;
      /**
       * A path's weighted walk leads to another leaf: the prover chose the leaf.
       **/
      WrongLeafForPath: AugmentedError<ApiType>;
      /**
       * The proof opens another number of paths than the claim requires.
       **/
      WrongPathCount: AugmentedError<ApiType>;
    };
    revive: {
      /**
       * Tried to map an account that is already mapped.
       **/
      AccountAlreadyMapped: AugmentedError<ApiType>;
      /**
       * An `AccountID32` account tried to interact with the pallet without having a mapping.
       * 
       * Call [`Pallet::map_account`] in order to create a mapping for the account.
       **/
      AccountUnmapped: AugmentedError<ApiType>;
      /**
       * Manual mapping is disabled when auto-mapping is enabled.
       **/
      AutoMappingEnabled: AugmentedError<ApiType>;
      /**
       * Failed to convert a U256 to a Balance.
       **/
      BalanceConversionFailed: AugmentedError<ApiType>;
      /**
       * The program contains a basic block that is larger than allowed.
       **/
      BasicBlockTooLarge: AugmentedError<ApiType>;
      /**
       * The code blob supplied is larger than [`limits::code::BLOB_BYTES`].
       **/
      BlobTooLarge: AugmentedError<ApiType>;
      /**
       * The calldata exceeds [`limits::CALLDATA_BYTES`].
       **/
      CallDataTooLarge: AugmentedError<ApiType>;
      /**
       * Can not add a delegate dependency to the code hash of the contract itself.
       **/
      CannotAddSelfAsDelegateDependency: AugmentedError<ApiType>;
      /**
       * No code info could be found at the supplied code hash.
       **/
      CodeInfoNotFound: AugmentedError<ApiType>;
      /**
       * Code removal was denied because the code is still in use by at least one contract.
       **/
      CodeInUse: AugmentedError<ApiType>;
      /**
       * No code could be found at the supplied code hash.
       **/
      CodeNotFound: AugmentedError<ApiType>;
      /**
       * The contract failed to compile or is missing the correct entry points.
       * 
       * A more detailed error can be found on the node console if debug messages are enabled
       * by supplying `-lruntime::revive=debug`.
       **/
      CodeRejected: AugmentedError<ApiType>;
      /**
       * No contract was found at the specified address.
       **/
      ContractNotFound: AugmentedError<ApiType>;
      /**
       * The contract ran to completion but decided to revert its storage changes.
       * Please note that this error is only returned from extrinsics. When called directly
       * or via RPC an `Ok` will be returned. In this case the caller needs to inspect the flags
       * to determine whether a reversion has taken place.
       **/
      ContractReverted: AugmentedError<ApiType>;
      /**
       * Contract trapped during execution.
       **/
      ContractTrapped: AugmentedError<ApiType>;
      /**
       * Input passed to a contract API function failed to decode as expected type.
       **/
      DecodingFailed: AugmentedError<ApiType>;
      /**
       * The contract already depends on the given delegate dependency.
       **/
      DelegateDependencyAlreadyExists: AugmentedError<ApiType>;
      /**
       * The dependency was not found in the contract's delegate dependencies.
       **/
      DelegateDependencyNotFound: AugmentedError<ApiType>;
      /**
       * A contract with the same AccountId already exists.
       **/
      DuplicateContract: AugmentedError<ApiType>;
      /**
       * ECDSA public key recovery failed. Most probably wrong recovery id or signature.
       **/
      EcdsaRecoveryFailed: AugmentedError<ApiType>;
      /**
       * Tried to construct an EVM contract via code hash.
       * 
       * EVM contracts can only be instantiated via code upload as no initcode is
       * stored on-chain.
       **/
      EvmConstructedFromHash: AugmentedError<ApiType>;
      /**
       * When calling an EVM constructor `data` has to be empty.
       * 
       * EVM constructors do not accept data. Their input data is part of the code blob itself.
       **/
      EvmConstructorNonEmptyData: AugmentedError<ApiType>;
      /**
       * PolkaVM failed during code execution. Probably due to a malformed program.
       **/
      ExecutionFailed: AugmentedError<ApiType>;
      /**
       * `seal_call` forwarded this contracts input. It therefore is no longer available.
       **/
      InputForwarded: AugmentedError<ApiType>;
      /**
       * Invalid combination of flags supplied to `seal_call` or `seal_delegate_call`.
       **/
      InvalidCallFlags: AugmentedError<ApiType>;
      /**
       * The transaction used to dry-run a contract is invalid.
       **/
      InvalidGenericTransaction: AugmentedError<ApiType>;
      /**
       * Immutable data can only be set during deploys and only be read during calls.
       * Additionally, it is only valid to set the data once and it must not be empty.
       **/
      InvalidImmutableAccess: AugmentedError<ApiType>;
      /**
       * The program contains an invalid instruction.
       **/
      InvalidInstruction: AugmentedError<ApiType>;
      /**
       * Invalid jump destination. Dynamic jumps points to invalid not jumpdest opcode.
       **/
      InvalidJump: AugmentedError<ApiType>;
      /**
       * Invalid schedule supplied, e.g. with zero weight of a basic operation.
       **/
      InvalidSchedule: AugmentedError<ApiType>;
      /**
       * Invalid storage flags were passed to one of the storage syscalls.
       **/
      InvalidStorageFlags: AugmentedError<ApiType>;
      /**
       * The contract tried to call a syscall which does not exist (at its current api level).
       **/
      InvalidSyscall: AugmentedError<ApiType>;
      /**
       * Performing a call was denied because the calling depth reached the limit
       * of what is specified in the schedule.
       **/
      MaxCallDepthReached: AugmentedError<ApiType>;
      /**
       * The contract has reached its maximum number of delegate dependencies.
       **/
      MaxDelegateDependenciesReached: AugmentedError<ApiType>;
      /**
       * A buffer outside of sandbox memory was passed to a contract API function.
       **/
      OutOfBounds: AugmentedError<ApiType>;
      /**
       * The executed contract exhausted its gas limit.
       **/
      OutOfGas: AugmentedError<ApiType>;
      /**
       * Can not add more data to transient storage.
       **/
      OutOfTransientStorage: AugmentedError<ApiType>;
      /**
       * A contract cannot be created at this address: it still has uncleared
       * [`NativeDepositOf`] entries from a previously terminated contract that the deletion
       * queue has not yet drained.
       **/
      PendingDepositCleanup: AugmentedError<ApiType>;
      /**
       * Called a pre-compile that is not allowed to be delegate called.
       * 
       * Some pre-compile functions will trap the caller context if being delegate
       * called or if their caller was being delegate called.
       **/
      PrecompileDelegateDenied: AugmentedError<ApiType>;
      /**
       * A contract called into the runtime which then called back into this pallet.
       **/
      ReenteredPallet: AugmentedError<ApiType>;
      /**
       * A call tried to invoke a contract that is flagged as non-reentrant.
       **/
      ReentranceDenied: AugmentedError<ApiType>;
      /**
       * The refcount of a code either over or underflowed.
       **/
      RefcountOverOrUnderflow: AugmentedError<ApiType>;
      /**
       * The return data exceeds [`limits::CALLDATA_BYTES`].
       **/
      ReturnDataTooLarge: AugmentedError<ApiType>;
      /**
       * Attempting to push a value onto a full stack.
       **/
      StackOverflow: AugmentedError<ApiType>;
      /**
       * Attempting to pop a value from an empty stack.
       **/
      StackUnderflow: AugmentedError<ApiType>;
      /**
       * A contract attempted to invoke a state modifying API while being in read-only mode.
       **/
      StateChangeDenied: AugmentedError<ApiType>;
      /**
       * The contract declares too much memory (ro + rw + stack).
       **/
      StaticMemoryTooLarge: AugmentedError<ApiType>;
      /**
       * More storage was created than allowed by the storage deposit limit.
       **/
      StorageDepositLimitExhausted: AugmentedError<ApiType>;
      /**
       * Origin doesn't have enough balance to pay the required storage deposits.
       **/
      StorageDepositNotEnoughFunds: AugmentedError<ApiType>;
      /**
       * This means there are locks on the contracts storage deposit that prevents refunding it.
       * 
       * This would be the case if the contract used its storage deposits for governance
       * or other pallets that allow creating locks over held balance.
       **/
      StorageRefundLocked: AugmentedError<ApiType>;
      /**
       * The contract does not have enough balance to refund the storage deposit.
       * 
       * This is a bug and should never happen. It means the accounting got out of sync.
       **/
      StorageRefundNotEnoughFunds: AugmentedError<ApiType>;
      /**
       * A contract self destructed in its constructor.
       * 
       * This can be triggered by a call to `seal_terminate`.
       **/
      TerminatedInConstructor: AugmentedError<ApiType>;
      /**
       * Termination of a contract is not allowed while the contract is already
       * on the call stack. Can be triggered by `seal_terminate`.
       **/
      TerminatedWhileReentrant: AugmentedError<ApiType>;
      /**
       * The amount of topics passed to `seal_deposit_events` exceeds the limit.
       **/
      TooManyTopics: AugmentedError<ApiType>;
      /**
       * Performing the requested transfer failed. Probably because there isn't enough
       * free balance in the sender's account.
       **/
      TransferFailed: AugmentedError<ApiType>;
      /**
       * Too much deposit was drawn from the shared txfee and deposit credit.
       * 
       * This happens if the passed `gas` inside the ethereum transaction is too low.
       **/
      TxFeeOverdraw: AugmentedError<ApiType>;
      /**
       * Unsupported precompile address.
       **/
      UnsupportedPrecompileAddress: AugmentedError<ApiType>;
      /**
       * Event body or storage item exceeds [`limits::STORAGE_BYTES`].
       **/
      ValueTooLarge: AugmentedError<ApiType>;
    };
    session: {
      /**
       * Registered duplicate key.
       **/
      DuplicatedKey: AugmentedError<ApiType>;
      /**
       * Invalid ownership proof.
       **/
      InvalidProof: AugmentedError<ApiType>;
      /**
       * Key setting account is not live, so it's impossible to associate keys.
       **/
      NoAccount: AugmentedError<ApiType>;
      /**
       * No associated validator ID for account.
       **/
      NoAssociatedValidatorId: AugmentedError<ApiType>;
      /**
       * No keys are associated with this account.
       **/
      NoKeys: AugmentedError<ApiType>;
    };
    sessions: {
      /**
       * A zero session length or retention, or a set size of 0 or above
       * `MaxSuppliersPerSession`.
       **/
      InvalidParameters: AugmentedError<ApiType>;
    };
    settlement: {
      /**
       * Supplier, validator and gateway shares above 100%.
       **/
      InvalidParameters: AugmentedError<ApiType>;
    };
    stakes: {
      /**
       * The application already delegates to this gateway.
       **/
      AlreadyDelegated: AugmentedError<ApiType>;
      /**
       * The account already holds this role.
       **/
      AlreadyRegistered: AugmentedError<ApiType>;
      /**
       * Charges of this application are still to be settled; its deposit pays them first.
       **/
      ChargesPending: AugmentedError<ApiType>;
      /**
       * A model is listed twice.
       **/
      DuplicateModel: AugmentedError<ApiType>;
      /**
       * The account cannot afford the bond.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * Unbonding more than the active bond.
       **/
      InsufficientBond: AugmentedError<ApiType>;
      /**
       * A cluster must have between 2 and `MaxClusterDevices` devices.
       **/
      InvalidDeviceCount: AugmentedError<ApiType>;
      /**
       * The unbonding period is zero.
       **/
      InvalidParameters: AugmentedError<ApiType>;
      /**
       * The NATS subject is empty, has wildcards, whitespace or empty tokens.
       **/
      InvalidSubject: AugmentedError<ApiType>;
      /**
       * The gateway URL is not an `http://` or `https://` URL.
       **/
      InvalidUrl: AugmentedError<ApiType>;
      /**
       * A supplier must serve at least one model.
       **/
      NoModels: AugmentedError<ApiType>;
      /**
       * The application does not delegate to this gateway.
       **/
      NotDelegated: AugmentedError<ApiType>;
      /**
       * Nothing has finished unbonding.
       **/
      NothingToWithdraw: AugmentedError<ApiType>;
      /**
       * The account does not hold this role.
       **/
      NotRegistered: AugmentedError<ApiType>;
      /**
       * An arithmetic overflow.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The spend limit would exceed the active deposit that backs it: deposit more, or
       * lower the limit first (a lower limit applies from the next session).
       **/
      SpendLimitAboveDeposit: AugmentedError<ApiType>;
      /**
       * The bond would be (or remain) below the role's minimum while not zero.
       **/
      StakeBelowMinimum: AugmentedError<ApiType>;
      /**
       * The NATS subject is longer than `MaxSubjectLen`.
       **/
      SubjectTooLong: AugmentedError<ApiType>;
      /**
       * More than `MaxDelegations` gateways.
       **/
      TooManyDelegations: AugmentedError<ApiType>;
      /**
       * The role has as many members as it may (`MaxSuppliers` or `MaxValidators`).
       **/
      TooManyMembers: AugmentedError<ApiType>;
      /**
       * More models than `MaxModelsPerSupplier`.
       **/
      TooManyModels: AugmentedError<ApiType>;
      /**
       * Too many unbonding chunks; withdraw first.
       **/
      TooManyUnlockingChunks: AugmentedError<ApiType>;
      /**
       * The delegate is not a registered gateway.
       **/
      UnknownGateway: AugmentedError<ApiType>;
      /**
       * A model is unknown or retired.
       **/
      UnknownModel: AugmentedError<ApiType>;
      /**
       * The gateway URL is longer than `MaxUrlLen`.
       **/
      UrlTooLong: AugmentedError<ApiType>;
      /**
       * An amount of zero.
       **/
      ZeroAmount: AugmentedError<ApiType>;
      /**
       * Declared capacity is zero.
       **/
      ZeroCapacity: AugmentedError<ApiType>;
      /**
       * The spend limit is zero.
       **/
      ZeroSpendLimit: AugmentedError<ApiType>;
    };
    sudo: {
      /**
       * Sender must be the Sudo account.
       **/
      RequireSudo: AugmentedError<ApiType>;
    };
    system: {
      /**
       * The origin filter prevent the call to be dispatched.
       **/
      CallFiltered: AugmentedError<ApiType>;
      /**
       * Failed to extract the runtime version from the new runtime.
       * 
       * Either calling `Core_version` or decoding `RuntimeVersion` failed.
       **/
      FailedToExtractRuntimeVersion: AugmentedError<ApiType>;
      /**
       * The name of specification does not match between the current runtime
       * and the new runtime.
       **/
      InvalidSpecName: AugmentedError<ApiType>;
      /**
       * A multi-block migration is ongoing and prevents the current code from being replaced.
       **/
      MultiBlockMigrationsOngoing: AugmentedError<ApiType>;
      /**
       * Suicide called when the account has non-default composite data.
       **/
      NonDefaultComposite: AugmentedError<ApiType>;
      /**
       * There is a non-zero reference count preventing the account from being purged.
       **/
      NonZeroRefCount: AugmentedError<ApiType>;
      /**
       * No upgrade authorized.
       **/
      NothingAuthorized: AugmentedError<ApiType>;
      /**
       * The specification version is not allowed to decrease between the current runtime
       * and the new runtime.
       **/
      SpecVersionNeedsToIncrease: AugmentedError<ApiType>;
      /**
       * The submitted code is not authorized.
       **/
      Unauthorized: AugmentedError<ApiType>;
    };
    tiqe: {
      /**
       * The caller already committed in this round.
       **/
      AlreadyCommitted: AugmentedError<ApiType>;
      /**
       * The caller already revealed in this round.
       **/
      AlreadyRevealed: AugmentedError<ApiType>;
      /**
       * The model already has a calibration, or the caller does not own the model: only the
       * Council (or Root) changes a calibration once set.
       **/
      CalibrationLocked: AugmentedError<ApiType>;
      /**
       * The reveal does not hash to the commitment.
       **/
      CommitmentMismatch: AugmentedError<ApiType>;
      /**
       * A relay digest appears twice in the batch.
       **/
      DuplicateRelay: AugmentedError<ApiType>;
      /**
       * The batch has no relay digests.
       **/
      EmptyBatch: AugmentedError<ApiType>;
      /**
       * A calibration is out of range: a tolerance or count above its bound, or the
       * relevance band's low end above its high end.
       **/
      InvalidCalibration: AugmentedError<ApiType>;
      /**
       * A parameter is out of range: committee size, relays per round or a window is zero,
       * or a size exceeds its bound.
       **/
      InvalidParameters: AugmentedError<ApiType>;
      /**
       * The round's commit window is over.
       **/
      NotCommitPhase: AugmentedError<ApiType>;
      /**
       * The caller did not commit in this round.
       **/
      NotCommitted: AugmentedError<ApiType>;
      /**
       * The caller is not on the round's committee.
       **/
      NotInCommittee: AugmentedError<ApiType>;
      /**
       * The round is not in its reveal window.
       **/
      NotRevealPhase: AugmentedError<ApiType>;
      /**
       * The caller is not an active supplier of the model.
       **/
      NotSupplier: AugmentedError<ApiType>;
      /**
       * An arithmetic overflow.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * `MaxPendingBatches` batches are already waiting; try again in a later block.
       **/
      TooManyPending: AugmentedError<ApiType>;
      /**
       * No such model in the registry.
       **/
      UnknownModel: AugmentedError<ApiType>;
      /**
       * No such open round (never opened, dropped, or already finalized).
       **/
      UnknownRound: AugmentedError<ApiType>;
    };
    utility: {
      /**
       * Too many calls batched.
       **/
      TooManyCalls: AugmentedError<ApiType>;
    };
  } // AugmentedErrors
} // declare module
