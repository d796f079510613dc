//! Getting a proven claim evaluated: asking TIQE+ for a round, deferring the claim while its
//! queue is full and offering the backlog again each block, and settling with the round's α or
//! the fallback α (docs/economics.md).

use super::*;

impl<T: Config> Pallet<T> {
	/// The α of a claim no round scored: the supplier's reputation, or `unrated_alpha`.
	pub(crate) fn fallback_alpha(supplier: &T::AccountId) -> Permill {
		T::Reputation::reputation(supplier).unwrap_or(Parameters::<T>::get().unrated_alpha)
	}

	/// Settles `claim` with the result of its evaluation: the round's α and honest
	/// members, or the fallback α and why there was none.
	pub(crate) fn settle_evaluated(
		claim: PendingOf<T>,
		evaluation: Result<(u64, Permill, &[(T::AccountId, u128)]), Unevaluated>,
	) -> Weight {
		match evaluation {
			Ok((round, alpha, honest)) => Self::settle(claim, alpha, Ok(round), honest),
			Err(reason) => {
				let alpha = Self::fallback_alpha(&claim.supplier);
				Self::settle(claim, alpha, Err(reason), &[])
			},
		}
	}

	/// Asks TIQE+ to evaluate `claim`'s relays; defers it if the queue is full, settles it
	/// without a score if the backlog is full too (or TIQE+ refuses otherwise).
	pub(crate) fn request(claim: PendingOf<T>, relays: Vec<[u8; 32]>) -> Weight {
		match T::Quality::request_evaluation(&claim.supplier, claim.model, claim.session, relays.clone()) {
			Ok(round) => {
				Self::deposit_event(Event::AwaitingEvaluation {
					round,
					session: claim.session,
					supplier: claim.supplier.clone(),
					app: claim.app.clone(),
					model: claim.model,
				});
				AwaitingEvaluation::<T>::insert(round, claim);
				T::WeightInfo::await_evaluation()
			},
			Err(Unevaluated::QueueFull) => {
				let tail = DeferredTail::<T>::get();
				let waiting = tail.wrapping_sub(DeferredHead::<T>::get());
				if waiting >= T::MaxDeferred::get() {
					return Self::settle_evaluated(claim, Err(Unevaluated::QueueFull))
						.saturating_add(T::DbWeight::get().reads(2));
				}
				Self::deposit_event(Event::EvaluationDeferred {
					session: claim.session,
					supplier: claim.supplier.clone(),
					app: claim.app.clone(),
					model: claim.model,
					waiting: waiting.saturating_add(1),
				});
				DeferredClaims::<T>::insert(
					tail,
					DeferredClaim { claim, relays: BoundedVec::truncate_from(relays) },
				);
				// Wrapping: positions count modulo 2³² (see `DeferredClaims`); the check
				// above keeps the new tail within `MaxDeferred` of the head.
				DeferredTail::<T>::put(tail.wrapping_add(1));
				T::WeightInfo::await_evaluation()
			},
			Err(reason) => Self::settle_evaluated(claim, Err(reason)),
		}
	}

	/// How many claims wait in the deferred backlog.
	pub fn deferred_len() -> u32 {
		DeferredTail::<T>::get().wrapping_sub(DeferredHead::<T>::get())
	}

	/// Offers up to `MaxRetriesPerBlock` deferred claims to TIQE+ again, oldest first,
	/// stopping at the first that still finds the queue full (it stays at the head).
	pub(crate) fn retry_deferred() -> Weight {
		let db = T::DbWeight::get();
		// The head and the tail.
		let mut weight = db.reads(2);
		let start = DeferredHead::<T>::get();
		let tail = DeferredTail::<T>::get();
		let mut head = start;
		let mut retried = 0u32;
		while retried < T::MaxRetriesPerBlock::get() && head != tail {
			retried = retried.saturating_add(1);
			// The entry at the head is read; unless it stays, it is removed.
			weight.saturating_accrue(db.reads(1));
			let Some(DeferredClaim { claim, relays }) = DeferredClaims::<T>::get(head) else {
				// No entry where one should be (`do_try_state` forbids it): skip the gap
				// rather than block the backlog behind it.
				head = head.wrapping_add(1);
				continue;
			};
			match T::Quality::request_evaluation(
				&claim.supplier,
				claim.model,
				claim.session,
				relays.into_inner(),
			) {
				Ok(round) => {
					Self::deposit_event(Event::AwaitingEvaluation {
						round,
						session: claim.session,
						supplier: claim.supplier.clone(),
						app: claim.app.clone(),
						model: claim.model,
					});
					AwaitingEvaluation::<T>::insert(round, claim);
					weight.saturating_accrue(T::WeightInfo::await_evaluation());
				},
				Err(Unevaluated::QueueFull) => {
					// Still full: the claim stays at the head, in order, for a later block.
					// TIQE+ read its queue's bounds to say so.
					weight.saturating_accrue(db.reads(2));
					break;
				},
				Err(reason) => weight.saturating_accrue(Self::settle_evaluated(claim, Err(reason))),
			}
			DeferredClaims::<T>::remove(head);
			weight.saturating_accrue(db.writes(1));
			head = head.wrapping_add(1);
		}
		if head != start {
			DeferredHead::<T>::put(head);
			weight.saturating_accrue(db.writes(1));
		}
		weight
	}
}
