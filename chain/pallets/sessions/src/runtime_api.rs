//! The runtime API through which gateways, suppliers and wallets read sessions: which session is
//! running and which suppliers serve an application's model in it.

use crate::SessionInfo;
use alloc::vec::Vec;
use codec::Codec;
use sibyl_primitives::{ModelId, SessionId};

polkadot_sdk::sp_api::decl_runtime_apis! {
	/// Sessions and their supplier sets.
	pub trait SessionsApi<AccountId, BlockNumber, Hash>
	where
		AccountId: Codec,
		BlockNumber: Codec,
		Hash: Codec,
	{
		/// The session in progress and what the chain keeps of it.
		fn current_session() -> (SessionId, Option<SessionInfo<BlockNumber, Hash>>);
		/// A session the chain still keeps (the current one and `retained_sessions` before it).
		fn session(session: SessionId) -> Option<SessionInfo<BlockNumber, Hash>>;
		/// The suppliers drawn for (`app`, `model`) in `session`, in draw order; empty if the
		/// session is not kept or nobody serves the model.
		fn session_suppliers(session: SessionId, app: AccountId, model: ModelId) -> Vec<AccountId>;
	}
}
