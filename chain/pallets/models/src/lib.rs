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

/// The balance type of the currency that deposits are held in.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// URI schemes a model may be fetched from. Anything else is rejected at registration, because a
/// supplier could not fetch it and validators could not check it.
pub const URI_SCHEMES: [&[u8]; 4] = [b"hf://", b"https://", b"pypi:", b"file://"];

/// Compute units charged per token. Prices are per 1k compute units, so these weights let a
/// large model cost more per token than a small one, and generated tokens more than prompt ones.
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
pub struct ComputeWeights {
	/// Compute units per prompt (prefill) token.
	pub prompt_token: u32,
	/// Compute units per completion (generated) token.
	pub completion_token: u32,
}

/// Whether a model may still be served.
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
pub enum ModelStatus {
	/// Servable and billable.
	Active,
	/// Retired by its owner or by governance; kept for the record, no longer servable.
	Retired,
}

/// A model as submitted to [`Pallet::register`]. Byte fields are unbounded here so that an
/// over-long field is reported as a named error instead of a decoding failure.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ModelSpec<Balance> {
	/// Human-readable name, UTF-8, e.g. `gemma-3-270m-it`.
	pub name: Vec<u8>,
	/// sha256 of the GGUF file (of the reassembled file when split across packages).
	pub sha256: [u8; 32],
	/// Size of the GGUF file in bytes.
	pub size_bytes: u64,
	/// Quantization type as GGUF names it, e.g. `Q4_K_M`.
	pub quantization: Vec<u8>,
	/// Maximum context length in tokens.
	pub context_length: u32,
	/// The chat template (Jinja, as in the GGUF metadata) or empty for the file's own.
	pub chat_template: Vec<u8>,
	/// SPDX identifier or short license name.
	pub license: Vec<u8>,
	/// Where to fetch the file: `hf://`, `https://`, `pypi:` or `file://` URIs.
	pub uris: Vec<Vec<u8>>,
	/// Share of every charge for this model paid to its owner.
	pub royalty: Perbill,
	/// Lowest price per 1k compute units that dynamic pricing may reach.
	pub price_floor: Balance,
	/// Compute units per token.
	pub compute_weights: ComputeWeights,
}

/// Changes to a model's mutable metadata; `None` leaves a field as it is.
#[derive(
	Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug, Default,
)]
pub struct ModelUpdate<Balance> {
	/// New name.
	pub name: Option<Vec<u8>>,
	/// New chat template.
	pub chat_template: Option<Vec<u8>>,
	/// New license.
	pub license: Option<Vec<u8>>,
	/// New fetch URIs (replaces the whole list).
	pub uris: Option<Vec<Vec<u8>>>,
	/// New royalty share.
	pub royalty: Option<Perbill>,
	/// New price floor.
	pub price_floor: Option<Balance>,
}

/// A registered model as stored.
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
pub struct ModelInfo<T: Config> {
	/// The Source that registered the model and receives its royalty.
	pub owner: T::AccountId,
	/// Human-readable name.
	pub name: BoundedVec<u8, T::MaxNameLen>,
	/// sha256 of the GGUF file.
	pub sha256: [u8; 32],
	/// Size of the GGUF file in bytes.
	pub size_bytes: u64,
	/// Quantization type, e.g. `Q4_K_M`.
	pub quantization: BoundedVec<u8, T::MaxQuantizationLen>,
	/// Maximum context length in tokens.
	pub context_length: u32,
	/// Chat template, or empty for the one in the file.
	pub chat_template: BoundedVec<u8, T::MaxChatTemplateLen>,
	/// License.
	pub license: BoundedVec<u8, T::MaxLicenseLen>,
	/// Fetch URIs.
	pub uris: BoundedVec<BoundedVec<u8, T::MaxUriLen>, T::MaxUris>,
	/// Royalty share of each charge.
	pub royalty: Perbill,
	/// Price floor per 1k compute units.
	pub price_floor: BalanceOf<T>,
	/// Compute units per token.
	pub compute_weights: ComputeWeights,
	/// Deposit held from the owner while the model is active.
	pub deposit: BalanceOf<T>,
	/// Active or retired.
	pub status: ModelStatus,
	/// Block of registration.
	pub registered_at: BlockNumberFor<T>,
}

