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

/// The balance type of the staking currency.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A slashed amount on its way to [`Config::OnSlash`].
pub type CreditOf<T> = Credit<<T as frame_system::Config>::AccountId, <T as Config>::Currency>;

/// One device or a cluster of devices serving as one supplier.
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
pub enum DeviceClass {
	/// The model runs on one device.
	Single,
	/// The model's layers are split across `devices` devices on the operator's LAN.
	Cluster {
		/// Number of devices in the cluster, coordinator included.
		devices: u16,
	},
}

/// Part of a bond that is leaving; withdrawable from block `unlock_at`.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
)]
pub struct UnlockChunk<Balance, BlockNumber> {
	/// Amount unbonding.
	pub value: Balance,
	/// First block at which it may be withdrawn.
	pub unlock_at: BlockNumber,
}

/// The stake an account holds for one role.
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
pub struct Bond<T: Config> {
	/// Bonded and counting for the role.
	pub active: BalanceOf<T>,
	/// Leaving, still held and slashable until withdrawn.
	pub unlocking: BoundedVec<UnlockChunk<BalanceOf<T>, BlockNumberFor<T>>, T::MaxUnlockingChunks>,
}

impl<T: Config> Bond<T> {
	fn new(active: BalanceOf<T>) -> Self {
		Self { active, unlocking: BoundedVec::new() }
	}

	/// Active plus unbonding.
	pub fn total(&self) -> BalanceOf<T> {
		self.unlocking.iter().fold(self.active, |sum, c| sum.saturating_add(c.value))
	}
}

/// A supplier's declared service.
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
pub struct SupplierConfig<T: Config> {
	/// Models served; each registered and active when declared.
	pub models: BoundedVec<ModelId, T::MaxModelsPerSupplier>,
	/// NATS subject the supplier receives relays and jobs on.
	pub nats_subject: BoundedVec<u8, T::MaxSubjectLen>,
	/// Declared capacity in generated tokens per second; feeds utilization-based pricing.
	pub capacity_tps: u32,
	/// One device or a cluster.
	pub device: DeviceClass,
}

/// A gateway's declared endpoint.
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
pub struct GatewayConfig<T: Config> {
	/// Public base URL of the gateway's OpenAI-compatible API.
	pub url: BoundedVec<u8, T::MaxUrlLen>,
}

/// A gateway an application delegates (or delegated) to.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Delegation<AccountId> {
	/// The gateway allowed to sign relays on the application's behalf.
	pub gateway: AccountId,
	/// The first session it counts in: the one after it was made, or the registration's.
	pub from: SessionId,
	/// The session it was withdrawn in, if it was; it counts through this session.
	pub until: Option<SessionId>,
}

impl<AccountId> Delegation<AccountId> {
	/// Whether the delegation stood at some time in `session`.
	pub fn covers(&self, session: SessionId) -> bool {
		self.from <= session && self.until.is_none_or(|until| session <= until)
	}
}

/// Delegations an application keeps: its live ones and, for as long as their sessions can
/// still be claimed, the ones it withdrew.
pub type DelegationsOf<T> = BoundedVec<
	Delegation<<T as frame_system::Config>::AccountId>,
	polkadot_sdk::sp_runtime::traits::ConstU32<{ 2 * MAX_DELEGATIONS_BOUND }>,
>;

/// Upper bound of `Config::MaxDelegations`; the delegation list holds twice as many so that
/// withdrawn delegations can be remembered next to the live ones.
pub const MAX_DELEGATIONS_BOUND: u32 = 16;

/// An application's delegations and spending cap.
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
pub struct ApplicationConfig<T: Config> {
	/// Gateways it delegates to (`until` is `None`), and withdrawn delegations still provable.
	pub delegations: DelegationsOf<T>,
	/// Most the application may be charged in one session, from the current one on.
	pub spend_limit: BalanceOf<T>,
	/// A lower limit and the first session it applies to.
	pub next_limit: Option<(SessionId, BalanceOf<T>)>,
}

