//! A minimal runtime for the Models pallet's tests: System, Balances and Models.

use crate as pallet_sibyl_models;
use polkadot_sdk::{
	frame_support::{derive_impl, parameter_types, traits::{ConstU32, ConstU64}},
	frame_system::{self, EnsureRoot},
	pallet_balances,
	sp_io,
	sp_runtime::{BuildStorage, Perbill},
};

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
	pub type Models = pallet_sibyl_models;
}

sibyl_pallet_testing::impl_system_and_balances!(Test);

parameter_types! {
	pub const MaxContextLength: u32 = 1 << 20;
}

impl pallet_sibyl_models::Config for Test {
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type AdminOrigin = EnsureRoot<u64>;
	type MaxNameLen = ConstU32<64>;
	type MaxQuantizationLen = ConstU32<16>;
	type MaxChatTemplateLen = ConstU32<256>;
	type MaxLicenseLen = ConstU32<32>;
	type MaxUriLen = ConstU32<128>;
	type MaxUris = ConstU32<3>;
	type MaxContextLength = MaxContextLength;
	type MaxModels = ConstU32<3>;
	type RetiredRetention = ConstU64<RETENTION>;
	type MaxPrunedPerBlock = ConstU32<1>;
	type WeightInfo = ();
}

/// Blocks a retired model's record is kept.
pub const RETENTION: u64 = 5;

pub const ALICE: u64 = 1;
pub const BOB: u64 = 2;
pub const POOR: u64 = 3;
pub const DEPOSIT_BASE: u64 = 1_000;
pub const DEPOSIT_PER_BYTE: u64 = 10;

pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(ALICE, 1_000_000), (BOB, 1_000_000), (POOR, 1_100)],
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_sibyl_models::GenesisConfig::<Test> {
		parameters: crate::ModelParameters {
			deposit_base: DEPOSIT_BASE,
			deposit_per_byte: DEPOSIT_PER_BYTE,
			max_royalty: Perbill::from_percent(30),
		},
	}
	.assimilate_storage(&mut t)
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(t);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs `test` on [`new_test_ext`], then checks the pallet's invariants.
pub fn build_and_execute<R>(test: impl FnOnce() -> R) -> R {
	sibyl_pallet_testing::execute_and_check(new_test_ext(), Models::do_try_state, test)
}
