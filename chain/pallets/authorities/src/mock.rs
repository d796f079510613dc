//! A runtime for the Authorities pallet's tests: System, Balances, pallet-session driven by
//! Authorities (test keys, `UintAuthorityId`), and Authorities. Accounts 1–5 are funded; 1, 2
//! and 3 are the genesis authorities with keys; sessions last 10 blocks.

use crate as pallet_sibyl_authorities;
use polkadot_sdk::{
	frame_support::{
		derive_impl, parameter_types,
		traits::{ConstU32, ConstU64, Contains},
	},
	frame_system::{self, EnsureRoot},
	pallet_balances, pallet_session, sp_io,
	sp_runtime::{testing::UintAuthorityId, traits::ConvertInto, BuildStorage},
};

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
	pub type Balances = pallet_balances;
	// Before Session: Session's genesis asks Authorities for the first set.
	#[runtime::pallet_index(2)]
	pub type Authorities = pallet_sibyl_authorities;
	#[runtime::pallet_index(3)]
	pub type Session = pallet_session;
}

sibyl_pallet_testing::impl_system_and_balances!(Test);

impl pallet_session::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type ValidatorId = u64;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = Authorities;
	type NextSessionRotation = Authorities;
	type SessionManager = Authorities;
	type SessionHandler = pallet_session::TestSessionHandler;
	type Keys = UintAuthorityId;
	type DisablingStrategy = ();
	type WeightInfo = ();
	type Currency = Balances;
	type KeyDeposit = ConstU64<0>;
}

/// The accounts with session keys, as the runtime reads them.
pub struct WithSessionKeys;
impl Contains<u64> for WithSessionKeys {
	fn contains(who: &u64) -> bool {
		pallet_session::NextKeys::<Test>::contains_key(who)
	}
}

parameter_types! {
	pub const MinSessionPeriod: u64 = 2;
}

impl pallet_sibyl_authorities::Config for Test {
	type AdminOrigin = EnsureRoot<u64>;
	type HasSessionKeys = WithSessionKeys;
	type MaxAuthorities = ConstU32<4>;
	type MinAuthorities = ConstU32<2>;
	type MinSessionPeriod = MinSessionPeriod;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// Gives benchmark accounts test keys, as `session.setKeys` would.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<Test> for BenchmarkHelper {
	fn set_session_keys(who: &u64) {
		use polkadot_sdk::sp_runtime::traits::OpaqueKeys;
		let keys = UintAuthorityId(*who);
		for id in UintAuthorityId::key_ids() {
			pallet_session::KeyOwner::<Test>::insert((*id, keys.get_raw(*id).to_vec()), *who);
		}
		pallet_session::NextKeys::<Test>::insert(who, keys);
	}
}

/// Blocks per session at genesis.
pub const PERIOD: u64 = 10;

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: (1..=5).map(|who| (who, 1_000)).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_sibyl_authorities::GenesisConfig::<Test> { authorities: vec![1, 2, 3], session_period: PERIOD }
		.assimilate_storage(&mut t)
		.unwrap();
	pallet_session::GenesisConfig::<Test> {
		keys: (1..=3).map(|who| (who, who, UintAuthorityId(who))).collect(),
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` on [`new_test_ext`], then checks the pallet's invariants.
pub fn build_and_execute<R>(test: impl FnOnce() -> R) -> R {
	sibyl_pallet_testing::execute_and_check(new_test_ext(), Authorities::do_try_state, test)
}

/// Runs blocks up to and including `n`, with pallet-session's rotation at each start.
pub fn run_to_block(n: u64) {
	sibyl_pallet_testing::run_to::<Test, Session>(n);
}
