//! # Authorities pallet
//!
//! The accounts that author blocks (Aura) and vote on finality (GRANDPA) in a Sibyl network, and
//! when sessions change them. The set is governed on chain: [`Pallet::add_authority`] and
//! [`Pallet::remove_authority`] take `AdminOrigin` (Root, or a Council motion), and
//! pallet-session applies a change at the session boundaries, together with each authority's
//! session keys.
//!
//! - **Keys first.** An account becomes an authority only once it has session keys
//!   (`session.setKeys`, which proves it holds them): pallet-session leaves an account without
//!   keys out of the set it queues, so admitting one would shrink the set it meant to grow.
//! - **Changes only.** At each rotation the authorities that hold keys are handed to
//!   pallet-session ([`SessionManager::new_session`]) only when they differ from the set handed
//!   over last ([`QueuedSet`]): GRANDPA starts a new authority set whenever it is told of one, so
//!   a set re-announced every session would churn set ids for nothing. An authority that purges
//!   its keys thus leaves the set at the next rotation, and returns when it sets keys again.
//! - **A floor.** Neither governance nor purged keys take the set below `MinAuthorities`: when
//!   fewer authorities hold keys, the set handed over last stays. GRANDPA needs more than two
//!   thirds of its voters online to finalize a block, so a set of three or fewer tolerates no
//!   voter offline; run at least four, change one authority at a time, and wait for finality
//!   between changes. A set that lost its two-thirds stalls finality until Root calls
//!   `grandpa.note_stalled`.
//! - **Timing.** Changes made during session `i` are merged and queued when `i` ends, and are in
//!   force from session `i + 2` (pallet-session's one-session delay). A session lasts
//!   `SessionPeriod` blocks from the block it started in, the genesis block for session 0
//!   ([`ShouldEndSession`]). It is storage, set at genesis and by governance, because a rotation
//!   block spends the whole block weight: a chain whose blocks carry user transactions one by one
//!   (a dev chain) wants long sessions.
//!
//! In `construct_runtime`, declare this pallet before pallet-session: pallet-session's genesis
//! asks it for the first set ([`SessionManager::new_session_genesis`]).

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
pub mod weights;

