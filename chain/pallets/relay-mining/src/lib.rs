//! # Relay mining pallet
//!
//! Meters gateway traffic without putting any request on chain, as POKT's relay mining does,
//! and closes its weak points: usage is metered in compute units per relay rather than a flat
//! price, a proof opens leaves chosen in proportion to their weight (more of them for claims
//! worth more than the slash that backs them), a missing proof costs a share of the stake
//! instead of one unit, no prompt or output ever reaches the chain, and the claim settles a few
//! blocks after its proof.
//!
//! ## Mining
//! A supplier keeps, per (session, application, model), the relays it served whose *mining
//! key* falls under the model's difficulty: `key = blake2_256(envelope payload)`, mined when its
//! first 8 bytes, read big-endian, are below `probability` (a fraction of 2⁶⁴; 2⁶⁴ mines every
//! relay). The key is fixed by the gateway's signature before the supplier answers, so a
//! supplier cannot re-generate an answer until its relay happens to be mined. Mined relays go
//! into a sparse Merkle sum tree ([`sum_tree`]) keyed by the mining key, whose leaves are the
//! SCALE-encoded [`RelayLeaf`] (both signed payloads, no text) weighted by compute units.
//!
//! ## Windows (for a session ending before block `E`)
//! - **Claim** in `[E + claim_delay, E + claim_delay + claim_window)`: the tree's root
//!   ([`Pallet::submit_claim`]); only a supplier drawn for (app, model) in the session may claim.
//! - **Seed** drawn at the claim window's close, after every claim is in.
//! - **Proof** in `[close, close + proof_window)`: one branch per path ([`Pallet::submit_proof`]);
//!   the number of paths is fixed at the claim ([`Pallet::path_count`]). Each opened leaf must be a
//!   genuine relay of this claim: branch and weighted path ([`sum_tree::verify_path`]), mining
//!   key under the session's difficulty, both signatures, the gateway delegated by the app in
//!   the session, the supplier drawn for the session, and compute units recomputed from the
//!   signed usage, which must stay within what the gateway signed for the application: prompt
//!   tokens within the envelope's count, completion tokens within its `max_tokens`, both
//!   together within the model's context.
//! - **Close** from the proof window's end, at most `MaxClosesPerBlock` claims a block: an
//!   unproven claim is void and the supplier loses `missing_proof_slash` of its supplier bond.
//!
//! Each supplier may claim at most `MaxClaimsPerSupplier` (application, model) pairs per
//! session, so one supplier cannot crowd the others out of a session's claims.
//!
//! A proof carries each leaf as a [`CompactRelay`]: the fields the claim implies (session, app,
//! supplier, model) are not sent but filled in, so a relay signed for any other claim expands to
//! a leaf that neither hashes into the tree nor verifies. The leaf's weight is not sent either:
//! it is the compute units of the signed usage, so a leaf weighted otherwise cannot be opened.
//! Empty siblings take one byte ([`sum_tree::Sibling`]).
//!
//! ## How many paths
//! With `V` the claim's worth (estimated compute units at the session price) and `S` the slash
//! a missing proof costs (`missing_proof_slash` of the supplier's active bond), a proof opens
//! `base_paths` paths if `V ≤ S`, else one more per doubling of `V` beyond `S`, at most
//! `max_paths`. Paths land on leaves in proportion to weight, and an unproven claim is void as a
//! whole, so padding a tree with fake weight (a share `f` of its sum) earns in expectation
//! `(1−f)^m · V − (1 − (1−f)^m) · S` against `(1−f) · V` honestly: with one path it loses
//! `f · S`, which is at least the padding's worth `f · V` while `V ≤ S`; with two it loses at
//! least `f · (1−f) · V` more whatever `S` is. Padding never pays, and more paths cost it more.
//!
//! A proven claim is handed to [`Config::OnClaimProven`] (settlement) with its estimated
//! compute units, `sum · 2⁶⁴ / probability`, and the opened relays, which are also TIQE+'s sample.
//!
//! ## Difficulty
//! Per model, an EMA of *estimated* relays per session (`count · 2⁶⁴ / probability` summed over
//! the claims proven in a session, not the mined count POKT uses, which settles at the wrong
//! point) sets the next probability: `min(1, target_relays / EMA)`. It is updated at each session
//! start and the probability in force at a session's start applies to all of its relays.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
#[cfg(test)]
mod mock;
pub mod runtime_api;
pub mod sum_tree;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod weights;

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::{
	frame_support::{pallet_prelude::*, traits::Randomness},
	frame_system,
	frame_system::pallet_prelude::*,
	sp_runtime::{
		traits::{Saturating, Zero},
		AccountId32, PerThing, Perbill, Permill,
	},
};
use scale_info::TypeInfo;
use sibyl_primitives::{
	relay::{BadSignature, CompactRelay, UsageError},
	ModelEconomics, ModelId, OnClaimProven, OnSessionStart, PriceOracle, ProvenClaim, Role,
	SessionId, SessionInspect, Slash, SlashReason, StakeInspect,
};
pub use sum_tree::{NodeSummary, Sibling};
use sum_tree::{expand_siblings, join_branch, verify_path, PathError};

