//! # Settlement pallet
//!
//! Pays for proven work. When relay mining accepts a claim's proof
//! ([`OnClaimProven`]), the relays the proof opened are sent to TIQE+ for evaluation
//! ([`QualityEvaluation`]) and the claim waits for the round; when the round ends
//! ([`OnEvaluated`]) the claim is settled with the round's α:
//!
//! - **Charge** = estimated compute units × the model's price per 1k CU *in the claim's session*
//!   ([`PriceOracle`]) / 1000, capped by what remains of the application's spend limit *for that
//!   session* and, for an on-chain job, by its `max_price`.
//! - **Split** of the charge: the supplier's share × α goes to the supplier and the rest of its
//!   share is never taken from the application (PolyLink's users paid in full for bad answers);
//!   the model's registered royalty to its owner; the validators' share to the round's honest
//!   members by stake; the gateways' share to the gateways of the opened relays, one part per
//!   opened relay (they were drawn by weight, so this is an unbiased estimate of each gateway's
//!   share of the claim); the rest to the treasury. Validator pay does not depend on α.
//! - Every amount is paid out of the application's deposit; if it runs short, the payees in the
//!   order above get what is left. [`Event::Settled`] carries what each party received.
//! - A claim whose evaluation TIQE+ cannot queue yet (its queue is full) waits in a bounded
//!   backlog and is offered again, oldest first, in later blocks ([`Event::EvaluationDeferred`]).
//!   Only a claim that finds the backlog full too, or whose round has no result (no validator,
//!   no quorum), is settled without a score, and says so ([`Event::Settled`]'s `unevaluated`):
//!   at the supplier's reputation, or at `unrated_alpha` for a supplier never evaluated; the
//!   validators' share then goes to the treasury. Nothing is ever paid at α = 1 by default.
//! - Every claim counts as a pending charge of its application until it is settled
//!   ([`PendingCharges`]): the application cannot withdraw the deposit that pays it.
//!
//! The settled compute units are reported to dynamic pricing ([`UsageMeter`]).

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
pub mod migrations;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::{
	frame_support::pallet_prelude::*,
	frame_system::pallet_prelude::*,
	sp_runtime::{
		traits::{UniqueSaturatedFrom, UniqueSaturatedInto},
		Perbill, Permill,
	},
};
use scale_info::TypeInfo;
use sibyl_primitives::{
	ApplicationFunds, Evaluation, ModelEconomics, ModelId, ModelOwnership, OnClaimProven,
	OnEvaluated, PendingCharges, PriceOracle, ProvenClaim, QualityEvaluation, ReputationInspect,
	SessionId, Unevaluated, UsageMeter,
};

/// Governance-set shares of every charge; the model's royalty is its own, the treasury gets
/// what is left.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct SettlementParameters {
	/// The supplier's share, paid × α.
	pub supplier_share: Perbill,
	/// The committee's honest validators' share.
	pub validator_share: Perbill,
	/// The gateways' share.
	pub gateway_share: Perbill,
	/// The α of a claim settled without a TIQE+ score for a supplier that has no reputation yet.
	pub unrated_alpha: Permill,
}

impl Default for SettlementParameters {
	fn default() -> Self {
		Self {
			supplier_share: Perbill::from_percent(70),
			validator_share: Perbill::from_percent(10),
			gateway_share: Perbill::from_percent(5),
			unrated_alpha: Permill::from_percent(50),
		}
	}
}

/// A proven claim whose TIQE+ evaluation could not be queued yet, with the relays to evaluate.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[scale_info(skip_type_params(MaxGateways))]
pub struct DeferredClaim<AccountId, MaxGateways: Get<u32>> {
	pub claim: PendingSettlement<AccountId, MaxGateways>,
	/// The opened relays' digests.
	pub relays: BoundedVec<[u8; 32], MaxGateways>,
}

/// The deferred type of a runtime.
pub type DeferredOf<T> =
	DeferredClaim<<T as polkadot_sdk::frame_system::Config>::AccountId, <T as Config>::MaxGateways>;

/// A proven claim waiting for its TIQE+ round.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[scale_info(skip_type_params(MaxGateways))]
pub struct PendingSettlement<AccountId, MaxGateways: Get<u32>> {
	pub session: SessionId,
	pub supplier: AccountId,
	pub app: AccountId,
	pub model: ModelId,
	pub estimated_cu: u128,
	/// The gateway of each opened relay (none for an on-chain job).
	pub gateways: BoundedVec<AccountId, MaxGateways>,
	/// The job's `max_price`; `None` for relays.
	pub max_charge: Option<u128>,
}