impl<T: Config> ApplicationConfig<T> {
	/// The gateways it delegates to now.
	pub fn gateways(&self) -> impl Iterator<Item = &T::AccountId> {
		self.delegations.iter().filter(|d| d.until.is_none()).map(|d| &d.gateway)
	}

	/// The spend limit in force in `session`.
	pub fn limit_in(&self, session: SessionId) -> BalanceOf<T> {
		match self.next_limit {
			Some((from, limit)) if session >= from => limit,
			_ => self.spend_limit,
		}
	}

	/// The highest limit still in force now or later: what the deposit must cover.
	fn highest_limit(&self) -> BalanceOf<T> {
		self.next_limit.map_or(self.spend_limit, |(_, l)| l.max(self.spend_limit))
	}
}

/// Governance-set staking parameters.
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
pub struct StakeParameters<Balance, BlockNumber> {
	/// Smallest active bond of a supplier.
	pub min_supplier_stake: Balance,
	/// Smallest active bond of a validator.
	pub min_validator_stake: Balance,
	/// Smallest active bond of a gateway.
	pub min_gateway_stake: Balance,
	/// Smallest deposit of an application.
	pub min_application_deposit: Balance,
	/// Blocks between unbonding and withdrawal.
	pub unbonding_period: BlockNumber,
}

impl<Balance: Zero, BlockNumber: From<u32>> Default for StakeParameters<Balance, BlockNumber> {
	fn default() -> Self {
		Self {
			min_supplier_stake: Zero::zero(),
			min_validator_stake: Zero::zero(),
			min_gateway_stake: Zero::zero(),
			min_application_deposit: Zero::zero(),
			unbonding_period: 1u32.into(),
		}
	}
}

impl<Balance: Copy, BlockNumber> StakeParameters<Balance, BlockNumber> {
	/// The minimum active bond for `role`.
	pub fn minimum(&self, role: Role) -> Balance {
		match role {
			Role::Supplier => self.min_supplier_stake,
			Role::Validator => self.min_validator_stake,
			Role::Gateway => self.min_gateway_stake,
			Role::Application => self.min_application_deposit,
		}
	}
}

