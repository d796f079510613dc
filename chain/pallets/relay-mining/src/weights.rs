//! Weights for the relay-mining pallet.
//!
//! Conservative estimates from each call's and hook's storage accesses plus a fixed compute
//! allowance, not benchmark results; replace them with generated weights once the runtime has a
//! benchmarking node. A proof path costs two sr25519 verifications, up to 257 blake2 hashes and
//! a recomputation of the session's supplier set.

use core::marker::PhantomData;
use sibyl_primitives::weights::estimate;
use polkadot_sdk::frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions of the relay-mining pallet's calls and hooks.
pub trait WeightInfo {
	fn submit_claim() -> Weight;
	fn submit_proof(paths: u32) -> Weight;
	fn set_parameters() -> Weight;
	/// `on_initialize` with no window to open or close.
	fn on_initialize_idle() -> Weight;
	/// Closing a session with `claims` claims, each possibly slashed.
	fn close_session(claims: u32) -> Weight;
	/// Updating the difficulty of `models` models at a session start.
	fn update_difficulty(models: u32) -> Weight;
}


/// Estimated weights on reference hardware, charged through the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);

macro_rules! impl_estimates {
	($db:expr) => {
		fn submit_claim() -> Weight {
			// Parameters, session bounds and current id, the session's candidates and info for
			// the membership draw, the claim, the session's and the supplier's counts, and for
			// its worth the session price, the mining probability and the supplier bond; the
			// claim and both counts written.
			estimate($db, 60_000_000, 11, 3)
		}
		fn submit_proof(paths: u32) -> Weight {
			let p = paths as u64;
			// Per path: 2 sr25519 verifications (~50 µs each), up to 257 hashes, the delegation
			// (the application's record) and the supplier set (session, candidates). Once: the
			// model's weights and context, the claim, seed, probability and parameters.
			estimate($db, 50_000_000 + 400_000_000 * p, 9 + 3 * p, 2)
		}
		fn set_parameters() -> Weight {
			estimate($db, 10_000_000, 0, 1)
		}
		fn on_initialize_idle() -> Weight {
			// Parameters, current session, the oldest open one, its bounds and seed.
			estimate($db, 5_000_000, 5, 0)
		}
		fn close_session(claims: u32) -> Weight {
			let c = claims as u64;
			// Per claim (at most `MaxClosesPerBlock`): read and removed, and possibly a slash
			// (bond, parameters, hold, account, treasury). Once: whether claims remain, and the
			// session's counts, seed and probabilities dropped.
			estimate($db, 20_000_000 + 30_000_000 * c, 4 + 6 * c, 4 + 6 * c)
		}
		fn update_difficulty(models: u32) -> Weight {
			let m = models as u64;
			estimate($db, 5_000_000 + 2_000_000 * m, 1 + 3 * m, 3 * m)
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
