//! The types the TIQE+ pallet stores and takes: round ids, parameters, calibrations, batches,
//! rounds, votes and results.

use super::*;

/// Identifier of an evaluation round. Assigned sequentially when a batch is committed; a batch
/// that is dropped leaves its id unused.
pub type RoundId = u64;

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

/// How many of an open round's committee have committed and revealed: when all have, the
/// round moves on without waiting out its window.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default,
)]
pub struct RoundProgress {
	/// Members that committed.
	pub committed: u32,
	/// Members that revealed.
	pub revealed: u32,
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
