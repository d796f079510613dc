//! # Stakes pallet
//!
//! Bonds for every staked role in Sibyl: suppliers, validators, gateways and applications.
//!
//! Each (account, role) pair has its own [`Bond`]: an *active* amount and a list of chunks that
//! are *unbonding*. Both are held in the account's balance under a per-role hold reason, so they
//! stay slashable until withdrawn; this is what makes a supplier's missing proof or a validator's
//! dishonest vote costly even after it has started to leave.
//!
//! Roles also carry configuration:
//! - a supplier declares the models it serves, the NATS subject it listens on, its capacity in
//!   tokens per second and whether it is one device or a cluster;
//! - a gateway declares its public URL;
//! - an application delegates to at most `MaxDelegations` gateways and sets a spend limit per
//!   session.
//!
//! ## What backs an application's spending
//! An application pays for relays and jobs after the fact, when claims and jobs settle several
//! blocks after the work. So that this payment is always there:
//! - its spend limit may not exceed its active deposit ([`Error::SpendLimitAboveDeposit`]);
//! - a lowered spend limit applies from the next session, a raised one at once: a session's
//!   limit never falls below what gateways already reserved against it;
//! - a delegation counts from the next session (the ones an application registers with, at once)
//!   and a withdrawn one through the session it is withdrawn in ([`StakeInspect::is_delegated`]):
//!   relays signed while it stood stay provable whatever the application or gateway do
//!   afterwards, and the set of gateways an application spends through never grows within a
//!   session, so gateways can divide its spend limit among themselves;
//! - funds that are unbonding still pay ([`ApplicationFunds::pay_from_deposit`]), and they are
//!   released only once no charge is pending ([`Config::PendingCharges`]).
//!
//! ## Unbonding
//! Every bond stays held (and slashable) for at least the unbonding period and at least
//! [`Config::UnbondingHorizon`]: the blocks within which work already done can still be
//! charged or punished (claim, proof and TIQE+ windows), so that a dishonest party cannot leave
//! before its verdict.
//!
//! Minimum bonds and the unbonding period are governance parameters ([`Pallet::set_parameters`],
//! callable by the Council or Root). Other pallets slash through the [`Slash`] trait and read
//! stakes through [`StakeInspect`]. The number of suppliers and of validators is bounded
//! (`MaxSuppliers`, `MaxValidators`) so that the hooks that walk them (session draws, committee
//! draws) have a bounded cost.

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

mod helpers;
mod impl_traits;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
mod types;
pub use types::*;

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::{
	frame_system,
	frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{BalancedHold, Credit, Inspect, MutateHold},
			tokens::{Fortitude, Precision, Restriction},
			OnUnbalanced,
		},
		CloneNoBound, EqNoBound, PartialEqNoBound, DebugNoBound,
	},
	frame_system::pallet_prelude::*,
	sp_runtime::{
		traits::{CheckedAdd, CheckedSub, Saturating, Zero},
		Perbill,
	},
};
use scale_info::TypeInfo;
use sibyl_primitives::{
	ApplicationFunds, ModelId, ModelRegistry, PendingCharges, Role, SessionId, SessionInspect,
	Slash, SlashReason, StakeInspect,
};


