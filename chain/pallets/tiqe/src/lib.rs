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
//! 5. **Finalization** in `on_initialize` of the block where the reveal window ends:
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
			AtLeast32BitUnsigned, BlakeTwo256, Hash as _, Saturating, UniqueSaturatedInto, Zero,
		},
		PerThing, Perbill, Permill,
	},
};
use scale_info::TypeInfo;
use sibyl_primitives::{
	Evaluation, ModelId, ModelOwnership, OnEvaluated, QualityEvaluation, ReputationInspect, Role,
	Slash, SlashReason, StakeInspect, Unevaluated,
};

/// Identifier of an evaluation round. Assigned sequentially when a batch is committed; a batch
/// that is dropped leaves its id unused.
pub type RoundId = u64;

pub use sibyl_primitives::SessionId;

/// The subject passed to [`Config::Randomness`]; the round id is appended, SCALE-encoded.
pub const RANDOMNESS_SUBJECT: &[u8] = b"sibyl/tiqe";
/// Domain of the random stream that samples relays.
pub const RELAY_DOMAIN: &[u8] = b"relays";
/// Domain of the random stream that draws the committee.
pub const COMMITTEE_DOMAIN: &[u8] = b"committee";

/// Two thirds, rounded up to the part: "more than two thirds" excludes exactly two thirds.
pub const TWO_THIRDS: Perbill = Perbill::from_parts(666_666_667);

/// Governance-set TIQE+ parameters.
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
pub struct TiqeParameters<BlockNumber> {
	/// Validators drawn per round; at least 1 and at most `MaxCommitteeSize`.
	pub committee_size: u32,
	/// Relays sampled per round from the committed batch (fewer if the batch is smaller); at
	/// least 1 and at most `MaxRelaysPerCommit`.
	pub relays_per_round: u32,
	/// Blocks, from the opening block, in which committee members may commit; at least 1.
	pub commit_window: BlockNumber,
	/// Blocks after the commit window in which members may reveal; at least 1.
	pub reveal_window: BlockNumber,
	/// Largest |α − median| a revealer may have without being slashed.
	pub deviation_threshold: Permill,
	/// Share of a deviating validator's bond that is slashed.
	pub deviation_slash: Perbill,
	/// Share of the bond of a committee member who did not reveal that is slashed.
	pub missing_reveal_slash: Perbill,
	/// Share of a supplier's bond slashed when the committee's majority says it withheld the
	/// sampled relays.
	pub withheld_slash: Perbill,
	/// α below which a round reports [`Event::LowQuality`].
	pub alpha_threshold: Permill,
	/// Share of a supplier's bond slashed for a low-quality round; zero disables it.
	pub low_quality_slash: Perbill,
	/// Weight `w` of the newest α in the reputation EMA.
	pub reputation_weight: Permill,
	/// Share of the committee's stake that must reveal, strictly exceeded, for a round to be
	/// scored and deviations slashed.
	pub quorum: Perbill,
	/// Most open rounds one validator sits on at once; at least 1.
	pub max_open_rounds: u32,
}

impl<BlockNumber: From<u32>> Default for TiqeParameters<BlockNumber> {
	fn default() -> Self {
		Self {
			committee_size: 3,
			relays_per_round: 2,
			commit_window: 4u32.into(),
			reveal_window: 4u32.into(),
			deviation_threshold: Permill::from_percent(20),
			deviation_slash: Perbill::from_percent(10),
			missing_reveal_slash: Perbill::from_percent(5),
			withheld_slash: Perbill::from_percent(10),
			alpha_threshold: Permill::from_percent(50),
			low_quality_slash: Perbill::zero(),
			reputation_weight: Permill::from_percent(30),
			quorum: TWO_THIRDS,
			max_open_rounds: 4,
		}
	}
}

/// The parameters type of a runtime.
pub type TiqeParametersOf<T> = TiqeParameters<BlockNumberFor<T>>;