/// The parameters type of a runtime.
pub type StakeParametersOf<T> = StakeParameters<BalanceOf<T>, BlockNumberFor<T>>;

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
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

	impl<T: Config> Pallet<T> {
		fn ensure_unregistered(who: &T::AccountId, role: Role) -> DispatchResult {
			ensure!(!Bonds::<T>::contains_key(role, who), Error::<T>::AlreadyRegistered);
			Ok(())
		}

		/// Hold `stake` for a new role bond, enforcing the minimum and the role's size bound.
		fn open_bond(who: &T::AccountId, role: Role, stake: BalanceOf<T>) -> DispatchResult {
			ensure!(!stake.is_zero(), Error::<T>::ZeroAmount);
			ensure!(stake >= Parameters::<T>::get().minimum(role), Error::<T>::StakeBelowMinimum);
			let members = MemberCount::<T>::get(role);
			ensure!(
				Self::max_members(role).is_none_or(|max| members < max),
				Error::<T>::TooManyMembers
			);
			T::Currency::hold(&HoldReason::from(role).into(), who, stake)
				.map_err(|_| Error::<T>::InsufficientBalance)?;
			Bonds::<T>::insert(role, who, Bond::<T>::new(stake));
			MemberCount::<T>::insert(role, members.saturating_add(1));
			Ok(())
		}

		/// The bound on the number of `role`'s members, for the roles that have one.
		pub fn max_members(role: Role) -> Option<u32> {
			match role {
				Role::Supplier => Some(T::MaxSuppliers::get()),
				Role::Validator => Some(T::MaxValidators::get()),
				Role::Gateway | Role::Application => None,
			}
		}

		/// Drops withdrawn delegations whose last session the chain no longer keeps: nothing of
		/// those sessions can be claimed any more.
		fn forget_old_delegations(delegations: &mut DelegationsOf<T>, now: SessionId) {
			delegations.retain(|d| match d.until {
				Some(until) => until >= now || T::Sessions::session_bounds(until).is_some(),
				None => true,
			});
		}

		fn remove_role(who: &T::AccountId, role: Role) {
			Bonds::<T>::remove(role, who);
			MemberCount::<T>::mutate(role, |count| *count = count.saturating_sub(1));
			match role {
				Role::Supplier =>
					if let Some(config) = Suppliers::<T>::take(who) {
						for model in &config.models {
							SuppliersByModel::<T>::remove(model, who);
						}
					},
				Role::Gateway => Gateways::<T>::remove(who),
				Role::Application => Applications::<T>::remove(who),
				Role::Validator => {},
			}
			Self::deposit_event(Event::Deregistered { who: who.clone(), role });
		}

		fn supplier_config(
			models: Vec<ModelId>,
			nats_subject: Vec<u8>,
			capacity_tps: u32,
			device: DeviceClass,
		) -> Result<SupplierConfig<T>, DispatchError> {
			ensure!(!models.is_empty(), Error::<T>::NoModels);
			ensure!(
				models.len() <= T::MaxModelsPerSupplier::get() as usize,
				Error::<T>::TooManyModels
			);
			let mut bounded = BoundedVec::new();
			for model in models {
				ensure!(T::Models::is_servable(model), Error::<T>::UnknownModel);
				ensure!(!bounded.contains(&model), Error::<T>::DuplicateModel);
				bounded.try_push(model).map_err(|_| Error::<T>::TooManyModels)?;
			}
			ensure!(is_valid_subject(&nats_subject), Error::<T>::InvalidSubject);
			let nats_subject = nats_subject.try_into().map_err(|_| Error::<T>::SubjectTooLong)?;
			ensure!(capacity_tps > 0, Error::<T>::ZeroCapacity);
			if let DeviceClass::Cluster { devices } = device {
				ensure!(
					devices >= 2 && devices <= T::MaxClusterDevices::get(),
					Error::<T>::InvalidDeviceCount
				);
			}
			Ok(SupplierConfig { models: bounded, nats_subject, capacity_tps, device })
		}

		fn bounded_url(url: Vec<u8>) -> Result<BoundedVec<u8, T::MaxUrlLen>, DispatchError> {
			ensure!(is_valid_url(&url), Error::<T>::InvalidUrl);
			Ok(url.try_into().map_err(|_| Error::<T>::UrlTooLong)?)
		}

		/// The configuration of an application, if registered.
		pub fn application(app: &T::AccountId) -> Option<ApplicationConfig<T>> {
			Applications::<T>::get(app)
		}
	}
}

impl<T: Config> Slash<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn slash(
		who: &T::AccountId,
		role: Role,
		fraction: Perbill,
		reason: SlashReason,
	) -> Result<BalanceOf<T>, DispatchError> {
		let mut bond = Bonds::<T>::get(role, who).ok_or(Error::<T>::NotRegistered)?;
		let target = fraction * bond.total();
		let (credit, missing) = T::Currency::slash(&HoldReason::from(role).into(), who, target);
		let slashed = target.saturating_sub(missing);
		T::OnSlash::on_unbalanced(credit);
		// Take from the active bond first, then from the newest unbonding chunks.
		let mut rest = slashed;
		let from_active = rest.min(bond.active);
		bond.active = bond.active.saturating_sub(from_active);
		rest = rest.saturating_sub(from_active);
		for chunk in bond.unlocking.iter_mut().rev() {
			let take = rest.min(chunk.value);
			chunk.value = chunk.value.saturating_sub(take);
			rest = rest.saturating_sub(take);
		}
		bond.unlocking.retain(|c| !c.value.is_zero());
		Bonds::<T>::insert(role, who, bond);
		Self::deposit_event(Event::Slashed { who: who.clone(), role, amount: slashed, reason });
		Ok(slashed)
	}
}

