//! # Pricing pallet
//!
//! Every model has a price per 1k compute units (CU) that moves with demand once a session, as
//! PolyLink's dynamic pricing does and unlike POKT's flat price per relay:
//!
//! `p' = clamp(p · (1 + δ · clamp((U − U*) / U*, −1, 1)), floor, floor · cap_multiple)`
//!
//! - `U` is the CU settlement recorded for the model during the session that just ended
//!   ([`UsageMeter::record_usage`]) over the capacity its suppliers declared for that session:
//!   Σ declared generated tokens/s × the session's seconds × the model's CU per completion token.
//!   With no declared capacity, any usage counts as full demand and none as none.
//! - `δ` (at most `MaxDelta`) and the target `U*` are parameters; the relative excess is clamped
//!   to ±1 so that one session moves a price by at most ±δ.
//! - `floor` is the model's registered price floor; the cap is `cap_multiple` floors.
//! - A model is first priced at its floor.
//!
//! Prices are recomputed in the Sessions pallet's session-start hook ([`OnSessionStart`]), and
//! the price in force during each session is kept for `HistoryDepth` sessions, because
//! settlement charges a session's relays at that session's price some blocks after it ended.
//! The Council (or Root) sets the parameters with [`Pallet::set_parameters`]; they apply at
//! the next session start.

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
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod weights;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::{
	frame_support::pallet_prelude::*,
	frame_system::pallet_prelude::*,
	sp_runtime::{
		traits::{AtLeast32BitUnsigned, Saturating, UniqueSaturatedInto},
		Perbill, Permill,
	},
};
use scale_info::TypeInfo;
use sibyl_primitives::{
	ModelEconomics, ModelId, OnSessionStart, PriceOracle, SessionId, SessionInspect, UsageMeter,
};

/// Governance-set pricing parameters.
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
pub struct PricingParameters {
	/// Most a price moves in one session, as a share of itself; at most `MaxDelta`.
	pub delta: Permill,
	/// The utilization prices steer toward, `U*`; above zero.
	pub target_utilization: Permill,
	/// The price cap, in multiples of the model's floor; at least 1.
	pub cap_multiple: u32,
}

