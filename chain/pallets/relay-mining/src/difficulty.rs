//! Mining difficulty: whether a relay is mined, what mined amounts stand for, and the per-model
//! probability steered each session toward `target_relays` (docs/relay-mining.md).

use super::*;

/// Mining probability 1: every relay is mined (2⁶⁴ in units of 2⁻⁶⁴).
pub const ALL_MINED: u128 = 1 << 64;

/// Whether a mining key is under `probability` (units of 2⁻⁶⁴): its first 8 bytes, big-endian.
pub fn is_mined(key: &[u8; 32], probability: u128) -> bool {
	let mut first = [0u8; 8];
	first.copy_from_slice(&key[..8]);
	u128::from(u64::from_be_bytes(first)) < probability
}

/// `amount / probability`: what `amount` mined stands for, with probability in units of 2⁻⁶⁴.
pub fn estimate(amount: u64, probability: u128) -> u128 {
	(u128::from(amount) << 64) / probability.clamp(1, ALL_MINED)
}

impl<T: Config> Pallet<T> {
	/// Updates every claimed model's difficulty at the start of `session`.
	pub(crate) fn update_difficulty(session: SessionId) -> Weight {
		let params = Parameters::<T>::get();
		let models: Vec<ModelId> = Difficulties::<T>::iter_keys()
			.chain(EstimatedRelays::<T>::iter_keys())
			.collect::<alloc::collections::BTreeSet<_>>()
			.into_iter()
			.collect();
		for &model in &models {
			let estimated = EstimatedRelays::<T>::take(model);
			if T::Models::compute_weights(model).is_none() {
				// Pruned from the registry: nothing of it can be claimed any more.
				Difficulties::<T>::remove(model);
				continue;
			}
			// The first session's estimate starts the EMA.
			let estimated_relays = match Difficulties::<T>::get(model) {
				Some(old) => {
					let w = u128::from(params.difficulty_smoothing.deconstruct());
					let one = u128::from(Permill::ACCURACY);
					old.estimated_relays
						.saturating_mul(one.saturating_sub(w))
						.saturating_add(estimated.saturating_mul(w)) /
						one
				},
				None => estimated,
			};
			let probability = if estimated_relays == 0 {
				ALL_MINED
			} else {
				(u128::from(params.target_relays).saturating_mul(ALL_MINED) / estimated_relays)
					.clamp(1, ALL_MINED)
			};
			let state = Difficulty { estimated_relays, probability };
			Difficulties::<T>::insert(model, &state);
			if probability < ALL_MINED {
				SessionProbability::<T>::insert(session, model, probability);
			}
			Self::deposit_event(Event::DifficultyUpdated {
				session,
				model,
				estimated_relays: state.estimated_relays,
				probability,
			});
		}
		T::WeightInfo::update_difficulty(models.len() as u32)
	}
}
