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

mod claims;
mod difficulty;
mod helpers;
mod impl_traits;
mod proofs;
mod types;
mod windows;
pub use difficulty::{estimate, is_mined, ALL_MINED};
pub use types::*;
pub use windows::RANDOMNESS_SUBJECT;

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
		/// (`app`, `model`) in it, and never for a session already closed (longer windows set
		/// since would reopen its claim window, but nothing would close such a claim again).
		#[pallet::call_index(0)]
		// One read more than the benchmark measured: `NextToClose`.
		#[pallet::weight(T::WeightInfo::submit_claim().saturating_add(T::DbWeight::get().reads(1)))]
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
			ensure!(session >= NextToClose::<T>::get(), Error::<T>::OutsideClaimWindow);
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
			let (relays, gateways) = Self::verify_proofs(
				&claim,
				&seed,
				&proofs,
				session,
				&key,
				probability,
				(weights, context),
			)?;
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
				job: None,
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
}

