//! Configuration of each pallet in the runtime.

use super::*;
use polkadot_sdk::{
	frame_support::{
		derive_impl,
		dispatch::DispatchClass,
		parameter_types,
		traits::{
			tokens::imbalance::ResolveTo, ConstBool, ConstU128, ConstU16, ConstU32, ConstU64,
			ConstU8, EitherOfDiverse, VariantCountOf,
		},
		weights::{
			constants::{ParityDbWeight, WEIGHT_REF_TIME_PER_SECOND},
			ConstantMultiplier, IdentityFee, Weight,
		},
		PalletId,
	},
	frame_system::{limits, EnsureRoot},
	pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier},
	sp_consensus_aura::sr25519::AuthorityId as AuraId,
	sp_runtime::{
		traits::{AccountIdConversion, ConvertInto, One, OpaqueKeys},
		Perbill,
	},
};

const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: RuntimeVersion = VERSION;
	/// Two seconds of compute in a six-second block.
	pub RuntimeBlockWeights: limits::BlockWeights = limits::BlockWeights::with_sensible_defaults(
		Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX),
		NORMAL_DISPATCH_RATIO,
	);
	/// 5 MiB blocks, of which normal transactions may fill 75%.
	pub RuntimeBlockLength: limits::BlockLength = limits::BlockLength::builder()
		.max_length(5 * 1024 * 1024)
		.modify_max_length_for_class(DispatchClass::Normal, |max| *max = NORMAL_DISPATCH_RATIO * *max)
		.build();
	/// The generic Substrate address prefix.
	pub const SS58Prefix: u16 = 42;
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	// The node stores its chain in ParityDb (chain/node); reads and writes cost what it takes.
	type DbWeight = ParityDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
	// Every account gets its contract address (H160) when it is created, so a dApp's users call
	// contracts without mapping themselves first (pallet-revive's `AutoMap`).
	type OnNewAccount = pallet_revive::AutoMapper<Runtime>;
	type OnKilledAccount = pallet_revive::AutoMapper<Runtime>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = MaxAuthorities;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

/// The most authorities Aura, GRANDPA and the governed set hold.
pub type MaxAuthorities = ConstU32<32>;

/// GRANDPA finality. Equivocation reports are not taken yet: the set is small and governed, and
/// an equivocating authority is removed by a Council motion.
impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = ();
	type MaxAuthorities = MaxAuthorities;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = polkadot_sdk::sp_core::Void;
	type EquivocationReportSystem = ();
}

parameter_types! {
	/// Held from an account while it has session keys registered: keys are storage others pay
	/// to read at every rotation.
	pub const SessionKeyDeposit: Balance = 10 * UNIT;
}

/// Sessions of the consensus authorities (not Sibyl's relay sessions, which `Sessions` runs):
/// the governed `Authorities` pallet decides when a session ends and who is in the next set.
impl pallet_session::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = Authorities;
	type NextSessionRotation = Authorities;
	type SessionManager = Authorities;
	type SessionHandler = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	type DisablingStrategy = ();
	type WeightInfo = pallet_session::weights::SubstrateWeight<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}

/// The accounts with session keys registered, as the authorities pallet asks.
pub struct HasSessionKeys;
impl polkadot_sdk::frame_support::traits::Contains<AccountId> for HasSessionKeys {
	fn contains(who: &AccountId) -> bool {
		pallet_session::NextKeys::<Runtime>::contains_key(who)
	}
}

impl pallet_sibyl_authorities::Config for Runtime {
	type AdminOrigin = AdminOrigin;
	type HasSessionKeys = HasSessionKeys;
	type MaxAuthorities = MaxAuthorities;
	type MinAuthorities = ConstU32<1>;
	/// A minute of blocks: a rotation block spends the whole block weight.
	type MinSessionPeriod = ConstU32<{ MINUTES }>;
	type WeightInfo = pallet_sibyl_authorities::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::authorities::AuthoritiesHelper;
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = ();
}

parameter_types! {
	pub const TreasuryPalletId: PalletId = PalletId(*b"sbl/trsy");
	/// Receives transaction fees and slashed stakes. Governed by the Council.
	pub TreasuryAccount: AccountId = TreasuryPalletId::get().into_account_truncating();
}

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ();
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = pallet_balances::weights::SubstrateWeight<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

parameter_types! {
	pub FeeMultiplier: Multiplier = Multiplier::one();
	/// One micro-SBL per transaction byte.
	pub const TransactionByteFee: Balance = MICRO_UNIT;
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ResolveTo<TreasuryAccount, Balances>>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = ConstantMultiplier<Balance, TransactionByteFee>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = pallet_transaction_payment::weights::SubstrateWeight<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = pallet_sudo::weights::SubstrateWeight<Runtime>;
}

/// Batches of calls in one transaction: dApps submitting several jobs, operators staking and
/// delegating at once, the Council acting on many items in one motion.
impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = pallet_utility::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	pub const CouncilMotionDuration: BlockNumber = 3 * DAYS;
	pub MaxProposalWeight: Weight = Perbill::from_percent(50) * RuntimeBlockWeights::get().max_block;
}

