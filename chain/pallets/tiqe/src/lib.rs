//! # TIQE+ pallet
//!
//! Evaluation rounds in which a committee of validators scores a supplier's sampled relays and
//! votes with commit-reveal; the stake-weighted median of the votes becomes the supplier's
//! quality α for the round.
//!
//! A round goes through these steps:
//! 1. **Commitment.** A batch of a supplier's relay digests for a session is queued: by
//!    settlement, for the relays a relay-mining proof opened ([`QualityEvaluation`]), or as an
//!    audit by Root or the Council ([`Pallet::commit_relays`]); never by the supplier itself,
//!    which could pick relays to flatter its reputation. Each digest is
//!    `blake2_256(SCALE(envelope) ++ SCALE(response metadata))`. The batch waits in a FIFO
//!    queue under the round id it will use.
//! 2. **Opening.** In `on_initialize` of a *later* block (so that the chain randomness used was
//!    not known when the batch was committed) up to `MaxRoundsPerBlock` queued batches are
//!    opened. Each samples `relays_per_round` distinct digests from its batch and draws a
//!    committee of `committee_size` distinct validators weighted by active Validator stake,
//!    without replacement (all of them if fewer are active). The supplier never sits on its own
//!    committee. With no eligible validator the batch is dropped ([`Event::BatchDropped`]).
//!    A validator sits on at most `max_open_rounds` open rounds at once: a batch whose
//!    committee cannot be filled from validators with room waits for a later block, so no
//!    validator is handed more rounds than it can score within their windows (and slashed for
//!    the ones it could not reveal).
//! 3. **Commit window** (`commit_window` blocks from the opening block): each committee member
//!    fetches the sampled relays from the supplier over NATS, scores them and commits
//!    `blake2_256(SCALE((round, who, alpha, withheld, salt)))` ([`Pallet::commit_score`]).
//!    `withheld` means the supplier did not reveal the sampled relays; honest validators then
//!    vote α = 0.
//! 4. **Reveal window** (`reveal_window` blocks after the commit window): members reveal
//!    ([`Pallet::reveal_score`]); the chain checks the reveal against the commitment. `who` is
//!    part of the preimage, so a commitment copied from another member cannot be revealed.
//!    Once every member has committed, reveals are taken from the next block
//!    ([`Event::CommitsComplete`]): nobody is left to learn from a reveal. The reveal window
//!    keeps its end, so a member that waits for the original commit end is still on time.
//! 5. **Finalization** in `on_initialize` of the block where the reveal window ends, or of
//!    the block after the last member's reveal ([`Event::RevealsComplete`]), whichever is
//!    first: an honest committee settles in a few blocks, a silent one within the windows.
//!    - unless the revealed stake is more than `quorum` (default two thirds) of the
//!      committee's, the round is void ([`Event::RoundVoid`] with
//!      [`Unevaluated::NoQuorum`]): nobody is slashed for deviating and the supplier's scores
//!      are untouched, since with a third or more of the stake silent one liar could be the
//!      median; members who did not reveal are still slashed;
//!    - the stake-weighted median of the revealed α (weights: the stake each member had when
//!      the committee was drawn) is the *lowest* revealed α at which the cumulative weight of
//!      votes at or below it reaches at least half of the revealed weight;
//!    - every revealer whose |α − median| exceeds `deviation_threshold` (in either direction)
//!      loses `deviation_slash` of its validator bond, every member who did not reveal loses
//!      `missing_reveal_slash`;
//!    - if a strict majority of the revealed stake says the relays were withheld, the supplier
//!      loses `withheld_slash` of its supplier bond and its α is 0;
//!    - the supplier's [`Quality`] (last α), [`SessionQuality`] (mean α of its rounds in the
//!      session) and [`Reputation`] (EMA of α: `rep' = rep·(1−w) + α·w`, the first round sets
//!      `rep = α`) are updated; α below `alpha_threshold` emits [`Event::LowQuality`] and, if
//!      `low_quality_slash` is not zero, slashes the supplier by it;
//!
//!    The round's storage is then removed; a small [`RoundResult`] is kept.
//!
//! The security assumption is that less than a third of a committee's stake is adversarial:
//! with more than two thirds revealed, the honest revealers hold a majority of the revealed
//! stake, so the median lies within the range of the honest votes and only liars deviate.
//!
//! How validators score a model's relays depends on the model: how far a genuine answer's
//! tokens stray from the model's own choices (kernel rounding), what relevance its honest
//! answers reach, whether the judge can grade them. Each model's [`Calibration`] (measured by
//! `npm run calibrate`, docs/validator.md) is kept in [`Calibrations`]: its owner sets it once,
//! with the model's registration, and the Council may change it ([`Pallet::set_calibration`]).
//! Validators read it from here; the chain itself uses its `alpha_threshold`, which replaces
//! the global one for that model's rounds.
//!
//! Parameters are one governance-set value ([`Pallet::set_parameters`], Council or Root).
//! Windows and committee are fixed when a round opens; the slashing fractions and thresholds in
//! force at finalization apply. Slashes go through [`Slash`] (the Stakes pallet), which also
//! emits its own `Slashed` event.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod weights;

