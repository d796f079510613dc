//! # Sessions pallet
//!
//! Time is cut into sessions of `session_length` blocks. Relays are metered and settled per
//! session, and each session fixes, for every (application, model), the set of suppliers that may
//! serve it: gateways route to them, and relay-mining proofs are only paid for them.
//!
//! - **Start.** A session starts in `on_initialize` of the first block at or after the previous
//!   session's end (session 0 in the first block the pallet runs). The parameters in force then
//!   (length, set size) are copied into the session's [`SessionInfo`]: a parameter change by the
//!   Council applies from the next session on, never to one in progress.
//! - **Seed.** `Randomness::random(SCALE((RANDOMNESS_SUBJECT, session)))` in the starting block.
//! - **Candidates.** At the start, every active supplier is snapshotted for each servable model
//!   it declared, with weight = active supplier bond × reputation (the `Tiqe` pallet's EMA of α,
//!   in parts per million; `unrated_reputation` for a supplier never evaluated). Bonds, models
//!   and reputations that change later in the session apply from the next one. A model's list
//!   keeps the `MaxCandidates` heaviest suppliers.
//! - **Supplier set.** For (app, model) in a session, `suppliers_per_session` candidates drawn by
//!   weight without replacement from the stream [`SUPPLIER_DOMAIN`] of
//!   `SCALE((seed, app, model))` (see [`sibyl_primitives::sampling::weighted_sample`]). It is
//!   computed on demand, never stored: anyone holding the candidates and the seed gets the same
//!   set, and a proof's session membership is checked by recomputing it.
//! - **Retention.** The current session and the `retained_sessions` before it are kept (their
//!   info and candidates), long enough for claims and proofs about them; older ones are pruned.
//!
//! Other pallets read sessions through [`SessionInspect`] and are told of each start through
//! [`Config::OnSessionStart`] (dynamic pricing updates prices there).

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
pub mod runtime_api;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod weights;

use alloc::{collections::BTreeMap, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::{
	frame_support::{pallet_prelude::*, traits::Randomness},
	frame_system,
	frame_system::pallet_prelude::*,
	sp_runtime::{
		traits::{AtLeast32BitUnsigned, Saturating, UniqueSaturatedInto, Zero},
		Permill,
	},
};
use scale_info::TypeInfo;
use sibyl_primitives::{
	sampling::weighted_sample, ModelId, ModelRegistry, OnSessionStart, ReputationInspect, Role,
	SessionId, SessionInspect, StakeInspect,
};

/// The subject passed to [`Config::Randomness`]; the session id is appended, SCALE-encoded.
pub const RANDOMNESS_SUBJECT: &[u8] = b"sibyl/sessions";
/// Domain of the random stream that draws a supplier set.
pub const SUPPLIER_DOMAIN: &[u8] = b"suppliers";

/// Governance-set session parameters. Each applies from the next session start.
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
pub struct SessionParameters<BlockNumber> {
	/// Blocks per session; at least 1.
	pub session_length: BlockNumber,
	/// Suppliers drawn per (application, model); at least 1 and at most
	/// `MaxSuppliersPerSession`.
	pub suppliers_per_session: u32,
	/// Reputation assumed for a supplier no committee has evaluated yet.
	pub unrated_reputation: Permill,
	/// Ended sessions kept for claims and proofs; at least 1.
	pub retained_sessions: u32,
}

impl<BlockNumber: From<u32>> Default for SessionParameters<BlockNumber> {
	fn default() -> Self {
		Self {
			session_length: 10u32.into(),
			suppliers_per_session: 3,
			unrated_reputation: Permill::from_percent(50),
			retained_sessions: 8,
		}
	}
}

/// The parameters type of a runtime.
pub type SessionParametersOf<T> = SessionParameters<BlockNumberFor<T>>;

/// What the chain keeps of a session.
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
)]
pub struct SessionInfo<BlockNumber, Hash> {
	/// First block of the session.
	pub start: BlockNumber,
	/// Blocks in the session: it ends before block `start + length`.
	pub length: BlockNumber,
	/// The randomness every supplier set of the session is drawn from.
	pub seed: Hash,
	/// Size of each supplier set in this session.
	pub suppliers_per_session: u32,
}

/// The info type of a runtime.
pub type SessionInfoOf<T> = SessionInfo<BlockNumberFor<T>, <T as frame_system::Config>::Hash>;

/// A supplier eligible for a model in a session, as snapshotted at the session start.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Candidate<AccountId> {
	pub supplier: AccountId,
	/// Active bond × reputation in parts per million: the odds of being drawn.
	pub weight: u128,
	/// Declared capacity in generated tokens per second.
	pub capacity_tps: u32,
}