/// The Council's collective instance.
pub type CouncilCollective = pallet_collective::Instance1;

impl pallet_collective::Config<CouncilCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = CouncilMotionDuration;
	type MaxProposals = ConstU32<100>;
	type MaxMembers = ConstU32<32>;
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = pallet_collective::weights::SubstrateWeight<Runtime>;
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	type Consideration = ();
}

/// Who may change Sibyl's parameters: Root, or more than half of the Council.
pub type AdminOrigin = EitherOfDiverse<
	EnsureRoot<AccountId>,
	pallet_collective::EnsureProportionMoreThan<AccountId, CouncilCollective, 1, 2>,
>;

parameter_types! {
	pub const MaxContextLength: u32 = 1 << 21;
}

impl pallet_sibyl_models::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = AdminOrigin;
	type MaxNameLen = ConstU32<128>;
	type MaxQuantizationLen = ConstU32<32>;
	type MaxChatTemplateLen = ConstU32<8192>;
	type MaxLicenseLen = ConstU32<64>;
	type MaxUriLen = ConstU32<512>;
	type MaxUris = ConstU32<8>;
	type MaxContextLength = MaxContextLength;
	type MaxModels = ConstU32<1024>;
	type RetiredRetention = UnbondingHorizon;
	type MaxPrunedPerBlock = ConstU32<8>;
	type WeightInfo = pallet_sibyl_models::weights::SubstrateWeight<Runtime>;
}

/// The blocks within which work already done can still be charged, slashed or paid: the rest of
/// a session, its claim and proof windows, a TIQE+ round's windows (opened the block after the
/// proof) and a job's deadline, read from the parameters in force. Bonds stay held at least this
/// long after unbonding, and retired models' records are kept as long.
pub struct UnbondingHorizon;
impl polkadot_sdk::frame_support::traits::Get<BlockNumber> for UnbondingHorizon {
	fn get() -> BlockNumber {
		let sessions = pallet_sibyl_sessions::Parameters::<Runtime>::get();
		let mining = pallet_sibyl_relay_mining::Parameters::<Runtime>::get();
		let tiqe = pallet_sibyl_tiqe::Parameters::<Runtime>::get();
		let jobs = pallet_sibyl_jobs::Parameters::<Runtime>::get();
		let relays = sessions
			.session_length
			.saturating_add(mining.claim_delay)
			.saturating_add(mining.claim_window)
			.saturating_add(mining.proof_window);
		let rounds = tiqe.commit_window.saturating_add(tiqe.reveal_window).saturating_add(1);
		relays.max(jobs.job_timeout).saturating_add(rounds).saturating_add(1)
	}
}

impl pallet_sibyl_stakes::Config for Runtime {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Models = Models;
	type AdminOrigin = AdminOrigin;
	type OnSlash = ResolveTo<TreasuryAccount, Balances>;
	type MaxModelsPerSupplier = ConstU32<16>;
	type MaxSubjectLen = ConstU32<128>;
	type MaxUrlLen = ConstU32<256>;
	type MaxDelegations = ConstU32<7>;
	type MaxUnlockingChunks = ConstU32<16>;
	type MaxClusterDevices = ConstU16<64>;
	type MaxSuppliers = ConstU32<1024>;
	type MaxValidators = ConstU32<256>;
	type Sessions = Sessions;
	type UnbondingHorizon = UnbondingHorizon;
	type PendingCharges = (Jobs, Settlement);
	type WeightInfo = pallet_sibyl_stakes::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::stakes::StakesHelper;
}

/// Randomness from the last 81 block hashes, for TIQE+'s samples and committees. Not secure
/// against a biasing block author; replace with VRF randomness when the chain has it.
impl pallet_insecure_randomness_collective_flip::Config for Runtime {}

impl pallet_sibyl_tiqe::Config for Runtime {
	type Balance = Balance;
	type Stakes = Stakes;
	type Slash = Stakes;
	type Randomness = RandomnessCollectiveFlip;
	type OnEvaluated = Settlement;
	type Models = Models;
	type AdminOrigin = AdminOrigin;
	type MaxRelaysPerCommit = ConstU32<64>;
	type MaxCommitteeSize = ConstU32<16>;
	type MaxPendingBatches = ConstU32<256>;
	type MaxRoundsPerBlock = ConstU32<8>;
	type ResultHistory = ConstU32<4096>;
	type WeightInfo = pallet_sibyl_tiqe::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::tiqe::TiqeHelper;
}

impl pallet_sibyl_sessions::Config for Runtime {
	type Balance = Balance;
	type Stakes = Stakes;
	type Reputation = Tiqe;
	type Models = Models;
	type Randomness = RandomnessCollectiveFlip;
	// Prices move, then difficulty is set, as each session starts.
	type OnSessionStart = (Pricing, RelayMining);
	type AdminOrigin = AdminOrigin;
	type MaxCandidates = ConstU32<256>;
	type MaxSuppliersPerSession = ConstU32<16>;
	type WeightInfo = pallet_sibyl_sessions::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::sessions::SessionsHelper;
}

