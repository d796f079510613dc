//! The relay-mining pallet's storage invariants, checked by `try_state` and after every test.

use super::*;

impl<T: Config> Pallet<T> {
	/// Each open session's claim count is within `MaxClaimsPerSession`, and each supplier's
	/// within `MaxClaimsPerSupplier`.
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		for (_, count) in ClaimCount::<T>::iter() {
			ensure!(count <= T::MaxClaimsPerSession::get(), "more claims than MaxClaimsPerSession");
		}
		for (_, _, count) in SupplierClaims::<T>::iter() {
			ensure!(count <= T::MaxClaimsPerSupplier::get(), "more claims than MaxClaimsPerSupplier");
		}
		Ok(())
	}
}
