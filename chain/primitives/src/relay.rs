//! Signed relays as the chain sees them in relay-mining proofs (docs/relay-mining.md). The gateway
//! signs a [`RelayEnvelope`], the supplier signs [`ResponseMetadata`]; both are SCALE payloads
//! signed with sr25519 under a domain tag, exactly as `offchain/libs/protocol` produces them. Neither
//! carries any prompt or output text, only their hashes.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::{
	sp_core::sr25519,
	sp_io::{crypto::sr25519_verify, hashing::blake2_256},
	sp_runtime::AccountId32,
};
use scale_info::TypeInfo;

use crate::{ModelId, SessionId};

/// Tag prefixed to an envelope payload before signing.
pub const ENVELOPE_DOMAIN: &[u8] = b"sibyl/relay-envelope/v1";
/// Tag prefixed to response metadata before signing.
pub const RESPONSE_DOMAIN: &[u8] = b"sibyl/response-metadata/v1";

/// Sampling parameters, fixed-point so they hash the same everywhere.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct SamplingParams {
	pub max_tokens: u32,
	pub temperature_milli: u32,
	pub top_p_milli: u32,
	pub seed: Option<u64>,
}

/// What a gateway signs for one request.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct RelayEnvelope {
	pub session: SessionId,
	pub app: AccountId32,
	pub gateway: AccountId32,
	pub supplier: AccountId32,
	pub model: ModelId,
	/// blake2_256 of the request body.
	pub request_hash: [u8; 32],
	/// The prompt's length in tokens under the model's tokenizer and chat template, as the
	/// gateway counted it: the most prompt tokens the application pays for. A supplier's signed
	/// usage may not exceed it.
	pub prompt_tokens: u32,
	pub sampling: SamplingParams,
	/// Unique per (gateway, session).
	pub nonce: u64,
}

/// What a supplier signs after answering.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ResponseMetadata {
	pub request_hash: [u8; 32],
	/// Hash chain over the streamed chunks.
	pub response_hash: [u8; 32],
	pub prompt_tokens: u32,
	pub completion_tokens: u32,
}

/// A relay as it is stored in a relay-mining tree: both signed payloads and their signatures.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct RelayLeaf {
	pub envelope: Vec<u8>,
	pub envelope_signature: [u8; 64],
	pub response: Vec<u8>,
	pub response_signature: [u8; 64],
}

/// A relay leaf as a proof carries it: only what its claim does not already say. The session,
/// application, supplier and model come from the claim and the response's request hash is the
/// envelope's, so [`CompactRelay::expand`] rebuilds the exact signed payloads from these fields
/// and the claim; counters are compact. About 250 bytes against the leaf's 365.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct CompactRelay {
	pub gateway: AccountId32,
	pub request_hash: [u8; 32],
	/// The envelope's signed prompt-token bound.
	#[codec(compact)]
	pub signed_prompt_tokens: u32,
	pub sampling: SamplingParams,
	#[codec(compact)]
	pub nonce: u64,
	pub envelope_signature: [u8; 64],
	pub response_hash: [u8; 32],
	#[codec(compact)]
	pub prompt_tokens: u32,
	#[codec(compact)]
	pub completion_tokens: u32,
	pub response_signature: [u8; 64],
}

impl CompactRelay {
	/// The relay leaf these fields describe within the claim for (`session`, `app`,
	/// `supplier`, `model`). A relay signed for any other claim expands to a leaf whose
	/// signatures and tree hash no longer match.
	pub fn expand(
		&self,
		session: SessionId,
		app: &AccountId32,
		supplier: &AccountId32,
		model: ModelId,
	) -> RelayLeaf {
		let envelope = RelayEnvelope {
			session,
			app: app.clone(),
			gateway: self.gateway.clone(),
			supplier: supplier.clone(),
			model,
			request_hash: self.request_hash,
			prompt_tokens: self.signed_prompt_tokens,
			sampling: self.sampling.clone(),
			nonce: self.nonce,
		};
		let response = ResponseMetadata {
			request_hash: self.request_hash,
			response_hash: self.response_hash,
			prompt_tokens: self.prompt_tokens,
			completion_tokens: self.completion_tokens,
		};
		RelayLeaf {
			envelope: envelope.encode(),
			envelope_signature: self.envelope_signature,
			response: response.encode(),
			response_signature: self.response_signature,
		}
	}
}

impl TryFrom<&RelayLeaf> for CompactRelay {
	type Error = RelayError;

	/// The compact form of a leaf whose payloads decode (signatures are not checked).
	fn try_from(leaf: &RelayLeaf) -> Result<Self, RelayError> {
		let envelope: RelayEnvelope = decode_exact(&leaf.envelope)?;
		let response: ResponseMetadata = decode_exact(&leaf.response)?;
		if response.request_hash != envelope.request_hash {
			return Err(RelayError::RequestMismatch);
		}
		Ok(Self {
			gateway: envelope.gateway,
			request_hash: envelope.request_hash,
			signed_prompt_tokens: envelope.prompt_tokens,
			sampling: envelope.sampling,
			nonce: envelope.nonce,
			envelope_signature: leaf.envelope_signature,
			response_hash: response.response_hash,
			prompt_tokens: response.prompt_tokens,
			completion_tokens: response.completion_tokens,
			response_signature: leaf.response_signature,
		})
	}
}

