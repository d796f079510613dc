//! Weights for the Models pallet.
//!
//! Conservative estimates from each call's storage accesses plus a fixed compute allowance, not
//! benchmark results; replace them with generated weights once the runtime has a benchmarking
//! node.

use core::marker::PhantomData;
use polkadot_sdk::frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, RuntimeDbWeight, Weight},
};

/// Weight functions of the Models pallet's calls.
pub trait WeightInfo {
	fn register() -> Weight;
	fn update() -> Weight;
	fn retire() -> Weight;
	fn set_parameters() -> Weight;
	/// `on_initialize`, pruning `models` retired models.
	fn prune_retired(models: u32) -> Weight;
}

// Metadata is bounded to ~12 KB, which is what the proof size allows for.
fn estimate(db: RuntimeDbWeight, compute: u64, reads: u64, writes: u64) -> Weight {
	Weight::from_parts(compute, 12_000).saturating_add(db.reads_writes(reads, writes))
}

macro_rules! impl_estimates {
	($db:expr) => {
		fn register() -> Weight {
			// Validation and encoding of the metadata, plus the balance hold.
			estimate($db, 60_000_000, 5, 5)
		}
		fn update() -> Weight {
			estimate($db, 50_000_000, 4, 3)
		}
		fn retire() -> Weight {
			// The record, the hold, the sha256 index and the retirement queue.
			estimate($db, 30_000_000, 4, 4)
		}
		fn prune_retired(models: u32) -> Weight {
			let m = models as u64;
			// The retirement queue (up to `MaxModels` entries); per model its record removed.
			estimate($db, 5_000_000 + 1_000_000 * m, 1, if m == 0 { 0 } else { 2 + m })
		}
		fn set_parameters() -> Weight {
			estimate($db, 10_000_000, 0, 1)
		}
	};
}

/// Estimated weights on reference hardware, charged through the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);

impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	impl_estimates!(T::DbWeight::get());
}

/// For tests: the same estimates against RocksDB weights.
impl WeightInfo for () {
	impl_estimates!(RocksDbWeight::get());
}
