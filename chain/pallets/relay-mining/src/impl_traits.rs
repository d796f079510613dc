//! How other pallets drive relay mining, through the `sibyl_primitives` traits: each session's
//! start updates the difficulty ([`OnSessionStart`]).

use super::*;

impl<T: Config> OnSessionStart<BlockNumberFor<T>> for Pallet<T> {
	fn on_session_start(session: SessionId, _: Option<(SessionId, BlockNumberFor<T>)>) -> Weight {
		Self::update_difficulty(session)
	}
}
