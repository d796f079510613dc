//! Weights for the Authorities pallet.
//!
//! Conservative estimates from each call's storage accesses plus a fixed compute allowance, not
//! benchmark results; replace them with generated weights once the runtime has a benchmarking
//! node.

use core::marker::PhantomData;
use polkadot_sdk::frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};
use sibyl_primitives::weights::estimate;

/// Weight functions of the Authorities pallet's calls.
pub trait WeightInfo {
	fn add_authority() -> Weight;
	fn remove_authority() -> Weight;
	fn set_session_period() -> Weight;
}

/// Estimated weights on reference hardware, charged through the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);

macro_rules! impl_estimates {
	($db:expr) => {
		fn add_authority() -> Weight {
			// The keys check and the set read, the set written. Scanning the set for the account
			// is bounded by MaxAuthorities.
			estimate($db, 15_000_000, 2, 1)
		}
		fn remove_authority() -> Weight {
			estimate($db, 15_000_000, 1, 1)
		}
		fn set_session_period() -> Weight {
			estimate($db, 10_000_000, 0, 1)
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