/// Why a relay leaf's payloads do not describe one relay.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RelayError {
	/// A payload is not the SCALE encoding of its type (or has trailing bytes).
	Malformed,
	/// The response answers another request.
	RequestMismatch,
}

/// Whose signature on a relay leaf failed to verify.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BadSignature {
	/// The envelope is not signed by the gateway.
	Gateway,
	/// The response metadata is not signed by the supplier.
	Supplier,
}

fn decode_exact<T: Decode>(bytes: &[u8]) -> Result<T, RelayError> {
	let mut input = bytes;
	let value = T::decode(&mut input).map_err(|_| RelayError::Malformed)?;
	if !input.is_empty() {
		return Err(RelayError::Malformed);
	}
	Ok(value)
}

fn signed_by(domain: &[u8], payload: &[u8], signature: &[u8; 64], signer: &AccountId32) -> bool {
	let mut message = Vec::with_capacity(domain.len() + payload.len());
	message.extend_from_slice(domain);
	message.extend_from_slice(payload);
	let public = sr25519::Public::from_raw(*<AccountId32 as AsRef<[u8; 32]>>::as_ref(signer));
	sr25519_verify(&sr25519::Signature::from_raw(*signature), &message, &public)
}

impl RelayLeaf {
	/// The relay-mining key: blake2_256 of the envelope payload.
	pub fn mining_key(&self) -> [u8; 32] {
		blake2_256(&self.envelope)
	}

	/// The relay's name for TIQE+: blake2_256(envelope payload ‖ response payload).
	pub fn digest(&self) -> [u8; 32] {
		let mut both = Vec::with_capacity(self.envelope.len() + self.response.len());
		both.extend_from_slice(&self.envelope);
		both.extend_from_slice(&self.response);
		blake2_256(&both)
	}

	/// Checks that `gateway` signed the envelope and `supplier` the response metadata. The
	/// signers are the caller's to know (for a [`CompactRelay::expand`]ed leaf, its gateway
	/// and the claim's supplier), so the payloads are not decoded again.
	pub fn check_signatures(
		&self,
		gateway: &AccountId32,
		supplier: &AccountId32,
	) -> Result<(), BadSignature> {
		if !signed_by(ENVELOPE_DOMAIN, &self.envelope, &self.envelope_signature, gateway) {
			return Err(BadSignature::Gateway);
		}
		if !signed_by(RESPONSE_DOMAIN, &self.response, &self.response_signature, supplier) {
			return Err(BadSignature::Supplier);
		}
		Ok(())
	}
}

/// Why a relay's signed usage cannot be paid for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum UsageError {
	/// The supplier counted more prompt tokens than the gateway signed for.
	PromptAboveSigned,
	/// More completion tokens than the request's `max_tokens`.
	CompletionAboveSigned,
	/// Prompt and completion together exceed the model's context.
	AboveContext,
	/// No compute units (nothing served) or an overflow.
	NoComputeUnits,
}

impl CompactRelay {
	/// The compute units this relay is paid for, once its usage is checked against what the
	/// gateway signed (prompt-token bound, `max_tokens`) and the model's `context_length`.
	pub fn paid_compute_units(&self, weights: (u32, u32), context_length: u32) -> Result<u64, UsageError> {
		check_usage(
			(self.prompt_tokens, self.completion_tokens),
			(self.signed_prompt_tokens, self.sampling.max_tokens),
			weights,
			context_length,
		)
	}
}

/// Compute units of a usage `(prompt, completion)` that stays within the payer's signed bounds
/// `(prompt bound, max_tokens)` and the model's context; the one rule relays and jobs share.
pub fn check_usage(
	(prompt, completion): (u32, u32),
	(prompt_bound, max_tokens): (u32, u32),
	weights: (u32, u32),
	context_length: u32,
) -> Result<u64, UsageError> {
	if prompt > prompt_bound {
		return Err(UsageError::PromptAboveSigned);
	}
	if completion > max_tokens {
		return Err(UsageError::CompletionAboveSigned);
	}
	if u64::from(prompt) + u64::from(completion) > u64::from(context_length) {
		return Err(UsageError::AboveContext);
	}
	compute_units(weights, prompt, completion).filter(|cu| *cu > 0).ok_or(UsageError::NoComputeUnits)
}

/// Compute units of a relay: prompt and completion tokens at the model's per-token weights.
/// `None` on overflow.
pub fn compute_units(weights: (u32, u32), prompt_tokens: u32, completion_tokens: u32) -> Option<u64> {
	u64::from(prompt_tokens)
		.checked_mul(u64::from(weights.0))?
		.checked_add(u64::from(completion_tokens).checked_mul(u64::from(weights.1))?)
}
