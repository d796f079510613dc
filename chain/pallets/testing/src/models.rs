//! A model registry stand-in.

use core::marker::PhantomData;
use polkadot_sdk::{frame_support::traits::Contains, sp_runtime::Perbill};
use sibyl_primitives::{ModelEconomics, ModelId, ModelOwnership, ModelRegistry};

/// What a [`MockModels`] registry says about its models. Only the count is required; the
/// defaults are what most mocks use.
pub trait ModelSpec: 'static {
	/// Models `0..servable()` are servable; every other id is unknown or retired.
	fn servable() -> u32;
	/// A servable model's price floor per 1k CU.
	fn price_floor(_model: ModelId) -> u64 {
		100
	}
	/// CU per prompt token and per completion token.
	const COMPUTE_WEIGHTS: (u32, u32) = (1, 2);
	/// Context length in tokens.
	const CONTEXT_LENGTH: u32 = 4096;
	/// Owner and royalty of every servable model.
	const ROYALTY: (u64, Perbill) = (0, Perbill::from_parts(0));
}

/// Models `0..N` are servable, with the [`ModelSpec`] defaults.
pub struct Servable<const N: u32>;
impl<const N: u32> ModelSpec for Servable<N> {
	fn servable() -> u32 {
		N
	}
}

/// A model registry answering as `S` says: [`ModelRegistry`], [`ModelEconomics`],
/// [`ModelOwnership`] and `Contains<ModelId>` (the servable models).
pub struct MockModels<S>(PhantomData<S>);

impl<S: ModelSpec> MockModels<S> {
	fn known(model: ModelId) -> bool {
		model < S::servable()
	}
}

impl<S: ModelSpec> ModelRegistry for MockModels<S> {
	fn is_servable(model: ModelId) -> bool {
		Self::known(model)
	}
}

impl<S: ModelSpec> Contains<ModelId> for MockModels<S> {
	fn contains(model: &ModelId) -> bool {
		Self::known(*model)
	}
}

impl<S: ModelSpec> ModelEconomics<u64> for MockModels<S> {
	fn servable_models() -> Vec<ModelId> {
		(0..S::servable()).collect()
	}
	fn price_floor(model: ModelId) -> Option<u64> {
		Self::known(model).then(|| S::price_floor(model))
	}
	fn compute_weights(model: ModelId) -> Option<(u32, u32)> {
		Self::known(model).then_some(S::COMPUTE_WEIGHTS)
	}
	fn context_length(model: ModelId) -> Option<u32> {
		Self::known(model).then_some(S::CONTEXT_LENGTH)
	}
}

impl<S: ModelSpec> ModelOwnership<u64> for MockModels<S> {
	fn royalty(model: ModelId) -> Option<(u64, Perbill)> {
		Self::known(model).then_some(S::ROYALTY)
	}
}
