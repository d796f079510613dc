//! Registering a model: checking a submitted spec field by field into the stored record, and
//! the deposit that record costs.

use super::*;

/// URI schemes a model may be fetched from. Anything else is rejected at registration, because a
/// supplier could not fetch it and validators could not check it.
pub const URI_SCHEMES: [&[u8]; 4] = [b"hf://", b"https://", b"pypi:", b"file://"];

impl<T: Config> Pallet<T> {
	/// Check a spec field by field and build the stored record (deposit still zero).
	pub(crate) fn validate(
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

	/// The name, if printable UTF-8 within `MaxNameLen`.
	pub(crate) fn bounded_name(
		name: Vec<u8>,
	) -> Result<BoundedVec<u8, T::MaxNameLen>, DispatchError> {
		ensure!(is_printable_utf8(&name), Error::<T>::InvalidName);
		Ok(name.try_into().map_err(|_| Error::<T>::NameTooLong)?)
	}

	/// The license, if printable UTF-8 within `MaxLicenseLen`.
	pub(crate) fn bounded_license(
		license: Vec<u8>,
	) -> Result<BoundedVec<u8, T::MaxLicenseLen>, DispatchError> {
		ensure!(is_printable_utf8(&license), Error::<T>::InvalidLicense);
		Ok(license.try_into().map_err(|_| Error::<T>::LicenseTooLong)?)
	}

	/// The fetch URIs: one to `MaxUris` of them, each of a supported scheme within `MaxUriLen`.
	pub(crate) fn bounded_uris(
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
