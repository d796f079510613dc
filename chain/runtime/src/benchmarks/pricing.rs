//! The state the Pricing pallet's benchmarks need from the Models and Sessions pallets: servable
//! models of the largest record, and full candidate lists declaring capacity.

use super::setup;
use crate::{AccountId, Runtime};
use alloc::vec::Vec;
use pallet_sibyl_sessions::Candidate;
use polkadot_sdk::frame_support::{traits::Get, BoundedVec};
use sibyl_primitives::{ModelId, SessionId};

/// Sets up the Pricing benchmarks with the runtime's Models and Sessions pallets.
pub struct PricingHelper;

impl pallet_sibyl_pricing::benchmarking::BenchmarkHelper<Runtime> for PricingHelper {
	fn max_models() -> u32 {
		<Runtime as pallet_sibyl_models::Config>::MaxModels::get()
	}

	fn servable_models(count: u32) -> Vec<ModelId> {
		(0..count).map(|_| setup::register_model()).collect()
	}

	fn declare_capacity(session: SessionId, model: ModelId) {
		// The session's candidate list as the Sessions pallet would have snapshotted it, as long
		// as it keeps: declared capacity is summed over it.
		let list: Vec<_> = (0..<Runtime as pallet_sibyl_sessions::Config>::MaxCandidates::get())
			.map(|i| {
				let mut raw = [0xca; 32];
				raw[..4].copy_from_slice(&i.to_le_bytes());
				Candidate { supplier: AccountId::new(raw), weight: 1, capacity_tps: 1_000 }
			})
			.collect();
		pallet_sibyl_sessions::Candidates::<Runtime>::insert(
			session,
			model,
			BoundedVec::truncate_from(list),
		);
	}
}