/// How validators score one model's relays, measured on the model by `npm run calibrate`
/// against its degraded variants (docs/validator.md, "Calibration"). Validators read it from
/// chain, so every committee member applies the same thresholds.
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
pub struct Calibration {
	/// Greedy relays: how far, in thousandths of a nat, a token may trail the model's own
	/// choice before it is a violation (batched prefill and one-token decoding round apart).
	pub greedy_tolerance_milli: u32,
	/// Greedy relays: violations a genuine answer may show.
	pub greedy_max_violations: u32,
	/// Seeded sampled relays: how far a replayed draw may land from its token's interval
	/// before it is a miss.
	pub replay_tolerance: Permill,
	/// Seeded sampled relays: misses a genuine answer may show, plus `replay_allowed_share`
	/// of its tokens.
	pub replay_allowed_misses: u32,
	/// See `replay_allowed_misses`.
	pub replay_allowed_share: Permill,
	/// Sampled relays without a seed (no replay): tempered margin (logit gap over the
	/// temperature), in thousandths of a nat, beyond which a token is implausible.
	pub unseeded_margin_milli: u32,
	/// Sampled relays without a seed: share of implausible tokens a genuine answer may show.
	pub unseeded_allowed_share: Permill,
	/// Relevance below which an answer is irrelevant (its quality 0).
	pub relevance_low: Permill,
	/// Relevance at or above which an answer is relevant (its quality 1); between the two
	/// quality rises linearly and the judge is asked, if it has a weight.
	pub relevance_high: Permill,
	/// The judge's weight in an answer's quality where it runs; zero unless the judge's
	/// calibration showed it separates good answers from bad on this model.
	pub judge_weight: Permill,
	/// α below which a round of this model is low quality; replaces the parameters'
	/// `alpha_threshold` for this model.
	pub alpha_threshold: Permill,
}

/// Largest `greedy_tolerance_milli` and `unseeded_margin_milli` (50 nats): beyond it any
/// token passes.
pub const MAX_MARGIN_MILLI: u32 = 50_000;
/// Largest allowed violation or miss count: beyond it no answer fails.
pub const MAX_ALLOWED_MISSES: u32 = 1_024;

impl Calibration {
	/// Whether the calibration is in range: tolerances and counts bounded, and the relevance
	/// band ordered.
	pub fn is_valid(&self) -> bool {
		self.greedy_tolerance_milli <= MAX_MARGIN_MILLI &&
			self.unseeded_margin_milli <= MAX_MARGIN_MILLI &&
			self.greedy_max_violations <= MAX_ALLOWED_MISSES &&
			self.replay_allowed_misses <= MAX_ALLOWED_MISSES &&
			self.relevance_low <= self.relevance_high
	}
}

/// A committed batch of relay digests waiting for its round to open.
#[derive(
	Encode,
	Decode,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct PendingBatch<T: Config> {
	/// The supplier that served the relays.
	pub supplier: T::AccountId,
	/// The model served.
	pub model: ModelId,
	/// The session the relays belong to.
	pub session: SessionId,
	/// Distinct relay digests.
	pub relays: BoundedVec<H256, T::MaxRelaysPerCommit>,
	/// Block of the commitment; the round opens in a later block.
	pub committed_at: BlockNumberFor<T>,
}

/// An open round.
#[derive(
	Encode,
	Decode,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct RoundInfo<T: Config> {
	/// The supplier under evaluation.
	pub supplier: T::AccountId,
	/// The model served.
	pub model: ModelId,
	/// The session the relays belong to.
	pub session: SessionId,
	/// The sampled relay digests the supplier must reveal to the committee.
	pub relays: BoundedVec<H256, T::MaxRelaysPerCommit>,
	/// The committee, each member with its active validator stake when it was drawn (its
	/// weight in the median).
	pub committee: BoundedVec<(T::AccountId, T::Balance), T::MaxCommitteeSize>,
	/// Block in which the round opened; commits are accepted from it on.
	pub opened_at: BlockNumberFor<T>,
	/// First block of the reveal window; commits are accepted before it.
	pub commit_end: BlockNumberFor<T>,
	/// Block in which the round is finalized; reveals are accepted before it.
	pub reveal_end: BlockNumberFor<T>,
}

/// A revealed score.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
)]
pub struct Score {
	/// The validator's α for the sampled relays.
	pub alpha: Permill,
	/// Whether the supplier withheld the sampled relays.
	pub withheld: bool,
}

