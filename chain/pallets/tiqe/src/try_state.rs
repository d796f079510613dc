//! The TIQE+ pallet's storage invariants, checked by `try_state` and after every test.

use super::*;

impl<T: Config> Pallet<T> {
	/// Round ids are handed out in order: the pending head is at most the next id, at most
	/// `MaxPendingBatches` batches wait, every waiting batch lies between the head and the next
	/// id, and every round and kept result has an id already handed out.
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		let next = NextRoundId::<T>::get();
		let head = PendingHead::<T>::get();
		ensure!(head <= next, "the pending head is past the next round id");
		ensure!(
			next.saturating_sub(head) <= RoundId::from(T::MaxPendingBatches::get()),
			"more pending batches than MaxPendingBatches"
		);
		for round in Pending::<T>::iter_keys() {
			ensure!(head <= round && round < next, "a pending batch outside the queue");
		}
		for round in Rounds::<T>::iter_keys() {
			ensure!(round < next, "a round with an id not handed out");
		}
		for round in RoundResults::<T>::iter_keys() {
			ensure!(round < next, "a result with an id not handed out");
		}
		Ok(())
	}
}
