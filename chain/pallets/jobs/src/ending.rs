//! How jobs end and leave: the bookkeeping every end shares (answered, refused, failed or
//! expired), expiry at the deadline, and pruning once the retention passed.

use super::*;

impl<T: Config> Pallet<T> {
	/// Ends `job` (its new status already set): releases its deposit, closes it for its
	/// application (and for `supplier`, who held it), stores it and schedules its pruning.
	pub(crate) fn end(job: JobId, entry: Job<T>, supplier: Option<&T::AccountId>) {
		if !entry.deposit.is_zero() {
			let _ = T::Currency::release(
				&HoldReason::JobDeposit.into(),
				&entry.app,
				entry.deposit,
				Precision::BestEffort,
			);
		}
		OpenJobs::<T>::mutate_exists(&entry.app, |n| {
			*n = n.map(|n| n.saturating_sub(1)).filter(|n| *n > 0)
		});
		if let Some(supplier) = supplier {
			let work = job_work(&entry);
			AssignedWork::<T>::mutate_exists(supplier, |held| {
				*held = held.map(|w| w.saturating_sub(work)).filter(|w| *w > 0)
			});
			AssignedTo::<T>::mutate_exists(supplier, |jobs| {
				if let Some(list) = jobs {
					list.retain(|j| *j != job);
					if list.is_empty() {
						*jobs = None;
					}
				}
			});
		}
		Jobs::<T>::insert(job, entry);
		let at = frame_system::Pallet::<T>::block_number()
			.saturating_add(Parameters::<T>::get().retention);
		PruneBounds::<T>::mutate(|(_, tail)| {
			PruneQueue::<T>::insert(*tail, (job, at));
			*tail = tail.saturating_add(1);
		});
	}

	/// Fails the jobs whose deadline is `now` and that are still unanswered.
	pub(crate) fn expire(now: BlockNumberFor<T>) -> Weight {
		let due = Deadlines::<T>::take(now);
		let count = due.len() as u32;
		let fraction = Parameters::<T>::get().expiry_slash;
		for job in due {
			let Some(mut entry) = Jobs::<T>::get(job) else { continue };
			if let JobStatus::Assigned { supplier, .. } = entry.status.clone() {
				entry.status = JobStatus::Failed(JobFailure::Timeout);
				Self::end(job, entry, Some(&supplier));
				let slashed = if fraction.is_zero() {
					Zero::zero()
				} else {
					T::Slash::slash(&supplier, Role::Supplier, fraction, SlashReason::JobExpired)
						.unwrap_or_else(|_| Zero::zero())
				};
				Self::deposit_event(Event::JobExpired { job, supplier, slashed });
			}
		}
		T::WeightInfo::expire(count)
	}

	/// Removes up to `MaxPrunedPerBlock` ended jobs whose retention passed, oldest first.
	pub(crate) fn prune(now: BlockNumberFor<T>) -> Weight {
		let (mut head, tail) = PruneBounds::<T>::get();
		let mut pruned = 0u32;
		while head < tail && pruned < T::MaxPrunedPerBlock::get() {
			let Some((job, at)) = PruneQueue::<T>::get(head) else {
				head = head.saturating_add(1);
				continue;
			};
			if at > now {
				break;
			}
			PruneQueue::<T>::remove(head);
			head = head.saturating_add(1);
			pruned = pruned.saturating_add(1);
			if let Some(entry) = Jobs::<T>::take(job) {
				if let JobStatus::Completed { digest, .. } = entry.status {
					JobByDigest::<T>::remove(digest);
					JobCharges::<T>::remove(job);
				}
			}
			Self::deposit_event(Event::JobPruned { job });
		}
		if pruned > 0 {
			PruneBounds::<T>::put((head, tail));
		}
		// The charge's removal is not in the benchmarked weight yet (`npm run bench:weights --
		// jobs`): one more write per pruned job, added here until it is.
		T::WeightInfo::prune(pruned).saturating_add(T::DbWeight::get().writes(u64::from(pruned)))
	}
}
