//! Weights for the Sessions pallet.
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

/// Weight functions of the Sessions pallet's calls and hooks.
pub trait WeightInfo {
	fn set_parameters() -> Weight;
	/// `on_initialize` in a block that starts no session.
	fn on_initialize_idle() -> Weight;
	/// Starting a session among `suppliers` registered suppliers declaring `entries` (supplier,
	/// model) pairs in all, pruning one old session of up to `models` candidate lists.
	fn start_session(suppliers: u32, entries: u32, models: u32) -> Weight;
}


/// Estimated weights on reference hardware, charged through the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);

macro_rules! impl_estimates {
	($db:expr) => {
		fn set_parameters() -> Weight {
			estimate($db, 10_000_000, 0, 1)
		}
		fn on_initialize_idle() -> Weight {
			// The current session id and its info.
			estimate($db, 3_000_000, 2, 0)
		}
		fn start_session(suppliers: u32, entries: u32, models: u32) -> Weight {
			let (s, e, m) = (suppliers as u64, entries as u64, models as u64);
			// Parameters and randomness; per supplier its bond (in the scan), its service and its
			// reputation; per model served a list written and, pruning, one removed; the session.
			estimate($db, 30_000_000 + 3_000_000 * s + 1_000_000 * e, 3 + 3 * s + m, 3 + 2 * m)
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
