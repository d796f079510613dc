//! The Pricing pallet's storage invariants, checked by `try_state` and after every test.

use super::*;

impl<T: Config> Pallet<T> {
	/// Parameters, once set, are valid; the kept session prices span at most `HistoryDepth`
	/// sessions (each session start prunes the one `HistoryDepth` back).
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		if Parameters::<T>::exists() {
			ensure!(Self::valid(&Parameters::<T>::get()), "invalid pricing parameters");
		}
		let mut sessions = SessionPrices::<T>::iter_keys().map(|(session, _)| session);
		if let Some(first) = sessions.next() {
			let (min, max) = sessions.fold((first, first), |(lo, hi), s| (lo.min(s), hi.max(s)));
			ensure!(
				max - min < u64::from(T::HistoryDepth::get()),
				"session prices kept beyond HistoryDepth"
			);
		}
		Ok(())
	}
}
