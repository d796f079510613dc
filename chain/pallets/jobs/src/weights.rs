//! Weights for the Jobs pallet.
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

/// Weight functions of the Jobs pallet's calls and hooks.
pub trait WeightInfo {
	fn submit(input_len: u32) -> Weight;
	fn submit_result(output_len: u32) -> Weight;
	fn set_parameters() -> Weight;
	/// `on_initialize` with no job to assign or expire.
	fn on_initialize_idle() -> Weight;
	/// Assigning `jobs` jobs (each draws from a session's supplier set).
	fn assign(jobs: u32) -> Weight;
	/// Expiring up to `jobs` jobs.
	fn expire(jobs: u32) -> Weight;
}


/// Estimated weights on reference hardware, charged through the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);

macro_rules! impl_estimates {
	($db:expr) => {
		fn submit(input_len: u32) -> Weight {
			// The application, the model, the queue, the next id and the session; the job, the
			// queue and the next id written. Plus copying the input.
			estimate($db, 25_000_000 + 2_000 * input_len as u64, 5, 3)
		}
		fn submit_result(output_len: u32) -> Weight {
			// The job and the model; the job and its digest written; hashing the output. The
			// settlement it triggers (TIQE+'s queue) is included.
			estimate($db, 60_000_000 + 3_000 * output_len as u64, 6, 6)
		}
		fn set_parameters() -> Weight {
			estimate($db, 10_000_000, 0, 1)
		}
		fn on_initialize_idle() -> Weight {
			// The deadline list and the queue.
			estimate($db, 3_000_000, 2, 0)
		}
		fn assign(jobs: u32) -> Weight {
			let j = jobs as u64;
			// Per job: the job, the session's candidates for the draw, the randomness material;
			// the job and a deadline list written.
			estimate($db, 10_000_000 + 30_000_000 * j, 3 + 4 * j, 1 + 2 * j)
		}
		fn expire(jobs: u32) -> Weight {
			let j = jobs as u64;
			// Per job: the job, and a slash (bond, parameters, hold, account, treasury).
			estimate($db, 5_000_000 + 35_000_000 * j, 2 + 6 * j, 1 + 6 * j)
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
