//! # Sibyl primitives
//!
//! Types and traits that Sibyl's pallets share. Pallets never call each other directly: each one
//! names what it needs from another as an associated type in its `Config` (for example
//! `Stakes::Config::Models: ModelRegistry`), and the runtime joins them. The traits live here so
//! that neither side depends on the other's crate.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;
#[cfg(feature = "test-helpers")]
extern crate std;

pub mod relay;
pub mod sampling;
#[cfg(feature = "test-helpers")]
pub mod testing;

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::{
	frame_support::weights::Weight,
	sp_runtime::{DispatchError, Perbill, Permill},
};
use scale_info::TypeInfo;

/// Identifier of a registered model. Assigned sequentially by the `Models` pallet.
pub type ModelId = u32;

/// Identifier of a session, as gateways and suppliers put it in relay envelopes. Assigned
/// sequentially by the `Sessions` pallet from 0.
pub type SessionId = u64;

/// The staked roles an account can hold. One account may hold several roles, each with its own
/// bond, so that a stake slashed for one duty never silently drains another.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum Role {
	/// Serves registered models (one device or a cluster).
	Supplier,
	/// Scores answers in TIQE+ committees.
	Validator,
	/// Runs an OpenAI-compatible API and signs relays for the applications that delegate to it.
	Gateway,
	/// Pays for inference from its deposit.
	Application,
}

impl Role {
	/// Every role, in declaration order.
	pub const ALL: [Role; 4] = [Role::Supplier, Role::Validator, Role::Gateway, Role::Application];
}

/// Why a stake was slashed. Carried in the `Slashed` event so that operators and indexers can
/// tell protocol faults apart.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum SlashReason {
	/// A supplier posted a claim but no proof in the proof window.
	MissingProof,
	/// A supplier's proof failed verification.
	InvalidProof,
	/// A supplier did not reveal a sampled relay's prompt and output to the committee.
	MissingRelayReveal,
	/// A supplier's quality-adjusted score fell below the slashing threshold.
	LowQuality,
	/// A validator's score deviated from the committee median beyond the threshold.
	ScoreDeviation,
	/// A validator committed a score but did not reveal it.
	MissingScoreReveal,
	/// A supplier let an on-chain job assigned to it expire.
	JobExpired,
	/// Governance slashed the stake directly.
	Governance,
}

/// What other pallets may ask of the model registry.
pub trait ModelRegistry {
	/// Whether `model` is registered and not retired, i.e. may be served and paid for.
	fn is_servable(model: ModelId) -> bool;
}

/// What pricing and settlement need to know of a registered model.
pub trait ModelEconomics<Balance> {
	/// Every model that may currently be served, in no particular order.
	fn servable_models() -> Vec<ModelId>;
	/// The lowest price per 1k compute units the model's source allows; `None` if unknown.
	fn price_floor(model: ModelId) -> Option<Balance>;
	/// Compute units per (prompt, completion) token; `None` if the model is unknown.
	fn compute_weights(model: ModelId) -> Option<(u32, u32)>;
	/// Tokens one request may use, prompt and completion together; `None` if unknown.
	fn context_length(model: ModelId) -> Option<u32>;
}

/// Who is paid royalties for a model, implemented by the `Models` pallet.
pub trait ModelOwnership<AccountId> {
	/// The model's owner and its royalty share of every charge; `None` if unknown.
	fn royalty(model: ModelId) -> Option<(AccountId, Perbill)>;
}

/// Slashing, implemented by the `Stakes` pallet and called by the pallets that judge behaviour
/// (relay mining, TIQE+).
pub trait Slash<AccountId, Balance> {
	/// Slash `fraction` of everything `who` has bonded for `role`, including funds still
	/// unbonding. Returns the amount actually slashed.
	fn slash(
		who: &AccountId,
		role: Role,
		fraction: Perbill,
		reason: SlashReason,
	) -> Result<Balance, DispatchError>;
}

/// Read access to stakes for the pallets that select suppliers, committees and gateways.
pub trait StakeInspect<AccountId, Balance> {
	/// The active (not unbonding) bond of `who` for `role`; zero if not registered.
	fn active_stake(who: &AccountId, role: Role) -> Balance;
	/// Whether `who` is registered for `role` with at least the minimum active bond.
	fn is_active(who: &AccountId, role: Role) -> bool;
	/// Whether the application `app` delegated to `gateway` at some time in `session`. A
	/// delegation counts from the session it is made in, and a withdrawn one through the session
	/// it is withdrawn in, so relays a gateway signed while delegated stay provable whatever the
	/// application or the gateway do afterwards.
	fn is_delegated(app: &AccountId, gateway: &AccountId, session: SessionId) -> bool;
	/// Whether `supplier` is active and declared that it serves `model`.
	fn serves(supplier: &AccountId, model: ModelId) -> bool;
	/// Every account that is active for `role` (see [`StakeInspect::is_active`]) with its active
	/// bond, in no particular order. Reads one entry per registered member of the role, so
	/// callers should expect a cost linear in the role's size.
	fn active_members(role: Role) -> Vec<(AccountId, Balance)>;
	/// The models `supplier` declared it serves and its declared capacity in generated tokens
	/// per second; `None` if it never registered as a supplier.
	fn supplier_service(supplier: &AccountId) -> Option<(Vec<ModelId>, u32)>;
}