parameter_types! {
	/// A price moves by at most 12.5% a session (docs/economics.md, "Prices").
	pub const MaxPriceDelta: polkadot_sdk::sp_runtime::Permill =
		polkadot_sdk::sp_runtime::Permill::from_parts(125_000);
}

impl pallet_sibyl_pricing::Config for Runtime {
	type Balance = Balance;
	type Models = Models;
	type Sessions = Sessions;
	type AdminOrigin = AdminOrigin;
	type MillisecondsPerBlock = ConstU64<MILLISECS_PER_BLOCK>;
	type MaxDelta = MaxPriceDelta;
	type HistoryDepth = ConstU32<16>;
	type WeightInfo = pallet_sibyl_pricing::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::pricing::PricingHelper;
}

impl pallet_sibyl_relay_mining::Config for Runtime {
	type Balance = Balance;
	type Stakes = Stakes;
	type Slash = Stakes;
	type Sessions = Sessions;
	type Models = Models;
	type Prices = Pricing;
	type Randomness = RandomnessCollectiveFlip;
	type OnClaimProven = Settlement;
	type AdminOrigin = AdminOrigin;
	type MaxProofPaths = ConstU32<16>;
	type MaxClaimsPerSession = ConstU32<4096>;
	type MaxClaimsPerSupplier = ConstU32<64>;
	type MaxClosesPerBlock = ConstU32<64>;
	type WeightInfo = pallet_sibyl_relay_mining::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::relay_mining::RelayMiningHelper;
}

impl pallet_sibyl_settlement::Config for Runtime {
	type Balance = Balance;
	type Prices = Pricing;
	type Usage = Pricing;
	type Models = Models;
	type Funds = Stakes;
	type Quality = Tiqe;
	type Reputation = Tiqe;
	type OnJobSettled = Jobs;
	type Treasury = TreasuryAccount;
	type AdminOrigin = AdminOrigin;
	type MaxGateways = ConstU32<16>;
	type SpendHistory = ConstU32<16>;
	type MaxDeferred = ConstU32<1024>;
	type MaxRetriesPerBlock = ConstU32<8>;
	type WeightInfo = pallet_sibyl_settlement::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::settlement::SettlementHelper;
}

impl pallet_sibyl_jobs::Config for Runtime {
	type Balance = Balance;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Models = Models;
	type Stakes = Stakes;
	type Sessions = Sessions;
	type Randomness = RandomnessCollectiveFlip;
	type OnJobDone = Settlement;
	type Slash = Stakes;
	type AdminOrigin = AdminOrigin;
	type MaxInputLen = ConstU32<{ 64 * 1024 }>;
	type MaxOutputLen = ConstU32<{ 64 * 1024 }>;
	type MaxJobTokens = ConstU32<4096>;
	type MaxPendingJobs = ConstU32<64>;
	type MaxJobsPerSupplier = ConstU32<16>;
	type MillisecondsPerBlock = ConstU64<MILLISECS_PER_BLOCK>;
	type MaxOpenJobsPerApp = ConstU32<32>;
	type MaxPrunedPerBlock = ConstU32<16>;
	type WeightInfo = pallet_sibyl_jobs::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmarks::jobs::JobsHelper;
}

/// The EVM chain id contracts see (`block.chainid`).
pub const SIBYL_EVM_CHAIN_ID: u64 = 0x5b1b;

/// Contracts on PolkaVM (ink! 6, resolc) and the EVM (solc), with the Sibyl precompile
/// (docs/contracts.md). Deposits and limits are pallet-revive's defaults, scaled for SBL's 12
/// decimals; no Ethereum transaction path is configured, so contracts are called with signed
/// `revive.call` extrinsics.
#[derive_impl(pallet_revive::config_preludes::TestDefaultConfig)]
impl pallet_revive::Config for Runtime {
	// The prelude's clock is always 0; contracts see the chain's time.
	type Time = Timestamp;
	type Balance = Balance;
	type Currency = Balances;
	type AddressMapper = pallet_revive::AccountId32Mapper<Self>;
	type ChainId = ConstU64<SIBYL_EVM_CHAIN_ID>;
	// SBL has 12 decimals, the EVM 18.
	type NativeToEthRatio = ConstU32<1_000_000>;
	type UploadOrigin = polkadot_sdk::frame_system::EnsureSigned<AccountId>;
	type InstantiateOrigin = polkadot_sdk::frame_system::EnsureSigned<AccountId>;
	type Precompiles = (crate::precompiles::SibylPrecompile,);
	type OnBurn = ResolveTo<TreasuryAccount, Balances>;
	type AutoMap = ConstBool<true>;
	type WeightInfo = pallet_revive::weights::SubstrateWeight<Self>;
}
