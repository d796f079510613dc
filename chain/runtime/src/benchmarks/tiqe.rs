//! The state the TIQE+ pallet's benchmarks need from the Models and Stakes pallets: a model with
//! an owner, and suppliers and validators with bonds to slash.

use super::setup;
use crate::{AccountId, Runtime, RuntimeOrigin, Stakes, UNIT};
use polkadot_sdk::frame_support::traits::Get;
use sibyl_primitives::ModelId;

/// Sets up the TIQE+ benchmarks with the runtime's Models and Stakes pallets.
pub struct TiqeHelper;

impl pallet_sibyl_tiqe::benchmarking::BenchmarkHelper<Runtime> for TiqeHelper {
	fn max_validators() -> u32 {
		<<Runtime as pallet_sibyl_stakes::Config>::MaxValidators as Get<u32>>::get()
	}

	fn model() -> ModelId {
		setup::register_model()
	}

	fn register_supplier(who: &AccountId, model: ModelId) {
		setup::register_supplier(who, model)
	}

	fn register_validator(who: &AccountId) {
		setup::fund(who);
		let stake = pallet_sibyl_stakes::Parameters::<Runtime>::get().min_validator_stake.max(UNIT);
		Stakes::register_validator(RuntimeOrigin::signed(who.clone()), stake)
			.expect("a funded account registers");
	}
}
