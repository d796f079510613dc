//! The state the Jobs pallet's benchmarks need from the Models, Stakes and Sessions pallets: a
//! model of the largest record, funded applications, and a session whose candidate list for the
//! model is full and whose supplier sets are as large as they get.

use super::setup::{bound, fund, register_model, register_supplier};
use crate::{AccountId, Runtime, RuntimeOrigin, Sessions, Stakes, System, UNIT};
use alloc::vec::Vec;
use polkadot_sdk::{frame_benchmarking::account, frame_support::traits::Hooks};
use sibyl_primitives::ModelId;

/// Sets up the Jobs benchmarks with the runtime's Models, Stakes and Sessions pallets.
pub struct JobsHelper;

impl pallet_sibyl_jobs::benchmarking::BenchmarkHelper<Runtime> for JobsHelper {
	fn model() -> ModelId {
		register_model()
	}

	fn register_application(app: &AccountId) {
		fund(app);
		let deposit =
			pallet_sibyl_stakes::Parameters::<Runtime>::get().min_application_deposit.max(UNIT);
		Stakes::register_application(RuntimeOrigin::signed(app.clone()), deposit, Vec::new(), deposit)
			.expect("a funded account registers");
	}

	fn start_session(model: ModelId) {
		for i in 0..bound::<<Runtime as pallet_sibyl_sessions::Config>::MaxCandidates>() as u32 {
			register_supplier(&account("jobs-supplier", i, 0), model);
		}
		pallet_sibyl_sessions::Parameters::<Runtime>::mutate(|p| {
			p.suppliers_per_session =
				bound::<<Runtime as pallet_sibyl_sessions::Config>::MaxSuppliersPerSession>() as u32
		});
		// The next session starts when the current one ends (or now, if none has started); not
		// in block 0, where the randomness has no material and the draw would underflow.
		let now = System::block_number().max(1);
		let current = pallet_sibyl_sessions::CurrentSession::<Runtime>::get();
		let at = Sessions::session_end(current).map_or(now, |end| end.max(now));
		System::set_block_number(at);
		Sessions::on_initialize(at);
		let (_, started) = Sessions::current();
		assert_eq!(started.map(|info| info.start), Some(at), "a session starts");
	}
}
