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
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod weights;

mod evaluation;
mod impl_traits;
mod payout;
mod types;
#[cfg(feature = "runtime-benchmarks")]
use payout::mul_permill;
pub use types::*;

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
	OnEvaluated, OnJobSettled, PendingCharges, PriceOracle, ProvenClaim, QualityEvaluation, ReputationInspect,
	SessionId, Unevaluated, UsageMeter,
};
#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version (see [`crate::migrations`]). 1: the deferred backlog is a
	/// queue in a map ([`DeferredClaims`] between [`DeferredHead`] and [`DeferredTail`]) instead
	/// of one vector. 2: a waiting claim names the on-chain job it answers
	/// ([`PendingSettlement::job`]).
	pub const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

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
		/// Told what an on-chain job's application was charged when it settles (the Jobs
		/// pallet).
		type OnJobSettled: OnJobSettled<Self::Balance>;
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
}