/// A committee member's vote.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
)]
pub struct Vote {
	/// `blake2_256(SCALE((round, who, alpha, withheld, salt)))`.
	pub commitment: H256,
	/// The revealed score, once revealed.
	pub revealed: Option<Score>,
}

/// A supplier's mean α over the rounds of one session.
#[derive(
	Encode,
	Decode,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
)]
pub struct SessionScore {
	/// Mean α of the session's finalized, non-void rounds (rounded to the nearest part).
	pub mean: Permill,
	/// Number of those rounds.
	pub rounds: u32,
}

/// What remains of a finalized round.
#[derive(
	Encode,
	Decode,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct RoundResult<T: Config> {
	/// The supplier evaluated.
	pub supplier: T::AccountId,
	/// The stake-weighted median of the revealed α; `None` if the round was void.
	pub median: Option<Permill>,
	/// The α recorded for the supplier: the median, or zero if withheld; `None` if void.
	pub alpha: Option<Permill>,
	/// How many committee members revealed.
	pub revealed: u32,
	/// Whether a majority of the revealed stake said the relays were withheld.
	pub withheld: bool,
}

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

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
		/// Permill, withheld: bool, salt: [u8; 32])))`.
		///
		/// Emits [`Event::ScoreCommitted`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::commit_score(T::MaxCommitteeSize::get()))]
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
			Ok(())
		}

		/// Reveal the score committed in `round`, during the reveal window. `alpha` is the
		/// caller's quality score for the sampled relays; `withheld` says the supplier did not
		/// reveal them (vote α = 0 then). Fails unless the arguments and the caller hash to the
		/// commitment.
		///
		/// Emits [`Event::ScoreRevealed`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::reveal_score(T::MaxCommitteeSize::get()))]
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

	impl<T: Config> Pallet<T> {
		/// The commitment a committee member posts: `blake2_256` of the SCALE encoding of the
		/// tuple `(round, who, alpha, withheld, salt)`, i.e. `u64` LE ++ the account's encoding
		/// (32 bytes for `AccountId32`) ++ α's parts as `u32` LE ++ one byte `0`/`1` ++ the 32
		/// salt bytes.
		pub fn commitment(
			round: RoundId,
			who: &T::AccountId,
			alpha: Permill,
			withheld: bool,
			salt: &[u8; 32],
		) -> H256 {
			BlakeTwo256::hash_of(&(round, who, alpha, withheld, salt))
		}

		/// Queues a batch of distinct relays for a round that opens in a later block.
		pub(crate) fn enqueue(
			supplier: T::AccountId,
			model: ModelId,
			session: SessionId,
			relays: BoundedVec<H256, T::MaxRelaysPerCommit>,
		) -> Result<RoundId, DispatchError> {
			let round = NextRoundId::<T>::get();
			ensure!(
				round.saturating_sub(PendingHead::<T>::get()) <
					u64::from(T::MaxPendingBatches::get()),
				Error::<T>::TooManyPending
			);
			let next = round.checked_add(1).ok_or(Error::<T>::Overflow)?;
			let count = relays.len() as u32;
			Pending::<T>::insert(
				round,
				PendingBatch {
					supplier: supplier.clone(),
					model,
					session,
					relays,
					committed_at: frame_system::Pallet::<T>::block_number(),
				},
			);
			NextRoundId::<T>::put(next);
			Self::deposit_event(Event::RelaysCommitted {
				round,
				supplier,
				model,
				session,
				relays: count,
			});
			Ok(round)
		}

		/// The α below which a round of `model` is low quality: its calibration's, else the
		/// parameters'.
		pub fn alpha_threshold(model: ModelId, params: &TiqeParametersOf<T>) -> Permill {
			Calibrations::<T>::get(model).map_or(params.alpha_threshold, |c| c.alpha_threshold)
		}

		/// Whether `parameters` may be set.
		pub fn valid(parameters: &TiqeParametersOf<T>) -> bool {
			parameters.committee_size >= 1 &&
				parameters.committee_size <= T::MaxCommitteeSize::get() &&
				parameters.relays_per_round >= 1 &&
				parameters.relays_per_round <= T::MaxRelaysPerCommit::get() &&
				!parameters.commit_window.is_zero() &&
				!parameters.reveal_window.is_zero() &&
				parameters.max_open_rounds >= 1
		}

		/// Whether `revealed` of a committee's `total` stake is a quorum: strictly more than
		/// `quorum` of it, compared exactly (`revealed / total > parts / 10⁹`).
		pub fn is_quorum(quorum: Perbill, revealed: u128, total: u128) -> bool {
			revealed.saturating_mul(u128::from(Perbill::ACCURACY)) >
				total.saturating_mul(u128::from(quorum.deconstruct()))
		}

		/// The random seed of `round` in the current block: the SCALE encoding of
		/// `Randomness::random(SCALE((RANDOMNESS_SUBJECT, round))).0`.
		pub fn round_seed(round: RoundId) -> Vec<u8> {
			T::Randomness::random(&(RANDOMNESS_SUBJECT, round).encode()).0.encode()
		}

		/// Opens up to `MaxRoundsPerBlock` queued batches committed before `now`, oldest first.
		/// A batch whose finalization block is already full, or whose committee cannot be filled
		/// from validators with room for another round, waits (with every later batch) for a
		/// later block. The active validators are read once per block, however many rounds open.
		fn open_pending(now: BlockNumberFor<T>) -> Weight {
			let params = Parameters::<T>::get();
			let max = T::MaxRoundsPerBlock::get();
			let next = NextRoundId::<T>::get();
			let mut head = PendingHead::<T>::get();
			let mut weight = Weight::zero();
			let mut validators: Option<Vec<(T::AccountId, T::Balance, u32)>> = None;
			let mut processed = 0u32;
			while head < next && processed < max {
				processed = processed.saturating_add(1);
				let Some(batch) = Pending::<T>::get(head) else {
					head = head.saturating_add(1);
					continue;
				};
				if batch.committed_at >= now {
					break;
				}
				let commit_end = now.saturating_add(params.commit_window);
				let reveal_end = commit_end.saturating_add(params.reveal_window);
				if RoundsEnding::<T>::decode_len(reveal_end).unwrap_or(0) >= max as usize {
					break;
				}
				let validators = validators.get_or_insert_with(|| {
					let members = T::Stakes::active_members(Role::Validator);
					weight.saturating_accrue(T::WeightInfo::read_validators(members.len() as u32));
					let mut with_load: Vec<_> = members
						.into_iter()
						.map(|(who, stake)| {
							let open = OpenRounds::<T>::get(&who);
							(who, stake, open)
						})
						.collect();
					// Storage iteration order is an implementation detail: sort so that the
					// draw depends only on the set of validators and the seed.
					with_load.sort_by(|a, b| a.0.cmp(&b.0));
					with_load
				});
				let opened =
					Self::open_round(head, &batch, validators, &params, now, commit_end, reveal_end);
				weight.saturating_accrue(T::WeightInfo::open_round(
					validators.len() as u32,
					batch.relays.len() as u32,
				));
				if !opened {
					break;
				}
				Pending::<T>::remove(head);
				head = head.saturating_add(1);
			}
			PendingHead::<T>::put(head);
			weight
		}

		/// Samples the relays, draws the committee from `validators` (with their open-round
		/// counts, updated here) and stores the round; or drops the batch if no validator other
		/// than the supplier is active. Returns false, changing nothing, when the committee
		/// cannot be filled from validators with room for another round.
		pub(crate) fn open_round(
			round: RoundId,
			batch: &PendingBatch<T>,
			validators: &mut [(T::AccountId, T::Balance, u32)],
			params: &TiqeParametersOf<T>,
			now: BlockNumberFor<T>,
			commit_end: BlockNumberFor<T>,
			reveal_end: BlockNumberFor<T>,
		) -> bool {
			let PendingBatch { supplier, model, session, relays, .. } = batch.clone();
			let eligible: Vec<usize> =
				(0..validators.len()).filter(|&i| validators[i].0 != supplier).collect();
			if eligible.is_empty() {
				Self::deposit_event(Event::BatchDropped {
					round,
					supplier: supplier.clone(),
					model,
					session,
				});
				T::OnEvaluated::on_evaluated(Evaluation {
					round,
					supplier,
					alpha: Err(Unevaluated::NoValidators),
					honest: Vec::new(),
				});
				return true;
			}
			let k = (params.committee_size.min(T::MaxCommitteeSize::get()) as usize)
				.min(eligible.len());
			let with_room: Vec<usize> = eligible
				.into_iter()
				.filter(|&i| validators[i].2 < params.max_open_rounds)
				.collect();
			if with_room.len() < k {
				return false;
			}
			let seed = Self::round_seed(round);
			let sampled: Vec<H256> =
				sample_distinct(&seed, relays.len(), params.relays_per_round as usize)
					.into_iter()
					.map(|i| relays[i])
					.collect();
			let weights: Vec<u128> = with_room
				.iter()
				.map(|&i| validators[i].1.unique_saturated_into())
				.collect();
			let mut committee: Vec<(T::AccountId, T::Balance)> = Vec::with_capacity(k);
			for drawn in weighted_sample(&seed, &weights, k) {
				let entry = &mut validators[with_room[drawn]];
				entry.2 = entry.2.saturating_add(1);
				OpenRounds::<T>::insert(&entry.0, entry.2);
				committee.push((entry.0.clone(), entry.1));
			}
			let info = RoundInfo::<T> {
				supplier: supplier.clone(),
				model,
				session,
				relays: BoundedVec::truncate_from(sampled.clone()),
				committee: BoundedVec::truncate_from(committee.clone()),
				opened_at: now,
				commit_end,
				reveal_end,
			};
			// `open_pending` checked that there is room.
			let _ = RoundsEnding::<T>::try_mutate(reveal_end, |ending| ending.try_push(round));
			Rounds::<T>::insert(round, info);
			Self::deposit_event(Event::RoundOpened {
				round,
				supplier,
				model,
				session,
				relays: sampled,
				committee: committee.into_iter().map(|(who, _)| who).collect(),
				commit_end,
				reveal_end,
			});
			true
		}

		/// Tallies a round whose reveal window ended: slashes, scores, cleanup.
		pub(crate) fn finalize(round: RoundId) -> Weight {
			let Some(info) = Rounds::<T>::take(round) else {
				return T::DbWeight::get().reads(1);
			};
			let history = u64::from(T::ResultHistory::get());
			if let Some(old) = round.checked_sub(history) {
				RoundResults::<T>::remove(old);
			}
			if let Some(old) = info.session.checked_sub(history) {
				SessionQuality::<T>::remove(&info.supplier, old);
			}
			let weight = T::WeightInfo::finalize_round(info.committee.len() as u32);
			let params = Parameters::<T>::get();
			let mut revealed: Vec<(T::AccountId, u128, Score)> = Vec::new();
			let mut committee_stake = 0u128;
			for (who, stake) in info.committee.iter() {
				OpenRounds::<T>::mutate_exists(who, |open| {
					*open = open.map(|n| n.saturating_sub(1)).filter(|n| *n > 0)
				});
				// Active stakes are never zero; the floor only guards the arithmetic.
				let w = UniqueSaturatedInto::<u128>::unique_saturated_into(*stake).max(1);
				committee_stake = committee_stake.saturating_add(w);
				match Votes::<T>::take(round, who).and_then(|vote| vote.revealed) {
					Some(score) => revealed.push((who.clone(), w, score)),
					None => Self::slash_validator(
						round,
						who,
						params.missing_reveal_slash,
						SlashReason::MissingScoreReveal,
					),
				}
			}
			let votes: Vec<(Permill, u128)> =
				revealed.iter().map(|(_, w, s)| (s.alpha, *w)).collect();
			let revealed_stake = votes.iter().fold(0u128, |sum, (_, w)| sum.saturating_add(*w));
			let median = weighted_median(&votes)
				.filter(|_| Self::is_quorum(params.quorum, revealed_stake, committee_stake));
			let Some(median) = median else {
				let count = revealed.len() as u32;
				RoundResults::<T>::insert(
					round,
					RoundResult {
						supplier: info.supplier.clone(),
						median: None,
						alpha: None,
						revealed: count,
						withheld: false,
					},
				);
				Self::deposit_event(Event::RoundVoid {
					round,
					supplier: info.supplier.clone(),
					reason: Unevaluated::NoQuorum,
					revealed: count,
				});
				let told = T::OnEvaluated::on_evaluated(Evaluation {
					round,
					supplier: info.supplier,
					alpha: Err(Unevaluated::NoQuorum),
					honest: Vec::new(),
				});
				return weight.saturating_add(told);
			};
			let threshold = params.deviation_threshold.deconstruct();
			let mut honest = Vec::new();
			for (who, stake, score) in revealed.iter() {
				if score.alpha.deconstruct().abs_diff(median.deconstruct()) > threshold {
					Self::slash_validator(
						round,
						who,
						params.deviation_slash,
						SlashReason::ScoreDeviation,
					);
				} else {
					honest.push((who.clone(), *stake));
				}
			}
			let total = revealed.iter().fold(0u128, |sum, (_, w, _)| sum.saturating_add(*w));
			let withheld_stake = revealed
				.iter()
				.filter(|(_, _, s)| s.withheld)
				.fold(0u128, |sum, (_, w, _)| sum.saturating_add(*w));
			let withheld = withheld_stake > total.saturating_sub(withheld_stake);
			let supplier = info.supplier;
			if withheld {
				Self::slash_supplier(
					round,
					&supplier,
					params.withheld_slash,
					SlashReason::MissingRelayReveal,
				);
			}
			let alpha = if withheld { Permill::zero() } else { median };
			Quality::<T>::insert(&supplier, alpha);
			SessionQuality::<T>::mutate(&supplier, info.session, |score| {
				let score = score.get_or_insert_with(SessionScore::default);
				score.mean = running_mean(score.mean, score.rounds, alpha);
				score.rounds = score.rounds.saturating_add(1);
			});
			let reputation = match Reputation::<T>::get(&supplier) {
				Some(previous) => ema(previous, alpha, params.reputation_weight),
				None => alpha,
			};
			Reputation::<T>::insert(&supplier, reputation);
			let threshold = Self::alpha_threshold(info.model, &params);
			if alpha < threshold {
				Self::deposit_event(Event::LowQuality {
					round,
					supplier: supplier.clone(),
					alpha,
					threshold,
				});
				Self::slash_supplier(
					round,
					&supplier,
					params.low_quality_slash,
					SlashReason::LowQuality,
				);
			}
			let count = revealed.len() as u32;
			RoundResults::<T>::insert(
				round,
				RoundResult {
					supplier: supplier.clone(),
					median: Some(median),
					alpha: Some(alpha),
					revealed: count,
					withheld,
				},
			);
			Self::deposit_event(Event::RoundFinalized {
				round,
				supplier: supplier.clone(),
				alpha,
				median,
				reputation,
				revealed: count,
				withheld,
			});
			let told =
				T::OnEvaluated::on_evaluated(Evaluation { round, supplier, alpha: Ok(alpha), honest });
			weight.saturating_add(told)
		}

		/// Slashes a committee member's validator bond; a zero fraction does nothing, and a
		/// member who has since left the role entirely cannot be slashed.
		fn slash_validator(
			round: RoundId,
			who: &T::AccountId,
			fraction: Perbill,
			reason: SlashReason,
		) {
			if fraction.is_zero() {
				return;
			}
			if let Ok(amount) = T::Slash::slash(who, Role::Validator, fraction, reason) {
				Self::deposit_event(Event::ValidatorSlashed {
					round,
					who: who.clone(),
					reason,
					amount,
				});
			}
		}

		/// Slashes the supplier's bond; a zero fraction does nothing.
		fn slash_supplier(
			round: RoundId,
			supplier: &T::AccountId,
			fraction: Perbill,
			reason: SlashReason,
		) {
			if fraction.is_zero() {
				return;
			}
			if let Ok(amount) = T::Slash::slash(supplier, Role::Supplier, fraction, reason) {
				Self::deposit_event(Event::SupplierSlashed {
					round,
					supplier: supplier.clone(),
					reason,
					amount,
				});
			}
		}
	}
}

