//! The types the relay-mining pallet stores and takes: parameters, claims, proofs, windows and
//! difficulty.

use super::*;

/// Governance-set relay-mining parameters.
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
pub struct MiningParameters<BlockNumber> {
	/// Blocks after a session's end before its claim window opens (relays still in flight).
	pub claim_delay: BlockNumber,
	/// Blocks in which claims are accepted; at least 1.
	pub claim_window: BlockNumber,
	/// Blocks in which proofs are accepted, from the claim window's close; at least 1.
	pub proof_window: BlockNumber,
	/// Paths a proof opens while the claim is worth no more than the slash that backs it; at
	/// least 1.
	pub base_paths: u32,
	/// Most paths a proof opens, for claims worth many times their slash; at least
	/// `base_paths`, at most `MaxProofPaths`.
	pub max_paths: u32,
	/// Share of the supplier bond lost for a claim left unproven.
	pub missing_proof_slash: Perbill,
	/// Mined relays per model per session that difficulty steers toward; at least 1.
	pub target_relays: u64,
	/// Weight of the newest session in the difficulty EMA.
	pub difficulty_smoothing: Permill,
}

impl<BlockNumber: From<u32>> Default for MiningParameters<BlockNumber> {
	fn default() -> Self {
		Self {
			claim_delay: 1u32.into(),
			claim_window: 3u32.into(),
			proof_window: 4u32.into(),
			base_paths: 1,
			max_paths: 2,
			missing_proof_slash: Perbill::from_percent(5),
			target_relays: 10_000,
			difficulty_smoothing: Permill::from_percent(25),
		}
	}
}

/// The parameters type of a runtime.
pub type MiningParametersOf<T> = MiningParameters<BlockNumberFor<T>>;

/// A supplier's claim for one (session, application, model).
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Claim<BlockNumber> {
	/// The tree's root: hash, compute units and mined relays.
	pub root: NodeSummary,
	pub claimed_at: BlockNumber,
	/// Whether a valid proof was accepted.
	pub proven: bool,
	/// Paths its proof must open, fixed when it was claimed.
	pub paths: u32,
}

/// One opened path of a proof: the relay (without what the claim implies) and the siblings
/// from the root down, `None` for an empty subtree. Every path after the first sends only the
/// siblings below the depth where it leaves the path before it ([`sum_tree::join_branch`]).
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct PathProof {
	pub relay: CompactRelay,
	pub siblings: Vec<Option<Sibling>>,
}

/// The windows of an ended session's claims and proofs.
#[derive(Encode, Decode, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct ClaimWindows<BlockNumber> {
	/// First block in which claims are accepted.
	pub claim_open: BlockNumber,
	/// First block in which claims are no longer accepted; the proof seed is drawn in it and
	/// proofs are accepted from it.
	pub claim_close: BlockNumber,
	/// First block in which proofs are no longer accepted; unproven claims are voided from it.
	pub proof_close: BlockNumber,
}

/// A model's difficulty state.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
pub struct Difficulty {
	/// EMA of estimated relays per session.
	pub estimated_relays: u128,
	/// Mining probability for new sessions, in units of 2⁻⁶⁴ (at most [`ALL_MINED`]).
	pub probability: u128,
}

/// Key of a claim within its session: (supplier, application, model).
pub type ClaimKey<AccountId> = (AccountId, AccountId, ModelId);
