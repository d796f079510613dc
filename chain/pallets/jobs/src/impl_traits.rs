//! How other pallets read and tell jobs, through the `sibyl_primitives` traits: an
//! application's open jobs are charges still pending against its deposit ([`PendingCharges`]);
//! settlement tells what a job's application paid ([`OnJobSettled`]).

use super::*;

impl<T: Config> PendingCharges<T::AccountId> for Pallet<T> {
	/// An open job may still be answered and charged up to its `max_price`.
	fn pending_charges(app: &T::AccountId) -> u32 {
		OpenJobs::<T>::get(app)
	}
}

impl<T: Config> OnJobSettled<T::Balance> for Pallet<T> {
	/// Records the charge of a job still on record (one pruned before its settlement, which
	/// retention is chosen to prevent, is not brought back).
	fn on_job_settled(job: JobId, charged: T::Balance) -> Weight {
		if !Jobs::<T>::contains_key(job) {
			return T::DbWeight::get().reads(1);
		}
		JobCharges::<T>::insert(job, charged);
		Self::deposit_event(Event::JobSettled { job, charged });
		Self::weight_bound()
	}

	/// The job read; the charge and the event written.
	fn weight_bound() -> Weight {
		T::DbWeight::get().reads_writes(1, 2)
	}
}
