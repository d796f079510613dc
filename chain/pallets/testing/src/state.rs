//! Stand-ins whose state tests set or read, kept in thread-locals.

use codec::Encode;
use core::{
	any::{Any, TypeId},
	cell::{Cell, RefCell},
	marker::PhantomData,
};
use polkadot_sdk::{
	frame_support::{
		traits::{Contains, Everything, Randomness},
		weights::Weight,
	},
	frame_system::{self, pallet_prelude::BlockNumberFor},
	sp_runtime::{traits::Hash, Permill},
};
use sibyl_primitives::{
	OnJobSettled,
	Evaluation, ModelId, OnClaimProven, OnEvaluated, OnSessionStart, PriceOracle, ProvenClaim,
	ReputationInspect, SessionId, UsageMeter,
};
use std::collections::BTreeMap;

std::thread_local! {
	static RANDOM_SEED: Cell<u64> = const { Cell::new(0) };
	static RECORDS: RefCell<BTreeMap<TypeId, Vec<Box<dyn Any>>>> = const { RefCell::new(BTreeMap::new()) };
	static REPUTATIONS: RefCell<BTreeMap<Vec<u8>, Permill>> = const { RefCell::new(BTreeMap::new()) };
	static DEFAULT_REPUTATION: Cell<Option<Permill>> = const { Cell::new(None) };
	static PRICE: Cell<Option<u64>> = const { Cell::new(None) };
}

pub(crate) fn reset() {
	RANDOM_SEED.with(|s| s.set(0));
	RECORDS.with(|r| r.borrow_mut().clear());
	REPUTATIONS.with(|r| r.borrow_mut().clear());
	DEFAULT_REPUTATION.with(|r| r.set(None));
	PRICE.with(|p| p.set(None));
}

/// Randomness that depends on the subject, the block number and a seed tests can change.
pub struct SeededRandomness<T>(PhantomData<T>);

impl<T> SeededRandomness<T> {
	pub fn set_seed(seed: u64) {
		RANDOM_SEED.with(|s| s.set(seed));
	}
}

impl<T: frame_system::Config> Randomness<T::Hash, BlockNumberFor<T>> for SeededRandomness<T> {
	fn random(subject: &[u8]) -> (T::Hash, BlockNumberFor<T>) {
		let block = frame_system::Pallet::<T>::block_number();
		let seed = RANDOM_SEED.with(|s| s.get());
		(T::Hashing::hash_of(&(subject, block, seed)), block)
	}
}

/// Records what a pallet tells another (`V`: a proven claim, an evaluation, a session start,
/// metered usage), for tests to take.
pub struct Recorder<V>(PhantomData<V>);

impl<V: 'static> Recorder<V> {
	pub fn record(value: V) {
		RECORDS.with(|r| r.borrow_mut().entry(TypeId::of::<V>()).or_default().push(Box::new(value)));
	}

	/// Everything recorded since the last call, oldest first.
	pub fn taken() -> Vec<V> {
		RECORDS.with(|r| r.borrow_mut().remove(&TypeId::of::<V>()).unwrap_or_default())
			.into_iter()
			.map(|v| *v.downcast::<V>().expect("recorded under its own type id"))
			.collect()
	}
}

impl<V: Clone + 'static> Recorder<V> {
	/// Everything recorded so far, left in place.
	pub fn peek() -> Vec<V> {
		RECORDS.with(|r| {
			r.borrow()
				.get(&TypeId::of::<V>())
				.map(|vs| vs.iter().map(|v| v.downcast_ref::<V>().expect("its own type").clone()).collect())
				.unwrap_or_default()
		})
	}
}

impl<A: 'static> OnClaimProven<A> for Recorder<ProvenClaim<A>> {
	fn on_claim_proven(claim: ProvenClaim<A>) -> Weight {
		Self::record(claim);
		Weight::zero()
	}
	fn weight_bound() -> Weight {
		Weight::zero()
	}
}

impl<B: 'static> OnJobSettled<B> for Recorder<(u64, B)> {
	fn on_job_settled(job: u64, charged: B) -> Weight {
		Self::record((job, charged));
		Weight::zero()
	}
	fn weight_bound() -> Weight {
		Weight::zero()
	}
}

impl<A: 'static> OnEvaluated<A> for Recorder<Evaluation<A>> {
	fn on_evaluated(evaluation: Evaluation<A>) -> Weight {
		Self::record(evaluation);
		Weight::zero()
	}
}

impl<B: 'static> OnSessionStart<B> for Recorder<(SessionId, Option<(SessionId, B)>)> {
	fn on_session_start(session: SessionId, ended: Option<(SessionId, B)>) -> Weight {
		Self::record((session, ended));
		Weight::zero()
	}
}

impl UsageMeter for Recorder<(ModelId, u128)> {
	fn record_usage(model: ModelId, compute_units: u128) {
		Self::record((model, compute_units));
	}
}

/// Reputations tests set, per account or for every account; unset means never evaluated.
pub struct MockReputation;

impl MockReputation {
	/// `who`'s reputation from now on.
	pub fn set<A: Encode>(who: A, reputation: Permill) {
		REPUTATIONS.with(|r| r.borrow_mut().insert(who.encode(), reputation));
	}

	/// `who` was never evaluated (unless [`Self::set_all`] says otherwise).
	pub fn remove<A: Encode>(who: A) {
		REPUTATIONS.with(|r| r.borrow_mut().remove(&who.encode()));
	}

	/// The reputation of every account without one of its own.
	pub fn set_all(reputation: Option<Permill>) {
		DEFAULT_REPUTATION.with(|r| r.set(reputation));
	}
}

impl<A: Encode> ReputationInspect<A> for MockReputation {
	fn reputation(who: &A) -> Option<Permill> {
		REPUTATIONS
			.with(|r| r.borrow().get(&who.encode()).copied())
			.or_else(|| DEFAULT_REPUTATION.with(|r| r.get()))
	}
}

/// Every session's price per 1k CU of the models `Priced` contains, as tests set it (`None`:
/// unpriced, the floor applies).
pub struct MockPrices<Priced = Everything>(PhantomData<Priced>);

impl<Priced> MockPrices<Priced> {
	pub fn set(price: Option<u64>) {
		PRICE.with(|p| p.set(price));
	}
}

impl<Priced: Contains<ModelId>> PriceOracle<u64> for MockPrices<Priced> {
	fn price_per_kcu(_: SessionId, model: ModelId) -> Option<u64> {
		PRICE.with(|p| p.get()).filter(|_| Priced::contains(&model))
	}
}
