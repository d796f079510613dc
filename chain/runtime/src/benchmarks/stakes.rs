//! The state the Stakes pallet's benchmarks need from the Models and Sessions pallets: servable
//! models, and past sessions still kept.

use super::setup;
use crate::Runtime;
use alloc::vec::Vec;
use pallet_sibyl_sessions::SessionInfo;
use sibyl_primitives::{ModelId, SessionId};

/// Registers models through the Models pallet and dates sessions in the Sessions pallet.
pub struct StakesHelper;

impl pallet_sibyl_stakes::benchmarking::BenchmarkHelper<Runtime> for StakesHelper {
	fn servable_models(count: u32) -> Vec<ModelId> {
		// Every field at its bound: checking that a model is servable decodes its record.
		(0..count).map(|_| setup::register_model()).collect()
	}

	fn set_sessions(first_kept: SessionId, current: SessionId) {
		let length = pallet_sibyl_sessions::Parameters::<Runtime>::get().session_length.max(1);
		for session in first_kept..=current {
			let start = u32::try_from(session).unwrap_or(u32::MAX).saturating_mul(length);
			pallet_sibyl_sessions::Sessions::<Runtime>::insert(
				session,
				SessionInfo { start, length, seed: Default::default(), suppliers_per_session: 1 },
			);
		}
		pallet_sibyl_sessions::CurrentSession::<Runtime>::put(current);
	}
}
