//! Weights for the Pricing pallet.
//!
//! Conservative estimates from each call's and hook's storage accesses plus a fixed compute
//! allowance, not benchmark results; replace them with generated weights once the runtime has a
//! benchmarking node.

use core::marker::PhantomData;
use sibyl_primitives::weights::estimate;
use polkadot_sdk::frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions of the Pricing pallet's calls and hooks.
pub trait WeightInfo {
	fn set_parameters() -> Weight;
	/// Repricing `models` models at a session start.
	fn reprice(models: u32) -> Weight;
}


/// Estimated weights on reference hardware, charged through the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);

macro_rules! impl_estimates {
	($db:expr) => {
		fn set_parameters() -> Weight {
			estimate($db, 10_000_000, 0, 1)
		}
		fn reprice(models: u32) -> Weight {
			let m = models as u64;
			// The model list; per model its registry entry (twice), the session's candidates,
			// its price and usage; per model the price, the usage and the old history written.
			estimate($db, 10_000_000 + 5_000_000 * m, 2 + 5 * m, 3 * m)
		}
	};
}

impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	impl_estimates!(T::DbWeight::get());
}

/// For tests: the same estimates against RocksDB weights.
impl WeightInfo for () {
	impl_estimates!(RocksDbWeight::get());
}
