//! A minimal runtime for the Stakes pallet's tests: System, Balances and Stakes, with a model
//! registry stand-in (models 0, 1 and 2 are servable), a session clock moved by hand, pending
//! charges set by hand, and slashes paid to a treasury account.

use crate as pallet_sibyl_stakes;
use core::cell::Cell;
use polkadot_sdk::{
	frame_support::{
		derive_impl,
		traits::{tokens::imbalance::ResolveTo, ConstU32, ConstU64},
	},
	frame_system::{self, EnsureRoot},
	pallet_balances, sp_io,
	sp_runtime::BuildStorage,
};
pub use sibyl_pallet_testing::Treasury;
use sibyl_pallet_testing::{ManualSession, Servable};
#[cfg(feature = "runtime-benchmarks")]
use sibyl_primitives::{ModelId, ModelRegistry};
use sibyl_primitives::PendingCharges;

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
}

sibyl_pallet_testing::impl_system_and_balances!(Test);

/// Models 0..=2 are servable; everything else is unknown or retired.
pub type MockModels = sibyl_pallet_testing::MockModels<Servable<3>>;

std::thread_local! {
	static PENDING: Cell<u32> = const { Cell::new(0) };
}

/// Every application has this many charges pending (0 unless a test sets it).
pub struct MockPendingCharges;
impl MockPendingCharges {
	pub fn set(count: u32) {
		PENDING.with(|p| p.set(count));
	}
}
impl PendingCharges<u64> for MockPendingCharges {
	fn pending_charges(_: &u64) -> u32 {
		PENDING.with(|p| p.get())
	}
}

/// Bonds stay held at least this many blocks after unbonding.
pub const HORIZON: u64 = 15;

#[derive_impl(pallet_sibyl_stakes::config_preludes::TestDefaultConfig)]
impl pallet_sibyl_stakes::Config for Test {
	type Currency = Balances;
	type Models = MockModels;
	type AdminOrigin = EnsureRoot<u64>;
	type OnSlash = ResolveTo<Treasury, Balances>;
	type MaxUnlockingChunks = ConstU32<2>;
	type MaxSuppliers = ConstU32<3>;
	type Sessions = ManualSession;
	type UnbondingHorizon = ConstU64<HORIZON>;
	type PendingCharges = MockPendingCharges;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// The benchmarks' models are the stand-in registry's, and their sessions the manual clock's
/// (which keeps only the last `ManualSession::RETAINED`).
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<Test> for BenchmarkHelper {
	fn servable_models(count: u32) -> Vec<ModelId> {
		let models: Vec<ModelId> = (0..count).collect();
		assert!(models.iter().all(|m| MockModels::is_servable(*m)), "the mock serves models 0..=2");
		models
	}

	fn set_sessions(_: sibyl_primitives::SessionId, current: sibyl_primitives::SessionId) {
		ManualSession::set(current);
	}
}

pub const ALICE: u64 = 1;
pub const BOB: u64 = 2;
pub const CHARLIE: u64 = 3;
pub const POOR: u64 = 4;
/// Gateways 10..=17 are registered by `with_gateways`.
pub const GATEWAY: u64 = 10;
pub const MIN_SUPPLIER: u64 = 1_000;
pub const MIN_VALIDATOR: u64 = 500;
pub const MIN_GATEWAY: u64 = 300;
pub const MIN_APP: u64 = 100;
pub const UNBONDING: u64 = 10;

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances = vec![(ALICE, 100_000), (BOB, 100_000), (CHARLIE, 100_000), (POOR, 50)];
	balances.extend((GATEWAY..GATEWAY + 8).map(|g| (g, 10_000)));
	balances.push((Treasury::get(), 1));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	pallet_sibyl_stakes::GenesisConfig::<Test> {
		parameters: crate::StakeParameters {
			min_supplier_stake: MIN_SUPPLIER,
			min_validator_stake: MIN_VALIDATOR,
			min_gateway_stake: MIN_GATEWAY,
			min_application_deposit: MIN_APP,
			unbonding_period: UNBONDING,
		},
	}
	.assimilate_storage(&mut t)
	.unwrap();
	sibyl_pallet_testing::reset();
	MockPendingCharges::set(0);
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` on [`new_test_ext`], then checks the pallet's invariants.
pub fn build_and_execute<R>(test: impl FnOnce() -> R) -> R {
	sibyl_pallet_testing::execute_and_check(new_test_ext(), Stakes::do_try_state, test)
}