impl<T: Config> QualityEvaluation<T::AccountId> for Pallet<T> {
	fn request_evaluation(
		supplier: &T::AccountId,
		model: ModelId,
		session: SessionId,
		relays: Vec<[u8; 32]>,
	) -> Result<RoundId, Unevaluated> {
		// Proof paths may open one relay twice; a round samples distinct relays.
		let mut distinct: Vec<H256> = relays.into_iter().map(H256::from).collect();
		distinct.sort_unstable();
		distinct.dedup();
		// Nothing to score is no round (callers always pass at least one relay).
		if distinct.is_empty() {
			return Err(Unevaluated::NoValidators);
		}
		let relays = BoundedVec::truncate_from(distinct);
		Self::enqueue(supplier.clone(), model, session, relays).map_err(|_| Unevaluated::QueueFull)
	}
}

impl<T: Config> ReputationInspect<T::AccountId> for Pallet<T> {
	fn reputation(supplier: &T::AccountId) -> Option<Permill> {
		Reputation::<T>::get(supplier)
	}
}

pub use sibyl_primitives::sampling::random_below;

/// `min(k, n)` distinct indices of `0..n`, uniformly at random, by a partial Fisher–Yates
/// shuffle on the [`RELAY_DOMAIN`] stream of `seed`: draw `i` swaps position `i` with
/// `i + random_below(n − i)`.
pub fn sample_distinct(seed: &[u8], n: usize, k: usize) -> Vec<usize> {
	let mut indices: Vec<usize> = (0..n).collect();
	let k = k.min(n);
	for i in 0..k {
		let span = (n - i) as u128;
		let j = i + random_below(seed, RELAY_DOMAIN, i as u32, span) as usize;
		indices.swap(i, j);
	}
	indices.truncate(k);
	indices
}

