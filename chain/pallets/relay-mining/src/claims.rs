//! Sizing a claim's proof: what the claim is worth, what a missing proof would cost its
//! supplier, and how many paths its proof must open (docs/relay-mining.md).

use super::*;

impl<T: Config> Pallet<T> {
	/// Paths a claim worth `value` must open when a missing proof would cost its supplier
	/// `at_stake`: `base_paths` while `value ≤ at_stake`, then one more per doubling of
	/// `value` beyond `at_stake` (the smallest `d` with `at_stake · 2ᵈ ≥ value`), at most
	/// `max_paths`. See the crate docs for why this makes padding a tree lose money.
	pub fn path_count(params: &MiningParametersOf<T>, value: u128, at_stake: u128) -> u32 {
		let mut paths = params.base_paths;
		let mut covered = at_stake;
		while covered < value && paths < params.max_paths {
			paths = paths.saturating_add(1);
			covered = covered.saturating_mul(2);
		}
		paths
	}

	/// What a claim of `sum` mined compute units is worth: its estimated compute units at the
	/// session's price. Unpriced models count as worth everything, so they get `max_paths`.
	pub fn claim_value(session: SessionId, model: ModelId, sum: u64) -> u128 {
		let Some(price) = T::Prices::price_per_kcu(session, model) else {
			return u128::MAX;
		};
		estimate(sum, Self::probability(session, model)).saturating_mul(price.into()) / 1000
	}

	/// What a missing proof would cost `supplier` now.
	pub fn slash_at_stake(supplier: &T::AccountId, params: &MiningParametersOf<T>) -> u128 {
		let bond: u128 = T::Stakes::active_stake(supplier, Role::Supplier).into();
		params.missing_proof_slash.mul_floor(bond)
	}
}
