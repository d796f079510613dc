//! A runtime for the Jobs pallet's tests: System, Balances, the real Stakes and Sessions pallets
//! (applications, suppliers and session sets are the real ones) and Jobs, with stand-ins for the
//! model registry (model 0, 1 CU per prompt token and 2 per completion token, a 256-token
//! context), reputation (none), seeded randomness, and settlement (recorded).

use crate as pallet_sibyl_jobs;
use core::cell::{Cell, RefCell};
use polkadot_sdk::{
	frame_support::{
		derive_impl, parameter_types,
		traits::{tokens::imbalance::ResolveTo, ConstU32, ConstU64, Hooks, Randomness},
		weights::Weight,
	},
	frame_system::{self, EnsureRoot},
	pallet_balances, sp_io,
	sp_core::H256,
	sp_runtime::{
		traits::{BlakeTwo256, Hash},
		BuildStorage, Permill,
	},
};
use sibyl_primitives::{ModelEconomics, ModelId, ModelRegistry, OnClaimProven, ProvenClaim, ReputationInspect};

type Block = frame_system::mocking::MockBlock<Test>;

#[polkadot_sdk::frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeHoldReason,
		RuntimeFreezeReason,
		RuntimeTask
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(2)]
	pub type Stakes = pallet_sibyl_stakes;
	#[runtime::pallet_index(3)]
	pub type Sessions = pallet_sibyl_sessions;
	#[runtime::pallet_index(4)]
	pub type Jobs = pallet_sibyl_jobs;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<u64>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type RuntimeHoldReason = RuntimeHoldReason;
}

/// Model 0: 1 CU per prompt token, 2 per completion token, a context of 256 tokens.
pub struct MockModels;
impl ModelRegistry for MockModels {
	fn is_servable(model: ModelId) -> bool {
		model == 0
	}
}
impl ModelEconomics<u64> for MockModels {
	fn servable_models() -> Vec<ModelId> {
		vec![0]
	}
	fn price_floor(model: ModelId) -> Option<u64> {
		(model == 0).then_some(100)
	}
	fn compute_weights(model: ModelId) -> Option<(u32, u32)> {
		(model == 0).then_some((1, 2))
	}
	fn context_length(model: ModelId) -> Option<u32> {
		(model == 0).then_some(CONTEXT)
	}
}

/// Model 0's context, in tokens.
pub const CONTEXT: u32 = 256;

pub struct NoReputation;
impl ReputationInspect<u64> for NoReputation {
	fn reputation(_: &u64) -> Option<Permill> {
		None
	}
}

parameter_types! {
	pub const Treasury: u64 = 99;
}

#[derive_impl(pallet_sibyl_stakes::config_preludes::TestDefaultConfig)]
impl pallet_sibyl_stakes::Config for Test {
	type Currency = Balances;
	type Models = MockModels;
	type AdminOrigin = EnsureRoot<u64>;
	type OnSlash = ResolveTo<Treasury, Balances>;
	type Sessions = Sessions;
}

thread_local! {
	static RANDOM_SEED: Cell<u64> = const { Cell::new(0) };
	static DONE: RefCell<Vec<ProvenClaim<u64>>> = const { RefCell::new(Vec::new()) };
}

/// Randomness that depends on the subject and the block number.
pub struct MockRandomness;
impl Randomness<H256, u64> for MockRandomness {
	fn random(subject: &[u8]) -> (H256, u64) {
		let block = System::block_number();
		let seed = RANDOM_SEED.with(|s| s.get());
		(BlakeTwo256::hash_of(&(subject, block, seed)), block)
	}
}

impl pallet_sibyl_sessions::Config for Test {
	type Balance = u64;
	type Stakes = Stakes;
	type Reputation = NoReputation;
	type Models = MockModels;
	type Randomness = MockRandomness;
	type OnSessionStart = ();
	type AdminOrigin = EnsureRoot<u64>;
	type MaxCandidates = ConstU32<8>;
	type MaxSuppliersPerSession = ConstU32<4>;
	type WeightInfo = ();
}

