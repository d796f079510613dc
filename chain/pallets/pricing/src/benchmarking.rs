//! Benchmarks of the Pricing pallet's call and of its session-start repricing, each in its worst
//! case: every servable model already priced, with usage to weigh against the capacity its
//! suppliers declared, and a full history entry to prune.

use super::*;
use alloc::vec::Vec;
use polkadot_sdk::{frame_benchmarking::v2::*, frame_system};

/// Sets up, for the benchmarks, the state other pallets own.
pub trait BenchmarkHelper<T: Config> {
	/// The most models that can be servable at once (the model registry's bound).
	fn max_models() -> u32;
	/// Makes `count` models servable, each with a price floor and compute weights, and returns
	/// them. Their records should be as large as the registry allows: repricing reads each.
	fn servable_models(count: u32) -> Vec<ModelId>;
	/// Has suppliers of `model` declare capacity at the start of `session`, in as long a
	/// candidate list as a session keeps (what `T::Sessions::declared_capacity_tps` reads).
	fn declare_capacity(session: SessionId, model: ModelId);
}

fn assert_last_event<T: Config>(event: Event<T>)
where
	T::RuntimeEvent: From<Event<T>>,
{
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

#[benchmarks(where T::RuntimeEvent: From<Event<T>>)]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_parameters() -> Result<(), BenchmarkError> {
		let origin = T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let parameters = PricingParameters {
			delta: T::MaxDelta::get(),
			target_utilization: Permill::from_percent(80),
			cap_multiple: u32::MAX,
		};

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, parameters.clone());

		assert_eq!(Parameters::<T>::get(), parameters);
		assert_last_event::<T>(Event::ParametersSet { parameters });
		Ok(())
	}

	// `m` is the weight's `models` (component names are one letter). Every model was priced
	// before and has usage and declared capacity, so each takes the longest branch (usage,
	// weights, capacity, next price, event); the session leaving the history held a price for
	// every one of them.
	#[benchmark]
	fn reprice(m: Linear<0, { T::BenchmarkHelper::max_models() }>) {
		let models = m;
		let ids = T::BenchmarkHelper::servable_models(models);
		assert_eq!(ids.len() as u32, models);
		let depth = u64::from(T::HistoryDepth::get());
		let session: SessionId = depth.saturating_add(1);
		let previous = session - 1;
		let old = session - depth;
		let length: BlockNumberFor<T> = 100u32.into();
		for &model in &ids {
			let floor = T::Models::price_floor(model).expect("servable models have a floor");
			Prices::<T>::insert(model, floor.saturating_mul(2u32.into()));
			Usage::<T>::insert(model, 1_000_000_000u128);
			SessionPrices::<T>::insert(old, model, floor);
			T::BenchmarkHelper::declare_capacity(previous, model);
		}
		let events = frame_system::Pallet::<T>::events().len();

		#[block]
		{
			Pallet::<T>::reprice(session, Some((previous, length)));
		}

		// Each model took the long branch: moved from its last price (not reset to its floor)
		// and told in an event.
		for &model in &ids {
			let floor = T::Models::price_floor(model).expect("servable models have a floor");
			let price = SessionPrices::<T>::get(session, model).expect("repriced");
			assert!(price != floor);
			assert!(SessionPrices::<T>::get(old, model).is_none());
			assert_eq!(Usage::<T>::get(model), 0);
		}
		assert_eq!(frame_system::Pallet::<T>::events().len() - events, ids.len());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