/// The candidate type of a runtime.
pub type CandidateOf<T> = Candidate<<T as frame_system::Config>::AccountId>;

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// The balance type of stakes.
		type Balance: AtLeast32BitUnsigned + Copy + UniqueSaturatedInto<u128>;
		/// Supplier bonds and declared service (the Stakes pallet).
		type Stakes: StakeInspect<Self::AccountId, Self::Balance>;
		/// Supplier reputations (the TIQE+ pallet).
		type Reputation: ReputationInspect<Self::AccountId>;
		/// Which models may be served.
		type Models: ModelRegistry;
		/// Source of each session's seed.
		type Randomness: Randomness<Self::Hash, BlockNumberFor<Self>>;
		/// Told when a session starts (dynamic pricing).
		type OnSessionStart: OnSessionStart<BlockNumberFor<Self>>;
		/// Who may change the parameters: Root or a Council majority.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Most suppliers snapshotted per model and session (the heaviest are kept).
		#[pallet::constant]
		type MaxCandidates: Get<u32>;
		/// Upper bound of `suppliers_per_session`.
		#[pallet::constant]
		type MaxSuppliersPerSession: Get<u32>;
		/// Weights of the calls and hooks.
		type WeightInfo: WeightInfo;
		/// Sets up, for the benchmarks, the state other pallets own.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self>;
	}

	/// The session parameters; those in force at a session start apply to that session.
	#[pallet::storage]
	pub type Parameters<T: Config> = StorageValue<_, SessionParametersOf<T>, ValueQuery>;

	/// The session in progress (0 until the first one starts).
	#[pallet::storage]
	pub type CurrentSession<T: Config> = StorageValue<_, SessionId, ValueQuery>;

	/// The sessions still kept: the current one and up to `retained_sessions` before it.
	#[pallet::storage]
	pub type Sessions<T: Config> = StorageMap<_, Twox64Concat, SessionId, SessionInfoOf<T>>;

	/// Per kept session and model, the suppliers that may be drawn, heaviest first.
	#[pallet::storage]
	pub type Candidates<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		SessionId,
		Twox64Concat,
		ModelId,
		BoundedVec<CandidateOf<T>, T::MaxCandidates>,
		ValueQuery,
	>;

	#[pallet::genesis_config]
	#[derive(polkadot_sdk::frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		pub parameters: SessionParametersOf<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(Pallet::<T>::valid(&self.parameters), "invalid genesis session parameters");
			Parameters::<T>::put(&self.parameters);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A session started; its supplier sets are drawn from its seed.
		SessionStarted {
			session: SessionId,
			start: BlockNumberFor<T>,
			length: BlockNumberFor<T>,
			/// Suppliers snapshotted, over all models.
			candidates: u32,
		},
		/// More suppliers serve `model` than `MaxCandidates`; the lightest `dropped` were left
		/// out of the session.
		CandidatesTruncated { session: SessionId, model: ModelId, dropped: u32 },
		/// The Council (or Root) set new parameters; they apply from the next session.
		ParametersSet { parameters: SessionParametersOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// A zero session length or retention, or a set size of 0 or above
		/// `MaxSuppliersPerSession`.
		InvalidParameters,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			let current = CurrentSession::<T>::get();
			let idle = T::WeightInfo::on_initialize_idle();
			match Sessions::<T>::get(current) {
				None if current == 0 => idle.saturating_add(Self::start_session(0, None, now)),
				Some(info) if now >= info.start.saturating_add(info.length) => match current
					.checked_add(1)
				{
					Some(next) => idle.saturating_add(Self::start_session(
						next,
						Some((current, info.length)),
						now,
					)),
					None => idle,
				},
				_ => idle,
			}
		}

		fn integrity_test() {
			assert!(T::MaxCandidates::get() >= 1, "MaxCandidates must be at least 1");
			assert!(T::MaxSuppliersPerSession::get() >= 1, "MaxSuppliersPerSession must be at least 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Sets the session parameters (Root or a Council majority); they apply from the next
		/// session start.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_parameters())]
		pub fn set_parameters(
			origin: OriginFor<T>,
			parameters: SessionParametersOf<T>,
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
		pub fn valid(parameters: &SessionParametersOf<T>) -> bool {
			!parameters.session_length.is_zero() &&
				parameters.suppliers_per_session >= 1 &&
				parameters.suppliers_per_session <= T::MaxSuppliersPerSession::get() &&
				parameters.retained_sessions >= 1
		}

		/// The suppliers drawn for (`app`, `model`) in `session`, in draw order; empty if the
		/// session is no longer kept or nobody serves the model.
		pub fn session_suppliers(
			session: SessionId,
			app: &T::AccountId,
			model: ModelId,
		) -> Vec<T::AccountId> {
			let Some(info) = Sessions::<T>::get(session) else { return Vec::new() };
			let candidates = Candidates::<T>::get(session, model);
			let weights: Vec<u128> = candidates.iter().map(|c| c.weight).collect();
			let seed = (info.seed, app, model).encode();
			weighted_sample(&seed, SUPPLIER_DOMAIN, &weights, info.suppliers_per_session as usize)
				.into_iter()
				.map(|i| candidates[i].supplier.clone())
				.collect()
		}

		/// Starts `session` at `now`: snapshots the candidates, stores the session, prunes the
		/// oldest kept one and tells [`Config::OnSessionStart`].
		pub(crate) fn start_session(
			session: SessionId,
			ended: Option<(SessionId, BlockNumberFor<T>)>,
			now: BlockNumberFor<T>,
		) -> Weight {
			let params = Parameters::<T>::get();
			let (seed, _) = T::Randomness::random(&(RANDOMNESS_SUBJECT, session).encode());
			let (suppliers, entries, models) = Self::snapshot_candidates(session, &params);
			Sessions::<T>::insert(
				session,
				SessionInfo {
					start: now,
					length: params.session_length,
					seed,
					suppliers_per_session: params.suppliers_per_session,
				},
			);
			CurrentSession::<T>::put(session);
			let mut pruned_models = 0u32;
			if let Some(old) = session.checked_sub(u64::from(params.retained_sessions) + 1) {
				Sessions::<T>::remove(old);
				let removed = Candidates::<T>::clear_prefix(old, u32::MAX, None);
				pruned_models = removed.unique;
			}
			Self::deposit_event(Event::SessionStarted {
				session,
				start: now,
				length: params.session_length,
				candidates: entries,
			});
			let observers = T::OnSessionStart::on_session_start(session, ended);
			T::WeightInfo::start_session(suppliers, entries, models.saturating_add(pruned_models))
				.saturating_add(observers)
		}

		/// Writes each servable model's candidate list for `session`. Returns the suppliers
		/// scanned, the (supplier, model) entries written and the models listed.
		fn snapshot_candidates(
			session: SessionId,
			params: &SessionParametersOf<T>,
		) -> (u32, u32, u32) {
			let members = T::Stakes::active_members(Role::Supplier);
			let scanned = members.len() as u32;
			let mut by_model: BTreeMap<ModelId, Vec<CandidateOf<T>>> = BTreeMap::new();
			for (supplier, stake) in members {
				let Some((models, capacity_tps)) = T::Stakes::supplier_service(&supplier) else {
					continue;
				};
				let reputation =
					T::Reputation::reputation(&supplier).unwrap_or(params.unrated_reputation);
				let stake: u128 = stake.unique_saturated_into();
				let weight = stake.saturating_mul(u128::from(reputation.deconstruct()));
				if weight == 0 {
					continue;
				}
				for model in models.into_iter().filter(|m| T::Models::is_servable(*m)) {
					by_model.entry(model).or_default().push(Candidate {
						supplier: supplier.clone(),
						weight,
						capacity_tps,
					});
				}
			}
			let (mut entries, listed) = (0u32, by_model.len() as u32);
			for (model, mut list) in by_model {
				// Heaviest first; equal weights in account order, so every node keeps the same.
				list.sort_by(|a, b| b.weight.cmp(&a.weight).then_with(|| a.supplier.cmp(&b.supplier)));
				let max = T::MaxCandidates::get() as usize;
				if list.len() > max {
					let dropped = (list.len() - max) as u32;
					list.truncate(max);
					Self::deposit_event(Event::CandidatesTruncated { session, model, dropped });
				}
				entries = entries.saturating_add(list.len() as u32);
				Candidates::<T>::insert(session, model, BoundedVec::truncate_from(list));
			}
			(scanned, entries, listed)
		}
	}
}

impl<T: Config> SessionInspect<T::AccountId, BlockNumberFor<T>> for Pallet<T> {
	fn current_session() -> SessionId {
		CurrentSession::<T>::get()
	}

	fn session_bounds(session: SessionId) -> Option<(BlockNumberFor<T>, BlockNumberFor<T>)> {
		Sessions::<T>::get(session).map(|info| (info.start, info.length))
	}

	fn session_suppliers(session: SessionId, app: &T::AccountId, model: ModelId) -> Vec<T::AccountId> {
		Self::session_suppliers(session, app, model)
	}

	fn is_session_supplier(
		session: SessionId,
		app: &T::AccountId,
		model: ModelId,
		supplier: &T::AccountId,
	) -> bool {
		Self::session_suppliers(session, app, model).contains(supplier)
	}

	fn declared_capacity_tps(session: SessionId, model: ModelId) -> u64 {
		Candidates::<T>::get(session, model)
			.iter()
			.fold(0u64, |sum, c| sum.saturating_add(u64::from(c.capacity_tps)))
	}
}

impl<T: Config> Pallet<T> {
	/// The session in progress and its info, for the runtime API.
	pub fn current() -> (SessionId, Option<SessionInfoOf<T>>) {
		let id = CurrentSession::<T>::get();
		(id, Sessions::<T>::get(id))
	}

	/// The block at which `session` ends (its first block after), if kept.
	pub fn session_end(session: SessionId) -> Option<BlockNumberFor<T>> {
		Sessions::<T>::get(session).map(|info| info.start.saturating_add(info.length))
	}
}