/// `min(k, n)` distinct indices of `weights`, drawn by stake without replacement on the
/// [`COMMITTEE_DOMAIN`] stream of `seed` (see [`sibyl_primitives::sampling::weighted_sample`]).
pub fn weighted_sample(seed: &[u8], weights: &[u128], k: usize) -> Vec<usize> {
	sibyl_primitives::sampling::weighted_sample(seed, COMMITTEE_DOMAIN, weights, k)
}

/// The stake-weighted median of `votes` (α, weight): the lowest α at which the cumulative
/// weight of the votes at or below it is at least half of the total weight. `None` without
/// votes. With less than a third of the weight adversarial, the result lies within the range of
/// the honest votes.
pub fn weighted_median(votes: &[(Permill, u128)]) -> Option<Permill> {
	let mut sorted = votes.to_vec();
	sorted.sort_by_key(|(alpha, _)| *alpha);
	let total = sorted.iter().fold(0u128, |sum, (_, w)| sum.saturating_add(*w));
	let mut cumulative = 0u128;
	for (alpha, weight) in sorted.iter() {
		cumulative = cumulative.saturating_add(*weight);
		// cumulative ≥ total / 2, without overflow or rounding.
		if cumulative >= total.saturating_sub(cumulative) {
			return Some(*alpha);
		}
	}
	sorted.last().map(|(alpha, _)| *alpha)
}

/// `rep·(1−w) + α·w`, rounded to the nearest part.
pub fn ema(rep: Permill, alpha: Permill, w: Permill) -> Permill {
	let one = u64::from(Permill::ACCURACY);
	let (r, a, w) = (
		u64::from(rep.deconstruct()),
		u64::from(alpha.deconstruct()),
		u64::from(w.deconstruct()),
	);
	let sum = r
		.saturating_mul(one.saturating_sub(w))
		.saturating_add(a.saturating_mul(w))
		.saturating_add(one / 2);
	Permill::from_parts((sum / one) as u32)
}

/// The mean of `rounds` values averaging `mean` and one more value `alpha`, rounded to the
/// nearest part.
pub fn running_mean(mean: Permill, rounds: u32, alpha: Permill) -> Permill {
	let n = u64::from(rounds);
	let sum = u64::from(mean.deconstruct())
		.saturating_mul(n)
		.saturating_add(u64::from(alpha.deconstruct()));
	let count = n.saturating_add(1);
	Permill::from_parts((sum.saturating_add(count / 2) / count) as u32)
}
