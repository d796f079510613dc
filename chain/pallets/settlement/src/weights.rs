//! Weights for the Settlement pallet.
//!
//! Conservative estimates from the storage accesses plus a fixed compute allowance, not
//! benchmark results; replace them with generated weights once the runtime has a benchmarking
//! node. Settlement runs inside other pallets' calls and hooks (a proof, a round's end), which
//! add what it reports to their own weight.

use core::marker::PhantomData;
use sibyl_primitives::weights::estimate;
use polkadot_sdk::frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions of the Settlement pallet.
pub trait WeightInfo {
	fn set_parameters() -> Weight;
	/// Queuing a proven claim for evaluation.
	fn await_evaluation() -> Weight;
	/// Paying out a claim to `payees` accounts.
	fn settle(payees: u32) -> Weight;
}


/// Estimated weights on reference hardware, charged through the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);

macro_rules! impl_estimates {
	($db:expr) => {
		fn set_parameters() -> Weight {
			estimate($db, 10_000_000, 0, 1)
		}
		fn await_evaluation() -> Weight {
			// TIQE+'s queue (head, next id, batch) and the pending settlement.
			estimate($db, 20_000_000, 2, 3)
		}
		fn settle(payees: u32) -> Weight {
			let p = payees as u64;
			// Parameters, price, model, application, spent; per payee the app's bond, hold and
			// both accounts; spent, usage and the pending entry written.
			estimate($db, 40_000_000 + 20_000_000 * p, 6 + 3 * p, 3 + 3 * p)
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