/// Governance-set parameters of the registry.
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
pub struct ModelParameters<Balance> {
	/// Fixed part of the registration deposit.
	pub deposit_base: Balance,
	/// Deposit per byte of stored model metadata.
	pub deposit_per_byte: Balance,
	/// Highest royalty share a model may ask for.
	pub max_royalty: Perbill,
}

impl<Balance: Zero> Default for ModelParameters<Balance> {
	fn default() -> Self {
		Self {
			deposit_base: Zero::zero(),
			deposit_per_byte: Zero::zero(),
			max_royalty: Perbill::from_percent(50),
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

	impl<T: Config> Pallet<T> {
		/// Check a spec field by field and build the stored record (deposit still zero).
		fn validate(
			owner: T::AccountId,
			spec: ModelSpec<BalanceOf<T>>,
		) -> Result<ModelInfo<T>, DispatchError> {
			ensure!(spec.sha256 != [0u8; 32], Error::<T>::InvalidSha256);
			ensure!(spec.size_bytes > 0, Error::<T>::ZeroSize);
			ensure!(
				!spec.quantization.is_empty() &&
					spec.quantization.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_'),
				Error::<T>::InvalidQuantization
			);
			ensure!(
				spec.context_length > 0 && spec.context_length <= T::MaxContextLength::get(),
				Error::<T>::InvalidContextLength
			);
			ensure!(spec.royalty <= Parameters::<T>::get().max_royalty, Error::<T>::RoyaltyTooHigh);
			ensure!(
				spec.compute_weights.prompt_token > 0 && spec.compute_weights.completion_token > 0,
				Error::<T>::ZeroComputeWeight
			);
			Ok(ModelInfo {
				owner,
				name: Self::bounded_name(spec.name)?,
				sha256: spec.sha256,
				size_bytes: spec.size_bytes,
				quantization: spec
					.quantization
					.try_into()
					.map_err(|_| Error::<T>::QuantizationTooLong)?,
				context_length: spec.context_length,
				chat_template: spec
					.chat_template
					.try_into()
					.map_err(|_| Error::<T>::ChatTemplateTooLong)?,
				license: Self::bounded_license(spec.license)?,
				uris: Self::bounded_uris(spec.uris)?,
				royalty: spec.royalty,
				price_floor: spec.price_floor,
				compute_weights: spec.compute_weights,
				deposit: Zero::zero(),
				status: ModelStatus::Active,
				registered_at: frame_system::Pallet::<T>::block_number(),
			})
		}

		fn bounded_name(name: Vec<u8>) -> Result<BoundedVec<u8, T::MaxNameLen>, DispatchError> {
			ensure!(is_printable_utf8(&name), Error::<T>::InvalidName);
			Ok(name.try_into().map_err(|_| Error::<T>::NameTooLong)?)
		}

		fn bounded_license(
			license: Vec<u8>,
		) -> Result<BoundedVec<u8, T::MaxLicenseLen>, DispatchError> {
			ensure!(is_printable_utf8(&license), Error::<T>::InvalidLicense);
			Ok(license.try_into().map_err(|_| Error::<T>::LicenseTooLong)?)
		}

		fn bounded_uris(
			uris: Vec<Vec<u8>>,
		) -> Result<BoundedVec<BoundedVec<u8, T::MaxUriLen>, T::MaxUris>, DispatchError> {
			ensure!(!uris.is_empty(), Error::<T>::NoUris);
			ensure!(uris.len() <= T::MaxUris::get() as usize, Error::<T>::TooManyUris);
			let mut bounded = BoundedVec::new();
			for uri in uris {
				ensure!(is_supported_uri(&uri), Error::<T>::UnsupportedUri);
				let uri: BoundedVec<u8, T::MaxUriLen> =
					uri.try_into().map_err(|_| Error::<T>::UriTooLong)?;
				bounded.try_push(uri).map_err(|_| Error::<T>::TooManyUris)?;
			}
			Ok(bounded)
		}

		/// Deposit for storing `info`: base plus a per-byte rate on its encoded size.
		pub fn deposit_for(info: &ModelInfo<T>) -> Result<BalanceOf<T>, DispatchError> {
			let params = Parameters::<T>::get();
			let bytes: BalanceOf<T> = (info.encoded_size() as u32).into();
			let per_byte = params.deposit_per_byte.saturating_mul(bytes);
			Ok(params.deposit_base.checked_add(&per_byte).ok_or(Error::<T>::Overflow)?)
		}

		fn do_retire(model: ModelId, mut info: ModelInfo<T>, by_governance: bool) -> DispatchResult {
			ensure!(info.status == ModelStatus::Active, Error::<T>::ModelRetired);
			T::Currency::release(
				&HoldReason::ModelDeposit.into(),
				&info.owner,
				info.deposit,
				Precision::BestEffort,
			)?;
			ModelBySha256::<T>::remove(info.sha256);
			info.status = ModelStatus::Retired;
			info.deposit = Zero::zero();
			Registry::<T>::insert(model, info);
			let prune_at =
				frame_system::Pallet::<T>::block_number().saturating_add(T::RetiredRetention::get());
			// Each model is retired once and counts toward `MaxModels` until pruned: room.
			RetiredQueue::<T>::try_mutate(|queue| queue.try_push((model, prune_at)))
				.map_err(|_| Error::<T>::TooManyModels)?;
			Self::deposit_event(Event::ModelRetired { model, by_governance, prune_at });
			Ok(())
		}

		/// Removes the records of retired models whose retention ended, oldest first.
		fn prune_retired(now: BlockNumberFor<T>) -> Weight {
			let mut queue = RetiredQueue::<T>::get();
			let due = queue
				.iter()
				.take(T::MaxPrunedPerBlock::get() as usize)
				.take_while(|(_, at)| *at <= now)
				.count();
			if due == 0 {
				return T::WeightInfo::prune_retired(0);
			}
			for (model, _) in queue.drain(..due) {
				Registry::<T>::remove(model);
				Self::deposit_event(Event::ModelPruned { model });
			}
			ModelCount::<T>::mutate(|count| *count = count.saturating_sub(due as u32));
			RetiredQueue::<T>::put(queue);
			T::WeightInfo::prune_retired(due as u32)
		}
	}
}

impl<T: Config> ModelRegistry for Pallet<T> {
	fn is_servable(model: ModelId) -> bool {
		Registry::<T>::get(model).is_some_and(|m| m.status == ModelStatus::Active)
	}
}

impl<T: Config> ModelOwnership<T::AccountId> for Pallet<T> {
	fn royalty(model: ModelId) -> Option<(T::AccountId, Perbill)> {
		Registry::<T>::get(model).map(|m| (m.owner, m.royalty))
	}
}

impl<T: Config> ModelEconomics<BalanceOf<T>> for Pallet<T> {
	fn servable_models() -> Vec<ModelId> {
		Registry::<T>::iter()
			.filter(|(_, m)| m.status == ModelStatus::Active)
			.map(|(id, _)| id)
			.collect()
	}

	fn price_floor(model: ModelId) -> Option<BalanceOf<T>> {
		Registry::<T>::get(model).map(|m| m.price_floor)
	}

	fn compute_weights(model: ModelId) -> Option<(u32, u32)> {
		Registry::<T>::get(model)
			.map(|m| (m.compute_weights.prompt_token, m.compute_weights.completion_token))
	}

	fn context_length(model: ModelId) -> Option<u32> {
		Registry::<T>::get(model).map(|m| m.context_length)
	}
}

/// Non-empty UTF-8 without control characters.
fn is_printable_utf8(bytes: &[u8]) -> bool {
	!bytes.is_empty() &&
		core::str::from_utf8(bytes).is_ok_and(|s| !s.chars().any(|c| c.is_control()))
}

/// One of [`URI_SCHEMES`], something after it, and no whitespace or control bytes.
fn is_supported_uri(uri: &[u8]) -> bool {
	let visible = uri.iter().all(|c| c.is_ascii_graphic());
	visible &&
		URI_SCHEMES
			.iter()
			.any(|scheme| uri.len() > scheme.len() && uri.starts_with(scheme))
}
