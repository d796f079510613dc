//! A runtime for the Sessions pallet's tests: System, Balances, the real Stakes pallet (so that
//! candidates come from real supplier bonds and declared models) and Sessions, with stand-ins for
//! the model registry (models 0 and 1 are servable), reputations tests set, and a seeded
//! randomness source.

use crate as pallet_sibyl_sessions;
use polkadot_sdk::{
	frame_support::{
		derive_impl,
		traits::{tokens::imbalance::ResolveTo, ConstU32},
	},
	frame_system::{self, EnsureRoot},
	pallet_balances, sp_io,
	sp_runtime::{BuildStorage, Permill},
};
pub use sibyl_pallet_testing::{MockReputation, Treasury};
use sibyl_pallet_testing::{Recorder, SeededRandomness, Servable};
use sibyl_primitives::{ModelId, SessionId};

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

sibyl_pallet_testing::impl_system_and_balances!(Test);

/// Models 0 and 1 are servable.
pub type MockModels = sibyl_pallet_testing::MockModels<Servable<2>>;

#[derive_impl(pallet_sibyl_stakes::config_preludes::TestDefaultConfig)]
impl pallet_sibyl_stakes::Config for Test {
	type Currency = Balances;
	type Models = MockModels;
	type AdminOrigin = EnsureRoot<u64>;
	type OnSlash = ResolveTo<Treasury, Balances>;
	type Sessions = Sessions;
}

/// Randomness that depends on the subject, the block number and a seed tests can change.
pub type MockRandomness = SeededRandomness<Test>;

/// Records every session start it is told of.
pub type RecordStarts = Recorder<(SessionId, Option<(SessionId, u64)>)>;

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
		if weighted {
			MockReputation::remove(&who);
		} else {
			MockReputation::set(&who, Permill::zero());
		}
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
	sibyl_pallet_testing::reset();
	sp_io::TestExternalities::new(t)
}

/// Runs `test` on [`new_test_ext`], then checks the pallet's invariants.
pub fn build_and_execute<R>(test: impl FnOnce() -> R) -> R {
	sibyl_pallet_testing::execute_and_check(new_test_ext(), Sessions::do_try_state, test)
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
	sibyl_pallet_testing::run_to::<Test, Sessions>(n);
}
