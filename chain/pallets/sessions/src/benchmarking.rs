//! Benchmarks of the Sessions pallet's call and hook, each in its worst case: a session start
//! that scans every registered supplier, writes full candidate lists and prunes an old session
//! of as many lists as the registry has models.

use super::*;
use alloc::{vec, vec::Vec};
use polkadot_sdk::{frame_benchmarking::v2::*, frame_system};

/// Sets up, for the benchmarks, the state other pallets own.
pub trait BenchmarkHelper<T: Config> {
	/// The most suppliers that can be registered at once.
	fn max_suppliers() -> u32;
	/// The most models one supplier may declare.
	fn max_models_per_supplier() -> u32;
	/// The most models that can be servable at once.
	fn max_models() -> u32;
	/// Makes `count` models servable and returns them. Their records should be as large as the
	/// registry allows: a session start looks up every declared model.
	fn servable_models(count: u32) -> Vec<ModelId>;
	/// Registers the supplier `index` (one account per index), active with the minimum bond,
	/// declaring `models` (at least one, all servable). Unless `weighted`, its reputation is
	/// zero: scanned at a session start, but listed for no model.
	fn register_supplier(index: u32, models: Vec<ModelId>, weighted: bool) -> T::AccountId;
}

/// The most (supplier, model) entries a session start can write.
fn max_entries<T: Config>() -> u32 {
	let by_suppliers = T::BenchmarkHelper::max_suppliers()
		.saturating_mul(T::BenchmarkHelper::max_models_per_supplier());
	let by_lists = T::BenchmarkHelper::max_models().saturating_mul(T::MaxCandidates::get());
	by_suppliers.min(by_lists)
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
		let parameters = SessionParameters {
			session_length: 1_000u32.into(),
			suppliers_per_session: T::MaxSuppliersPerSession::get(),
			unrated_reputation: Permill::from_percent(70),
			retained_sessions: 16,
		};

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, parameters.clone());

		assert_eq!(Parameters::<T>::get(), parameters);
		assert_last_event::<T>(Event::ParametersSet { parameters });
		Ok(())
	}

	// A session in progress that has not ended: the current id and its info are read.
	#[benchmark]
	fn on_initialize_idle() {
		let now = frame_system::Pallet::<T>::block_number();
		Sessions::<T>::insert(
			0,
			SessionInfo {
				start: now,
				length: 1_000u32.into(),
				seed: T::Hash::default(),
				suppliers_per_session: 1,
			},
		);

		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}

		assert_eq!(CurrentSession::<T>::get(), 0);
		assert_eq!(Sessions::<T>::get(0).map(|info| info.start), Some(now));
	}

	// Components are one letter: `s` is the weight's `suppliers` (active suppliers scanned),
	// `e` its `entries` (candidates written) and `m` its `models` (lists written plus lists
	// pruned). The entries fill lists of as many candidates as the suppliers allow (at most
	// `MaxCandidates`), each supplier in as many lists as it takes; suppliers left without an
	// entry are still scanned. The rest of `m` are lists of an old session, pruned. Where the
	// components cannot all hold (fewer suppliers than the entries need), the entries are
	// capped first, then the lists: the measured case is the largest one that fits.
	#[benchmark]
	fn start_session(
		s: Linear<1, { T::BenchmarkHelper::max_suppliers() }>,
		e: Linear<0, { max_entries::<T>() }>,
		m: Linear<0, { T::BenchmarkHelper::max_models().saturating_mul(2) }>,
	) {
		let max_models = T::BenchmarkHelper::max_models();
		let list_len = s.min(T::MaxCandidates::get());
		let by_suppliers = s.saturating_mul(T::BenchmarkHelper::max_models_per_supplier());
		let entries = e.min(by_suppliers).min(max_models.saturating_mul(list_len));
		let listed = entries.div_ceil(list_len);
		let pruned = m.saturating_sub(listed).min(max_models);
		// A supplier must declare a model even if it is never listed.
		let models = T::BenchmarkHelper::servable_models(listed.max(1));
		// Entry k lists supplier k mod s for model k / list_len: distinct suppliers per list
		// (list_len <= s) and distinct models per supplier.
		let mut declared: Vec<Vec<ModelId>> = vec![Vec::new(); s as usize];
		for k in 0..entries {
			declared[(k % s) as usize].push(models[(k / list_len) as usize]);
		}
		for (index, served) in declared.into_iter().enumerate() {
			let weighted = !served.is_empty();
			let served = if weighted { served } else { vec![models[0]] };
			T::BenchmarkHelper::register_supplier(index as u32, served, weighted);
		}

		// The session that starts prunes session 0: its lists are pruned by key, whatever their
		// length, so one candidate each will do.
		let params = Parameters::<T>::get();
		let session = u64::from(params.retained_sessions) + 1;
		let now = frame_system::Pallet::<T>::block_number();
		let info = SessionInfo {
			start: now,
			length: params.session_length,
			seed: T::Hash::default(),
			suppliers_per_session: params.suppliers_per_session,
		};
		Sessions::<T>::insert(0, info.clone());
		Sessions::<T>::insert(session - 1, info);
		let candidate = Candidate { supplier: whitelisted_caller(), weight: 1, capacity_tps: 1 };
		for j in 0..pruned {
			let list = BoundedVec::truncate_from(vec![candidate.clone()]);
			Candidates::<T>::insert(0, u32::MAX - j, list);
		}

		#[block]
		{
			Pallet::<T>::start_session(session, Some((session - 1, params.session_length)), now);
		}

		assert_eq!(CurrentSession::<T>::get(), session);
		assert!(Sessions::<T>::get(0).is_none());
		assert_eq!(Candidates::<T>::iter_prefix(0).count(), 0);
		let written: usize =
			Candidates::<T>::iter_prefix(session).map(|(_, list)| list.len()).sum();
		assert_eq!(written as u32, entries);
		assert_eq!(Candidates::<T>::iter_prefix(session).count() as u32, listed);
		frame_system::Pallet::<T>::assert_has_event(
			Event::<T>::SessionStarted {
				session,
				start: now,
				length: params.session_length,
				candidates: entries,
			}
			.into(),
		);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