/// The pending type of a runtime.
pub type PendingOf<T> =
	PendingSettlement<<T as polkadot_sdk::frame_system::Config>::AccountId, <T as Config>::MaxGateways>;

/// What each party received from one settlement.
#[derive(
	Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug, Default,
)]
pub struct Payout<Balance> {
	pub supplier: Balance,
	pub royalty: Balance,
	pub validators: Balance,
	pub gateways: Balance,
	pub treasury: Balance,
	/// The supplier's share not charged because α < 1.
	pub refunded: Balance,
}

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version. 1: the deferred backlog is a queue in a map
	/// ([`DeferredClaims`] between [`DeferredHead`] and [`DeferredTail`]) instead of one vector
	/// (see [`crate::migrations`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// The currency amounts are paid in.
		type Balance: Parameter
			+ MaxEncodedLen
			+ Copy
			+ Default
			+ UniqueSaturatedInto<u128>
			+ UniqueSaturatedFrom<u128>;
		/// Session prices (the Pricing pallet).
		type Prices: PriceOracle<Self::Balance>;
		/// Where settled usage is reported (the Pricing pallet).
		type Usage: UsageMeter;
		/// Price floors (fallback price) and royalties (the Models pallet).
		type Models: ModelEconomics<Self::Balance> + ModelOwnership<Self::AccountId>;
		/// Application deposits and spend limits (the Stakes pallet).
		type Funds: ApplicationFunds<Self::AccountId, Self::Balance>;
		/// TIQE+ evaluation of the opened relays (the Tiqe pallet).
		type Quality: QualityEvaluation<Self::AccountId>;
		/// The α used when no round can score a claim.
		type Reputation: ReputationInspect<Self::AccountId>;
		/// The treasury's account.
		type Treasury: Get<Self::AccountId>;
		/// Who may change the parameters: Root or a Council majority.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Most opened relays (hence gateways) per claim.
		#[pallet::constant]
		type MaxGateways: Get<u32>;
		/// Sessions whose per-application spending is remembered.
		#[pallet::constant]
		type SpendHistory: Get<u32>;
		/// Most proven claims waiting for room in TIQE+'s queue.
		#[pallet::constant]
		type MaxDeferred: Get<u32>;
		/// Most deferred claims offered to TIQE+ again per block.
		#[pallet::constant]
		type MaxRetriesPerBlock: Get<u32>;
		/// Weights.
		type WeightInfo: WeightInfo;
		/// Sets up, for the benchmarks, the state other pallets own.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self>;
	}

	/// The shares of a charge.
	#[pallet::storage]
	pub type Parameters<T: Config> = StorageValue<_, SettlementParameters, ValueQuery>;

	/// Proven claims waiting for the TIQE+ round that scores them, by round.
	#[pallet::storage]
	pub type AwaitingEvaluation<T: Config> = StorageMap<_, Twox64Concat, u64, PendingOf<T>>;

	/// Proven claims waiting for room in TIQE+'s queue, by position in the backlog: a FIFO
	/// queue from [`DeferredHead`] (the oldest) up to, not including, [`DeferredTail`]. Positions
	/// count modulo 2³², so the backlog's length is `tail − head` (wrapping), at most
	/// `MaxDeferred`.
	#[pallet::storage]
	pub type DeferredClaims<T: Config> = StorageMap<_, Twox64Concat, u32, DeferredOf<T>>;

	/// The position in [`DeferredClaims`] of the oldest deferred claim (equal to
	/// [`DeferredTail`] when the backlog is empty).
	#[pallet::storage]
	pub type DeferredHead<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// The position in [`DeferredClaims`] the next deferred claim takes.
	#[pallet::storage]
	pub type DeferredTail<T: Config> = StorageValue<_, u32, ValueQuery>;

	/// Claims of each application proven (or jobs answered) and not yet settled.
	#[pallet::storage]
	pub type Outstanding<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// What each application was charged per session, against its spend limit.
	#[pallet::storage]
	pub type Spent<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		SessionId,
		Blake2_128Concat,
		T::AccountId,
		T::Balance,
		ValueQuery,
	>;

	#[pallet::genesis_config]
	#[derive(polkadot_sdk::frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		pub parameters: SettlementParameters,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(Pallet::<T>::valid(&self.parameters), "invalid genesis settlement shares");
			Parameters::<T>::put(&self.parameters);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A proven claim waits for TIQE+ round `round`.
		AwaitingEvaluation { round: u64, session: SessionId, supplier: T::AccountId, app: T::AccountId, model: ModelId },
		/// TIQE+'s queue is full: the claim waits in the backlog (`waiting` long) and is offered
		/// again in a later block.
		EvaluationDeferred { session: SessionId, supplier: T::AccountId, app: T::AccountId, model: ModelId, waiting: u32 },
		/// A claim was settled: the application paid `charged`, split as `payout`.
		Settled {
			session: SessionId,
			supplier: T::AccountId,
			app: T::AccountId,
			model: ModelId,
			estimated_cu: u128,
			/// Price per 1k CU in the session.
			price: T::Balance,
			alpha: Permill,
			/// The TIQE+ round whose α this is, if one scored the claim.
			round: Option<u64>,
			/// Why no round scored the claim, if none did (α is then the fallback).
			unevaluated: Option<Unevaluated>,
			/// The charge before the refund, after the spend-limit cap.
			gross: T::Balance,
			/// What left the application's deposit.
			charged: T::Balance,
			payout: Payout<T::Balance>,
		},
		/// The Council (or Root) set new shares.
		ParametersSet { parameters: SettlementParameters },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// Supplier, validator and gateway shares above 100%.
		InvalidParameters,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Offers the oldest deferred claims to TIQE+ again.
		fn on_initialize(_: BlockNumberFor<T>) -> Weight {
			Self::retry_deferred()
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Sets the shares of a charge (Root or a Council majority).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_parameters())]
		pub fn set_parameters(origin: OriginFor<T>, parameters: SettlementParameters) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(Self::valid(&parameters), Error::<T>::InvalidParameters);
			Parameters::<T>::put(&parameters);
			Self::deposit_event(Event::ParametersSet { parameters });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// Whether `parameters` may be set.
		pub fn valid(parameters: &SettlementParameters) -> bool {
			let total = u64::from(parameters.supplier_share.deconstruct()) +
				u64::from(parameters.validator_share.deconstruct()) +
				u64::from(parameters.gateway_share.deconstruct());
			total <= u64::from(Perbill::one().deconstruct())
		}

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
		fn retry_deferred() -> Weight {
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

		/// The backlog's invariants: at most `MaxDeferred` long, an entry at every position from
		/// the head up to the tail and none elsewhere.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			let head = DeferredHead::<T>::get();
			let len = Self::deferred_len();
			ensure!(len <= T::MaxDeferred::get(), "the deferred backlog is longer than MaxDeferred");
			for i in 0..len {
				ensure!(
					DeferredClaims::<T>::contains_key(head.wrapping_add(i)),
					"a position of the deferred backlog has no claim"
				);
			}
			ensure!(
				DeferredClaims::<T>::iter_keys().count() == len as usize,
				"a deferred claim lies outside the backlog"
			);
			Ok(())
		}

		/// Charges the application and pays everyone for `claim` at quality `alpha`, scored by
		/// `round` (or settled without one, for the reason given).
		pub(crate) fn settle(
			claim: PendingOf<T>,
			alpha: Permill,
			round: Result<u64, Unevaluated>,
			honest: &[(T::AccountId, u128)],
		) -> Weight {
			let params = Parameters::<T>::get();
			let price: u128 = T::Prices::price_per_kcu(claim.session, claim.model)
				.or_else(|| T::Models::price_floor(claim.model))
				.map(|p| p.unique_saturated_into())
				.unwrap_or(0);
			let limit: u128 = T::Funds::spend_limit(&claim.app, claim.session)
				.map(|l| l.unique_saturated_into())
				.unwrap_or(0);
			let spent: u128 = Spent::<T>::get(claim.session, &claim.app).unique_saturated_into();
			let gross = (claim.estimated_cu.saturating_mul(price) / 1000)
				.min(limit.saturating_sub(spent))
				.min(claim.max_charge.unwrap_or(u128::MAX));

			// Shares of the gross charge; the treasury takes what the others leave.
			let supplier_share = params.supplier_share * gross;
			let supplier_amount = mul_permill(alpha, supplier_share);
			let refunded = supplier_share.saturating_sub(supplier_amount);
			let validator_amount = params.validator_share * gross;
			let gateway_amount = params.gateway_share * gross;
			let royalty = T::Models::royalty(claim.model);
			let royalty_amount = royalty.as_ref().map_or(0, |(_, share)| *share * gross).min(
				gross
					.saturating_sub(supplier_share)
					.saturating_sub(validator_amount)
					.saturating_sub(gateway_amount),
			);

			let pay = |to: &T::AccountId, amount: u128| -> u128 {
				if amount == 0 {
					return 0;
				}
				T::Funds::pay_from_deposit(&claim.app, to, T::Balance::unique_saturated_from(amount))
					.unique_saturated_into()
			};
			let mut payout = [0u128; 5];
			payout[0] = pay(&claim.supplier, supplier_amount);
			if let Some((owner, _)) = &royalty {
				payout[1] = pay(owner, royalty_amount);
			}
			let mut payees = 3u32;
			let honest_stake = honest.iter().fold(0u128, |sum, (_, s)| sum.saturating_add(*s));
			if honest_stake > 0 {
				for (who, stake) in honest {
					let amount = share_of(validator_amount, *stake, honest_stake);
					payout[2] = payout[2].saturating_add(pay(who, amount));
				}
				payees = payees.saturating_add(honest.len() as u32);
			}
			if !claim.gateways.is_empty() {
				let parts = claim.gateways.len() as u128;
				for gateway in claim.gateways.iter() {
					payout[3] = payout[3].saturating_add(pay(gateway, gateway_amount / parts));
				}
				payees = payees.saturating_add(claim.gateways.len() as u32);
			}
			// The treasury gets the rest of the gross charge less the refund: its own share, any
			// validators' share nobody earned and the rounding left by the splits.
			let distributed = payout.iter().fold(0u128, |sum, p| sum.saturating_add(*p));
			let owed = gross.saturating_sub(refunded);
			payout[4] = pay(&T::Treasury::get(), owed.saturating_sub(distributed));
			let charged = payout.iter().fold(0u128, |sum, p| sum.saturating_add(*p));

			Spent::<T>::insert(
				claim.session,
				&claim.app,
				T::Balance::unique_saturated_from(spent.saturating_add(charged)),
			);
			if let Some(old) = claim.session.checked_sub(u64::from(T::SpendHistory::get())) {
				let _ = Spent::<T>::clear_prefix(old, u32::MAX, None);
			}
			T::Usage::record_usage(claim.model, claim.estimated_cu);
			Outstanding::<T>::mutate_exists(&claim.app, |n| {
				*n = n.map(|n| n.saturating_sub(1)).filter(|n| *n > 0)
			});
			let balance = T::Balance::unique_saturated_from;
			Self::deposit_event(Event::Settled {
				session: claim.session,
				supplier: claim.supplier,
				app: claim.app,
				model: claim.model,
				estimated_cu: claim.estimated_cu,
				price: balance(price),
				alpha,
				round: round.ok(),
				unevaluated: round.err(),
				gross: balance(gross),
				charged: balance(charged),
				payout: Payout {
					supplier: balance(payout[0]),
					royalty: balance(payout[1]),
					validators: balance(payout[2]),
					gateways: balance(payout[3]),
					treasury: balance(payout[4]),
					refunded: balance(refunded),
				},
			});
			T::WeightInfo::settle(payees)
		}
	}
}

