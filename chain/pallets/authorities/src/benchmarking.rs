//! Benchmarks of the Authorities pallet's calls, each in its worst case: the set as large as
//! the call allows, the account looked for at its end.

use super::*;
use polkadot_sdk::{frame_benchmarking::v2::*, frame_system, sp_runtime::traits::One};

/// Sets up, for the benchmarks, the state other pallets own.
pub trait BenchmarkHelper<T: Config> {
	/// Gives `who` session keys, so that `T::HasSessionKeys` contains it.
	fn set_session_keys(who: &T::AccountId);
}

const SEED: u32 = 0;

/// `count` distinct accounts, apart from the one `add_authority` adds.
fn authorities<T: Config>(count: u32) -> BoundedVec<T::AccountId, T::MaxAuthorities> {
	let set: Vec<T::AccountId> = (0..count).map(|i| account("authority", i, SEED)).collect();
	set.try_into().expect("at most MaxAuthorities; qed")
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

	// The set one short of full, so that the scan for a duplicate reads every member and the
	// account still fits.
	#[benchmark]
	fn add_authority() -> Result<(), BenchmarkError> {
		let max = T::MaxAuthorities::get();
		Authorities::<T>::put(authorities::<T>(max.saturating_sub(1)));
		let who: T::AccountId = account("candidate", 0, SEED);
		T::BenchmarkHelper::set_session_keys(&who);
		let origin = T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert_eq!(Authorities::<T>::get().len() as u32, max);
		assert_last_event::<T>(Event::AuthorityAdded { who });
		Ok(())
	}

	// A full set, the account removed its last member: the scan reads all of it.
	#[benchmark]
	fn remove_authority() -> Result<(), BenchmarkError> {
		let max = T::MaxAuthorities::get();
		let set = authorities::<T>(max);
		let who = set.last().cloned().expect("MaxAuthorities >= MinAuthorities >= 1; qed");
		Authorities::<T>::put(set);
		let origin = T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, who.clone());

		assert_eq!(Authorities::<T>::get().len() as u32, max - 1);
		assert_last_event::<T>(Event::AuthorityRemoved { who });
		Ok(())
	}

	#[benchmark]
	fn set_session_period() -> Result<(), BenchmarkError> {
		let period = T::MinSessionPeriod::get().max(One::one()).saturating_add(One::one());
		let origin = T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, period);

		assert_eq!(SessionPeriod::<T>::get(), period);
		assert_last_event::<T>(Event::SessionPeriodSet { period });
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