use alloc::vec::Vec;
use polkadot_sdk::{
	frame_support::{pallet_prelude::*, traits::{Contains, EstimateNextSessionRotation}},
	frame_system::pallet_prelude::*,
	pallet_session::{SessionManager, ShouldEndSession},
	sp_runtime::{traits::Saturating, Permill},
	sp_staking::SessionIndex,
};

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
		/// Who may add or remove authorities and set the session period: Root or a Council
		/// majority.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// The accounts that have set session keys (pallet-session's `NextKeys`).
		type HasSessionKeys: Contains<Self::AccountId>;
		/// Most authorities; at most the consensus pallets' own bound (Aura's and GRANDPA's
		/// `MaxAuthorities`).
		#[pallet::constant]
		type MaxAuthorities: Get<u32>;
		/// Fewest authorities the set may shrink to; at least 1.
		#[pallet::constant]
		type MinAuthorities: Get<u32>;
		/// Shortest session period governance may set, in blocks; at least 1.
		#[pallet::constant]
		type MinSessionPeriod: Get<BlockNumberFor<Self>>;
		/// Weights of the calls.
		type WeightInfo: WeightInfo;
		/// Sets up, for the benchmarks, the state other pallets own.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self>;
	}

	/// The authority set as governance last left it; those of it holding keys are handed to
	/// pallet-session at the next rotation, in force from the session after.
	#[pallet::storage]
	pub type Authorities<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxAuthorities>, ValueQuery>;

	/// The set last handed to pallet-session: the authorities that held keys then.
	#[pallet::storage]
	pub type QueuedSet<T: Config> =
		StorageValue<_, BoundedVec<T::AccountId, T::MaxAuthorities>, ValueQuery>;

	/// Blocks per session.
	#[pallet::storage]
	pub type SessionPeriod<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	/// The block the current session started in.
	#[pallet::storage]
	pub type SessionStart<T: Config> = StorageValue<_, BlockNumberFor<T>, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(polkadot_sdk::frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The first authority set, at least `MinAuthorities`; each must also be given keys in
		/// pallet-session's genesis. Empty only with a zero period: the default, which
		/// configures nothing.
		pub authorities: Vec<T::AccountId>,
		/// Blocks per session, at least `MinSessionPeriod`.
		pub session_period: BlockNumberFor<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			// The default (no authorities, no period) configures nothing: a test runtime's.
			if self.authorities.is_empty() && self.session_period.is_zero() {
				return;
			}
			let authorities: BoundedVec<_, T::MaxAuthorities> =
				self.authorities.clone().try_into().expect("more genesis authorities than MaxAuthorities");
			assert!(
				authorities.len() as u32 >= T::MinAuthorities::get(),
				"fewer genesis authorities than MinAuthorities"
			);
			assert!(!Pallet::<T>::has_duplicates(&authorities), "a genesis authority is listed twice");
			assert!(
				self.session_period >= T::MinSessionPeriod::get() && !self.session_period.is_zero(),
				"genesis session period below MinSessionPeriod"
			);
			QueuedSet::<T>::put(&authorities);
			Authorities::<T>::put(authorities);
			SessionPeriod::<T>::put(self.session_period);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `who` joins the authority set from the session after next.
		AuthorityAdded { who: T::AccountId },
		/// `who` leaves the authority set from the session after next.
		AuthorityRemoved { who: T::AccountId },
		/// A changed set of `authorities` (those holding keys) was handed to pallet-session, in
		/// force from session `session`.
		SetQueued { session: SessionIndex, authorities: u32 },
		/// Fewer than `MinAuthorities` authorities hold keys: the set handed over last stays.
		SetBelowFloor { session: SessionIndex, with_keys: u32 },
		/// Sessions last `period` blocks, the current one included.
		SessionPeriodSet { period: BlockNumberFor<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is an authority already.
		AlreadyAuthority,
		/// The account is not an authority.
		NotAuthority,
		/// The account has not set session keys (`session.setKeys`).
		NoSessionKeys,
		/// The set is at `MaxAuthorities`.
		TooManyAuthorities,
		/// Removing the account would leave fewer than `MinAuthorities`.
		TooFewAuthorities,
		/// The session period is below `MinSessionPeriod`.
		SessionPeriodTooShort,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// pallet-session asks [`ShouldEndSession`] every block: its two reads are paid here.
		fn on_initialize(_: BlockNumberFor<T>) -> Weight {
			T::DbWeight::get().reads(2)
		}

		fn integrity_test() {
			assert!(T::MinAuthorities::get() >= 1, "MinAuthorities must be at least 1");
			assert!(
				T::MinAuthorities::get() <= T::MaxAuthorities::get(),
				"MinAuthorities must not exceed MaxAuthorities"
			);
			assert!(!T::MinSessionPeriod::get().is_zero(), "MinSessionPeriod must be at least 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Adds `who` to the authority set (Root or a Council majority). `who` must have set
		/// session keys; it authors and votes from the session after next.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::add_authority())]
		pub fn add_authority(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(T::HasSessionKeys::contains(&who), Error::<T>::NoSessionKeys);
			Authorities::<T>::try_mutate(|set| {
				ensure!(!set.contains(&who), Error::<T>::AlreadyAuthority);
				set.try_push(who.clone()).map_err(|_| Error::<T>::TooManyAuthorities)
			})?;
			Self::deposit_event(Event::AuthorityAdded { who });
			Ok(())
		}

		/// Removes `who` from the authority set (Root or a Council majority), from the session
		/// after next. The set keeps at least `MinAuthorities`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::remove_authority())]
		pub fn remove_authority(origin: OriginFor<T>, who: T::AccountId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Authorities::<T>::try_mutate(|set| {
				let at = set.iter().position(|a| a == &who).ok_or(Error::<T>::NotAuthority)?;
				ensure!(set.len() as u32 > T::MinAuthorities::get(), Error::<T>::TooFewAuthorities);
				set.remove(at);
				Ok::<_, Error<T>>(())
			})?;
			Self::deposit_event(Event::AuthorityRemoved { who });
			Ok(())
		}

		/// Sets the session period in blocks (Root or a Council majority). The current session
		/// ends when it has lasted the new period (at once if it already has).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_session_period())]
		pub fn set_session_period(origin: OriginFor<T>, period: BlockNumberFor<T>) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(
				period >= T::MinSessionPeriod::get() && !period.is_zero(),
				Error::<T>::SessionPeriodTooShort
			);
			SessionPeriod::<T>::put(period);
			Self::deposit_event(Event::SessionPeriodSet { period });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// The block that starts the next session.
		pub fn next_rotation() -> BlockNumberFor<T> {
			SessionStart::<T>::get().saturating_add(SessionPeriod::<T>::get())
		}

		fn has_duplicates(set: &[T::AccountId]) -> bool {
			set.iter().enumerate().any(|(i, a)| set[..i].contains(a))
		}

		/// The invariants, once configured: the set within its bounds without duplicates, a
		/// positive period.
		#[cfg(any(feature = "try-runtime", test))]
		pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			let set = Authorities::<T>::get();
			if set.is_empty() && SessionPeriod::<T>::get().is_zero() {
				return Ok(());
			}
			ensure!(set.len() as u32 >= T::MinAuthorities::get(), "fewer authorities than MinAuthorities");
			ensure!(!Self::has_duplicates(&set), "an authority is listed twice");
			ensure!(!SessionPeriod::<T>::get().is_zero(), "the session period is zero");
			Ok(())
		}
	}
}

impl<T: Config> SessionManager<T::AccountId> for Pallet<T> {
	fn new_session(new_index: SessionIndex) -> Option<Vec<T::AccountId>> {
		let mut set = Authorities::<T>::get();
		// Unconfigured: pallet-session keeps the set its genesis keys gave.
		if set.is_empty() {
			return None;
		}
		set.retain(|who| T::HasSessionKeys::contains(who));
		if set == QueuedSet::<T>::get() {
			return None;
		}
		if (set.len() as u32) < T::MinAuthorities::get() {
			Self::deposit_event(Event::SetBelowFloor { session: new_index, with_keys: set.len() as u32 });
			return None;
		}
		Self::deposit_event(Event::SetQueued { session: new_index, authorities: set.len() as u32 });
		QueuedSet::<T>::put(&set);
		Some(set.into_inner())
	}

	fn new_session_genesis(_: SessionIndex) -> Option<Vec<T::AccountId>> {
		let set = Authorities::<T>::get();
		(!set.is_empty()).then(|| set.into_inner())
	}

	fn start_session(_: SessionIndex) {
		SessionStart::<T>::put(polkadot_sdk::frame_system::Pallet::<T>::block_number());
	}

	fn end_session(_: SessionIndex) {}
}

impl<T: Config> ShouldEndSession<BlockNumberFor<T>> for Pallet<T> {
	fn should_end_session(now: BlockNumberFor<T>) -> bool {
		// Unconfigured (period 0), sessions never end rather than end every block.
		!SessionPeriod::<T>::get().is_zero() && now >= Self::next_rotation()
	}
}

impl<T: Config> EstimateNextSessionRotation<BlockNumberFor<T>> for Pallet<T> {
	fn average_session_length() -> BlockNumberFor<T> {
		SessionPeriod::<T>::get()
	}

	fn estimate_current_session_progress(now: BlockNumberFor<T>) -> (Option<Permill>, Weight) {
		let period = SessionPeriod::<T>::get();
		let progress = (!period.is_zero()).then(|| {
			Permill::from_rational(now.saturating_sub(SessionStart::<T>::get()).min(period), period)
		});
		(progress, T::DbWeight::get().reads(2))
	}

	fn estimate_next_session_rotation(_: BlockNumberFor<T>) -> (Option<BlockNumberFor<T>>, Weight) {
		let next = (!SessionPeriod::<T>::get().is_zero()).then(Self::next_rotation);
		(next, T::DbWeight::get().reads(2))
	}
}
