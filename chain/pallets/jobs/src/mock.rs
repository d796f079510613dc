//! A runtime for the Jobs pallet's tests: System, Balances, the real Stakes and Sessions pallets
//! (applications, suppliers and session sets are the real ones) and Jobs, with stand-ins for the
//! model registry (model 0, 1 CU per prompt token and 2 per completion token, a 256-token
//! context), reputation (none), seeded randomness, and settlement (recorded).

use crate as pallet_sibyl_jobs;
#[cfg(feature = "runtime-benchmarks")]
use polkadot_sdk::frame_support::traits::Hooks;
use polkadot_sdk::{
	frame_support::{
		derive_impl,
		traits::{tokens::imbalance::ResolveTo, ConstU32, ConstU64},
	},
	frame_system::{self, EnsureRoot},
	pallet_balances, sp_io,
	sp_runtime::{BuildStorage, Permill},
};
pub use sibyl_pallet_testing::Treasury;
use sibyl_pallet_testing::{MockReputation, ModelSpec, Recorder, SeededRandomness};
#[cfg(feature = "runtime-benchmarks")]
use sibyl_primitives::ModelId;
use sibyl_primitives::ProvenClaim;

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

sibyl_pallet_testing::impl_system_and_balances!(Test);

/// Model 0: 1 CU per prompt token, 2 per completion token, a context of 256 tokens.
pub struct Model0;
impl ModelSpec for Model0 {
	fn servable() -> u32 {
		1
	}
	const CONTEXT_LENGTH: u32 = CONTEXT;
}
pub type MockModels = sibyl_pallet_testing::MockModels<Model0>;

/// Model 0's context, in tokens.
pub const CONTEXT: u32 = 256;

/// Nobody is evaluated, but for the suppliers the Sessions pallet's benchmark helper rates zero.
pub type NoReputation = MockReputation;


#[derive_impl(pallet_sibyl_stakes::config_preludes::TestDefaultConfig)]
impl pallet_sibyl_stakes::Config for Test {
	type Currency = Balances;
	type Models = MockModels;
	type AdminOrigin = EnsureRoot<u64>;
	type OnSlash = ResolveTo<Treasury, Balances>;
	type Sessions = Sessions;
}

/// Randomness that depends on the subject and the block number.
pub type MockRandomness = SeededRandomness<Test>;

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
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// Records the jobs settlement would be handed.
pub type RecordDone = Recorder<ProvenClaim<u64>>;

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
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// The benchmarks' state, from the real Stakes and Sessions pallets: model 0, applications with
/// funds, and suppliers filling every session candidate list, all drawn for every application.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<Test> for BenchmarkHelper {
	fn model() -> ModelId {
		0
	}

	fn register_application(app: &u64) {
		use polkadot_sdk::frame_support::traits::fungible::Mutate;
		Balances::set_balance(app, 100_000);
		Stakes::register_application(RuntimeOrigin::signed(*app), 1_000, vec![], 1_000).unwrap();
	}

	fn start_session(model: ModelId) {
		use polkadot_sdk::frame_support::traits::{fungible::Mutate, Get};
		use sibyl_primitives::{Role, StakeInspect};
		let candidates = <Test as pallet_sibyl_sessions::Config>::MaxCandidates::get();
		let registered = Stakes::active_members(Role::Supplier).len() as u32;
		for i in registered..candidates {
			let who = 1_000 + u64::from(i);
			Balances::set_balance(&who, 100_000);
			Stakes::register_supplier(
				RuntimeOrigin::signed(who),
				5_000,
				vec![model],
				format!("sibyl.s.bench{i}").into_bytes(),
				50,
				pallet_sibyl_stakes::DeviceClass::Single,
			)
			.unwrap();
		}
		pallet_sibyl_sessions::Parameters::<Test>::mutate(|p| {
			p.suppliers_per_session = <Test as pallet_sibyl_sessions::Config>::MaxSuppliersPerSession::get()
		});
		// The next session starts when the current one ends, or now if none has started (the
		// benchmark tests wipe what `new_test_ext` set up after their first run).
		let now = System::block_number();
		let current = pallet_sibyl_sessions::CurrentSession::<Test>::get();
		let at = Sessions::session_end(current).map_or(now, |end| end.max(now));
		System::set_block_number(at);
		Sessions::on_initialize(at);
		assert_eq!(Sessions::current().1.map(|info| info.start), Some(at), "a session starts");
	}
}

/// The Sessions pallet's benchmarks on this runtime (built with the feature, as in a workspace
/// build, though only that pallet runs them): model 0, suppliers from account 10 000 on.
#[cfg(feature = "runtime-benchmarks")]
impl pallet_sibyl_sessions::benchmarking::BenchmarkHelper<Test> for BenchmarkHelper {
	fn max_suppliers() -> u32 {
		use polkadot_sdk::frame_support::traits::Get;
		<Test as pallet_sibyl_stakes::Config>::MaxSuppliers::get()
	}

	fn max_models_per_supplier() -> u32 {
		use polkadot_sdk::frame_support::traits::Get;
		<Test as pallet_sibyl_stakes::Config>::MaxModelsPerSupplier::get()
	}

	fn max_models() -> u32 {
		1
	}

	fn servable_models(count: u32) -> Vec<ModelId> {
		(0..count).collect()
	}

	fn register_supplier(index: u32, models: Vec<ModelId>, weighted: bool) -> u64 {
		use polkadot_sdk::frame_support::traits::fungible::Mutate;
		let who = 10_000 + u64::from(index);
		Balances::set_balance(&who, 100_000);
		Stakes::register_supplier(
			RuntimeOrigin::signed(who),
			1_000,
			models,
			format!("sibyl.s.sessions{index}").into_bytes(),
			50,
			pallet_sibyl_stakes::DeviceClass::Single,
		)
		.unwrap();
		if weighted {
			MockReputation::remove(who);
		} else {
			MockReputation::set(who, Permill::zero());
		}
		who
	}
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
	sibyl_pallet_testing::reset();
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
	sibyl_pallet_testing::run_to::<Test, (Sessions, Jobs)>(n);
}

/// Runs `test` on [`new_test_ext`], then checks the pallet's invariants.
pub fn build_and_execute<R>(test: impl FnOnce() -> R) -> R {
	sibyl_pallet_testing::execute_and_check(new_test_ext(), Jobs::do_try_state, test)
}