/// Payment out of an application's deposit, implemented by the `Stakes` pallet for settlement.
pub trait ApplicationFunds<AccountId, Balance> {
	/// The application's spending cap for `session` (a lowered cap applies from the session
	/// after it was set); `None` if it is not registered.
	fn spend_limit(app: &AccountId, session: SessionId) -> Option<Balance>;
	/// Moves up to `amount` of `app`'s deposit to `to`'s free balance; returns what was moved
	/// (less if the deposit ran short). Funds still unbonding pay too: they back work done
	/// before the application started to leave.
	fn pay_from_deposit(app: &AccountId, to: &AccountId, amount: Balance) -> Balance;
}

/// Charges an application owes that are not settled yet (jobs open, proven claims waiting for
/// their TIQE+ round). The `Stakes` pallet keeps an application's deposit held while any remain.
pub trait PendingCharges<AccountId> {
	/// How many charges of `app` are still to be settled.
	fn pending_charges(app: &AccountId) -> u32;
}

impl<AccountId> PendingCharges<AccountId> for () {
	fn pending_charges(_: &AccountId) -> u32 {
		0
	}
}

impl<AccountId, A: PendingCharges<AccountId>, B: PendingCharges<AccountId>> PendingCharges<AccountId>
	for (A, B)
{
	fn pending_charges(app: &AccountId) -> u32 {
		A::pending_charges(app).saturating_add(B::pending_charges(app))
	}
}

/// Why a claim is settled without a TIQE+ score.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum Unevaluated {
	/// No validator other than the supplier was active.
	NoValidators,
	/// Too little of the committee's stake revealed for the median to be trusted.
	NoQuorum,
	/// The evaluation queues were full: the network was asked for more rounds than its
	/// validators can score.
	QueueFull,
}

/// Asks TIQE+ to evaluate relays: implemented by the `Tiqe` pallet, called by settlement with
/// the relays a relay-mining proof opened.
pub trait QualityEvaluation<AccountId> {
	/// Queues an evaluation of `relays` (digests) that `supplier` served for `model` in
	/// `session`; returns the round that will evaluate them. Fails with
	/// [`Unevaluated::QueueFull`] when the queue is full (the caller may ask again later).
	fn request_evaluation(
		supplier: &AccountId,
		model: ModelId,
		session: SessionId,
		relays: Vec<[u8; 32]>,
	) -> Result<u64, Unevaluated>;
}

/// The outcome of a TIQE+ round.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Evaluation<AccountId> {
	pub round: u64,
	pub supplier: AccountId,
	/// The supplier's α for the round, or why the round has none.
	pub alpha: Result<Permill, Unevaluated>,
	/// The committee members whose revealed score was within the deviation threshold, with the
	/// stake they were drawn with: those validators are paid.
	pub honest: Vec<(AccountId, u128)>,
}

/// Told by the `Tiqe` pallet when a round ends (settlement pays on it).
pub trait OnEvaluated<AccountId> {
	fn on_evaluated(evaluation: Evaluation<AccountId>) -> Weight;
}

impl<AccountId> OnEvaluated<AccountId> for () {
	fn on_evaluated(_: Evaluation<AccountId>) -> Weight {
		Weight::zero()
	}
}

/// A supplier's standing from past quality evaluations (the `Tiqe` pallet's reputation EMA).
pub trait ReputationInspect<AccountId> {
	/// `None` for a supplier that was never evaluated.
	fn reputation(supplier: &AccountId) -> Option<Permill>;
}

