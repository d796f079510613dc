//! The state the Settlement pallet's benchmarks need from the Models, Pricing, Stakes and TIQE+
//! pallets: a model of the largest record without a session price, a funded application, and a
//! full evaluation queue.

use super::setup;
use crate::{AccountId, Balance, Runtime, RuntimeOrigin, Stakes};
use alloc::vec::Vec;
use polkadot_sdk::frame_support::traits::{fungible::Mutate, Get};
use sibyl_primitives::{ModelId, SessionId};

/// Sets up the Settlement benchmarks with the runtime's Models, Pricing, Stakes and TIQE+
/// pallets.
pub struct SettlementHelper;

impl pallet_sibyl_settlement::benchmarking::BenchmarkHelper<Runtime> for SettlementHelper {
	fn max_honest() -> u32 {
		<Runtime as pallet_sibyl_tiqe::Config>::MaxCommitteeSize::get()
	}

	fn unpriced_model(session: SessionId) -> ModelId {
		let model = setup::register_model();
		pallet_sibyl_pricing::SessionPrices::<Runtime>::remove(session, model);
		model
	}

	fn register_application(app: &AccountId, _: SessionId, limit: Balance) {
		// The deposit pays the whole limit; the rest keeps the account alive.
		crate::Balances::set_balance(app, limit.saturating_mul(2));
		Stakes::register_application(RuntimeOrigin::signed(app.clone()), limit, Vec::new(), limit)
			.expect("a funded account registers");
	}

	fn fill_evaluation_queue() {
		let head = pallet_sibyl_tiqe::PendingHead::<Runtime>::get();
		let most = <<Runtime as pallet_sibyl_tiqe::Config>::MaxPendingBatches as Get<u32>>::get();
		pallet_sibyl_tiqe::NextRoundId::<Runtime>::put(head.saturating_add(u64::from(most)));
	}
}
