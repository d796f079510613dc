//! Benchmarks of the Settlement pallet, each in its worst case: a proven claim deferred into a
//! backlog one short of full (its head and tail read, its entry and the tail written), and a
//! settlement that pays
//! every gateway a claim can name and every validator a round can report honest, each a new
//! account, with the price falling back to the model's floor and an old session's spending
//! pruned.

use super::*;
use alloc::vec::Vec;
use polkadot_sdk::{frame_benchmarking::v2::*, frame_system};

/// Sets up, for the benchmarks, the state other pallets own.
pub trait BenchmarkHelper<T: Config> {
	/// The most validators a TIQE+ round reports honest (its committee size).
	fn max_honest() -> u32;
	/// A model with a price floor and a royalty paid to its owner, but no price in `session`:
	/// settlement then falls back to the floor. Its record should be as large as the registry
	/// allows: settlement reads it for the floor and the royalty.
	fn unpriced_model(session: SessionId) -> ModelId;
	/// Registers `app` as an application with a spend limit of `limit` in `session` and a
	/// deposit that pays all of it.
	fn register_application(app: &T::AccountId, session: SessionId, limit: T::Balance);
	/// Fills TIQE+'s evaluation queue, so that the next request finds it full.
	fn fill_evaluation_queue();
}

const SEED: u32 = 0;

/// What a benchmark application may be charged in a session: enough that every share of it is
/// far above any existential deposit, so each payee's account is really created.
const LIMIT: u128 = 1_000_000_000_000_000_000;

/// `count` distinct accounts named `name`.
fn accounts<T: Config>(name: &'static str, count: u32) -> Vec<T::AccountId> {
	(0..count).map(|i| account(name, i, SEED)).collect()
}

/// `count` distinct relay digests.
fn digests(count: u32) -> Vec<[u8; 32]> {
	(0..count)
		.map(|i| {
			let mut digest = [0xd1; 32];
			digest[..4].copy_from_slice(&i.to_le_bytes());
			digest
		})
		.collect()
}

/// A claim of `app` naming the most gateways a claim may name.
fn pending<T: Config>(session: SessionId, app: &T::AccountId, model: ModelId) -> PendingOf<T> {
	PendingSettlement {
		session,
		supplier: account("supplier", 0, SEED),
		app: app.clone(),
		model,
		estimated_cu: u128::MAX / 2,
		gateways: BoundedVec::truncate_from(accounts::<T>("gateway", T::MaxGateways::get())),
		max_charge: None,
		job: None,
	}
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
		let parameters = SettlementParameters {
			supplier_share: Perbill::from_percent(60),
			validator_share: Perbill::from_percent(20),
			gateway_share: Perbill::from_percent(10),
			unrated_alpha: Permill::from_percent(40),
		};

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, parameters.clone());

		assert_eq!(Parameters::<T>::get(), parameters);
		assert_last_event::<T>(Event::ParametersSet { parameters });
		Ok(())
	}

	// TIQE+'s queue is full, so the claim (with the most relays and gateways) joins a backlog
	// one short of full of claims as large: the longest branch `await_evaluation` is charged
	// for. The backlog is a queue in a map, so the push reads the head and the tail and writes
	// one entry and the tail whatever the backlog's length; the full backlog only makes the
	// map's trie as deep as it gets.
	#[benchmark]
	fn await_evaluation() {
		let app: T::AccountId = account("app", 0, SEED);
		let model: ModelId = 0;
		let max = T::MaxDeferred::get();
		let relays = digests(T::MaxGateways::get());
		for i in 0..max.saturating_sub(1) {
			DeferredClaims::<T>::insert(
				i,
				DeferredClaim {
					claim: pending::<T>(u64::from(i), &app, model),
					relays: BoundedVec::truncate_from(relays.clone()),
				},
			);
		}
		DeferredHead::<T>::put(0);
		DeferredTail::<T>::put(max.saturating_sub(1));
		T::BenchmarkHelper::fill_evaluation_queue();
		let session: SessionId = u64::from(max);
		let supplier: T::AccountId = account("supplier", 0, SEED);
		let claim = ProvenClaim {
			session,
			supplier: supplier.clone(),
			app: app.clone(),
			model,
			estimated_cu: u128::MAX / 2,
			relays,
			gateways: accounts::<T>("gateway", T::MaxGateways::get()),
			max_charge: None,
			job: None,
		};

		#[block]
		{
			Pallet::<T>::on_claim_proven(claim);
		}

		assert_eq!(Pallet::<T>::deferred_len(), max);
		assert!(DeferredClaims::<T>::contains_key(max.saturating_sub(1)));
		assert_eq!(Outstanding::<T>::get(&app), 1);
		assert_last_event::<T>(Event::EvaluationDeferred {
			session,
			supplier,
			app,
			model,
			waiting: max,
		});
	}

	// `p` is the weight's `payees`: the supplier, the model's owner and the treasury, then up to
	// `MaxGateways` gateways, then validators the round reports honest, each a new account. The
	// round scored the claim (α < 1, so part of the supplier's share is refunded), the session
	// has no price (the model's floor is read), the spend limit caps the charge, and the
	// session leaving the spending history had spending to prune.
	#[benchmark]
	fn settle(
		p: Linear<3, { 3 + T::MaxGateways::get() + T::BenchmarkHelper::max_honest() }>,
	) {
		let gateways = (p - 3).min(T::MaxGateways::get());
		let honest = p - 3 - gateways;
		let session = u64::from(T::SpendHistory::get()) + 1;
		let old = session - u64::from(T::SpendHistory::get());
		let model = T::BenchmarkHelper::unpriced_model(session);
		let app: T::AccountId = account("app", 0, SEED);
		let limit = T::Balance::unique_saturated_from(LIMIT);
		T::BenchmarkHelper::register_application(&app, session, limit);
		Spent::<T>::insert(old, &app, limit);
		let mut claim = pending::<T>(session, &app, model);
		claim.gateways.truncate(gateways as usize);
		let round = 7;
		AwaitingEvaluation::<T>::insert(round, claim);
		Outstanding::<T>::insert(&app, 1);
		let alpha = Permill::from_percent(50);
		let evaluation = Evaluation {
			round,
			supplier: account("supplier", 0, SEED),
			alpha: Ok(alpha),
			honest: accounts::<T>("validator", honest).into_iter().map(|v| (v, 1_000)).collect(),
		};

		#[block]
		{
			Pallet::<T>::on_evaluated(evaluation);
		}

		// Every payee got its whole share: the application was charged the capped charge less
		// the refund.
		let gross: u128 = limit.unique_saturated_into();
		let supplier_share = Parameters::<T>::get().supplier_share * gross;
		let refunded = supplier_share - mul_permill(alpha, supplier_share);
		let spent: u128 = Spent::<T>::get(session, &app).unique_saturated_into();
		assert_eq!(spent, gross - refunded);
		assert_eq!(Spent::<T>::iter_prefix(old).count(), 0);
		assert!(AwaitingEvaluation::<T>::get(round).is_none());
		assert_eq!(Outstanding::<T>::get(&app), 0);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