/// What the `Sessions` pallet tells the pallets that meter and settle a session's work.
pub trait SessionInspect<AccountId, BlockNumber> {
	/// The session in progress.
	fn current_session() -> SessionId;
	/// First block and length of `session`, while the chain still keeps it.
	fn session_bounds(session: SessionId) -> Option<(BlockNumber, BlockNumber)>;
	/// The suppliers drawn for (`app`, `model`) in `session`, in draw order (empty if unknown).
	fn session_suppliers(session: SessionId, app: &AccountId, model: ModelId) -> Vec<AccountId>;
	/// Whether `supplier` is in the set drawn for (`app`, `model`) in `session`.
	fn is_session_supplier(
		session: SessionId,
		app: &AccountId,
		model: ModelId,
		supplier: &AccountId,
	) -> bool;
	/// The capacity, in generated tokens per second, that the suppliers of `model` declared
	/// when `session` started.
	fn declared_capacity_tps(session: SessionId, model: ModelId) -> u64;
}

/// Prices of inference, set per session by the `Pricing` pallet.
pub trait PriceOracle<Balance> {
	/// Price per 1k compute units of `model` in `session`, while the chain keeps it.
	fn price_per_kcu(session: SessionId, model: ModelId) -> Option<Balance>;
}

/// Where settlement reports the compute units it paid for, so prices can follow demand.
pub trait UsageMeter {
	/// `compute_units` of `model` were settled in the current session.
	fn record_usage(model: ModelId, compute_units: u128);
}

impl UsageMeter for () {
	fn record_usage(_: ModelId, _: u128) {}
}

/// Told by the `Sessions` pallet when a session starts, after its supplier sets are drawn.
pub trait OnSessionStart<BlockNumber> {
	/// `session` starts now; `ended` is the session that just ended, with its length in blocks.
	fn on_session_start(session: SessionId, ended: Option<(SessionId, BlockNumber)>) -> Weight;
}

impl<BlockNumber> OnSessionStart<BlockNumber> for () {
	fn on_session_start(_: SessionId, _: Option<(SessionId, BlockNumber)>) -> Weight {
		Weight::zero()
	}
}

impl<BlockNumber: Copy, A: OnSessionStart<BlockNumber>, B: OnSessionStart<BlockNumber>>
	OnSessionStart<BlockNumber> for (A, B)
{
	fn on_session_start(session: SessionId, ended: Option<(SessionId, BlockNumber)>) -> Weight {
		A::on_session_start(session, ended).saturating_add(B::on_session_start(session, ended))
	}
}

/// A relay-mining claim whose proof the chain accepted: what settlement charges and TIQE+
/// evaluates.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ProvenClaim<AccountId> {
	pub session: SessionId,
	pub supplier: AccountId,
	pub app: AccountId,
	pub model: ModelId,
	/// Compute units served, estimated from the mined sum and the mining probability.
	pub estimated_cu: u128,
	/// The proven relays' digests (`blake2_256(envelope ‖ response)`), drawn by chain
	/// randomness after the claim: the sample TIQE+ evaluates.
	pub relays: Vec<[u8; 32]>,
	/// The gateway of each proven relay: gateways are paid in proportion to how often they
	/// appear, an unbiased estimate of their share of the claim.
	pub gateways: Vec<AccountId>,
	/// Most the application agreed to pay for this work (an on-chain job's `max_price`); `None`
	/// for relays, which only the session's spend limit caps.
	pub max_charge: Option<u128>,
	/// The on-chain job this claim is the answer to; `None` for relays. Settlement tells the
	/// `Jobs` pallet what it charged for it ([`OnJobSettled`]).
	pub job: Option<u64>,
}

/// Told by settlement what an on-chain job's application was charged once the job's answer is
/// settled (the `Jobs` pallet records it, for the dApp and contracts to read).
pub trait OnJobSettled<Balance> {
	/// Records `charged` for `job`; returns the weight used, at most [`Self::weight_bound`].
	fn on_job_settled(job: u64, charged: Balance) -> Weight;
	/// The most [`Self::on_job_settled`] can weigh.
	fn weight_bound() -> Weight;
}

impl<Balance> OnJobSettled<Balance> for () {
	fn on_job_settled(_: u64, _: Balance) -> Weight {
		Weight::zero()
	}
	fn weight_bound() -> Weight {
		Weight::zero()
	}
}

/// Told by the `RelayMining` pallet when a claim is proven, and by the `Jobs` pallet when a job's
/// result is in (settlement).
pub trait OnClaimProven<AccountId> {
	/// Takes the proven claim; returns the weight it used, at most [`Self::weight_bound`].
	fn on_claim_proven(claim: ProvenClaim<AccountId>) -> Weight;
	/// The most [`Self::on_claim_proven`] can weigh: the call that hands the claim over charges
	/// it up front and refunds what was not used.
	fn weight_bound() -> Weight;
}

impl<AccountId> OnClaimProven<AccountId> for () {
	fn on_claim_proven(_: ProvenClaim<AccountId>) -> Weight {
		Weight::zero()
	}
	fn weight_bound() -> Weight {
		Weight::zero()
	}
}
