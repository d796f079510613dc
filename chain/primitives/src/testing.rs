//! Stand-ins for the traits pallets join through, for the pallets' test runtimes (enabled by
//! the `test-helpers` feature): one shared definition instead of a copy in every mock.

use crate::{ModelId, SessionId, SessionInspect};
use alloc::vec::Vec;
use core::cell::Cell;

std::thread_local! {
	static SESSION: Cell<SessionId> = const { Cell::new(0) };
}

/// A session clock a test moves by hand. Sessions are [`ManualSession::LENGTH`] blocks long
/// from block 0, the last [`ManualSession::RETAINED`] ended ones are still kept, and nobody is
/// drawn for anything.
pub struct ManualSession;

impl ManualSession {
	/// Blocks per session.
	pub const LENGTH: u64 = 10;
	/// Ended sessions still kept.
	pub const RETAINED: u64 = 4;

	/// Makes `session` the current one.
	pub fn set(session: SessionId) {
		SESSION.with(|s| s.set(session));
	}
}

impl<AccountId, BlockNumber: From<u32>> SessionInspect<AccountId, BlockNumber> for ManualSession {
	fn current_session() -> SessionId {
		SESSION.with(|s| s.get())
	}

	fn session_bounds(session: SessionId) -> Option<(BlockNumber, BlockNumber)> {
		let current = SESSION.with(|s| s.get());
		(session <= current && session.saturating_add(Self::RETAINED) >= current).then(|| {
			let start = u32::try_from(session.saturating_mul(Self::LENGTH)).unwrap_or(u32::MAX);
			(start.into(), (Self::LENGTH as u32).into())
		})
	}

	fn session_suppliers(_: SessionId, _: &AccountId, _: ModelId) -> Vec<AccountId> {
		Vec::new()
	}

	fn is_session_supplier(_: SessionId, _: &AccountId, _: ModelId, _: &AccountId) -> bool {
		false
	}

	fn declared_capacity_tps(_: SessionId, _: ModelId) -> u64 {
		0
	}
}
