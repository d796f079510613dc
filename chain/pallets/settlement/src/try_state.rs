//! The Settlement pallet's storage invariants, checked by `try_state` and after every test.

use super::*;

impl<T: Config> Pallet<T> {
	/// The backlog's invariants: at most `MaxDeferred` long, an entry at every position from
	/// the head up to the tail and none elsewhere.
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		let head = DeferredHead::<T>::get();
		let len = Self::deferred_len();
		ensure!(len <= T::MaxDeferred::get(), "the deferred backlog is longer than MaxDeferred");
		for i in 0..len {
			ensure!(
				DeferredClaims::<T>::contains_key(head.wrapping_add(i)),
				"a position of the deferred backlog has no claim"
			);
		}
		ensure!(
			DeferredClaims::<T>::iter_keys().count() == len as usize,
			"a deferred claim lies outside the backlog"
		);
		Ok(())
	}
}
