//! Weights for the Stakes pallet.
//!
//! Conservative estimates from each call's storage accesses plus a fixed compute allowance, not
//! benchmark results; replace them with generated weights once the runtime has a benchmarking
//! node. Calls that touch one entry per model or gateway take the count as a component.

use core::marker::PhantomData;
use sibyl_primitives::weights::estimate;
use polkadot_sdk::frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions of the Stakes pallet's calls.
pub trait WeightInfo {
	fn register_supplier(models: u32) -> Weight;
	fn update_supplier(models: u32) -> Weight;
	fn register_validator() -> Weight;
	fn register_gateway() -> Weight;
	fn update_gateway() -> Weight;
	fn register_application(gateways: u32) -> Weight;
	fn delegate() -> Weight;
	fn undelegate() -> Weight;
	fn set_spend_limit() -> Weight;
	fn bond_extra() -> Weight;
	fn unbond() -> Weight;
	fn withdraw_unbonded(models: u32) -> Weight;
	fn set_parameters() -> Weight;
}


/// Estimated weights on reference hardware, charged through the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);

/// The estimates, over a given database weight.
macro_rules! impl_estimates {
	($db:expr) => {
		fn register_supplier(models: u32) -> Weight {
			let m = models as u64;
			estimate($db, 40_000_000 + 2_000_000 * m, 4 + m, 4 + m)
		}
		fn update_supplier(models: u32) -> Weight {
			let m = models as u64;
			// Called with the maximum: old index entries are removed, new ones inserted.
			estimate($db, 30_000_000 + 4_000_000 * m, 2 + m, 1 + 2 * m)
		}
		fn register_validator() -> Weight {
			estimate($db, 35_000_000, 4, 3)
		}
		fn register_gateway() -> Weight {
			estimate($db, 35_000_000, 4, 4)
		}
		fn update_gateway() -> Weight {
			estimate($db, 15_000_000, 1, 1)
		}
		fn register_application(gateways: u32) -> Weight {
			let g = gateways as u64;
			estimate($db, 40_000_000 + 1_000_000 * g, 4 + g, 4)
		}
		fn delegate() -> Weight {
			estimate($db, 20_000_000, 2, 1)
		}
		fn undelegate() -> Weight {
			estimate($db, 20_000_000, 1, 1)
		}
		fn set_spend_limit() -> Weight {
			estimate($db, 15_000_000, 1, 1)
		}
		fn bond_extra() -> Weight {
			estimate($db, 35_000_000, 4, 3)
		}
		fn unbond() -> Weight {
			estimate($db, 25_000_000, 2, 1)
		}
		fn withdraw_unbonded(models: u32) -> Weight {
			// Worst case: the role ends and a supplier's model index is cleared.
			let m = models as u64;
			estimate($db, 45_000_000 + 1_000_000 * m, 5, 4 + m)
		}
		fn set_parameters() -> Weight {
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
