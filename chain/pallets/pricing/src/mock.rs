//! A runtime for the Pricing pallet's tests: System and Pricing, with stand-ins for the model
//! registry (model 0: floor 100, model 1: floor 1000, 2 CU per completion token) and for sessions
//! (declared capacity set by tests). Blocks are 1 s.

use crate as pallet_sibyl_pricing;
use core::cell::{Cell, RefCell};
use polkadot_sdk::{
	frame_support::{derive_impl, parameter_types, traits::ConstU32},
	frame_system::{self, EnsureRoot},
	sp_io,
	sp_runtime::{BuildStorage, Permill},
};
use sibyl_pallet_testing::ModelSpec;
use sibyl_primitives::{ModelId, SessionId, SessionInspect};
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
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeTask
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Pricing = pallet_sibyl_pricing;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

/// Models 0 and 1 (benchmarks may serve more: models from 2 on have floor 100); model 1's
/// floor is 1000.
pub struct PricingModels;
impl PricingModels {
	/// The models `0..count` are servable from now on.
	#[cfg(feature = "runtime-benchmarks")]
	pub fn set_count(count: u32) {
		MODELS.with(|m| m.set(count));
	}
}
impl ModelSpec for PricingModels {
	fn servable() -> u32 {
		MODELS.with(|m| m.get())
	}
	fn price_floor(model: ModelId) -> u64 {
		if model == 1 { 1_000 } else { 100 }
	}
}
pub type MockModels = sibyl_pallet_testing::MockModels<PricingModels>;

thread_local! {
	static MODELS: Cell<u32> = const { Cell::new(2) };
	static CAPACITY: RefCell<BTreeMap<ModelId, u64>> = const { RefCell::new(BTreeMap::new()) };
}

/// Sessions whose declared capacity tests set per model (the same for every session).
pub struct MockSessions;
impl MockSessions {
	pub fn set_capacity(model: ModelId, tps: u64) {
		CAPACITY.with(|c| c.borrow_mut().insert(model, tps));
	}
}
impl SessionInspect<u64, u64> for MockSessions {
	fn current_session() -> SessionId {
		0
	}
	fn session_bounds(_: SessionId) -> Option<(u64, u64)> {
		None
	}
	fn session_suppliers(_: SessionId, _: &u64, _: ModelId) -> Vec<u64> {
		Vec::new()
	}
	fn is_session_supplier(_: SessionId, _: &u64, _: ModelId, _: &u64) -> bool {
		false
	}
	fn declared_capacity_tps(_: SessionId, model: ModelId) -> u64 {
		CAPACITY.with(|c| c.borrow().get(&model).copied().unwrap_or(0))
	}
}

parameter_types! {
	pub const MaxDelta: Permill = Permill::from_parts(125_000);
}

impl pallet_sibyl_pricing::Config for Test {
	type Balance = u64;
	type Models = MockModels;
	type Sessions = MockSessions;
	type AdminOrigin = EnsureRoot<u64>;
	type MillisecondsPerBlock = polkadot_sdk::frame_support::traits::ConstU64<1_000>;
	type MaxDelta = MaxDelta;
	type HistoryDepth = ConstU32<3>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// Serves up to 8 models, each with 10 tokens/s declared.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<Test> for BenchmarkHelper {
	fn max_models() -> u32 {
		8
	}
	fn servable_models(count: u32) -> Vec<ModelId> {
		PricingModels::set_count(count);
		(0..count).collect()
	}
	fn declare_capacity(_: SessionId, model: ModelId) {
		MockSessions::set_capacity(model, 10);
	}
}

/// δ 10%, U* 50%, cap 4 floors.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_sibyl_pricing::GenesisConfig::<Test> {
		parameters: crate::PricingParameters {
			delta: Permill::from_percent(10),
			target_utilization: Permill::from_percent(50),
			cap_multiple: 4,
		},
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	CAPACITY.with(|c| c.borrow_mut().clear());
	MODELS.with(|m| m.set(2));
	sibyl_pallet_testing::reset();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` on [`new_test_ext`], then checks the pallet's invariants.
pub fn build_and_execute<R>(test: impl FnOnce() -> R) -> R {
	sibyl_pallet_testing::execute_and_check(new_test_ext(), Pricing::do_try_state, test)
}
