//! # Models pallet
//!
//! The registry of models that Sibyl can serve. A *Source* (model publisher) registers a GGUF
//! file by its sha256 together with everything a supplier needs to fetch and run it and everything
//! the network needs to price and verify it: size, quantization, context length, chat template,
//! license, fetch URIs, royalty share, price floor and per-token compute-unit weights.
//!
//! Registration holds a deposit proportional to the stored size, so the registry cannot be
//! flooded for free; retiring a model releases it. The registry holds at most `MaxModels`
//! models, so the hooks that walk it (repricing at each session start) have a bounded cost: a
//! retired model's record is pruned `RetiredRetention` blocks after it retired, once nothing
//! served before can still be claimed or settled against it. The identity of the artifact (sha256, size,
//! quantization, compute weights) is immutable: a new file is a new model, so a supplier's claim
//! to serve model `n` always means one exact set of weights.
//!
//! ## Calls
//! - [`Pallet::register`]: register a model, holding the deposit.
//! - [`Pallet::update`]: change a model's mutable metadata (owner only).
//! - [`Pallet::retire`]: retire a model and release its deposit (owner only).
//! - [`Pallet::force_retire`]: retire a model by governance.
//! - [`Pallet::set_parameters`]: set deposits and the royalty cap by governance.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod weights;

mod impl_traits;
mod registration;
mod retirement;
mod types;
pub use registration::URI_SCHEMES;
pub use types::*;

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::{
	frame_system,
	frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, MutateHold},
			tokens::Precision,
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
use sibyl_primitives::{ModelEconomics, ModelId, ModelOwnership, ModelRegistry};


