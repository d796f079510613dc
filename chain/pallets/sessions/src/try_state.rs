//! The Sessions pallet's storage invariants, checked by `try_state` and after every test.

use super::*;

impl<T: Config> Pallet<T> {
	/// The parameters are valid; no kept session is ahead of the current one, which is kept
	/// once sessions have started; every candidate list belongs to a kept session and is
	/// heaviest first; each kept session's set size is within `1..=MaxSuppliersPerSession`.
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		ensure!(Self::valid(&Parameters::<T>::get()), "invalid session parameters");
		let current = CurrentSession::<T>::get();
		let mut any = false;
		for (session, info) in Sessions::<T>::iter() {
			any = true;
			ensure!(session <= current, "a kept session after the current one");
			ensure!(
				info.suppliers_per_session >= 1 &&
					info.suppliers_per_session <= T::MaxSuppliersPerSession::get(),
				"a session's set size out of bounds"
			);
		}
		ensure!(!any || Sessions::<T>::contains_key(current), "the current session is not kept");
		for (session, _, list) in Candidates::<T>::iter() {
			ensure!(Sessions::<T>::contains_key(session), "candidates of a session not kept");
			ensure!(
				list.windows(2).all(|w| w[0].weight >= w[1].weight),
				"candidates not heaviest first"
			);
		}
		Ok(())
	}
}
