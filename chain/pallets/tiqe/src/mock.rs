//! A runtime for the TIQE+ pallet's tests: System, Balances, the real Stakes pallet (so that
//! committees come from real validator bonds and slashes really take stake) and TIQE+, with a
//! model registry stand-in (models 0 and 1 are servable) and a seeded randomness source.

use crate as pallet_sibyl_tiqe;
use core::cell::Cell;
use polkadot_sdk::{
	frame_support::{
		derive_impl, parameter_types,
		traits::{tokens::imbalance::ResolveTo, ConstU32, Hooks, Randomness},
	},
	frame_system::{self, EnsureRoot},
	pallet_balances, sp_io,
	sp_core::H256,
	sp_runtime::{
		traits::{BlakeTwo256, Hash},
		BuildStorage,
	},
};
use sibyl_primitives::{testing::ManualSession, ModelId, ModelOwnership, ModelRegistry};

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
	pub type Tiqe = pallet_sibyl_tiqe;
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

/// Models 0 and 1 are servable; [`MODEL_OWNER`] owns both.
pub struct MockModels;
impl ModelRegistry for MockModels {
	fn is_servable(model: ModelId) -> bool {
		model <= 1
	}
}
impl ModelOwnership<u64> for MockModels {
	fn royalty(model: ModelId) -> Option<(u64, polkadot_sdk::sp_runtime::Perbill)> {
		(model <= 1).then(|| (MODEL_OWNER, polkadot_sdk::sp_runtime::Perbill::zero()))
	}
}

/// The owner of models 0 and 1.
pub const MODEL_OWNER: u64 = 3;

parameter_types! {
	pub const Treasury: u64 = 99;
}

#[derive_impl(pallet_sibyl_stakes::config_preludes::TestDefaultConfig)]
impl pallet_sibyl_stakes::Config for Test {
	type Currency = Balances;
	type Models = MockModels;
	type AdminOrigin = EnsureRoot<u64>;
	type OnSlash = ResolveTo<Treasury, Balances>;
	type Sessions = ManualSession;
}

thread_local! {
	static RANDOM_SEED: Cell<u64> = const { Cell::new(0) };
	static EVALUATIONS: core::cell::RefCell<Vec<sibyl_primitives::Evaluation<u64>>> =
		const { core::cell::RefCell::new(Vec::new()) };
}

/// Records the round outcomes settlement would be told of.
pub struct RecordEvaluations;
impl RecordEvaluations {
	pub fn taken() -> Vec<sibyl_primitives::Evaluation<u64>> {
		EVALUATIONS.with(|e| core::mem::take(&mut *e.borrow_mut()))
	}
}
impl sibyl_primitives::OnEvaluated<u64> for RecordEvaluations {
	fn on_evaluated(evaluation: sibyl_primitives::Evaluation<u64>) -> polkadot_sdk::frame_support::weights::Weight {
		EVALUATIONS.with(|e| e.borrow_mut().push(evaluation));
		polkadot_sdk::frame_support::weights::Weight::zero()
	}
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

impl pallet_sibyl_tiqe::Config for Test {
	type Balance = u64;
	type Stakes = Stakes;
	type Slash = Stakes;
	type Randomness = MockRandomness;
	type OnEvaluated = RecordEvaluations;
	type Models = MockModels;
	type AdminOrigin = EnsureRoot<u64>;
	type MaxRelaysPerCommit = ConstU32<8>;
	type MaxCommitteeSize = ConstU32<7>;
	type MaxPendingBatches = ConstU32<4>;
	type MaxRoundsPerBlock = ConstU32<2>;
	type ResultHistory = ConstU32<64>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// The benchmarks' state, from the real Stakes pallet: model 0 (owned by [`MODEL_OWNER`]), and
/// suppliers and validators with funds and bonds.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<Test> for BenchmarkHelper {
	fn max_validators() -> u32 {
		use polkadot_sdk::frame_support::traits::Get;
		<<Test as pallet_sibyl_stakes::Config>::MaxValidators as Get<u32>>::get()
	}

	fn model() -> ModelId {
		0
	}

	fn register_supplier(who: &u64, model: ModelId) {
		use polkadot_sdk::frame_support::traits::fungible::Mutate;
		Balances::set_balance(who, 100_000);
		Stakes::register_supplier(
			RuntimeOrigin::signed(*who),
			SUPPLIER_STAKE,
			vec![model],
			format!("sibyl.bench.s{who}").into_bytes(),
			50,
			pallet_sibyl_stakes::DeviceClass::Single,
		)
		.unwrap();
	}

	fn register_validator(who: &u64) {
		use polkadot_sdk::frame_support::traits::fungible::Mutate;
		Balances::set_balance(who, 100_000);
		Stakes::register_validator(RuntimeOrigin::signed(*who), 10 * MIN_VALIDATOR).unwrap();
	}
}

/// The supplier under evaluation; serves model 0.
pub const SUPPLIER: u64 = 1;
/// An account with funds that holds no role.
pub const OUTSIDER: u64 = 2;
/// Validators are registered from this account on.
pub const V: u64 = 10;
pub const MIN_SUPPLIER: u64 = 1_000;
pub const MIN_VALIDATOR: u64 = 100;
pub const SUPPLIER_STAKE: u64 = 10_000;

/// A ledger with the supplier registered for model 0 and no validator yet.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let mut balances = vec![(SUPPLIER, 100_000), (OUTSIDER, 100_000), (Treasury::get(), 1)];
	balances.extend((V..V + 10).map(|v| (v, 100_000)));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	pallet_sibyl_stakes::GenesisConfig::<Test> {
		parameters: pallet_sibyl_stakes::StakeParameters {
			min_supplier_stake: MIN_SUPPLIER,
			min_validator_stake: MIN_VALIDATOR,
			min_gateway_stake: 1,
			min_application_deposit: 1,
			unbonding_period: 10,
		},
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_sibyl_tiqe::GenesisConfig::<Test>::default().assimilate_storage(&mut t).unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		System::set_block_number(1);
		MockRandomness::set_seed(0);
		RecordEvaluations::taken();
		polkadot_sdk::frame_support::assert_ok!(Stakes::register_supplier(
			RuntimeOrigin::signed(SUPPLIER),
			SUPPLIER_STAKE,
			vec![0],
			b"sibyl.supplier.one".to_vec(),
			50,
			pallet_sibyl_stakes::DeviceClass::Single,
		));
	});
	ext
}

/// Advances to block `n`, running TIQE+'s `on_initialize` in every block on the way.
pub fn run_to(n: u64) {
	while System::block_number() < n {
		let next = System::block_number() + 1;
		System::set_block_number(next);
		Tiqe::on_initialize(next);
	}
}
