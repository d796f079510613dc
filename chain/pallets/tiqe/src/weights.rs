//! Weights for the TIQE+ pallet.
//!
//! Conservative estimates from each call's and hook's storage accesses plus a fixed compute
//! allowance, not benchmark results; replace them with generated weights once the runtime has a
//! benchmarking node. Work that grows with the batch, the committee or the number of validators
//! takes the count as a component.

use core::marker::PhantomData;
use sibyl_primitives::weights::estimate;
use polkadot_sdk::frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions of the TIQE+ pallet's calls and hooks.
pub trait WeightInfo {
	fn commit_relays(relays: u32) -> Weight;
	fn commit_score(committee: u32) -> Weight;
	fn reveal_score(committee: u32) -> Weight;
	fn set_parameters() -> Weight;
	/// Setting or removing one model's calibration.
	fn set_calibration() -> Weight;
	/// `on_initialize` with nothing to finalize or open.
	fn on_initialize_base() -> Weight;
	/// Opening one round (or dropping its batch) among `validators` registered validators.
	fn open_round(validators: u32, relays: u32) -> Weight;
	/// Reading the `validators` active validators and their open-round counts, once a block.
	fn read_validators(validators: u32) -> Weight;
	/// Finalizing one round with `committee` members, each possibly slashed.
	fn finalize_round(committee: u32) -> Weight;
}


/// Estimated weights on reference hardware, charged through the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);

/// The estimates, over a given database weight.
macro_rules! impl_estimates {
	($db:expr) => {
		fn commit_relays(relays: u32) -> Weight {
			let r = relays as u64;
			// Stakes' model index, bond and parameters; queue counters. Sorting for duplicates.
			estimate($db, 30_000_000 + 500_000 * r, 5, 2)
		}
		fn commit_score(committee: u32) -> Weight {
			let c = committee as u64;
			estimate($db, 20_000_000 + 200_000 * c, 2, 1)
		}
		fn reveal_score(committee: u32) -> Weight {
			let c = committee as u64;
			// One blake2 hash of under 100 bytes on top of the lookups.
			estimate($db, 30_000_000 + 200_000 * c, 2, 1)
		}
		fn set_parameters() -> Weight {
			estimate($db, 10_000_000, 0, 1)
		}
		fn set_calibration() -> Weight {
			// The model's record (owner) and the calibration read; the calibration written.
			estimate($db, 10_000_000, 2, 1)
		}
		fn on_initialize_base() -> Weight {
			// Rounds ending, parameters, queue head and next id; ending list and head written.
			estimate($db, 5_000_000, 4, 2)
		}
		fn open_round(validators: u32, relays: u32) -> Weight {
			let (v, r) = (validators as u64, relays as u64);
			// The batch, the randomness material and the ending list; the batch removed, the
			// round, the ending list and each seat's open-round count written (at most 16).
			// The committee draw scans the candidates once per seat.
			estimate($db, 40_000_000 + 2_000_000 * v + 500_000 * r, 3, 3 + 16)
		}
		fn read_validators(validators: u32) -> Weight {
			let v = validators as u64;
			// Stakes' parameters, one bond and one open-round count per validator, sorted.
			estimate($db, 5_000_000 + 1_000_000 * v, 1 + 2 * v, 0)
		}
		fn finalize_round(committee: u32) -> Weight {
			let c = committee as u64;
			// Per member: its vote taken, its open-round count, and possibly a slash (bond, parameters, hold, account,
			// treasury). Plus up to two slashes of the supplier (withheld, low quality) and its
			// quality, session quality, reputation, the model's calibration and the round result.
			estimate($db, 50_000_000 + 30_000_000 * (c + 2), 2 + c + 5 * (c + 2) + 4, c + 5 * (c + 2) + 7)
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
