//! A runtime for the Settlement pallet's tests: System, Balances, the real Stakes pallet (the
//! application's deposit really pays) and Settlement, with stand-ins for prices (set by tests),
//! usage metering (recorded), the model registry (model 0: owner `SOURCE`, royalty 10%, floor
//! 100 per 1k CU), TIQE+ (queues rounds unless told not to) and reputation (set by tests).

use crate as pallet_sibyl_settlement;
use core::cell::{Cell, RefCell};
use polkadot_sdk::{
	frame_support::{
		derive_impl,
		traits::{tokens::imbalance::ResolveTo, ConstU32},
		weights::constants::RocksDbWeight,
	},
	frame_system::{self, EnsureRoot},
	pallet_balances, sp_io,
	sp_runtime::{BuildStorage, Perbill},
};
use sibyl_pallet_testing::{ManualSession, ModelSpec, Recorder};
use sibyl_primitives::{ModelId, QualityEvaluation, SessionId, Unevaluated};

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
	pub type Settlement = pallet_sibyl_settlement;
}

sibyl_pallet_testing::impl_system_and_balances!(Test;
	// Real read and write weights, so that tests can check what the pallet charges.
	type DbWeight = RocksDbWeight;
);

pub const APP: u64 = 1;
pub const SUPPLIER: u64 = 2;
pub const SOURCE: u64 = 3;
pub const GATEWAY: u64 = 4;
pub const GATEWAY_2: u64 = 5;
pub const VALIDATOR: u64 = 6;
pub const VALIDATOR_2: u64 = 7;
pub use sibyl_pallet_testing::{Treasury, TREASURY};
pub const DEPOSIT: u64 = 1_000_000;
pub const SPEND_LIMIT: u64 = 100_000;

/// Model 0, owned by `SOURCE` with a 10% royalty, floor 100 per 1k CU, 1 CU per token.
pub struct Model0;
impl ModelSpec for Model0 {
	fn servable() -> u32 {
		1
	}
	const COMPUTE_WEIGHTS: (u32, u32) = (1, 1);
	const ROYALTY: (u64, Perbill) = (SOURCE, Perbill::from_parts(100_000_000));
}
pub type MockModels = sibyl_pallet_testing::MockModels<Model0>;

#[derive_impl(pallet_sibyl_stakes::config_preludes::TestDefaultConfig)]
impl pallet_sibyl_stakes::Config for Test {
	type Currency = Balances;
	type Models = MockModels;
	type AdminOrigin = EnsureRoot<u64>;
	type OnSlash = ResolveTo<Treasury, Balances>;
	type Sessions = ManualSession;
}

thread_local! {
	static QUEUE_OPEN: Cell<bool> = const { Cell::new(true) };
	static NEXT_ROUND: Cell<u64> = const { Cell::new(0) };
	static REQUESTS: RefCell<Vec<(u64, Vec<[u8; 32]>)>> = const { RefCell::new(Vec::new()) };
}

/// A session price tests set, for every model (`None`: unknown, the floor applies).
pub type MockPrices = sibyl_pallet_testing::MockPrices;

/// Records reported usage.
pub type MockUsage = Recorder<(ModelId, u128)>;
/// What settlement told the Jobs pallet: (job, charged).
pub type MockJobs = Recorder<(u64, u64)>;

/// Queues a round per request (ids 0, 1, …) unless its queue is full; records the requests.
pub struct MockQuality;
impl MockQuality {
	/// The queue is full from now on.
	pub fn close() {
		QUEUE_OPEN.with(|q| q.set(false));
	}
	/// The queue has room again.
	pub fn open() {
		QUEUE_OPEN.with(|q| q.set(true));
	}
	pub fn requests() -> Vec<(u64, Vec<[u8; 32]>)> {
		REQUESTS.with(|r| r.borrow().clone())
	}
}
impl QualityEvaluation<u64> for MockQuality {
	fn request_evaluation(
		supplier: &u64,
		_: ModelId,
		_: SessionId,
		relays: Vec<[u8; 32]>,
	) -> Result<u64, Unevaluated> {
		if !QUEUE_OPEN.with(|q| q.get()) {
			return Err(Unevaluated::QueueFull);
		}
		REQUESTS.with(|r| r.borrow_mut().push((*supplier, relays)));
		Ok(NEXT_ROUND.with(|n| {
			let round = n.get();
			n.set(round + 1);
			round
		}))
	}
}

/// The supplier's reputation, as tests set it (`MockReputation::set_all`).
pub use sibyl_pallet_testing::MockReputation;

impl pallet_sibyl_settlement::Config for Test {
	type Balance = u64;
	type Prices = MockPrices;
	type Usage = MockUsage;
	type Models = MockModels;
	type Funds = Stakes;
	type Quality = MockQuality;
	type Reputation = MockReputation;
	type OnJobSettled = MockJobs;
	type Treasury = Treasury;
	type AdminOrigin = EnsureRoot<u64>;
	type MaxGateways = ConstU32<8>;
	type SpendHistory = ConstU32<4>;
	type MaxDeferred = ConstU32<2>;
	type MaxRetriesPerBlock = ConstU32<1>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// Model 0 unpriced, rounds of up to 4 honest validators, applications funded as they register.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<Test> for BenchmarkHelper {
	fn max_honest() -> u32 {
		4
	}
	fn unpriced_model(_: SessionId) -> ModelId {
		MockPrices::set(None);
		0
	}
	fn register_application(app: &u64, _: SessionId, limit: u64) {
		use polkadot_sdk::frame_support::traits::fungible::Mutate;
		Balances::set_balance(app, limit.saturating_mul(2));
		polkadot_sdk::frame_support::assert_ok!(Stakes::register_application(
			RuntimeOrigin::signed(*app),
			limit,
			vec![],
			limit
		));
	}
	fn fill_evaluation_queue() {
		MockQuality::close();
	}
}

/// The application holds a deposit of `DEPOSIT` with a spend limit of `SPEND_LIMIT` per
/// session; every payee account exists. Prices are 200 per 1k CU.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let balances = [APP, SUPPLIER, SOURCE, GATEWAY, GATEWAY_2, VALIDATOR, VALIDATOR_2, TREASURY]
		.into_iter()
		.map(|who| (who, if who == APP { 2 * DEPOSIT } else { 1 }))
		.collect();
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	pallet_sibyl_stakes::GenesisConfig::<Test> {
		parameters: pallet_sibyl_stakes::StakeParameters {
			min_supplier_stake: 1,
			min_validator_stake: 1,
			min_gateway_stake: 1,
			min_application_deposit: 1,
			unbonding_period: 10,
		},
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_sibyl_settlement::GenesisConfig::<Test>::default().assimilate_storage(&mut t).unwrap();
	sibyl_pallet_testing::reset();
	MockPrices::set(Some(200));
	QUEUE_OPEN.with(|q| q.set(true));
	NEXT_ROUND.with(|n| n.set(0));
	REQUESTS.with(|r| r.borrow_mut().clear());
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| {
		System::set_block_number(1);
		polkadot_sdk::frame_support::assert_ok!(Stakes::register_application(
			RuntimeOrigin::signed(APP),
			DEPOSIT,
			vec![],
			SPEND_LIMIT
		));
	});
	ext
}

/// Runs `test` on [`new_test_ext`], then checks the pallet's invariants.
pub fn build_and_execute<R>(test: impl FnOnce() -> R) -> R {
	sibyl_pallet_testing::execute_and_check(new_test_ext(), Settlement::do_try_state, test)
}