/// The subject passed to [`Config::Randomness`] for proof seeds; the session id is appended.
pub const RANDOMNESS_SUBJECT: &[u8] = b"sibyl/relay-mining";

/// Mining probability 1: every relay is mined (2⁶⁴ in units of 2⁻⁶⁴).
pub const ALL_MINED: u128 = 1 << 64;

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

/// A path verified within a proof, from which the next path's branch is completed.
struct OpenedPath {
	key: [u8; 32],
	siblings: Vec<NodeSummary>,
	nodes: Vec<NodeSummary>,
}

/// Key of a claim within its session: (supplier, application, model).
pub type ClaimKey<AccountId> = (AccountId, AccountId, ModelId);

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config<AccountId = AccountId32> {
		/// The balance type of stakes and prices.
		type Balance: Parameter + MaxEncodedLen + Copy + Into<u128> + Zero;
		/// Delegations and supplier bonds (the Stakes pallet).
		type Stakes: StakeInspect<Self::AccountId, Self::Balance>;
		/// Slashing of suppliers (the Stakes pallet).
		type Slash: Slash<Self::AccountId, Self::Balance>;
		/// Sessions and their supplier sets.
		type Sessions: SessionInspect<Self::AccountId, BlockNumberFor<Self>>;
		/// Compute weights of the models.
		type Models: ModelEconomics<Self::Balance>;
		/// Session prices, which size a claim's proof by what it is worth.
		type Prices: PriceOracle<Self::Balance>;
		/// Source of proof seeds.
		type Randomness: Randomness<Self::Hash, BlockNumberFor<Self>>;
		/// Told of every proven claim (settlement).
		type OnClaimProven: OnClaimProven<Self::AccountId>;
		/// Who may change the parameters: Root or a Council majority.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Most paths a proof may open.
		#[pallet::constant]
		type MaxProofPaths: Get<u32>;
		/// Most claims per session.
		#[pallet::constant]
		type MaxClaimsPerSession: Get<u32>;
		/// Most claims one supplier may make in a session.
		#[pallet::constant]
		type MaxClaimsPerSupplier: Get<u32>;
		/// Most claims closed (voided and slashed, or dropped) per block.
		#[pallet::constant]
		type MaxClosesPerBlock: Get<u32>;
		/// Weights of the calls and hooks.
		type WeightInfo: WeightInfo;
		/// Sets up, for the benchmarks, the state other pallets own.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self>;
	}

	/// The relay-mining parameters.
	#[pallet::storage]
	pub type Parameters<T: Config> = StorageValue<_, MiningParametersOf<T>, ValueQuery>;

	/// Claims by session and (supplier, application, model), until the session closes.
	#[pallet::storage]
	pub type Claims<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		SessionId,
		Blake2_128Concat,
		ClaimKey<T::AccountId>,
		Claim<BlockNumberFor<T>>,
	>;

	/// Number of claims per open session.
	#[pallet::storage]
	pub type ClaimCount<T: Config> = StorageMap<_, Twox64Concat, SessionId, u32, ValueQuery>;

	/// Number of claims per open session and supplier.
	#[pallet::storage]
	pub type SupplierClaims<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		SessionId,
		Blake2_128Concat,
		T::AccountId,
		u32,
		ValueQuery,
	>;

	/// The seed proof paths of a session are drawn from, once its claim window closed.
	#[pallet::storage]
	pub type ProofSeeds<T: Config> = StorageMap<_, Twox64Concat, SessionId, [u8; 32]>;

	/// The oldest session not yet closed.
	#[pallet::storage]
	pub type NextToClose<T: Config> = StorageValue<_, SessionId, ValueQuery>;

	/// Difficulty per model that has ever been claimed for.
	#[pallet::storage]
	pub type Difficulties<T: Config> = StorageMap<_, Twox64Concat, ModelId, Difficulty>;

	/// The mining probability in force for a session and model (absent: every relay mined).
	#[pallet::storage]
	pub type SessionProbability<T: Config> =
		StorageDoubleMap<_, Twox64Concat, SessionId, Twox64Concat, ModelId, u128>;

	/// Relays estimated from the claims proven since the current session started, per model.
	#[pallet::storage]
	pub type EstimatedRelays<T: Config> = StorageMap<_, Twox64Concat, ModelId, u128, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(polkadot_sdk::frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		pub parameters: MiningParametersOf<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(Pallet::<T>::valid(&self.parameters), "invalid genesis mining parameters");
			Parameters::<T>::put(&self.parameters);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A supplier claimed its mined relays of (session, app, model).
		Claimed {
			session: SessionId,
			supplier: T::AccountId,
			app: T::AccountId,
			model: ModelId,
			root: NodeSummary,
			/// Paths its proof must open.
			paths: u32,
		},
		/// Proof paths for the session's claims can be computed from `seed`.
		ProofSeedDrawn { session: SessionId, seed: [u8; 32] },
		/// A claim's proof was accepted.
		ClaimProven {
			session: SessionId,
			supplier: T::AccountId,
			app: T::AccountId,
			model: ModelId,
			/// Compute units served, estimated as sum / probability.
			estimated_cu: u128,
		},
		/// A claim was left unproven: void, and the supplier slashed `slashed`.
		ClaimVoid {
			session: SessionId,
			supplier: T::AccountId,
			app: T::AccountId,
			model: ModelId,
			slashed: T::Balance,
		},
		/// The mining probability of `model` for sessions from `session` on.
		DifficultyUpdated {
			session: SessionId,
			model: ModelId,
			estimated_relays: u128,
			probability: u128,
		},
		/// The Council (or Root) set new parameters.
		ParametersSet { parameters: MiningParametersOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The session's claim window is not open.
		OutsideClaimWindow,
		/// The session's proof window is not open.
		OutsideProofWindow,
		/// The caller is not drawn for (app, model) in the session.
		NotSessionSupplier,
		/// A claim for this (session, app, model) exists already.
		AlreadyClaimed,
		/// The session has as many claims as it may hold.
		TooManyClaims,
		/// The supplier made as many claims in the session as one supplier may.
		TooManySupplierClaims,
		/// A root of zero weight, no relays, or more relays than compute units.
		InvalidRoot,
		/// There is no claim for this (session, app, model) by the caller.
		NoClaim,
		/// The claim was proven already.
		AlreadyProven,
		/// The proof opens another number of paths than the claim requires.
		WrongPathCount,
		/// A branch does not lead to the claimed root. This is also what a relay of another
		/// session, application, supplier or model, or a leaf weighted other than its usage,
		/// fails with: expanded into this claim, it is not the leaf in the tree.
		InvalidBranch,
		/// A path's weighted walk leads to another leaf: the prover chose the leaf.
		WrongLeafForPath,
		/// A leaf's envelope is not signed by its gateway.
		BadGatewaySignature,
		/// A leaf's response is not signed by the supplier.
		BadSupplierSignature,
		/// A leaf's mining key is not under the session's difficulty.
		NotMined,
		/// The app did not delegate to the leaf's gateway.
		NotDelegated,
		/// A leaf's usage has no compute units, or the model's weights are unknown.
		UsageMismatch,
		/// A leaf's supplier counted more prompt tokens than its gateway signed for.
		PromptTokensAboveSigned,
		/// A leaf generated more tokens than its request's `max_tokens`.
		CompletionTokensAboveSigned,
		/// A leaf's prompt and completion together exceed the model's context.
		UsageAboveContext,
		/// Invalid parameters.
		InvalidParameters,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxProofPaths::get() >= 1, "MaxProofPaths must be at least 1");
			assert!(T::MaxClaimsPerSupplier::get() >= 1, "MaxClaimsPerSupplier must be at least 1");
			assert!(
				T::MaxClaimsPerSupplier::get() <= T::MaxClaimsPerSession::get(),
				"MaxClaimsPerSupplier must not exceed MaxClaimsPerSession"
			);
			// Otherwise ended sessions would never close.
			assert!(T::MaxClosesPerBlock::get() >= 1, "MaxClosesPerBlock must be at least 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::advance_windows(now)
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Claims the relays mined for (`session`, `app`, `model`): the root of the supplier's
		/// sum tree. Only in the session's claim window and only by a supplier drawn for
		/// (`app`, `model`) in it.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::submit_claim())]
		pub fn submit_claim(
			origin: OriginFor<T>,
			#[pallet::compact] session: SessionId,
			app: T::AccountId,
			#[pallet::compact] model: ModelId,
			root: NodeSummary,
		) -> DispatchResult {
			let supplier = ensure_signed(origin)?;
			let now = frame_system::Pallet::<T>::block_number();
			let params = Parameters::<T>::get();
			let (open, close, _) =
				Self::windows(session, &params).ok_or(Error::<T>::OutsideClaimWindow)?;
			ensure!(now >= open && now < close, Error::<T>::OutsideClaimWindow);
			ensure!(
				T::Sessions::is_session_supplier(session, &app, model, &supplier),
				Error::<T>::NotSessionSupplier
			);
			ensure!(
				root.sum > 0 && root.count > 0 && root.count <= root.sum,
				Error::<T>::InvalidRoot
			);
			let key = (supplier.clone(), app.clone(), model);
			ensure!(!Claims::<T>::contains_key(session, &key), Error::<T>::AlreadyClaimed);
			let count = ClaimCount::<T>::get(session);
			ensure!(count < T::MaxClaimsPerSession::get(), Error::<T>::TooManyClaims);
			let own = SupplierClaims::<T>::get(session, &supplier);
			ensure!(own < T::MaxClaimsPerSupplier::get(), Error::<T>::TooManySupplierClaims);
			ClaimCount::<T>::insert(session, count.saturating_add(1));
			SupplierClaims::<T>::insert(session, &supplier, own.saturating_add(1));
			let paths = Self::path_count(
				&params,
				Self::claim_value(session, model, root.sum),
				Self::slash_at_stake(&supplier, &params),
			);
			let claim = Claim { root, claimed_at: now, proven: false, paths };
			Claims::<T>::insert(session, &key, claim);
			Self::deposit_event(Event::Claimed { session, supplier, app, model, root, paths });
			Ok(())
		}

		/// Proves a claim: one [`PathProof`] per path, in path order. A proof that fails any
		/// check is rejected with the failing check's error and may be corrected within the
		/// window; the claim is void only if the window ends without a valid proof.
		#[pallet::call_index(1)]
		#[pallet::weight(
			T::WeightInfo::submit_proof(proofs.len() as u32)
				.saturating_add(T::OnClaimProven::weight_bound())
		)]
		pub fn submit_proof(
			origin: OriginFor<T>,
			#[pallet::compact] session: SessionId,
			app: T::AccountId,
			#[pallet::compact] model: ModelId,
			proofs: Vec<PathProof>,
		) -> DispatchResultWithPostInfo {
			let supplier = ensure_signed(origin)?;
			let now = frame_system::Pallet::<T>::block_number();
			let params = Parameters::<T>::get();
			let (_, proofs_open, proofs_close) =
				Self::windows(session, &params).ok_or(Error::<T>::OutsideProofWindow)?;
			ensure!(now >= proofs_open && now < proofs_close, Error::<T>::OutsideProofWindow);
			let seed = ProofSeeds::<T>::get(session).ok_or(Error::<T>::OutsideProofWindow)?;
			let key = (supplier.clone(), app.clone(), model);
			let mut claim = Claims::<T>::get(session, &key).ok_or(Error::<T>::NoClaim)?;
			ensure!(!claim.proven, Error::<T>::AlreadyProven);
			ensure!(proofs.len() as u32 == claim.paths, Error::<T>::WrongPathCount);
			let probability =
				SessionProbability::<T>::get(session, model).unwrap_or(ALL_MINED);
			let weights = T::Models::compute_weights(model).ok_or(Error::<T>::UsageMismatch)?;
			let context = T::Models::context_length(model).ok_or(Error::<T>::UsageMismatch)?;
			let mut relays = Vec::with_capacity(proofs.len());
			let mut gateways = Vec::with_capacity(proofs.len());
			let mut previous = None;
			for (index, proof) in proofs.iter().enumerate() {
				let (digest, gateway, opened) = Self::verify_path_proof(
					&claim,
					&seed,
					index as u32,
					proof,
					previous.as_ref(),
					session,
					&key,
					probability,
					(weights, context),
				)?;
				relays.push(digest);
				gateways.push(gateway);
				previous = Some(opened);
			}
			claim.proven = true;
			Claims::<T>::insert(session, &key, claim.clone());
			let estimated_cu = estimate(claim.root.sum, probability);
			EstimatedRelays::<T>::mutate(model, |e| {
				*e = e.saturating_add(estimate(claim.root.count, probability))
			});
			Self::deposit_event(Event::ClaimProven {
				session,
				supplier: supplier.clone(),
				app: app.clone(),
				model,
				estimated_cu,
			});
			let paths = proofs.len() as u32;
			let handed_over = T::OnClaimProven::on_claim_proven(ProvenClaim {
				session,
				supplier,
				app,
				model,
				estimated_cu,
				relays,
				gateways,
				max_charge: None,
			});
			// Charged for settlement's worst case up front; refund what it did not use.
			Ok(Some(T::WeightInfo::submit_proof(paths).saturating_add(handed_over)).into())
		}

		/// Sets the relay-mining parameters (Root or a Council majority). Windows of sessions
		/// not yet closed follow the new values.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_parameters())]
		pub fn set_parameters(
			origin: OriginFor<T>,
			parameters: MiningParametersOf<T>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(Self::valid(&parameters), Error::<T>::InvalidParameters);
			Parameters::<T>::put(&parameters);
			Self::deposit_event(Event::ParametersSet { parameters });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// Whether `parameters` may be set.
		pub fn valid(parameters: &MiningParametersOf<T>) -> bool {
			!parameters.claim_window.is_zero() &&
				!parameters.proof_window.is_zero() &&
				parameters.base_paths >= 1 &&
				parameters.max_paths >= parameters.base_paths &&
				parameters.max_paths <= T::MaxProofPaths::get() &&
				parameters.target_relays >= 1
		}

		/// Paths a claim worth `value` must open when a missing proof would cost its supplier
		/// `at_stake`: `base_paths` while `value ≤ at_stake`, then one more per doubling of
		/// `value` beyond `at_stake` (the smallest `d` with `at_stake · 2ᵈ ≥ value`), at most
		/// `max_paths`. See the crate docs for why this makes padding a tree lose money.
		pub fn path_count(params: &MiningParametersOf<T>, value: u128, at_stake: u128) -> u32 {
			let mut paths = params.base_paths;
			let mut covered = at_stake;
			while covered < value && paths < params.max_paths {
				paths = paths.saturating_add(1);
				covered = covered.saturating_mul(2);
			}
			paths
		}

		/// What a claim of `sum` mined compute units is worth: its estimated compute units at the
		/// session's price. Unpriced models count as worth everything, so they get `max_paths`.
		pub fn claim_value(session: SessionId, model: ModelId, sum: u64) -> u128 {
			let Some(price) = T::Prices::price_per_kcu(session, model) else {
				return u128::MAX;
			};
			estimate(sum, Self::probability(session, model)).saturating_mul(price.into()) / 1000
		}

		/// What a missing proof would cost `supplier` now.
		pub fn slash_at_stake(supplier: &T::AccountId, params: &MiningParametersOf<T>) -> u128 {
			let bond: u128 = T::Stakes::active_stake(supplier, Role::Supplier).into();
			params.missing_proof_slash.mul_floor(bond)
		}

		/// The claim window's open and close and the proof window's close for `session`, if
		/// the session ended and is still known.
		pub fn windows(
			session: SessionId,
			params: &MiningParametersOf<T>,
		) -> Option<(BlockNumberFor<T>, BlockNumberFor<T>, BlockNumberFor<T>)> {
			if session >= T::Sessions::current_session() {
				return None;
			}
			let (start, length) = T::Sessions::session_bounds(session)?;
			let open = start.saturating_add(length).saturating_add(params.claim_delay);
			let close = open.saturating_add(params.claim_window);
			Some((open, close, close.saturating_add(params.proof_window)))
		}

		/// [`Self::windows`] under the parameters in force, for the runtime API.
		pub fn claim_windows(session: SessionId) -> Option<ClaimWindows<BlockNumberFor<T>>> {
			Self::windows(session, &Parameters::<T>::get()).map(
				|(claim_open, claim_close, proof_close)| ClaimWindows {
					claim_open,
					claim_close,
					proof_close,
				},
			)
		}

		/// Compute units of a relay of `model` with this usage, for the runtime API.
		pub fn compute_units(model: ModelId, prompt_tokens: u32, completion_tokens: u32) -> Option<u64> {
			let weights = T::Models::compute_weights(model)?;
			sibyl_primitives::relay::compute_units(weights, prompt_tokens, completion_tokens)
		}

		/// The mining probability for relays of `model` in `session`, in units of 2⁻⁶⁴.
		pub fn probability(session: SessionId, model: ModelId) -> u128 {
			SessionProbability::<T>::get(session, model).unwrap_or(ALL_MINED)
		}

		/// Verifies path `index` of a proof; returns the relay's digest and gateway.
		#[allow(clippy::too_many_arguments)]
		fn verify_path_proof(
			claim: &Claim<BlockNumberFor<T>>,
			seed: &[u8; 32],
			index: u32,
			proof: &PathProof,
			previous: Option<&OpenedPath>,
			session: SessionId,
			(supplier, app, model): &ClaimKey<T::AccountId>,
			probability: u128,
			(weights, context): ((u32, u32), u32),
		) -> Result<([u8; 32], T::AccountId, OpenedPath), Error<T>> {
			let relay = &proof.relay;
			let weight = relay.paid_compute_units(weights, context).map_err(|e| match e {
				UsageError::PromptAboveSigned => Error::<T>::PromptTokensAboveSigned,
				UsageError::CompletionAboveSigned => Error::<T>::CompletionTokensAboveSigned,
				UsageError::AboveContext => Error::<T>::UsageAboveContext,
				UsageError::NoComputeUnits => Error::<T>::UsageMismatch,
			})?;
			let leaf = relay.expand(session, app, supplier, *model);
			let mining_key = leaf.mining_key();
			// The cheap checks first: hashes before signatures.
			let node = NodeSummary::leaf(&mining_key, &leaf.encode(), weight);
			let mut siblings =
				expand_siblings(&proof.siblings).map_err(|_| Error::<T>::InvalidBranch)?;
			if let Some(p) = previous {
				siblings = join_branch(&p.key, &p.siblings, &p.nodes, &mining_key, &siblings)
					.map_err(|_| Error::<T>::InvalidBranch)?;
			}
			let nodes = verify_path(&claim.root, seed, index, &mining_key, &node, &siblings)
				.map_err(|e| match e {
					PathError::WrongLeafForPath => Error::<T>::WrongLeafForPath,
					_ => Error::<T>::InvalidBranch,
				})?;
			ensure!(is_mined(&mining_key, probability), Error::<T>::NotMined);
			leaf.check_signatures(&relay.gateway, supplier).map_err(|bad| match bad {
				BadSignature::Gateway => Error::<T>::BadGatewaySignature,
				BadSignature::Supplier => Error::<T>::BadSupplierSignature,
			})?;
			ensure!(T::Stakes::is_delegated(app, &relay.gateway, session), Error::<T>::NotDelegated);
			ensure!(
				T::Sessions::is_session_supplier(session, app, *model, supplier),
				Error::<T>::NotSessionSupplier
			);
			Ok((
				leaf.digest(),
				relay.gateway.clone(),
				OpenedPath { key: mining_key, siblings, nodes },
			))
		}

		/// Draws proof seeds for sessions whose claim window closed and closes sessions whose
		/// proof window ended, oldest first.
		fn advance_windows(now: BlockNumberFor<T>) -> Weight {
			let params = Parameters::<T>::get();
			let current = T::Sessions::current_session();
			let mut weight = T::WeightInfo::on_initialize_idle();
			let mut session = NextToClose::<T>::get();
			// Sessions between the oldest open one and the current one, a bounded few per block.
			for _ in 0..8 {
				if session >= current {
					break;
				}
				let Some((_, close, proofs_close)) = Self::windows(session, &params) else {
					// Pruned by the Sessions pallet: nothing can be claimed or proven any more.
					let (done, w) = Self::close_session(session, &params);
					weight.saturating_accrue(w);
					if !done {
						break;
					}
					session = session.saturating_add(1);
					NextToClose::<T>::put(session);
					continue;
				};
				if now >= close && !ProofSeeds::<T>::contains_key(session) {
					let (random, _) = T::Randomness::random(&(RANDOMNESS_SUBJECT, session).encode());
					let seed: [u8; 32] =
						polkadot_sdk::sp_io::hashing::blake2_256(&random.encode());
					ProofSeeds::<T>::insert(session, seed);
					Self::deposit_event(Event::ProofSeedDrawn { session, seed });
				}
				if now >= proofs_close && session == NextToClose::<T>::get() {
					let (closed, w) = Self::close_session(session, &params);
					weight.saturating_accrue(w);
					if !closed {
						// More claims than one block closes: the rest in the next blocks.
						break;
					}
					NextToClose::<T>::put(session.saturating_add(1));
				}
				session = session.saturating_add(1);
			}
			weight
		}

		/// Voids and slashes up to `MaxClosesPerBlock` of the session's claims that were left
		/// unproven, dropping them; once none is left, drops the session's storage. Returns
		/// whether the session is closed.
		pub(crate) fn close_session(
			session: SessionId,
			params: &MiningParametersOf<T>,
		) -> (bool, Weight) {
			let batch: Vec<(ClaimKey<T::AccountId>, Claim<BlockNumberFor<T>>)> =
				Claims::<T>::iter_prefix(session).take(T::MaxClosesPerBlock::get() as usize).collect();
			let closed = batch.len() as u32;
			for ((supplier, app, model), claim) in batch {
				Claims::<T>::remove(session, (&supplier, &app, model));
				if !claim.proven {
					Self::void_claim(session, supplier, app, model, params);
				}
			}
			let done = Claims::<T>::iter_prefix(session).next().is_none();
			if done {
				ClaimCount::<T>::remove(session);
				let _ = SupplierClaims::<T>::clear_prefix(session, u32::MAX, None);
				ProofSeeds::<T>::remove(session);
				let _ = SessionProbability::<T>::clear_prefix(session, u32::MAX, None);
			}
			(done, T::WeightInfo::close_session(closed))
		}

		/// Voids an unproven claim and slashes its supplier.
		fn void_claim(
			session: SessionId,
			supplier: T::AccountId,
			app: T::AccountId,
			model: ModelId,
			params: &MiningParametersOf<T>,
		) {
			// A supplier that left the role entirely has nothing left to slash.
			let slashed = T::Slash::slash(
				&supplier,
				Role::Supplier,
				params.missing_proof_slash,
				SlashReason::MissingProof,
			)
			.unwrap_or_else(|_| Zero::zero());
			Self::deposit_event(Event::ClaimVoid { session, supplier, app, model, slashed });
		}

		/// Updates every claimed model's difficulty at the start of `session`.
		pub(crate) fn update_difficulty(session: SessionId) -> Weight {
			let params = Parameters::<T>::get();
			let models: Vec<ModelId> = Difficulties::<T>::iter_keys()
				.chain(EstimatedRelays::<T>::iter_keys())
				.collect::<alloc::collections::BTreeSet<_>>()
				.into_iter()
				.collect();
			for &model in &models {
				let estimated = EstimatedRelays::<T>::take(model);
				if T::Models::compute_weights(model).is_none() {
					// Pruned from the registry: nothing of it can be claimed any more.
					Difficulties::<T>::remove(model);
					continue;
				}
				// The first session's estimate starts the EMA.
				let estimated_relays = match Difficulties::<T>::get(model) {
					Some(old) => {
						let w = u128::from(params.difficulty_smoothing.deconstruct());
						let one = u128::from(Permill::ACCURACY);
						old.estimated_relays
							.saturating_mul(one.saturating_sub(w))
							.saturating_add(estimated.saturating_mul(w)) /
							one
					},
					None => estimated,
				};
				let probability = if estimated_relays == 0 {
					ALL_MINED
				} else {
					(u128::from(params.target_relays).saturating_mul(ALL_MINED) / estimated_relays)
						.clamp(1, ALL_MINED)
				};
				let state = Difficulty { estimated_relays, probability };
				Difficulties::<T>::insert(model, &state);
				if probability < ALL_MINED {
					SessionProbability::<T>::insert(session, model, probability);
				}
				Self::deposit_event(Event::DifficultyUpdated {
					session,
					model,
					estimated_relays: state.estimated_relays,
					probability,
				});
			}
			T::WeightInfo::update_difficulty(models.len() as u32)
		}
	}
}

/// Whether a mining key is under `probability` (units of 2⁻⁶⁴): its first 8 bytes, big-endian.
pub fn is_mined(key: &[u8; 32], probability: u128) -> bool {
	let mut first = [0u8; 8];
	first.copy_from_slice(&key[..8]);
	u128::from(u64::from_be_bytes(first)) < probability
}

/// `amount / probability`: what `amount` mined stands for, with probability in units of 2⁻⁶⁴.
pub fn estimate(amount: u64, probability: u128) -> u128 {
	(u128::from(amount) << 64) / probability.clamp(1, ALL_MINED)
}

impl<T: Config> OnSessionStart<BlockNumberFor<T>> for Pallet<T> {
	fn on_session_start(session: SessionId, _: Option<(SessionId, BlockNumberFor<T>)>) -> Weight {
		Self::update_difficulty(session)
	}
}