#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The currency deposits are held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;
		/// Origin allowed to set parameters and force-retire models (Council or Root).
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Longest model name in bytes.
		#[pallet::constant]
		type MaxNameLen: Get<u32>;
		/// Longest quantization name in bytes.
		#[pallet::constant]
		type MaxQuantizationLen: Get<u32>;
		/// Longest chat template in bytes.
		#[pallet::constant]
		type MaxChatTemplateLen: Get<u32>;
		/// Longest license string in bytes.
		#[pallet::constant]
		type MaxLicenseLen: Get<u32>;
		/// Longest fetch URI in bytes.
		#[pallet::constant]
		type MaxUriLen: Get<u32>;
		/// Most fetch URIs per model.
		#[pallet::constant]
		type MaxUris: Get<u32>;
		/// Largest context length a model may declare, in tokens.
		#[pallet::constant]
		type MaxContextLength: Get<u32>;
		/// Most models in the registry, active or retired and not yet pruned.
		#[pallet::constant]
		type MaxModels: Get<u32>;
		/// Blocks a retired model's record is kept: claims, proofs and settlements of work
		/// served before still read its weights, context and royalty.
		type RetiredRetention: Get<BlockNumberFor<Self>>;
		/// Most retired models pruned per block.
		#[pallet::constant]
		type MaxPrunedPerBlock: Get<u32>;
		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// Reasons this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The registration deposit of an active model.
		#[codec(index = 0)]
		ModelDeposit,
	}

	/// The id the next registered model receives.
	#[pallet::storage]
	pub type NextModelId<T> = StorageValue<_, ModelId, ValueQuery>;

	/// Every registered model, active or retired (until pruned).
	#[pallet::storage]
	pub type Registry<T: Config> = StorageMap<_, Twox64Concat, ModelId, ModelInfo<T>>;

	/// Number of models in [`Registry`].
	#[pallet::storage]
	pub type ModelCount<T> = StorageValue<_, u32, ValueQuery>;

	/// Retired models and the block from which their record is pruned, oldest first.
	#[pallet::storage]
	pub type RetiredQueue<T: Config> =
		StorageValue<_, BoundedVec<(ModelId, BlockNumberFor<T>), T::MaxModels>, ValueQuery>;

	/// Active models by the sha256 of their file; one active registration per file.
	#[pallet::storage]
	pub type ModelBySha256<T> = StorageMap<_, Identity, [u8; 32], ModelId>;

	/// Registry parameters, changed by [`Pallet::set_parameters`].
	#[pallet::storage]
	pub type Parameters<T: Config> = StorageValue<_, ModelParameters<BalanceOf<T>>, ValueQuery>;

	#[pallet::genesis_config]
	#[derive(polkadot_sdk::frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Initial registry parameters.
		pub parameters: ModelParameters<BalanceOf<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			Parameters::<T>::put(self.parameters.clone());
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A model was registered.
		ModelRegistered {
			model: ModelId,
			owner: T::AccountId,
			sha256: [u8; 32],
			deposit: BalanceOf<T>,
		},
		/// A model's metadata changed; `deposit` is the deposit now held.
		ModelUpdated { model: ModelId, deposit: BalanceOf<T> },
		/// A model was retired and its deposit released; its record is pruned from `prune_at`.
		ModelRetired { model: ModelId, by_governance: bool, prune_at: BlockNumberFor<T> },
		/// A retired model's record was removed.
		ModelPruned { model: ModelId },
		/// Registry parameters changed.
		ParametersSet { parameters: ModelParameters<BalanceOf<T>> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The name is empty or not printable UTF-8.
		InvalidName,
		/// The name is longer than `MaxNameLen`.
		NameTooLong,
		/// The sha256 is all zeroes.
		InvalidSha256,
		/// The file size is zero.
		ZeroSize,
		/// The quantization is empty or has characters other than ASCII letters, digits and `_`.
		InvalidQuantization,
		/// The quantization is longer than `MaxQuantizationLen`.
		QuantizationTooLong,
		/// The context length is zero or above `MaxContextLength`.
		InvalidContextLength,
		/// The chat template is longer than `MaxChatTemplateLen`.
		ChatTemplateTooLong,
		/// The license is empty or not printable UTF-8.
		InvalidLicense,
		/// The license is longer than `MaxLicenseLen`.
		LicenseTooLong,
		/// No fetch URI was given.
		NoUris,
		/// More than `MaxUris` fetch URIs.
		TooManyUris,
		/// A fetch URI is longer than `MaxUriLen`.
		UriTooLong,
		/// A fetch URI is not one of `hf://`, `https://`, `pypi:`, `file://`, or has nothing after
		/// the scheme, or has whitespace or control characters.
		UnsupportedUri,
		/// The royalty is above the governance cap.
		RoyaltyTooHigh,
		/// A compute weight is zero.
		ZeroComputeWeight,
		/// An active model with this sha256 is already registered.
		DuplicateModel,
		/// No model with this id.
		UnknownModel,
		/// Only the model's owner may do this.
		NotOwner,
		/// The model is retired.
		ModelRetired,
		/// The update changes nothing.
		EmptyUpdate,
		/// The owner cannot afford the deposit.
		InsufficientBalance,
		/// Model ids are exhausted.
		IdsExhausted,
		/// The registry holds `MaxModels` models; retired ones leave once pruned.
		TooManyModels,
		/// An arithmetic overflow in the deposit.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Prunes up to `MaxPrunedPerBlock` retired models whose retention ended.
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::prune_retired(now)
		}

		fn integrity_test() {
			assert!(T::MaxModels::get() >= 1, "MaxModels must be at least 1");
			assert!(T::MaxNameLen::get() >= 1, "MaxNameLen must be at least 1");
			assert!(T::MaxUris::get() >= 1, "MaxUris must be at least 1");
			assert!(T::MaxUriLen::get() >= 1, "MaxUriLen must be at least 1");
			assert!(T::MaxContextLength::get() >= 1, "MaxContextLength must be at least 1");
			// Otherwise retired models would never leave the registry.
			assert!(T::MaxPrunedPerBlock::get() >= 1, "MaxPrunedPerBlock must be at least 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register a model and hold its deposit from the caller, who becomes its owner.
		///
		/// Emits [`Event::ModelRegistered`].
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register())]
		pub fn register(origin: OriginFor<T>, spec: ModelSpec<BalanceOf<T>>) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			ensure!(!ModelBySha256::<T>::contains_key(spec.sha256), Error::<T>::DuplicateModel);
			let count = ModelCount::<T>::get();
			ensure!(count < T::MaxModels::get(), Error::<T>::TooManyModels);
			let id = NextModelId::<T>::get();
			let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
			let mut info = Self::validate(owner.clone(), spec)?;
			let deposit = Self::deposit_for(&info)?;
			T::Currency::hold(&HoldReason::ModelDeposit.into(), &owner, deposit)
				.map_err(|_| Error::<T>::InsufficientBalance)?;
			info.deposit = deposit;
			ModelBySha256::<T>::insert(info.sha256, id);
			let sha256 = info.sha256;
			Registry::<T>::insert(id, info);
			ModelCount::<T>::put(count.saturating_add(1));
			NextModelId::<T>::put(next);
			Self::deposit_event(Event::ModelRegistered { model: id, owner, sha256, deposit });
			Ok(())
		}

		/// Change a model's mutable metadata. The deposit is topped up or partly released to
		/// match the new stored size. Owner only; the model must be active.
		///
		/// Emits [`Event::ModelUpdated`].
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update())]
		pub fn update(
			origin: OriginFor<T>,
			model: ModelId,
			update: ModelUpdate<BalanceOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			ensure!(update != ModelUpdate::default(), Error::<T>::EmptyUpdate);
			let mut info = Registry::<T>::get(model).ok_or(Error::<T>::UnknownModel)?;
			ensure!(info.owner == who, Error::<T>::NotOwner);
			ensure!(info.status == ModelStatus::Active, Error::<T>::ModelRetired);
			if let Some(name) = update.name {
				info.name = Self::bounded_name(name)?;
			}
			if let Some(template) = update.chat_template {
				info.chat_template =
					template.try_into().map_err(|_| Error::<T>::ChatTemplateTooLong)?;
			}
			if let Some(license) = update.license {
				info.license = Self::bounded_license(license)?;
			}
			if let Some(uris) = update.uris {
				info.uris = Self::bounded_uris(uris)?;
			}
			if let Some(royalty) = update.royalty {
				ensure!(royalty <= Parameters::<T>::get().max_royalty, Error::<T>::RoyaltyTooHigh);
				info.royalty = royalty;
			}
			if let Some(floor) = update.price_floor {
				info.price_floor = floor;
			}
			let deposit = Self::deposit_for(&info)?;
			let reason = HoldReason::ModelDeposit.into();
			if let Some(more) = deposit.checked_sub(&info.deposit).filter(|d| !d.is_zero()) {
				T::Currency::hold(&reason, &who, more)
					.map_err(|_| Error::<T>::InsufficientBalance)?;
			} else if let Some(less) = info.deposit.checked_sub(&deposit).filter(|d| !d.is_zero())
			{
				T::Currency::release(&reason, &who, less, Precision::BestEffort)?;
			}
			info.deposit = deposit;
			Registry::<T>::insert(model, info);
			Self::deposit_event(Event::ModelUpdated { model, deposit });
			Ok(())
		}

		/// Retire a model: it can no longer be served, and its deposit is released. Owner only.
		///
		/// Emits [`Event::ModelRetired`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::retire())]
		pub fn retire(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let info = Registry::<T>::get(model).ok_or(Error::<T>::UnknownModel)?;
			ensure!(info.owner == who, Error::<T>::NotOwner);
			Self::do_retire(model, info, false)
		}

		/// Retire a model by governance (for example a license violation); the deposit is
		/// released to the owner.
		///
		/// Emits [`Event::ModelRetired`].
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::retire())]
		pub fn force_retire(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			let info = Registry::<T>::get(model).ok_or(Error::<T>::UnknownModel)?;
			Self::do_retire(model, info, true)
		}

		/// Set the registry parameters. Deposits of models already registered change on their
		/// next update.
		///
		/// Emits [`Event::ParametersSet`].
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::set_parameters())]
		pub fn set_parameters(
			origin: OriginFor<T>,
			parameters: ModelParameters<BalanceOf<T>>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			Parameters::<T>::put(parameters.clone());
			Self::deposit_event(Event::ParametersSet { parameters });
			Ok(())
		}
	}
}
