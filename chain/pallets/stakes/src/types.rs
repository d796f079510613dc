//! The types the Stakes pallet stores and takes: bonds, roles' configuration, parameters.

use super::*;

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
	pub(crate) fn new(active: BalanceOf<T>) -> Self {
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
	pub(crate) fn highest_limit(&self) -> BalanceOf<T> {
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