impl<T: Config> ApplicationFunds<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn spend_limit(app: &T::AccountId, session: SessionId) -> Option<BalanceOf<T>> {
		Applications::<T>::get(app).map(|c| c.limit_in(session))
	}

	fn pay_from_deposit(
		app: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> BalanceOf<T> {
		let Some(mut bond) = Bonds::<T>::get(Role::Application, app) else {
			return Zero::zero();
		};
		// The active deposit pays first, then what is unbonding: it backed the work being paid
		// for, and stays held until no charge is pending.
		let amount = amount.min(bond.total());
		if amount.is_zero() {
			return amount;
		}
		let moved = T::Currency::transfer_on_hold(
			&HoldReason::ApplicationDeposit.into(),
			app,
			to,
			amount,
			Precision::BestEffort,
			Restriction::Free,
			Fortitude::Polite,
		)
		.unwrap_or_else(|_| Zero::zero());
		let from_active = moved.min(bond.active);
		bond.active = bond.active.saturating_sub(from_active);
		let mut rest = moved.saturating_sub(from_active);
		for chunk in bond.unlocking.iter_mut().rev() {
			let take = rest.min(chunk.value);
			chunk.value = chunk.value.saturating_sub(take);
			rest = rest.saturating_sub(take);
		}
		bond.unlocking.retain(|c| !c.value.is_zero());
		Bonds::<T>::insert(Role::Application, app, bond);
		moved
	}
}

impl<T: Config> StakeInspect<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn active_stake(who: &T::AccountId, role: Role) -> BalanceOf<T> {
		Bonds::<T>::get(role, who).map(|b| b.active).unwrap_or_else(Zero::zero)
	}

	fn is_active(who: &T::AccountId, role: Role) -> bool {
		Bonds::<T>::get(role, who).is_some_and(|b| {
			!b.active.is_zero() && b.active >= Parameters::<T>::get().minimum(role)
		})
	}

	fn is_delegated(app: &T::AccountId, gateway: &T::AccountId, session: SessionId) -> bool {
		Applications::<T>::get(app)
			.is_some_and(|c| c.delegations.iter().any(|d| d.gateway == *gateway && d.covers(session)))
	}

	fn serves(supplier: &T::AccountId, model: ModelId) -> bool {
		SuppliersByModel::<T>::contains_key(model, supplier) &&
			Self::is_active(supplier, Role::Supplier)
	}

	fn active_members(role: Role) -> Vec<(T::AccountId, BalanceOf<T>)> {
		let minimum = Parameters::<T>::get().minimum(role);
		Bonds::<T>::iter_prefix(role)
			.filter(|(_, bond)| !bond.active.is_zero() && bond.active >= minimum)
			.map(|(who, bond)| (who, bond.active))
			.collect()
	}

	fn supplier_service(supplier: &T::AccountId) -> Option<(Vec<ModelId>, u32)> {
		Suppliers::<T>::get(supplier).map(|c| (c.models.into_inner(), c.capacity_tps))
	}
}

/// A NATS subject suppliers can be addressed on: dot-separated non-empty tokens of visible ASCII
/// with no wildcards (`*`, `>`), so that no supplier can subscribe to another's traffic.
fn is_valid_subject(subject: &[u8]) -> bool {
	!subject.is_empty() &&
		subject.split(|c| *c == b'.').all(|token| {
			!token.is_empty() &&
				token.iter().all(|c| c.is_ascii_graphic() && *c != b'*' && *c != b'>')
		})
}

/// An `http://` or `https://` URL with a host part and no whitespace or control bytes.
fn is_valid_url(url: &[u8]) -> bool {
	let rest = url.strip_prefix(b"https://").or_else(|| url.strip_prefix(b"http://"));
	rest.is_some_and(|r| !r.is_empty() && r[0] != b'/') && url.iter().all(|c| c.is_ascii_graphic())
}
