//! The relay-mining pallet's parameter check and the reads the runtime API serves.

use super::*;

impl<T: Config> Pallet<T> {
	/// Whether `parameters` may be set.
	pub fn valid(parameters: &MiningParametersOf<T>) -> bool {
		!parameters.claim_window.is_zero() &&
			!parameters.proof_window.is_zero() &&
			parameters.base_paths >= 1 &&
			parameters.max_paths >= parameters.base_paths &&
			parameters.max_paths <= T::MaxProofPaths::get() &&
			parameters.target_relays >= 1
	}

	/// Compute units of a relay of `model` with this usage, for the runtime API.
	pub fn compute_units(model: ModelId, prompt_tokens: u32, completion_tokens: u32) -> Option<u64> {
		let weights = T::Models::compute_weights(model)?;
		sibyl_primitives::relay::compute_units(weights, prompt_tokens, completion_tokens)
	}

	/// The mining probability for relays of `model` in `session`, in units of 2⁻⁶⁴.
	pub fn probability(session: SessionId, model: ModelId) -> u128 {
		SessionProbability::<T>::get(session, model).unwrap_or(ALL_MINED)
	}
}
