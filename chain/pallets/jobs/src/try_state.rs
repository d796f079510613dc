//! The Jobs pallet's storage invariants, checked by `try_state` and after every test.

use super::*;

impl<T: Config> Pallet<T> {
	/// Every job has an id already handed out; every pending job exists; the prune queue's
	/// bounds are in order.
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		let next = NextJobId::<T>::get();
		for id in Jobs::<T>::iter_keys() {
			ensure!(id < next, "a job with an id not handed out");
		}
		for id in PendingJobs::<T>::get() {
			ensure!(Jobs::<T>::contains_key(id), "a pending job that does not exist");
		}
		let (head, tail) = PruneBounds::<T>::get();
		ensure!(head <= tail, "the prune queue's bounds are out of order");
		Ok(())
	}
}