#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Defaults for test runtimes, so that every pallet's mock declares only what differs:
	/// `#[derive_impl(pallet_sibyl_stakes::config_preludes::TestDefaultConfig)]`.
	pub mod config_preludes {
		use super::*;
		use polkadot_sdk::{
			frame_support::{derive_impl, register_default_impl, traits::ConstU16},
			frame_system,
		};

		/// Small bounds, no unbonding horizon and no pending charges.
		pub struct TestDefaultConfig;

		#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
		impl frame_system::DefaultConfig for TestDefaultConfig {}

		#[register_default_impl(TestDefaultConfig)]
		impl DefaultConfig for TestDefaultConfig {
			#[inject_runtime_type]
			type RuntimeHoldReason = ();
			type MaxModelsPerSupplier = ConstU32<3>;
			type MaxSubjectLen = ConstU32<32>;
			type MaxUrlLen = ConstU32<48>;
			type MaxDelegations = ConstU32<7>;
			type MaxUnlockingChunks = ConstU32<4>;
			type MaxClusterDevices = ConstU16<8>;
			type MaxSuppliers = ConstU32<64>;
			type MaxValidators = ConstU32<64>;
			type UnbondingHorizon = polkadot_sdk::frame_support::traits::ConstU64<0>;
			type PendingCharges = ();
			type WeightInfo = ();
			#[cfg(feature = "runtime-benchmarks")]
			type BenchmarkHelper = ();
		}
	}

	#[pallet::config(with_default)]
	pub trait Config: polkadot_sdk::frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The staking currency; bonds are holds on it.
		#[pallet::no_default]
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ BalancedHold<Self::AccountId>;
		/// The overarching hold reason.
		#[pallet::no_default_bounds]
		type RuntimeHoldReason: From<HoldReason>;
		/// Which models exist and may be served.
		#[pallet::no_default]
		type Models: ModelRegistry;
		/// Origin allowed to set parameters (Council or Root).
		#[pallet::no_default]
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Where slashed funds go (the treasury in the runtime).
		#[pallet::no_default]
		type OnSlash: OnUnbalanced<CreditOf<Self>>;
		/// Most models one supplier may declare.
		#[pallet::constant]
		type MaxModelsPerSupplier: Get<u32>;
		/// Longest NATS subject in bytes.
		#[pallet::constant]
		type MaxSubjectLen: Get<u32>;
		/// Longest gateway URL in bytes.
		#[pallet::constant]
		type MaxUrlLen: Get<u32>;
		/// Most gateways an application may delegate to.
		#[pallet::constant]
		type MaxDelegations: Get<u32>;
		/// Most unbonding chunks per bond; withdraw to make room.
		#[pallet::constant]
		type MaxUnlockingChunks: Get<u32>;
		/// Most devices in a cluster supplier.
		#[pallet::constant]
		type MaxClusterDevices: Get<u16>;
		/// Most registered suppliers.
		#[pallet::constant]
		type MaxSuppliers: Get<u32>;
		/// Most registered validators.
		#[pallet::constant]
		type MaxValidators: Get<u32>;
		/// The current session, which delegations and spend-limit changes are dated by.
		#[pallet::no_default]
		type Sessions: SessionInspect<Self::AccountId, BlockNumberFor<Self>>;
		/// The least number of blocks any bond stays held after unbonding: long enough for the
		/// work done before to be claimed, proven, evaluated and settled (or slashed).
		#[pallet::no_default_bounds]
		type UnbondingHorizon: Get<BlockNumberFor<Self>>;
		/// Charges not yet settled, which keep an application's unbonded deposit held.
		#[pallet::no_default_bounds]
		type PendingCharges: PendingCharges<Self::AccountId>;
		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
		/// Sets up, for the benchmarks, the state other pallets own. Test runtimes default to
		/// `()`, which suits a registry that serves models `0..n`.
		#[cfg(feature = "runtime-benchmarks")]
		#[pallet::no_default_bounds]
		type BenchmarkHelper: crate::benchmarking::BenchmarkHelper<Self>;
	}

	/// Reasons this pallet holds funds: one per role, so that each bond is accounted apart.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A supplier's bond.
		#[codec(index = 0)]
		SupplierStake,
		/// A validator's bond.
		#[codec(index = 1)]
		ValidatorStake,
		/// A gateway's bond.
		#[codec(index = 2)]
		GatewayStake,
		/// An application's deposit.
		#[codec(index = 3)]
		ApplicationDeposit,
	}

	impl From<Role> for HoldReason {
		fn from(role: Role) -> Self {
			match role {
				Role::Supplier => HoldReason::SupplierStake,
				Role::Validator => HoldReason::ValidatorStake,
				Role::Gateway => HoldReason::GatewayStake,
				Role::Application => HoldReason::ApplicationDeposit,
			}
		}
	}

	/// Bonds by role, then account. Iterating one role's prefix lists its members.
	#[pallet::storage]
	pub type Bonds<T: Config> =
		StorageDoubleMap<_, Twox64Concat, Role, Blake2_128Concat, T::AccountId, Bond<T>>;

	/// Suppliers' declared service.
	#[pallet::storage]
	pub type Suppliers<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, SupplierConfig<T>>;

	/// Suppliers of each model, for session selection.
	#[pallet::storage]
	pub type SuppliersByModel<T: Config> =
		StorageDoubleMap<_, Twox64Concat, ModelId, Blake2_128Concat, T::AccountId, ()>;

	/// Gateways' endpoints.
	#[pallet::storage]
	pub type Gateways<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, GatewayConfig<T>>;

	/// Applications' delegations and spend limits.
	#[pallet::storage]
	pub type Applications<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, ApplicationConfig<T>>;

	/// Staking parameters, changed by [`Pallet::set_parameters`].
	#[pallet::storage]
	pub type Parameters<T: Config> = StorageValue<_, StakeParametersOf<T>, ValueQuery>;

	/// Registered accounts per role (suppliers and validators are bounded).
	#[pallet::storage]
	pub type MemberCount<T: Config> = StorageMap<_, Twox64Concat, Role, u32, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(polkadot_sdk::frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Initial staking parameters.
		pub parameters: StakeParametersOf<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(!self.parameters.unbonding_period.is_zero(), "unbonding period must be > 0");
			Parameters::<T>::put(self.parameters.clone());
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An account registered for a role with an initial bond.
		Registered { who: T::AccountId, role: Role, stake: BalanceOf<T> },
		/// A supplier's declared service changed.
		SupplierUpdated { who: T::AccountId },
		/// A gateway's URL changed.
		GatewayUpdated { who: T::AccountId },
		/// An application delegated to a gateway, from session `from` on.
		Delegated { app: T::AccountId, gateway: T::AccountId, from: SessionId },
		/// An application withdrew its delegation from a gateway.
		Undelegated { app: T::AccountId, gateway: T::AccountId },
		/// An application's spend limit is `limit` from session `from` on.
		SpendLimitSet { app: T::AccountId, limit: BalanceOf<T>, from: SessionId },
		/// A bond grew.
		Bonded { who: T::AccountId, role: Role, amount: BalanceOf<T> },
		/// Part of a bond started unbonding; withdrawable from `unlock_at`.
		Unbonding {
			who: T::AccountId,
			role: Role,
			amount: BalanceOf<T>,
			unlock_at: BlockNumberFor<T>,
		},
		/// Unbonded funds were released.
		Withdrawn { who: T::AccountId, role: Role, amount: BalanceOf<T> },
		/// The role's bond is empty and its record removed.
		Deregistered { who: T::AccountId, role: Role },
		/// A bond was slashed.
		Slashed { who: T::AccountId, role: Role, amount: BalanceOf<T>, reason: SlashReason },
		/// Staking parameters changed.
		ParametersSet { parameters: StakeParametersOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account already holds this role.
		AlreadyRegistered,
		/// The account does not hold this role.
		NotRegistered,
		/// The bond would be (or remain) below the role's minimum while not zero.
		StakeBelowMinimum,
		/// The account cannot afford the bond.
		InsufficientBalance,
		/// An amount of zero.
		ZeroAmount,
		/// Unbonding more than the active bond.
		InsufficientBond,
		/// Too many unbonding chunks; withdraw first.
		TooManyUnlockingChunks,
		/// Nothing has finished unbonding.
		NothingToWithdraw,
		/// A supplier must serve at least one model.
		NoModels,
		/// More models than `MaxModelsPerSupplier`.
		TooManyModels,
		/// A model is listed twice.
		DuplicateModel,
		/// A model is unknown or retired.
		UnknownModel,
		/// The NATS subject is empty, has wildcards, whitespace or empty tokens.
		InvalidSubject,
		/// The NATS subject is longer than `MaxSubjectLen`.
		SubjectTooLong,
		/// Declared capacity is zero.
		ZeroCapacity,
		/// A cluster must have between 2 and `MaxClusterDevices` devices.
		InvalidDeviceCount,
		/// The gateway URL is not an `http://` or `https://` URL.
		InvalidUrl,
		/// The gateway URL is longer than `MaxUrlLen`.
		UrlTooLong,
		/// More than `MaxDelegations` gateways.
		TooManyDelegations,
		/// The application already delegates to this gateway.
		AlreadyDelegated,
		/// The application does not delegate to this gateway.
		NotDelegated,
		/// The delegate is not a registered gateway.
		UnknownGateway,
		/// The spend limit is zero.
		ZeroSpendLimit,
		/// The spend limit would exceed the active deposit that backs it: deposit more, or
		/// lower the limit first (a lower limit applies from the next session).
		SpendLimitAboveDeposit,
		/// Charges of this application are still to be settled; its deposit pays them first.
		ChargesPending,
		/// The role has as many members as it may (`MaxSuppliers` or `MaxValidators`).
		TooManyMembers,
		/// The unbonding period is zero.
		InvalidParameters,
		/// An arithmetic overflow.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(
				T::MaxDelegations::get() <= MAX_DELEGATIONS_BOUND,
				"MaxDelegations may be at most MAX_DELEGATIONS_BOUND"
			);
			assert!(T::MaxDelegations::get() >= 1, "MaxDelegations must be at least 1");
			assert!(T::MaxModelsPerSupplier::get() >= 1, "MaxModelsPerSupplier must be at least 1");
			assert!(T::MaxSubjectLen::get() >= 1, "MaxSubjectLen must be at least 1");
			// The shortest URL `is_valid_url` accepts, `http://x`.
			assert!(T::MaxUrlLen::get() >= 8, "MaxUrlLen must fit `http://x`");
			assert!(T::MaxUnlockingChunks::get() >= 1, "MaxUnlockingChunks must be at least 1");
			assert!(T::MaxSuppliers::get() >= 1, "MaxSuppliers must be at least 1");
			assert!(T::MaxValidators::get() >= 1, "MaxValidators must be at least 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register as a supplier of `models`, bonding `stake`.
		///
		/// Emits [`Event::Registered`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_supplier(
			(models.len() as u32).min(T::MaxModelsPerSupplier::get())
		))]
		pub fn register_supplier(
			origin: OriginFor<T>,
			stake: BalanceOf<T>,
			models: Vec<ModelId>,
			nats_subject: Vec<u8>,
			capacity_tps: u32,
			device: DeviceClass,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_unregistered(&who, Role::Supplier)?;
			let config = Self::supplier_config(models, nats_subject, capacity_tps, device)?;
			Self::open_bond(&who, Role::Supplier, stake)?;
			for model in &config.models {
				SuppliersByModel::<T>::insert(model, &who, ());
			}
			Suppliers::<T>::insert(&who, config);
			Self::deposit_event(Event::Registered { who, role: Role::Supplier, stake });
			Ok(())
		}

		/// Replace a supplier's declared service. Sessions pick it up from the next session.
		///
		/// Emits [`Event::SupplierUpdated`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_supplier(T::MaxModelsPerSupplier::get()))]
		pub fn update_supplier(
			origin: OriginFor<T>,
			models: Vec<ModelId>,
			nats_subject: Vec<u8>,
			capacity_tps: u32,
			device: DeviceClass,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let old = Suppliers::<T>::get(&who).ok_or(Error::<T>::NotRegistered)?;
			let config = Self::supplier_config(models, nats_subject, capacity_tps, device)?;
			for model in &old.models {
				SuppliersByModel::<T>::remove(model, &who);
			}
			for model in &config.models {
				SuppliersByModel::<T>::insert(model, &who, ());
			}
			Suppliers::<T>::insert(&who, config);
			Self::deposit_event(Event::SupplierUpdated { who });
			Ok(())
		}

		/// Register as a validator, bonding `stake`.
		///
		/// Emits [`Event::Registered`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::register_validator())]
		pub fn register_validator(origin: OriginFor<T>, stake: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_unregistered(&who, Role::Validator)?;
			Self::open_bond(&who, Role::Validator, stake)?;
			Self::deposit_event(Event::Registered { who, role: Role::Validator, stake });
			Ok(())
		}

		/// Register as a gateway serving at `url`, bonding `stake`.
		///
		/// Emits [`Event::Registered`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::register_gateway())]
		pub fn register_gateway(
			origin: OriginFor<T>,
			stake: BalanceOf<T>,
			url: Vec<u8>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_unregistered(&who, Role::Gateway)?;
			let url = Self::bounded_url(url)?;
			Self::open_bond(&who, Role::Gateway, stake)?;
			Gateways::<T>::insert(&who, GatewayConfig { url });
			Self::deposit_event(Event::Registered { who, role: Role::Gateway, stake });
			Ok(())
		}

		/// Change a gateway's URL.
		///
		/// Emits [`Event::GatewayUpdated`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::update_gateway())]
		pub fn update_gateway(origin: OriginFor<T>, url: Vec<u8>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(Gateways::<T>::contains_key(&who), Error::<T>::NotRegistered);
			let url = Self::bounded_url(url)?;
			Gateways::<T>::insert(&who, GatewayConfig { url });
			Self::deposit_event(Event::GatewayUpdated { who });
			Ok(())
		}

		/// Register as an application with `deposit`, delegating to `gateways` and capping
		/// each session's charge at `spend_limit`, which may not exceed the deposit.
		///
		/// Emits [`Event::Registered`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::register_application(
			(gateways.len() as u32).min(T::MaxDelegations::get())
		))]
		pub fn register_application(
			origin: OriginFor<T>,
			deposit: BalanceOf<T>,
			gateways: Vec<T::AccountId>,
			spend_limit: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::ensure_unregistered(&who, Role::Application)?;
			ensure!(!spend_limit.is_zero(), Error::<T>::ZeroSpendLimit);
			ensure!(spend_limit <= deposit, Error::<T>::SpendLimitAboveDeposit);
			ensure!(
				gateways.len() <= T::MaxDelegations::get() as usize,
				Error::<T>::TooManyDelegations
			);
			let from = T::Sessions::current_session();
			let mut delegations = DelegationsOf::<T>::new();
			for gateway in gateways {
				ensure!(Gateways::<T>::contains_key(&gateway), Error::<T>::UnknownGateway);
				ensure!(
					!delegations.iter().any(|d| d.gateway == gateway),
					Error::<T>::AlreadyDelegated
				);
				delegations
					.try_push(Delegation { gateway, from, until: None })
					.map_err(|_| Error::<T>::TooManyDelegations)?;
			}
			Self::open_bond(&who, Role::Application, deposit)?;
			Applications::<T>::insert(
				&who,
				ApplicationConfig { delegations, spend_limit, next_limit: None },
			);
			Self::deposit_event(Event::Registered { who, role: Role::Application, stake: deposit });
			Ok(())
		}

		/// Delegate to one more gateway, allowing it to sign relays for the caller from the next
		/// session on (the gateways of a session are fixed when it starts, so that they can share
		/// its spend limit).
		///
		/// Emits [`Event::Delegated`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::delegate())]
		pub fn delegate(origin: OriginFor<T>, gateway: T::AccountId) -> DispatchResult {
			let app = ensure_signed(origin)?;
			ensure!(Gateways::<T>::contains_key(&gateway), Error::<T>::UnknownGateway);
			let now = T::Sessions::current_session();
			Applications::<T>::try_mutate(&app, |config| {
				let config = config.as_mut().ok_or(Error::<T>::NotRegistered)?;
				ensure!(
					!config.delegations.iter().any(|d| d.gateway == gateway && d.until.is_none()),
					Error::<T>::AlreadyDelegated
				);
				ensure!(
					(config.gateways().count() as u32) < T::MaxDelegations::get(),
					Error::<T>::TooManyDelegations
				);
				Self::forget_old_delegations(&mut config.delegations, now);
				config
					.delegations
					.try_push(Delegation { gateway: gateway.clone(), from: now.saturating_add(1), until: None })
					.map_err(|_| Error::<T>::TooManyDelegations)?;
				Ok::<_, Error<T>>(())
			})?;
			Self::deposit_event(Event::Delegated { app, gateway, from: now.saturating_add(1) });
			Ok(())
		}

		/// Withdraw a delegation. It still counts through the current session: relays the
		/// gateway signed in it remain the application's to pay.
		///
		/// Emits [`Event::Undelegated`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::undelegate())]
		pub fn undelegate(origin: OriginFor<T>, gateway: T::AccountId) -> DispatchResult {
			let app = ensure_signed(origin)?;
			let now = T::Sessions::current_session();
			Applications::<T>::try_mutate(&app, |config| {
				let config = config.as_mut().ok_or(Error::<T>::NotRegistered)?;
				let delegation = config
					.delegations
					.iter_mut()
					.find(|d| d.gateway == gateway && d.until.is_none())
					.ok_or(Error::<T>::NotDelegated)?;
				delegation.until = Some(now);
				Ok::<_, Error<T>>(())
			})?;
			Self::deposit_event(Event::Undelegated { app, gateway });
			Ok(())
		}

		/// Set the most an application may be charged per session. A higher limit applies at
		/// once and must be covered by the active deposit; a lower one applies from the next
		/// session, so that what gateways reserved in this one stays payable.
		///
		/// Emits [`Event::SpendLimitSet`].
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::set_spend_limit())]
		pub fn set_spend_limit(origin: OriginFor<T>, limit: BalanceOf<T>) -> DispatchResult {
			let app = ensure_signed(origin)?;
			ensure!(!limit.is_zero(), Error::<T>::ZeroSpendLimit);
			let now = T::Sessions::current_session();
			let from = Applications::<T>::try_mutate(&app, |config| {
				let config = config.as_mut().ok_or(Error::<T>::NotRegistered)?;
				let current = config.limit_in(now);
				config.spend_limit = current;
				config.next_limit = None;
				if limit >= current {
					ensure!(
						limit <= Self::active_stake(&app, Role::Application),
						Error::<T>::SpendLimitAboveDeposit
					);
					config.spend_limit = limit;
					Ok::<_, Error<T>>(now)
				} else {
					let from = now.saturating_add(1);
					config.next_limit = Some((from, limit));
					Ok(from)
				}
			})?;
			Self::deposit_event(Event::SpendLimitSet { app, limit, from });
			Ok(())
		}

		/// Add `amount` to the caller's active bond for `role`. A bond that is fully unbonding
		/// may be re-activated this way, provided it reaches the minimum again.
		///
		/// Emits [`Event::Bonded`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::bond_extra())]
		pub fn bond_extra(origin: OriginFor<T>, role: Role, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			let mut bond = Bonds::<T>::get(role, &who).ok_or(Error::<T>::NotRegistered)?;
			bond.active = bond.active.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
			ensure!(
				bond.active >= Parameters::<T>::get().minimum(role),
				Error::<T>::StakeBelowMinimum
			);
			T::Currency::hold(&HoldReason::from(role).into(), &who, amount)
				.map_err(|_| Error::<T>::InsufficientBalance)?;
			Bonds::<T>::insert(role, &who, bond);
			Self::deposit_event(Event::Bonded { who, role, amount });
			Ok(())
		}

		/// Start unbonding `amount` of the caller's active bond for `role`. What remains active
		/// must be zero (leaving the role) or at least the minimum. The funds stay held and
		/// slashable until [`Pallet::withdraw_unbonded`] after the unbonding period.
		///
		/// Emits [`Event::Unbonding`].
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::unbond())]
		pub fn unbond(origin: OriginFor<T>, role: Role, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
			let mut bond = Bonds::<T>::get(role, &who).ok_or(Error::<T>::NotRegistered)?;
			let params = Parameters::<T>::get();
			bond.active = bond.active.checked_sub(&amount).ok_or(Error::<T>::InsufficientBond)?;
			ensure!(
				bond.active.is_zero() || bond.active >= params.minimum(role),
				Error::<T>::StakeBelowMinimum
			);
			if role == Role::Application && !bond.active.is_zero() {
				let limit = Applications::<T>::get(&who).map(|c| c.highest_limit());
				ensure!(
					limit.is_none_or(|l| l <= bond.active),
					Error::<T>::SpendLimitAboveDeposit
				);
			}
			let unlock_at = frame_system::Pallet::<T>::block_number()
				.checked_add(&params.unbonding_period.max(T::UnbondingHorizon::get()))
				.ok_or(Error::<T>::Overflow)?;
			bond.unlocking
				.try_push(UnlockChunk { value: amount, unlock_at })
				.map_err(|_| Error::<T>::TooManyUnlockingChunks)?;
			Bonds::<T>::insert(role, &who, bond);
			Self::deposit_event(Event::Unbonding { who, role, amount, unlock_at });
			Ok(())
		}

		/// Release every unbonding chunk of the caller's `role` bond whose period has passed.
		/// When nothing is left bonded, the role and its configuration are removed. An
		/// application's deposit is released only once none of its charges is pending.
		///
		/// Emits [`Event::Withdrawn`] and, when the role ends, [`Event::Deregistered`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::withdraw_unbonded(T::MaxModelsPerSupplier::get()))]
		pub fn withdraw_unbonded(origin: OriginFor<T>, role: Role) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let mut bond = Bonds::<T>::get(role, &who).ok_or(Error::<T>::NotRegistered)?;
			if role == Role::Application {
				ensure!(T::PendingCharges::pending_charges(&who) == 0, Error::<T>::ChargesPending);
			}
			let now = frame_system::Pallet::<T>::block_number();
			let mut amount = BalanceOf::<T>::zero();
			bond.unlocking.retain(|chunk| {
				let ready = chunk.unlock_at <= now;
				if ready {
					amount = amount.saturating_add(chunk.value);
				}
				!ready
			});
			ensure!(!amount.is_zero(), Error::<T>::NothingToWithdraw);
			T::Currency::release(&HoldReason::from(role).into(), &who, amount, Precision::BestEffort)?;
			Self::deposit_event(Event::Withdrawn { who: who.clone(), role, amount });
			if bond.total().is_zero() {
				Self::remove_role(&who, role);
			} else {
				Bonds::<T>::insert(role, &who, bond);
			}
			Ok(())
		}

		/// Set the staking parameters. New minimums apply to later bonding and unbonding; they
		/// do not force existing bonds out.
		///
		/// Emits [`Event::ParametersSet`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::set_parameters())]
		pub fn set_parameters(
			origin: OriginFor<T>,
			parameters: StakeParametersOf<T>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(!parameters.unbonding_period.is_zero(), Error::<T>::InvalidParameters);
			Parameters::<T>::put(parameters.clone());
			Self::deposit_event(Event::ParametersSet { parameters });
			Ok(())
		}
	}
}
