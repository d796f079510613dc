//! How other pallets read the registry, through the `sibyl_primitives` traits: whether a model
//! may be served ([`ModelRegistry`]), who owns it ([`ModelOwnership`]) and how it is priced
//! and metered ([`ModelEconomics`]).

use super::*;

impl<T: Config> ModelRegistry for Pallet<T> {
	fn is_servable(model: ModelId) -> bool {
		Registry::<T>::get(model).is_some_and(|m| m.status == ModelStatus::Active)
	}
}

impl<T: Config> ModelOwnership<T::AccountId> for Pallet<T> {
	fn royalty(model: ModelId) -> Option<(T::AccountId, Perbill)> {
		Registry::<T>::get(model).map(|m| (m.owner, m.royalty))
	}
}

impl<T: Config> ModelEconomics<BalanceOf<T>> for Pallet<T> {
	fn servable_models() -> Vec<ModelId> {
		Registry::<T>::iter()
			.filter(|(_, m)| m.status == ModelStatus::Active)
			.map(|(id, _)| id)
			.collect()
	}

	fn price_floor(model: ModelId) -> Option<BalanceOf<T>> {
		Registry::<T>::get(model).map(|m| m.price_floor)
	}

	fn compute_weights(model: ModelId) -> Option<(u32, u32)> {
		Registry::<T>::get(model)
			.map(|m| (m.compute_weights.prompt_token, m.compute_weights.completion_token))
	}

	fn context_length(model: ModelId) -> Option<u32> {
		Registry::<T>::get(model).map(|m| m.context_length)
	}
}
