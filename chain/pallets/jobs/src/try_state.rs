//! The Jobs pallet's storage invariants, checked by `try_state` and after every test.

use super::*;
use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
use polkadot_sdk::{frame_support::traits::fungible::InspectHold, sp_runtime::TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Every job has an id already handed out, a result exactly when answered, and sits in the
	/// index its status calls for: [`PendingJobs`] while pending; [`AssignedTo`] (with its work
	/// in [`AssignedWork`]) and [`Deadlines`] while assigned; [`JobByDigest`] once completed;
	/// [`PruneQueue`] once ended. The indexes hold nothing else, [`OpenJobs`] counts each
	/// application's pending and assigned jobs, and the deposits held are those of open jobs.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next = NextJobId::<T>::get();
		let mut pending = 0usize;
		let mut assigned: BTreeMap<T::AccountId, (u32, u64)> = BTreeMap::new();
		let mut open: BTreeMap<T::AccountId, (u32, u128)> = BTreeMap::new();
		let mut completed = 0usize;
		let mut ended = 0usize;
		for (id, job) in Jobs::<T>::iter() {
			ensure!(id < next, "a job with an id not handed out");
			let is_open = matches!(job.status, JobStatus::Pending | JobStatus::Assigned { .. });
			// Every app with a job is tracked, so that a deposit held without an open job shows.
			let (count, deposits) = open.entry(job.app.clone()).or_insert((0, 0));
			if is_open {
				*count = count.saturating_add(1);
				*deposits = deposits.saturating_add(job.deposit.unique_saturated_into());
			} else {
				ended = ended.saturating_add(1);
			}
			match &job.status {
				JobStatus::Pending => {
					pending = pending.saturating_add(1);
					ensure!(
						PendingJobs::<T>::get().contains(&id),
						"a pending job missing from PendingJobs"
					);
				},
				JobStatus::Assigned { supplier, deadline } => {
					let (jobs, work) = assigned.entry(supplier.clone()).or_insert((0, 0));
					*jobs = jobs.saturating_add(1);
					*work = work.saturating_add(job_work(&job));
					ensure!(
						AssignedTo::<T>::get(supplier).contains(&id),
						"an assigned job missing from its supplier's AssignedTo"
					);
					ensure!(
						Deadlines::<T>::get(deadline).contains(&id),
						"an assigned job missing from Deadlines at its deadline"
					);
				},
				JobStatus::Completed { digest, .. } => {
					completed = completed.saturating_add(1);
					ensure!(
						JobByDigest::<T>::get(digest) == Some(id),
						"a completed job missing from JobByDigest"
					);
					let output_hash = job.result.as_ref().map(|r| r.output_hash);
					ensure!(
						output_hash.is_some_and(|hash| Self::digest(id, &hash) == *digest),
						"a completed job whose digest does not match its result"
					);
				},
				JobStatus::Refused { .. } | JobStatus::Failed(_) => {},
			}
			ensure!(
				job.result.is_some() == matches!(job.status, JobStatus::Completed { .. }),
				"a job with a result that is not completed, or completed without one"
			);
		}
		Self::try_state_pending(pending)?;
		Self::try_state_assigned(assigned)?;
		Self::try_state_open(open)?;
		Self::try_state_ended(completed, ended)?;
		Ok(())
	}

	/// [`PendingJobs`] lists `pending` distinct jobs: the pending ones.
	fn try_state_pending(pending: usize) -> Result<(), TryRuntimeError> {
		let listed = PendingJobs::<T>::get();
		let distinct: BTreeSet<JobId> = listed.iter().copied().collect();
		ensure!(
			distinct.len() == listed.len() && listed.len() == pending,
			"PendingJobs lists a job twice or one that is not pending"
		);
		Ok(())
	}

	/// [`AssignedTo`] lists, per supplier, exactly its assigned jobs (so never an empty list),
	/// and [`AssignedWork`] is their work, absent when there is none. [`Deadlines`] lists each
	/// job at most once, only jobs already handed out.
	fn try_state_assigned(
		mut assigned: BTreeMap<T::AccountId, (u32, u64)>,
	) -> Result<(), TryRuntimeError> {
		for (supplier, jobs) in AssignedTo::<T>::iter() {
			let (count, work) = assigned.remove(&supplier).unwrap_or((0, 0));
			ensure!(
				jobs.len() as u32 == count,
				"AssignedTo lists a job not assigned to the supplier, or one twice"
			);
			ensure!(
				AssignedWork::<T>::get(&supplier) == work,
				"AssignedWork differs from the assigned jobs' work"
			);
		}
		ensure!(assigned.is_empty(), "a supplier's assigned jobs missing from AssignedTo");
		for (supplier, _) in AssignedWork::<T>::iter() {
			ensure!(AssignedTo::<T>::contains_key(&supplier), "AssignedWork without assigned jobs");
		}
		let next = NextJobId::<T>::get();
		let mut due = BTreeSet::new();
		for (_, jobs) in Deadlines::<T>::iter() {
			for job in jobs {
				ensure!(job < next, "a deadline for a job id not handed out");
				ensure!(due.insert(job), "a job listed under two deadlines");
			}
		}
		Ok(())
	}

	/// [`OpenJobs`] counts each application's open jobs (absent when none), and the deposit
	/// held from it is theirs: `end` releases each deposit exactly when its job ends.
	fn try_state_open(
		open: BTreeMap<T::AccountId, (u32, u128)>,
	) -> Result<(), TryRuntimeError> {
		for (app, count) in OpenJobs::<T>::iter() {
			ensure!(
				open.get(&app).is_some_and(|(open, _)| *open == count),
				"OpenJobs differs from the application's open jobs"
			);
		}
		for (app, (count, deposits)) in open {
			ensure!(
				OpenJobs::<T>::get(&app) == count,
				"an application's open jobs missing from OpenJobs"
			);
			let held: u128 = T::Currency::balance_on_hold(&HoldReason::JobDeposit.into(), &app)
				.unique_saturated_into();
			ensure!(held == deposits, "job deposits held differ from the open jobs' deposits");
		}
		Ok(())
	}

	/// [`JobByDigest`] names exactly the `completed` jobs; [`PruneQueue`] lies within
	/// [`PruneBounds`] and holds each of the `ended` jobs once, and nothing else (a job leaves
	/// it with its record); [`JobCharges`] only of completed jobs.
	fn try_state_ended(completed: usize, ended: usize) -> Result<(), TryRuntimeError> {
		ensure!(
			JobByDigest::<T>::iter().count() == completed,
			"JobByDigest names a job that is not completed"
		);
		let (head, tail) = PruneBounds::<T>::get();
		ensure!(head <= tail, "the prune queue's bounds are out of order");
		let mut queued = BTreeSet::new();
		for (place, (job, _)) in PruneQueue::<T>::iter() {
			ensure!(head <= place && place < tail, "a prune queue entry outside its bounds");
			let is_ended = Jobs::<T>::get(job).is_some_and(|j| {
				!matches!(j.status, JobStatus::Pending | JobStatus::Assigned { .. })
			});
			ensure!(is_ended, "the prune queue holds a job that is not ended");
			ensure!(queued.insert(job), "the prune queue holds a job twice");
		}
		ensure!(queued.len() == ended, "an ended job missing from the prune queue");
		for job in JobCharges::<T>::iter_keys() {
			ensure!(
				Jobs::<T>::get(job).is_some_and(|j| matches!(j.status, JobStatus::Completed { .. })),
				"a charge recorded for a job that is not completed"
			);
		}
		Ok(())
	}
}
