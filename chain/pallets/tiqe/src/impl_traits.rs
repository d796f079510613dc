//! How other pallets use TIQE+, through the `sibyl_primitives` traits: queueing evaluations
//! ([`QualityEvaluation`], settlement) and reading reputations ([`ReputationInspect`]).

use super::*;

impl<T: Config> QualityEvaluation<T::AccountId> for Pallet<T> {
	fn request_evaluation(
		supplier: &T::AccountId,
		model: ModelId,
		session: SessionId,
		relays: Vec<[u8; 32]>,
	) -> Result<RoundId, Unevaluated> {
		// Proof paths may open one relay twice; a round samples distinct relays.
		let mut distinct: Vec<H256> = relays.into_iter().map(H256::from).collect();
		distinct.sort_unstable();
		distinct.dedup();
		// Nothing to score is no round (callers always pass at least one relay).
		if distinct.is_empty() {
			return Err(Unevaluated::NoValidators);
		}
		let relays = BoundedVec::truncate_from(distinct);
		Self::enqueue(supplier.clone(), model, session, relays).map_err(|_| Unevaluated::QueueFull)
	}
}

impl<T: Config> ReputationInspect<T::AccountId> for Pallet<T> {
	fn reputation(supplier: &T::AccountId) -> Option<Permill> {
		Reputation::<T>::get(supplier)
	}
}