mod helpers;
mod impl_traits;
mod math;
mod rounds;
mod types;
pub mod migrations;
pub use math::*;
pub use types::*;

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::{
	frame_system,
	frame_support::{
		pallet_prelude::*, traits::Randomness, CloneNoBound, DebugNoBound, EqNoBound,
		PartialEqNoBound,
	},
	frame_system::pallet_prelude::*,
	sp_core::H256,
	sp_runtime::{
		traits::{
			AtLeast32BitUnsigned, BlakeTwo256, Hash as _, One, Saturating, UniqueSaturatedInto,
			Zero,
		},
		PerThing, Perbill, Permill,
	},
};
use scale_info::TypeInfo;
use sibyl_primitives::{
	Evaluation, ModelId, ModelOwnership, OnEvaluated, QualityEvaluation, ReputationInspect, Role,
	Slash, SlashReason, StakeInspect, Unevaluated,
};

pub use sibyl_primitives::SessionId;

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The stake balance (the staking currency's balance in the runtime).
		type Balance: Parameter + Member + AtLeast32BitUnsigned + Copy + MaxEncodedLen;
		/// Who is an active supplier or validator, and with what stake.
		type Stakes: StakeInspect<Self::AccountId, Self::Balance>;
		/// Slashes suppliers and validators.
		type Slash: Slash<Self::AccountId, Self::Balance>;
		/// Chain randomness for the relay sample and the committee draw.
		type Randomness: Randomness<Self::Hash, BlockNumberFor<Self>>;
		/// Told when a round ends or its batch is dropped (settlement).
		type OnEvaluated: OnEvaluated<Self::AccountId>;
		/// Who owns a model: its owner sets the model's first [`Calibration`].
		type Models: ModelOwnership<Self::AccountId>;
		/// Origin allowed to set parameters (Council or Root).
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Most relay digests in one committed batch.
		#[pallet::constant]
		type MaxRelaysPerCommit: Get<u32>;
		/// Largest committee; bounds `committee_size`.
		#[pallet::constant]
		type MaxCommitteeSize: Get<u32>;
		/// Most batches waiting for their round to open.
		#[pallet::constant]
		type MaxPendingBatches: Get<u32>;
		/// Most batches opened, and most rounds finalized, in one block.
		#[pallet::constant]
		type MaxRoundsPerBlock: Get<u32>;
		/// Finalized rounds whose [`RoundResult`] is kept, and sessions whose
		/// [`SessionQuality`] is kept per supplier; older ones are pruned as new ones come.
		#[pallet::constant]
		type ResultHistory: Get<u32>;
		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;
		/// Sets up, for the benchmarks, the state other pallets own.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self>;
	}

	/// TIQE+ parameters, changed by [`Pallet::set_parameters`].
	#[pallet::storage]
	pub type Parameters<T: Config> = StorageValue<_, TiqeParametersOf<T>, ValueQuery>;

	/// The id the next committed batch (and its round) gets.
	#[pallet::storage]
	pub type NextRoundId<T: Config> = StorageValue<_, RoundId, ValueQuery>;

	/// The oldest id that may still be pending: batches `PendingHead..NextRoundId` are queued.
	#[pallet::storage]
	pub type PendingHead<T: Config> = StorageValue<_, RoundId, ValueQuery>;

	/// Committed batches waiting for their round to open, by the round id they will use.
	#[pallet::storage]
	pub type Pending<T: Config> = StorageMap<_, Twox64Concat, RoundId, PendingBatch<T>>;

	/// Open rounds.
	#[pallet::storage]
	pub type Rounds<T: Config> = StorageMap<_, Twox64Concat, RoundId, RoundInfo<T>>;

	/// Committee members' votes in open rounds, by round then member.
	#[pallet::storage]
	pub type Votes<T: Config> =
		StorageDoubleMap<_, Twox64Concat, RoundId, Blake2_128Concat, T::AccountId, Vote>;

	/// How many members of each open round have committed and revealed (absent: none yet).
	#[pallet::storage]
	pub type Progress<T: Config> = StorageMap<_, Twox64Concat, RoundId, RoundProgress, ValueQuery>;

	/// Rounds to finalize at the start of each block (their `reveal_end`).
	#[pallet::storage]
	pub type RoundsEnding<T: Config> = StorageMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		BoundedVec<RoundId, T::MaxRoundsPerBlock>,
		ValueQuery,
	>;

	/// Outcome of each finalized round, for the last `ResultHistory` rounds.
	#[pallet::storage]
	pub type RoundResults<T: Config> = StorageMap<_, Twox64Concat, RoundId, RoundResult<T>>;

	/// Each supplier's α in its last finalized, non-void round.
	#[pallet::storage]
	pub type Quality<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Permill>;

	/// Each supplier's mean α per session, for its last `ResultHistory` sessions.
	#[pallet::storage]
	pub type SessionQuality<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		SessionId,
		SessionScore,
	>;

	/// Each supplier's reputation: an exponential moving average of its α.
	#[pallet::storage]
	pub type Reputation<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, Permill>;

	/// Open rounds each validator sits on (absent: none).
	#[pallet::storage]
	pub type OpenRounds<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Each calibrated model's [`Calibration`]; a model without one is scored with the
	/// validators' defaults and the parameters' `alpha_threshold`. At most one entry per
	/// registered model (model ids are never reused).
	#[pallet::storage]
	pub type Calibrations<T: Config> = StorageMap<_, Twox64Concat, ModelId, Calibration>;

	#[pallet::genesis_config]
	#[derive(polkadot_sdk::frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Initial TIQE+ parameters.
		pub parameters: TiqeParametersOf<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(Pallet::<T>::valid(&self.parameters), "invalid TIQE+ parameters");
			Parameters::<T>::put(self.parameters.clone());
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `relays` relay digests of `supplier` were queued (from a relay-mining proof or an
		/// audit); round `round` opens in a later block.
		RelaysCommitted {
			round: RoundId,
			supplier: T::AccountId,
			model: ModelId,
			session: SessionId,
			relays: u32,
		},
		/// A round opened. The committee commits before `commit_end` and reveals from
		/// `commit_end` until before `reveal_end`, where the round is finalized.
		RoundOpened {
			round: RoundId,
			supplier: T::AccountId,
			model: ModelId,
			session: SessionId,
			/// The sampled relay digests the supplier must reveal to the committee.
			relays: Vec<H256>,
			/// The committee, in draw order.
			committee: Vec<T::AccountId>,
			commit_end: BlockNumberFor<T>,
			reveal_end: BlockNumberFor<T>,
		},
		/// A batch was dropped because no validator could sit on its committee.
		BatchDropped { round: RoundId, supplier: T::AccountId, model: ModelId, session: SessionId },
		/// A committee member committed its score.
		ScoreCommitted { round: RoundId, who: T::AccountId, commitment: H256 },
		/// A committee member revealed its score.
		ScoreRevealed { round: RoundId, who: T::AccountId, alpha: Permill, withheld: bool },
		/// Every member of the round's committee committed: reveals are taken from
		/// `reveal_from` (the next block) instead of the end of the commit window.
		CommitsComplete { round: RoundId, reveal_from: BlockNumberFor<T> },
		/// Every member of the round's committee revealed: the round is finalized at
		/// `finalize_at` (the next block) instead of the end of the reveal window.
		RevealsComplete { round: RoundId, finalize_at: BlockNumberFor<T> },
		/// A round was finalized: the supplier's α for it (zero if withheld), the median of
		/// the revealed scores, the supplier's new reputation, how many members revealed and
		/// whether the relays were judged withheld.
		RoundFinalized {
			round: RoundId,
			supplier: T::AccountId,
			alpha: Permill,
			median: Permill,
			reputation: Permill,
			revealed: u32,
			withheld: bool,
		},
		/// The round has no result: too little of the committee's stake revealed (`NoQuorum`).
		/// Nobody was slashed for deviating; silent members were still slashed.
		RoundVoid { round: RoundId, supplier: T::AccountId, reason: Unevaluated, revealed: u32 },
		/// A committee member was slashed for deviating from the median or not revealing.
		ValidatorSlashed {
			round: RoundId,
			who: T::AccountId,
			reason: SlashReason,
			amount: T::Balance,
		},
		/// The supplier was slashed for withholding relays or low quality.
		SupplierSlashed {
			round: RoundId,
			supplier: T::AccountId,
			reason: SlashReason,
			amount: T::Balance,
		},
		/// The supplier's α fell below `alpha_threshold`.
		LowQuality { round: RoundId, supplier: T::AccountId, alpha: Permill, threshold: Permill },
		/// TIQE+ parameters changed.
		ParametersSet { parameters: TiqeParametersOf<T> },
		/// A model's calibration was set, or removed (`None`).
		CalibrationSet { model: ModelId, calibration: Option<Calibration> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller is not an active supplier of the model.
		NotSupplier,
		/// The batch has no relay digests.
		EmptyBatch,
		/// A relay digest appears twice in the batch.
		DuplicateRelay,
		/// `MaxPendingBatches` batches are already waiting; try again in a later block.
		TooManyPending,
		/// No such open round (never opened, dropped, or already finalized).
		UnknownRound,
		/// The caller is not on the round's committee.
		NotInCommittee,
		/// The round's commit window is over.
		NotCommitPhase,
		/// The round is not in its reveal window.
		NotRevealPhase,
		/// The caller already committed in this round.
		AlreadyCommitted,
		/// The caller did not commit in this round.
		NotCommitted,
		/// The caller already revealed in this round.
		AlreadyRevealed,
		/// The reveal does not hash to the commitment.
		CommitmentMismatch,
		/// A parameter is out of range: committee size, relays per round or a window is zero,
		/// or a size exceeds its bound.
		InvalidParameters,
		/// An arithmetic overflow.
		Overflow,
		/// No such model in the registry.
		UnknownModel,
		/// A calibration is out of range: a tolerance or count above its bound, or the
		/// relevance band's low end above its high end.
		InvalidCalibration,
		/// The model already has a calibration, or the caller does not own the model: only the
		/// Council (or Root) changes a calibration once set.
		CalibrationLocked,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Finalizes the rounds whose reveal window ended, then opens queued batches.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let mut weight = T::WeightInfo::on_initialize_base();
			for round in RoundsEnding::<T>::take(now) {
				weight.saturating_accrue(Self::finalize(round));
			}
			weight.saturating_accrue(Self::open_pending(now));
			weight
		}

		fn integrity_test() {
			assert!(T::MaxRelaysPerCommit::get() >= 1, "MaxRelaysPerCommit must be at least 1");
			assert!(T::MaxCommitteeSize::get() >= 1, "MaxCommitteeSize must be at least 1");
			assert!(T::MaxPendingBatches::get() >= 1, "MaxPendingBatches must be at least 1");
			// Otherwise no round would ever open or finalize.
			assert!(T::MaxRoundsPerBlock::get() >= 1, "MaxRoundsPerBlock must be at least 1");
			assert!(T::ResultHistory::get() >= 1, "ResultHistory must be at least 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Queue an audit: an evaluation of distinct relay digests `supplier` served for
		/// `model` in `session`, by Root or a Council majority (for example relays an
		/// application reported). `supplier` must be an active supplier of `model`. Each digest
		/// is `blake2_256(SCALE(envelope) ++ SCALE(response metadata))`. The batch's round opens
		/// in a later block.
		///
		/// Rounds otherwise come from settlement, for the relays a relay-mining proof opened
		/// (chosen by chain randomness). A supplier may not queue its own: relays it picked
		/// would let it raise its reputation on prompts of its choosing.
		///
		/// Emits [`Event::RelaysCommitted`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::commit_relays(
			(relays.len() as u32).min(T::MaxRelaysPerCommit::get())
		))]
		pub fn commit_relays(
			origin: OriginFor<T>,
			supplier: T::AccountId,
			model: ModelId,
			session: SessionId,
			relays: BoundedVec<H256, T::MaxRelaysPerCommit>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(!relays.is_empty(), Error::<T>::EmptyBatch);
			ensure!(T::Stakes::serves(&supplier, model), Error::<T>::NotSupplier);
			let mut sorted = relays.to_vec();
			sorted.sort_unstable();
			ensure!(sorted.windows(2).all(|w| w[0] != w[1]), Error::<T>::DuplicateRelay);
			Self::enqueue(supplier, model, session, relays)?;
			Ok(())
		}

		/// Commit to a score in `round`, as a member of its committee, during the commit
		/// window. `commitment` is `blake2_256(SCALE((round: u64, who: AccountId, alpha:
		/// Permill, withheld: bool, salt: [u8; 32])))`. The last member to commit closes the
		/// commit window: reveals are taken from the next block.
		///
		/// Emits [`Event::ScoreCommitted`], and [`Event::CommitsComplete`] for the last member.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::commit_score(T::MaxCommitteeSize::get())
			// Progress, and the round's new commit end (until re-benchmarked: docs/network.md).
			.saturating_add(T::DbWeight::get().reads_writes(1, 2)))]
		pub fn commit_score(
			origin: OriginFor<T>,
			round: RoundId,
			commitment: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let info = Rounds::<T>::get(round).ok_or(Error::<T>::UnknownRound)?;
			ensure!(info.committee.iter().any(|(m, _)| *m == who), Error::<T>::NotInCommittee);
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(now >= info.opened_at && now < info.commit_end, Error::<T>::NotCommitPhase);
			ensure!(!Votes::<T>::contains_key(round, &who), Error::<T>::AlreadyCommitted);
			Votes::<T>::insert(round, &who, Vote { commitment, revealed: None });
			Self::deposit_event(Event::ScoreCommitted { round, who, commitment });
			Self::note_commit(round, info, now);
			Ok(())
		}

		/// Reveal the score committed in `round`, during the reveal window. `alpha` is the
		/// caller's quality score for the sampled relays; `withheld` says the supplier did not
		/// reveal them (vote α = 0 then). Fails unless the arguments and the caller hash to the
		/// commitment. After the last member's reveal the round is finalized in the next block.
		///
		/// Emits [`Event::ScoreRevealed`], and [`Event::RevealsComplete`] for the last member.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::reveal_score(T::MaxCommitteeSize::get())
			// Progress, the round, and moving it between two blocks' `RoundsEnding` (until
			// re-benchmarked: docs/network.md).
			.saturating_add(T::DbWeight::get().reads_writes(3, 4)))]
		pub fn reveal_score(
			origin: OriginFor<T>,
			round: RoundId,
			alpha: Permill,
			withheld: bool,
			salt: [u8; 32],
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let info = Rounds::<T>::get(round).ok_or(Error::<T>::UnknownRound)?;
			ensure!(info.committee.iter().any(|(m, _)| *m == who), Error::<T>::NotInCommittee);
			let now = frame_system::Pallet::<T>::block_number();
			ensure!(now >= info.commit_end && now < info.reveal_end, Error::<T>::NotRevealPhase);
			let mut vote = Votes::<T>::get(round, &who).ok_or(Error::<T>::NotCommitted)?;
			ensure!(vote.revealed.is_none(), Error::<T>::AlreadyRevealed);
			ensure!(
				Self::commitment(round, &who, alpha, withheld, &salt) == vote.commitment,
				Error::<T>::CommitmentMismatch
			);
			vote.revealed = Some(Score { alpha, withheld });
			Votes::<T>::insert(round, &who, vote);
			Self::deposit_event(Event::ScoreRevealed { round, who, alpha, withheld });
			Self::note_reveal(round, info, now);
			Ok(())
		}

		/// Set the TIQE+ parameters. Committee size and windows of rounds already open do not
		/// change; slashing fractions and thresholds apply from the next finalization.
		///
		/// Emits [`Event::ParametersSet`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::set_parameters())]
		pub fn set_parameters(
			origin: OriginFor<T>,
			parameters: TiqeParametersOf<T>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(Self::valid(&parameters), Error::<T>::InvalidParameters);
			Parameters::<T>::put(parameters.clone());
			Self::deposit_event(Event::ParametersSet { parameters });
			Ok(())
		}

		/// Set `model`'s calibration, or remove it (`None`). The model's owner may set the
		/// first one, as part of publishing the model; after that only the Council (or Root)
		/// may change or remove it, so a calibration validators already apply is not loosened
		/// by the party whose model it judges. Rounds finalized from the next block use the new
		/// `alpha_threshold`; validators pick up the rest as they score.
		///
		/// Emits [`Event::CalibrationSet`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_calibration())]
		pub fn set_calibration(
			origin: OriginFor<T>,
			model: ModelId,
			calibration: Option<Calibration>,
		) -> DispatchResult {
			let (owner, _) = T::Models::royalty(model).ok_or(Error::<T>::UnknownModel)?;
			if T::AdminOrigin::try_origin(origin.clone()).is_err() {
				let who = ensure_signed(origin)?;
				ensure!(
					who == owner && calibration.is_some() && !Calibrations::<T>::contains_key(model),
					Error::<T>::CalibrationLocked
				);
			}
			match &calibration {
				Some(c) => {
					ensure!(c.is_valid(), Error::<T>::InvalidCalibration);
					Calibrations::<T>::insert(model, c);
				},
				None => Calibrations::<T>::remove(model),
			}
			Self::deposit_event(Event::CalibrationSet { model, calibration });
			Ok(())
		}
	}
}
