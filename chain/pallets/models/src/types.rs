//! The types the Models pallet stores and takes: specs and updates as submitted, records as
//! stored, compute weights, status and parameters.

use super::*;

/// The balance type of the currency that deposits are held in.
pub type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;

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
