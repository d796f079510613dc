//! The state the Sessions pallet's benchmarks need from the Models, Stakes and TIQE+ pallets:
//! servable models of the largest record, and active suppliers declaring them, some rated zero.
//! Also how the relay-mining helper runs sessions.

use super::setup;
use crate::{AccountId, Runtime, RuntimeOrigin, Sessions, Stakes, System, UNIT};
use alloc::vec::Vec;
use pallet_sibyl_stakes::DeviceClass;
use polkadot_sdk::{
	frame_benchmarking::account,
	frame_support::traits::{Get, Hooks},
	sp_runtime::Permill,
};
use sibyl_primitives::{ModelId, SessionId};

/// A valid NATS subject as long as the Stakes pallet takes.
fn subject() -> Vec<u8> {
	let mut subject = b"sibyl.bench.sessions".to_vec();
	let len = <<Runtime as pallet_sibyl_stakes::Config>::MaxSubjectLen as Get<u32>>::get();
	subject.resize(len as usize, b's');
	subject
}

/// Runs the Sessions pallet's `on_initialize` block by block until `session` is in progress.
pub(crate) fn run_to_session(session: SessionId) {
	while pallet_sibyl_sessions::CurrentSession::<Runtime>::get() < session ||
		pallet_sibyl_sessions::Sessions::<Runtime>::get(session).is_none()
	{
		let now = System::block_number() + 1;
		System::set_block_number(now);
		Sessions::on_initialize(now);
	}
}

/// Sets up the Sessions benchmarks with the runtime's Models, Stakes and TIQE+ pallets.
pub struct SessionsHelper;

impl pallet_sibyl_sessions::benchmarking::BenchmarkHelper<Runtime> for SessionsHelper {
	fn max_suppliers() -> u32 {
		<Runtime as pallet_sibyl_stakes::Config>::MaxSuppliers::get()
	}

	fn max_models_per_supplier() -> u32 {
		<Runtime as pallet_sibyl_stakes::Config>::MaxModelsPerSupplier::get()
	}

	fn max_models() -> u32 {
		<Runtime as pallet_sibyl_models::Config>::MaxModels::get()
	}

	fn servable_models(count: u32) -> Vec<ModelId> {
		(0..count).map(|_| setup::register_model()).collect()
	}

	fn register_supplier(index: u32, models: Vec<ModelId>, weighted: bool) -> AccountId {
		let who: AccountId = account("sessions-supplier", index, 0);
		setup::fund(&who);
		let stake = pallet_sibyl_stakes::Parameters::<Runtime>::get().min_supplier_stake.max(UNIT);
		Stakes::register_supplier(
			RuntimeOrigin::signed(who.clone()),
			stake,
			models,
			subject(),
			1_000,
			DeviceClass::Single,
		)
		.expect("a funded account with a valid service registers");
		// An α of zero in every round so far: a reputation, and so a weight, of zero.
		if !weighted {
			pallet_sibyl_tiqe::Reputation::<Runtime>::insert(&who, Permill::zero());
		}
		who
	}
}
