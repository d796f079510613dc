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
	fn refuse() -> Weight;
	fn set_parameters() -> Weight;
	/// `on_initialize` with no job to assign or expire.
	fn on_initialize_idle() -> Weight;
	/// Assigning `jobs` jobs (each draws from a session's supplier set).
	fn assign(jobs: u32) -> Weight;
	/// Expiring up to `jobs` jobs.
	fn expire(jobs: u32) -> Weight;
	/// Pruning `jobs` ended jobs.
	fn prune(jobs: u32) -> Weight;
}


/// Estimated weights on reference hardware, charged through the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);

macro_rules! impl_estimates {
	($db:expr) => {
		fn submit(input_len: u32) -> Weight {
			// The application's bond and the staking parameters, the model (twice), the job
			// parameters, the open count, the queue, the next id, the session and the hold;
			// the job, the queue, the next id, the open count and the hold written. Plus
			// parsing the input as JSON (~50 ns a byte in wasm) and copying it.
			estimate($db, 30_000_000 + 52_000 * input_len as u64, 10, 6)
		}
		fn submit_result(output_len: u32) -> Weight {
			// The job, the model (twice), the parameters, the hold, the open count, the
			// supplier's list and the prune bounds; the job, its digest, the hold, the open
			// count, the list and the prune queue written; checking and hashing the output.
			// The settlement it triggers (TIQE+'s queue) is included.
			estimate($db, 60_000_000 + 5_000 * output_len as u64, 10, 10)
		}
		fn refuse() -> Weight {
			// The job, the parameters, the hold, the open count, the supplier's list and the
			// prune bounds; the same written.
			estimate($db, 25_000_000, 6, 6)
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
			// Per job: the job, the session's candidates for the draw, each drawn supplier's
			// job list, assigned work and declared service (at most 16 suppliers), the randomness
			// material; the job, the supplier's list and work and a deadline list written (or,
			// failing, the job ended: hold, open count, prune queue).
			estimate($db, 10_000_000 + 60_000_000 * j, 3 + 52 * j, 1 + 6 * j)
		}
		fn expire(jobs: u32) -> Weight {
			let j = jobs as u64;
			// Per job: the job ended (hold, open count, supplier's list, prune queue) and a
			// slash (bond, parameters, hold, account, treasury).
			estimate($db, 5_000_000 + 45_000_000 * j, 2 + 10 * j, 1 + 10 * j)
		}
		fn prune(jobs: u32) -> Weight {
			let j = jobs as u64;
			// The prune bounds; per job its queue entry, the job and its digest index.
			estimate($db, 3_000_000 + 5_000_000 * j, 2 + 2 * j, if j == 0 { 0 } else { 1 + 3 * j })
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