impl Default for PricingParameters {
	fn default() -> Self {
		Self {
			delta: Permill::from_percent(10),
			target_utilization: Permill::from_percent(50),
			cap_multiple: 100,
		}
	}
}

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::HistoryDepth::get() >= 1, "HistoryDepth must be at least 1");
			assert!(T::MillisecondsPerBlock::get() >= 1, "MillisecondsPerBlock must be at least 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// The currency unit prices are in.
		type Balance: Parameter
			+ MaxEncodedLen
			+ AtLeast32BitUnsigned
			+ Copy
			+ Default
			+ UniqueSaturatedInto<u128>;
		/// Floors and compute weights of the registered models.
		type Models: ModelEconomics<Self::Balance>;
		/// Session lengths and the capacity suppliers declared.
		type Sessions: SessionInspect<Self::AccountId, BlockNumberFor<Self>>;
		/// Who may change the parameters: Root or a Council majority.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Block time, to turn declared tokens per second into capacity per session.
		#[pallet::constant]
		type MillisecondsPerBlock: Get<u64>;
		/// Largest δ governance may set (docs/economics.md, "Prices": at most 12.5%).
		#[pallet::constant]
		type MaxDelta: Get<Permill>;
		/// Sessions whose prices are kept for settlement.
		#[pallet::constant]
		type HistoryDepth: Get<u32>;
		/// Weights of the calls and hooks.
		type WeightInfo: WeightInfo;
		/// Sets up, for the benchmarks, the state other pallets own.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self>;
	}

	/// The pricing parameters.
	#[pallet::storage]
	pub type Parameters<T: Config> = StorageValue<_, PricingParameters, ValueQuery>;

	/// Each priced model's current price per 1k CU.
	#[pallet::storage]
	pub type Prices<T: Config> = StorageMap<_, Twox64Concat, ModelId, T::Balance>;

	/// The price per 1k CU in force during each kept session, per model.
	#[pallet::storage]
	pub type SessionPrices<T: Config> =
		StorageDoubleMap<_, Twox64Concat, SessionId, Twox64Concat, ModelId, T::Balance>;

	/// CU settled for each model since the current session started.
	#[pallet::storage]
	pub type Usage<T: Config> = StorageMap<_, Twox64Concat, ModelId, u128, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(polkadot_sdk::frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		pub parameters: PricingParameters,
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(Pallet::<T>::valid(&self.parameters), "invalid genesis pricing parameters");
			Parameters::<T>::put(&self.parameters);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// `model` costs `price` per 1k CU in `session`, after `compute_units` were settled in the
		/// session before against `capacity_cu` declared.
		PriceUpdated {
			session: SessionId,
			model: ModelId,
			price: T::Balance,
			compute_units: u128,
			capacity_cu: u128,
			utilization: Permill,
		},
		/// The Council (or Root) set new parameters; they apply from the next session start.
		ParametersSet { parameters: PricingParameters },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// δ above `MaxDelta`, a zero target utilization or a cap below one floor.
		InvalidParameters,
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Sets the pricing parameters (Root or a Council majority); prices move by them from the
		/// next session start.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_parameters())]
		pub fn set_parameters(origin: OriginFor<T>, parameters: PricingParameters) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(Self::valid(&parameters), Error::<T>::InvalidParameters);
			Parameters::<T>::put(&parameters);
			Self::deposit_event(Event::ParametersSet { parameters });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// Whether `parameters` may be set.
		pub fn valid(parameters: &PricingParameters) -> bool {
			parameters.delta <= T::MaxDelta::get() &&
				!parameters.target_utilization.is_zero() &&
				parameters.cap_multiple >= 1
		}

		/// The current price per 1k CU of `model`: its last price, or its floor if never priced.
		pub fn price(model: ModelId) -> Option<T::Balance> {
			Prices::<T>::get(model).or_else(|| T::Models::price_floor(model))
		}

		/// Capacity in CU that `tps` generated tokens per second give over `blocks` blocks.
		pub fn capacity_cu(tps: u64, blocks: BlockNumberFor<T>, cu_per_token: u32) -> u128 {
			let blocks: u128 = blocks.unique_saturated_into();
			u128::from(tps)
				.saturating_mul(blocks)
				.saturating_mul(u128::from(T::MillisecondsPerBlock::get()))
				.saturating_mul(u128::from(cu_per_token)) /
				1000
		}

		/// The next price of a model priced `price` with `floor`, after `usage` CU against
		/// `capacity_cu`.
		pub fn next_price(
			params: &PricingParameters,
			price: T::Balance,
			floor: T::Balance,
			usage: u128,
			capacity_cu: u128,
		) -> T::Balance {
			let target = u128::from(params.target_utilization.deconstruct());
			// U − U* and U* on one scale: usage·10⁶ and target·capacity (both over capacity·10⁶).
			let demand = usage.saturating_mul(1_000_000);
			let aim = target.saturating_mul(capacity_cu);
			let delta = Perbill::from_parts(params.delta.deconstruct().saturating_mul(1_000));
			let (rising, excess) = if capacity_cu == 0 {
				(usage > 0, Perbill::one())
			} else if demand >= aim {
				(true, Perbill::from_rational((demand - aim).min(aim), aim))
			} else {
				(false, Perbill::from_rational(aim - demand, aim))
			};
			let step = (delta * excess).mul_ceil(price);
			let moved = if rising { price.saturating_add(step) } else { price.saturating_sub(step) };
			let cap = floor.saturating_mul(params.cap_multiple.into());
			moved.max(floor).min(cap.max(floor))
		}

		/// Reprices every servable model at the start of `session`, from the usage of `ended`.
		pub(crate) fn reprice(session: SessionId, ended: Option<(SessionId, BlockNumberFor<T>)>) -> Weight {
			let params = Parameters::<T>::get();
			let models = T::Models::servable_models();
			for &model in &models {
				let Some(floor) = T::Models::price_floor(model) else { continue };
				let price = match (Prices::<T>::get(model), ended) {
					(Some(price), Some((previous, length))) => {
						let usage = Usage::<T>::take(model);
						let (_, cu_per_token) = T::Models::compute_weights(model).unwrap_or((1, 1));
						let tps = T::Sessions::declared_capacity_tps(previous, model);
						let capacity_cu = Self::capacity_cu(tps, length, cu_per_token);
						let next = Self::next_price(&params, price, floor, usage, capacity_cu);
						let utilization = if capacity_cu == 0 {
							if usage > 0 { Permill::one() } else { Permill::zero() }
						} else {
							Permill::from_rational(usage.min(capacity_cu), capacity_cu)
						};
						Self::deposit_event(Event::PriceUpdated {
							session,
							model,
							price: next,
							compute_units: usage,
							capacity_cu,
							utilization,
						});
						next
					},
					// First priced: the floor.
					_ => {
						Usage::<T>::remove(model);
						floor
					},
				};
				Prices::<T>::insert(model, price);
				SessionPrices::<T>::insert(session, model, price);
			}
			if let Some(old) = session.checked_sub(u64::from(T::HistoryDepth::get())) {
				let _ = SessionPrices::<T>::clear_prefix(old, u32::MAX, None);
			}
			T::WeightInfo::reprice(models.len() as u32)
		}
	}
}

impl<T: Config> OnSessionStart<BlockNumberFor<T>> for Pallet<T> {
	fn on_session_start(session: SessionId, ended: Option<(SessionId, BlockNumberFor<T>)>) -> Weight {
		Self::reprice(session, ended)
	}
}

impl<T: Config> PriceOracle<T::Balance> for Pallet<T> {
	fn price_per_kcu(session: SessionId, model: ModelId) -> Option<T::Balance> {
		SessionPrices::<T>::get(session, model)
	}
}

impl<T: Config> UsageMeter for Pallet<T> {
	fn record_usage(model: ModelId, compute_units: u128) {
		Usage::<T>::mutate(model, |usage| *usage = usage.saturating_add(compute_units));
	}
}
