//! The types the Settlement pallet stores and reports: the shares of a charge, claims waiting
//! for their evaluation (deferred or awaiting a round), and a settlement's payout.

use super::*;


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
	/// The on-chain job this claim answers; `None` for relays. Told its charge when settled.
	pub job: Option<u64>,
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
