//! A runtime for the TIQE+ pallet's tests: System, Balances, the real Stakes pallet (so that
//! committees come from real validator bonds and slashes really take stake) and TIQE+, with a
//! model registry stand-in (models 0 and 1 are servable) and a seeded randomness source.

use crate as pallet_sibyl_tiqe;
use polkadot_sdk::{
	frame_support::{
		derive_impl,
		traits::{tokens::imbalance::ResolveTo, ConstU32},
	},
	frame_system::{self, EnsureRoot},
	pallet_balances, sp_io,
	sp_runtime::{BuildStorage, Perbill},
};
pub use sibyl_pallet_testing::Treasury;
use sibyl_pallet_testing::{ManualSession, ModelSpec, Recorder, SeededRandomness};
#[cfg(feature = "runtime-benchmarks")]
use sibyl_primitives::ModelId;

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

sibyl_pallet_testing::impl_system_and_balances!(Test);

/// Models 0 and 1 are servable; [`MODEL_OWNER`] owns both.
pub struct TiqeModels;
impl ModelSpec for TiqeModels {
	fn servable() -> u32 {
		2
	}
	const ROYALTY: (u64, Perbill) = (MODEL_OWNER, Perbill::from_parts(0));
}
pub type MockModels = sibyl_pallet_testing::MockModels<TiqeModels>;

/// The owner of models 0 and 1.
pub const MODEL_OWNER: u64 = 3;


#[derive_impl(pallet_sibyl_stakes::config_preludes::TestDefaultConfig)]
impl pallet_sibyl_stakes::Config for Test {
	type Currency = Balances;
	type Models = MockModels;
	type AdminOrigin = EnsureRoot<u64>;
	type OnSlash = ResolveTo<Treasury, Balances>;
	type Sessions = ManualSession;
}

/// Records the round outcomes settlement would be told of.
pub type RecordEvaluations = Recorder<sibyl_primitives::Evaluation<u64>>;

/// Randomness that depends on the subject, the block number and a seed tests can change.
pub type MockRandomness = SeededRandomness<Test>;

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
	sibyl_pallet_testing::reset();
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
	sibyl_pallet_testing::run_to::<Test, Tiqe>(n);
}

/// Runs `test` on [`new_test_ext`], then checks the pallet's invariants.
pub fn build_and_execute<R>(test: impl FnOnce() -> R) -> R {
	sibyl_pallet_testing::execute_and_check(new_test_ext(), Tiqe::do_try_state, test)
}