/// `alpha × amount`, rounded down.
fn mul_permill(alpha: Permill, amount: u128) -> u128 {
	amount / 1_000_000 * u128::from(alpha.deconstruct()) +
		amount % 1_000_000 * u128::from(alpha.deconstruct()) / 1_000_000
}

/// `amount × part / whole`, rounded down, without overflow for amounts below 2⁶⁴·whole.
fn share_of(amount: u128, part: u128, whole: u128) -> u128 {
	if whole == 0 {
		return 0;
	}
	amount / whole * part + amount % whole * part / whole
}

impl<T: Config> OnClaimProven<T::AccountId> for Pallet<T> {
	fn on_claim_proven(claim: ProvenClaim<T::AccountId>) -> Weight {
		let ProvenClaim { session, supplier, app, model, estimated_cu, relays, gateways, max_charge } = claim;
		Outstanding::<T>::mutate(&app, |n| *n = n.saturating_add(1));
		let pending = PendingSettlement {
			session,
			supplier,
			app,
			model,
			estimated_cu,
			gateways: BoundedVec::truncate_from(gateways),
			max_charge,
		};
		Self::request(pending, relays)
	}

	/// A claim queued for evaluation, or deferred, or — the backlog full — settled at once
	/// without a round, so paid to the supplier, owner, treasury and every gateway.
	fn weight_bound() -> Weight {
		T::WeightInfo::await_evaluation()
			.saturating_add(T::WeightInfo::settle(T::MaxGateways::get().saturating_add(3)))
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