/// Records the jobs settlement would be handed.
pub struct RecordDone;
impl RecordDone {
	pub fn taken() -> Vec<ProvenClaim<u64>> {
		DONE.with(|d| core::mem::take(&mut *d.borrow_mut()))
	}
}
impl OnClaimProven<u64> for RecordDone {
	fn on_claim_proven(claim: ProvenClaim<u64>) -> Weight {
		DONE.with(|d| d.borrow_mut().push(claim));
		Weight::zero()
	}
}

impl pallet_sibyl_jobs::Config for Test {
	type Balance = u64;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Models = MockModels;
	type Stakes = Stakes;
	type Sessions = Sessions;
	type Randomness = MockRandomness;
	type OnJobDone = RecordDone;
	type Slash = Stakes;
	type AdminOrigin = EnsureRoot<u64>;
	type MaxInputLen = ConstU32<64>;
	type MaxOutputLen = ConstU32<64>;
	type MaxJobTokens = ConstU32<128>;
	type MaxPendingJobs = ConstU32<4>;
	type MaxJobsPerSupplier = ConstU32<2>;
	type MillisecondsPerBlock = ConstU64<6_000>;
	type MaxOpenJobsPerApp = ConstU32<5>;
	type MaxPrunedPerBlock = ConstU32<2>;
	type WeightInfo = ();
}

pub const APP: u64 = 1;
pub const SUPPLIER: u64 = 2;
pub const OTHER_SUPPLIER: u64 = 3;
pub const OUTSIDER: u64 = 4;
pub const TIMEOUT: u64 = 5;
pub const DEPOSIT: u64 = 50;
pub const MIN_PRICE: u64 = 10;
pub const RETENTION: u64 = 8;

/// The application (deposit 1 000) and two suppliers of model 0 are registered; session 1, which
/// draws both for the application, starts in block 11. Jobs time out after 5 blocks; an expired
/// job costs its supplier 10% of its bond. A job holds a deposit of 50, offers at least 10 and
/// is pruned 8 blocks after it ends.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let balances = [APP, SUPPLIER, OTHER_SUPPLIER, OUTSIDER, Treasury::get()].map(|who| (who, 100_000)).to_vec();
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	pallet_sibyl_stakes::GenesisConfig::<Test> {
		parameters: pallet_sibyl_stakes::StakeParameters {
			min_supplier_stake: 1_000,
			min_validator_stake: 1,
			min_gateway_stake: 1,
			min_application_deposit: 1,
			unbonding_period: 10,
		},
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_sibyl_sessions::GenesisConfig::<Test> {
		parameters: pallet_sibyl_sessions::SessionParameters {
			session_length: 10,
			suppliers_per_session: 2,
			unrated_reputation: Permill::from_percent(50),
			retained_sessions: 4,
		},
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_sibyl_jobs::GenesisConfig::<Test> {
		parameters: crate::JobParameters {
			job_timeout: TIMEOUT,
			expiry_slash: polkadot_sdk::sp_runtime::Perbill::from_percent(10),
			min_price: MIN_PRICE,
			deposit: DEPOSIT,
			retention: RETENTION,
		},
	}
		.assimilate_storage(&mut t)
		.unwrap();
	DONE.with(|d| d.borrow_mut().clear());
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		use polkadot_sdk::frame_support::assert_ok;
		System::set_block_number(1);
		assert_ok!(Stakes::register_application(RuntimeOrigin::signed(APP), 1_000, vec![], 1_000));
		for (who, subject) in [(SUPPLIER, "sibyl.s.two"), (OTHER_SUPPLIER, "sibyl.s.three")] {
			assert_ok!(Stakes::register_supplier(
				RuntimeOrigin::signed(who),
				5_000,
				vec![0],
				subject.as_bytes().to_vec(),
				50,
				pallet_sibyl_stakes::DeviceClass::Single,
			));
		}
		System::set_block_number(0);
		run_to(11);
	});
	ext
}

/// Advances to block `n`, running Sessions' then Jobs' `on_initialize` in each block.
pub fn run_to(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Sessions::on_initialize(next);
		Jobs::on_initialize(next);
	}
}
