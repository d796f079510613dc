//! How other pallets read jobs, through the `sibyl_primitives` traits: an application's open
//! jobs are charges still pending against its deposit ([`PendingCharges`]).

use super::*;

impl<T: Config> PendingCharges<T::AccountId> for Pallet<T> {
	/// An open job may still be answered and charged up to its `max_price`.
	fn pending_charges(app: &T::AccountId) -> u32 {
		OpenJobs::<T>::get(app)
	}
}
