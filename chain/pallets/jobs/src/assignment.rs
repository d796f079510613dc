//! Assigning jobs: each pending job goes, in a later block than its submission, to a supplier
//! drawn at random among those the session drew for its (app, model) with room for its work.

use super::*;

/// The subject passed to [`Config::Randomness`]; the job id is appended.
pub const RANDOMNESS_SUBJECT: &[u8] = b"sibyl/jobs";
/// Domain of the random stream that picks a job's supplier.
pub const ASSIGN_DOMAIN: &[u8] = b"assign";
/// Domain of the random stream that seeds a sampled job submitted without a seed.
pub const SEED_DOMAIN: &[u8] = b"seed";

/// Prompt tokens that cost a supplier about one generated token: a prompt is evaluated in
/// batches, roughly an order of magnitude faster per token than generation on a CPU.
pub const PROMPT_TOKENS_PER_WORK_TOKEN: u32 = 8;

/// The work `job` asks of its supplier, in generated-token equivalents: its `max_tokens` plus
/// its declared prompt at [`PROMPT_TOKENS_PER_WORK_TOKEN`]. Assignment keeps a supplier's sum
/// of these within what its declared capacity generates in `job_timeout`.
pub fn job_work<T: Config>(job: &Job<T>) -> u64 {
	u64::from(job.sampling.max_tokens)
		.saturating_add(u64::from(job.prompt_tokens.div_ceil(PROMPT_TOKENS_PER_WORK_TOKEN)))
}

impl<T: Config> Pallet<T> {
	/// Assigns every job submitted before `now`.
	pub(crate) fn assign(now: BlockNumberFor<T>) -> Weight {
		let pending = PendingJobs::<T>::get();
		if pending.is_empty() {
			return T::WeightInfo::on_initialize_idle();
		}
		let session = T::Sessions::current_session();
		let timeout = Parameters::<T>::get().job_timeout;
		let deadline = now.saturating_add(timeout);
		// Tokens a supplier declared it generates within the timeout.
		let timeout_ms = T::MillisecondsPerBlock::get()
			.saturating_mul(UniqueSaturatedInto::<u64>::unique_saturated_into(timeout));
		let budget = |supplier: &T::AccountId| -> u64 {
			let tps = T::Stakes::supplier_service(supplier).map_or(0, |(_, tps)| u64::from(tps));
			tps.saturating_mul(timeout_ms) / 1_000
		};
		let mut waiting = BoundedVec::<JobId, T::MaxPendingJobs>::new();
		// Jobs due at `deadline` already (a shortened `job_timeout` can make two blocks' share
		// one): a job is assigned only with room here, or it would never expire.
		let mut due = Deadlines::<T>::get(deadline);
		let due_before = due.len();
		let mut assigned = 0u32;
		for job in pending {
			let Some(mut entry) = Jobs::<T>::get(job) else { continue };
			if entry.submitted_at >= now || due.len() >= T::MaxPendingJobs::get() as usize {
				// Submitted in this block's parent at the earliest: the randomness below was
				// not known then (a job of this very block waits for the next one). Or no room
				// at this deadline: the next block's is another.
				let _ = waiting.try_push(job);
				continue;
			}
			assigned = assigned.saturating_add(1);
			let set = T::Sessions::session_suppliers(session, &entry.app, entry.model);
			let work = job_work(&entry);
			let with_room: Vec<T::AccountId> = set
				.iter()
				.filter(|s| {
					(AssignedTo::<T>::decode_len(s).unwrap_or(0) as u32) <
						T::MaxJobsPerSupplier::get() &&
						AssignedWork::<T>::get(s).saturating_add(work) <= budget(s)
				})
				.cloned()
				.collect();
			if with_room.is_empty() {
				let reason =
					if set.is_empty() { JobFailure::NoSupplier } else { JobFailure::SuppliersBusy };
				entry.status = JobStatus::Failed(reason);
				Self::end(job, entry, None);
				Self::deposit_event(Event::JobFailed { job, reason });
				continue;
			}
			let (seed, _) = T::Randomness::random(&(RANDOMNESS_SUBJECT, job).encode());
			let pick =
				random_below(seed.as_ref(), ASSIGN_DOMAIN, 0, with_room.len() as u128) as usize;
			let supplier = with_room[pick].clone();
			if entry.sampling.temperature_milli > 0 && entry.sampling.seed.is_none() {
				entry.sampling.seed =
					Some(random_below(seed.as_ref(), SEED_DOMAIN, 0, u128::from(u64::MAX)) as u64);
			}
			entry.status = JobStatus::Assigned { supplier: supplier.clone(), deadline };
			Jobs::<T>::insert(job, entry);
			// Room was checked above; a list holds each job once.
			let _ = AssignedTo::<T>::try_mutate(&supplier, |jobs| jobs.try_push(job));
			AssignedWork::<T>::mutate(&supplier, |held| *held = held.saturating_add(work));
			// Room was checked above.
			let _ = due.try_push(job);
			Self::deposit_event(Event::JobAssigned { job, supplier, deadline });
		}
		if due.len() != due_before {
			Deadlines::<T>::insert(deadline, due);
		}
		PendingJobs::<T>::put(waiting);
		T::WeightInfo::assign(assigned)
	}
}
