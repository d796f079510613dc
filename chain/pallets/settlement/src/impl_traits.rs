//! How other pallets drive settlement, through the `sibyl_primitives` traits: proven claims
//! and answered jobs come in ([`OnClaimProven`]), TIQE+ rounds end ([`OnEvaluated`]), and
//! stakes reads what is still owed ([`PendingCharges`]).

use super::*;

impl<T: Config> OnClaimProven<T::AccountId> for Pallet<T> {
	fn on_claim_proven(claim: ProvenClaim<T::AccountId>) -> Weight {
		let ProvenClaim { session, supplier, app, model, estimated_cu, relays, gateways, max_charge, job } = claim;
		Outstanding::<T>::mutate(&app, |n| *n = n.saturating_add(1));
		let pending = PendingSettlement {
			session,
			supplier,
			app,
			model,
			estimated_cu,
			gateways: BoundedVec::truncate_from(gateways),
			max_charge,
			job,
		};
		Self::request(pending, relays)
	}

	/// A claim queued for evaluation, or deferred, or — the backlog full — settled at once
	/// without a round, so paid to the supplier, owner, treasury and every gateway.
	fn weight_bound() -> Weight {
		T::WeightInfo::await_evaluation()
			.saturating_add(T::WeightInfo::settle(T::MaxGateways::get().saturating_add(3)))
			.saturating_add(T::OnJobSettled::weight_bound())
	}
}

impl<T: Config> OnEvaluated<T::AccountId> for Pallet<T> {
	fn on_evaluated(evaluation: Evaluation<T::AccountId>) -> Weight {
		let Some(pending) = AwaitingEvaluation::<T>::take(evaluation.round) else {
			return T::DbWeight::get().reads(1);
		};
		let round = evaluation.round;
		Self::settle_evaluated(
			pending,
			evaluation.alpha.map(|alpha| (round, alpha, evaluation.honest.as_slice())),
		)
	}
}

impl<T: Config> PendingCharges<T::AccountId> for Pallet<T> {
	fn pending_charges(app: &T::AccountId) -> u32 {
		Outstanding::<T>::get(app)
	}
}
