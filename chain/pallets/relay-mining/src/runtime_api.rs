//! The runtime API through which suppliers (and anyone checking them) read relay mining's rules
//! instead of re-deriving them: a session's claim and proof windows, a relay's compute units and
//! the session's mining probability.

use crate::ClaimWindows;
use codec::Codec;
use sibyl_primitives::{ModelId, SessionId};

polkadot_sdk::sp_api::decl_runtime_apis! {
	/// Relay mining's windows and metering.
	pub trait RelayMiningApi<BlockNumber>
	where
		BlockNumber: Codec,
	{
		/// The claim and proof windows of an ended `session` the chain still keeps; `None`
		/// for the current session, a future one or a pruned one.
		fn claim_windows(session: SessionId) -> Option<ClaimWindows<BlockNumber>>;
		/// Compute units of a relay of `model` with this usage; `None` for an unknown model or
		/// an overflow.
		fn compute_units(model: ModelId, prompt_tokens: u32, completion_tokens: u32) -> Option<u64>;
		/// The probability that a relay of `model` in `session` is mined, in units of 2⁻⁶⁴
		/// (2⁶⁴: every relay).
		fn mining_probability(session: SessionId, model: ModelId) -> u128;
	}
}
