//! A runtime for the Sessions pallet's tests: System, Balances, the real Stakes pallet (so that
//! candidates come from real supplier bonds and declared models) and Sessions, with stand-ins for
//! the model registry (models 0 and 1 are servable), reputations tests set, and a seeded
//! randomness source.

use crate as pallet_sibyl_sessions;
use core::cell::{Cell, RefCell};
use polkadot_sdk::{
	frame_support::{
		derive_impl, parameter_types,
		traits::{tokens::imbalance::ResolveTo, ConstU32, Hooks, Randomness},
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
use sibyl_primitives::{ModelId, ModelRegistry, OnSessionStart, ReputationInspect, SessionId};
use std::collections::BTreeMap;

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

/// Models 0 and 1 are servable.
pub struct MockModels;
impl ModelRegistry for MockModels {
	fn is_servable(model: ModelId) -> bool {
		model <= 1
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
	static REPUTATIONS: RefCell<BTreeMap<u64, Permill>> = const { RefCell::new(BTreeMap::new()) };
	static STARTS: RefCell<Vec<(SessionId, Option<(SessionId, u64)>)>> = const { RefCell::new(Vec::new()) };
}

/// Randomness that depends on the subject, the block number and a seed tests can change.
pub struct MockRandomness;
impl MockRandomness {
	pub fn set_seed(seed: u64) {
		RANDOM_SEED.with(|s| s.set(seed));
	}
}
impl Randomness<H256, u64> for MockRandomness {
	fn random(subject: &[u8]) -> (H256, u64) {
		let block = System::block_number();
		let seed = RANDOM_SEED.with(|s| s.get());
		(BlakeTwo256::hash_of(&(subject, block, seed)), block)
	}
}

/// Reputations tests set; unset means never evaluated.
pub struct MockReputation;
impl MockReputation {
	pub fn set(who: u64, reputation: Permill) {
		REPUTATIONS.with(|r| r.borrow_mut().insert(who, reputation));
	}
}
impl ReputationInspect<u64> for MockReputation {
	fn reputation(who: &u64) -> Option<Permill> {
		REPUTATIONS.with(|r| r.borrow().get(who).copied())
	}
}

/// Records every session start it is told of.
pub struct RecordStarts;
impl RecordStarts {
	pub fn taken() -> Vec<(SessionId, Option<(SessionId, u64)>)> {
		STARTS.with(|s| core::mem::take(&mut *s.borrow_mut()))
	}
}
impl OnSessionStart<u64> for RecordStarts {
	fn on_session_start(session: SessionId, ended: Option<(SessionId, u64)>) -> Weight {
		STARTS.with(|s| s.borrow_mut().push((session, ended)));
		Weight::zero()
	}
}

impl pallet_sibyl_sessions::Config for Test {
	type Balance = u64;
	type Stakes = Stakes;
	type Reputation = MockReputation;
	type Models = MockModels;
	type Randomness = MockRandomness;
	type OnSessionStart = RecordStarts;
	type AdminOrigin = EnsureRoot<u64>;
	type MaxCandidates = ConstU32<4>;
	type MaxSuppliersPerSession = ConstU32<3>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

#[cfg(feature = "runtime-benchmarks")]
use polkadot_sdk::frame_support::traits::{fungible::Mutate, Get};

/// Suppliers from account 1000 on, funded as they register; models 0 and 1.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<Test> for BenchmarkHelper {
	fn max_suppliers() -> u32 {
		<Test as pallet_sibyl_stakes::Config>::MaxSuppliers::get()
	}
	fn max_models_per_supplier() -> u32 {
		<Test as pallet_sibyl_stakes::Config>::MaxModelsPerSupplier::get()
	}
	fn max_models() -> u32 {
		2
	}
	fn servable_models(count: u32) -> Vec<ModelId> {
		(0..count).collect()
	}
	fn register_supplier(index: u32, models: Vec<ModelId>, weighted: bool) -> u64 {
		let who = 1_000 + u64::from(index);
		Balances::set_balance(&who, 10 * MIN_SUPPLIER);
		register_supplier(who, MIN_SUPPLIER, models, 10);
		REPUTATIONS.with(|r| {
			let mut reputations = r.borrow_mut();
			if weighted {
				reputations.remove(&who);
			} else {
				reputations.insert(who, Permill::zero());
			}
		});
		who
	}
}

/// Suppliers are registered from this account on, with funds.
pub const S: u64 = 10;
/// An application account (holds no role; selection only needs its id).
pub const APP: u64 = 2;
pub const MIN_SUPPLIER: u64 = 1_000;
pub const SESSION_LENGTH: u64 = 10;

/// A ledger with funded accounts and no supplier; sessions of 10 blocks, sets of 2.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances = vec![(APP, 100_000), (Treasury::get(), 1)];
	balances.extend((S..S + 10).map(|s| (s, 1_000_000)));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	pallet_sibyl_stakes::GenesisConfig::<Test> {
		parameters: pallet_sibyl_stakes::StakeParameters {
			min_supplier_stake: MIN_SUPPLIER,
			min_validator_stake: 1,
			min_gateway_stake: 1,
			min_application_deposit: 1,
			unbonding_period: 10,
		},
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_sibyl_sessions::GenesisConfig::<Test> {
		parameters: crate::SessionParameters {
			session_length: SESSION_LENGTH,
			suppliers_per_session: 2,
			unrated_reputation: Permill::from_percent(50),
			retained_sessions: 2,
		},
	}
	.assimilate_storage(&mut t)
	.unwrap();
	REPUTATIONS.with(|r| r.borrow_mut().clear());
	STARTS.with(|s| s.borrow_mut().clear());
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		MockRandomness::set_seed(0);
	});
	ext
}

/// Registers supplier `who` with `stake` for `models` and `capacity_tps`.
pub fn register_supplier(who: u64, stake: u64, models: Vec<ModelId>, capacity_tps: u32) {
	polkadot_sdk::frame_support::assert_ok!(Stakes::register_supplier(
		RuntimeOrigin::signed(who),
		stake,
		models,
		format!("sibyl.supplier.{who}").into_bytes(),
		capacity_tps,
		pallet_sibyl_stakes::DeviceClass::Single,
	));
}

/// Advances to block `n`, running the Sessions pallet's `on_initialize` in every block on the
/// way (from block 1 when the chain has not started).
pub fn run_to(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Sessions::on_initialize(next);
	}
}
