//! Benchmarks of the Jobs pallet: one per [`WeightInfo`] function, each in its worst case.
//!
//! Jobs are submitted with the longest input the pallet takes, so that every read and write of
//! a job record is as large as it gets, and by applications the runtime's
//! [`Config::BenchmarkHelper`] registers; suppliers and their session come from the helper too.
//!
//! Components are single letters, as frame-benchmarking requires; each stands, in order, for a
//! parameter of the [`WeightInfo`] function of the same name: `i` for `input_len`, `o` for
//! `output_len`, `j` for `jobs`.

use super::*;
use polkadot_sdk::{frame_benchmarking::v2::*, frame_system::RawOrigin};

const SEED: u32 = 0;

/// Sets up, for the benchmarks, the state other pallets own: a model, applications, and
/// suppliers drawn for them in the current session.
pub trait BenchmarkHelper<T: Config> {
	/// A servable model with compute weights and a context of at least 2 tokens; the largest
	/// record the registry holds, since `submit` and `submit_result` read it.
	fn model() -> ModelId;
	/// Makes `app` an active application with free balance for the deposits of
	/// `MaxOpenJobsPerApp` jobs.
	fn register_application(app: &T::AccountId);
	/// Registers active suppliers of `model`, each with a supplier bond (to be slashed) and a
	/// declared capacity that covers `MaxJobsPerSupplier` jobs of 2 work tokens within
	/// `job_timeout`, and starts a session: as many candidates as a session keeps for a model,
	/// and the largest supplier set per application, so that the set of every application can
	/// take `MaxPendingJobs` jobs. The block number may move forward.
	fn start_session(model: ModelId);
}

/// The sampling of benchmark jobs: the smallest work (one token), and sampled without a seed,
/// so that assignment also draws one.
fn sampling() -> SamplingParams {
	SamplingParams { max_tokens: 1, temperature_milli: 700, top_p_milli: 1000, seed: None }
}

/// Prompt tokens benchmark jobs declare.
const PROMPT_TOKENS: u32 = 1;

/// The shortest body [`relay_body`] builds: a completion with an empty prompt and an empty
/// extra list.
const MIN_BODY: u32 = 40;

/// Nesting depth of the arrays [`relay_body`] fills its extra field with, well within
/// `serde_json`'s recursion limit.
const DEPTH: usize = 64;

/// A relay body of exactly `len` bytes (at least [`MIN_BODY`]) that is as slow to check as
/// that length allows: a field the check ignores holds nested empty arrays, one allocation
/// per two bytes when parsed (far slower than a long prompt), and the prompt pads the rest.
fn relay_body(len: u32) -> Vec<u8> {
	let len = (len as usize).max(MIN_BODY as usize);
	let mut nested = Vec::new();
	let unit = 2 * DEPTH;
	// Units after the first take a comma more.
	let mut room = len - MIN_BODY as usize;
	let mut first = true;
	while room >= unit + usize::from(!first) {
		if !first {
			nested.push(b',');
		}
		nested.extend(core::iter::repeat_n(b'[', DEPTH));
		nested.extend(core::iter::repeat_n(b']', DEPTH));
		room -= unit + usize::from(!first);
		first = false;
	}
	let mut body = br#"{"kind":"completion","prompt":""#.to_vec();
	body.extend(core::iter::repeat_n(b'a', room));
	body.extend_from_slice(br#"","x":["#);
	body.extend(nested);
	body.extend_from_slice(b"]}");
	body
}

/// UTF-8 output of exactly `len` bytes, of two-byte characters (slower to validate than
/// ASCII), with one ASCII byte if `len` is odd.
fn output(len: u32) -> Vec<u8> {
	// "é" in UTF-8.
	let mut out = [0xc3, 0xa9].repeat(len as usize / 2);
	if len % 2 == 1 {
		out.push(b'a');
	}
	out
}

/// Parameters that take every costly branch: a deposit to hold and release, and a slash for
/// every expired job.
fn set_worst_parameters<T: Config>() {
	Parameters::<T>::mutate(|p| {
		p.deposit = p.deposit.max(1u32.into());
		if p.expiry_slash.is_zero() {
			p.expiry_slash = Perbill::from_percent(1);
		}
	});
}

/// The `index`-th benchmark application; the helper registers each once, on its first job.
fn app<T: Config>(index: u32) -> T::AccountId {
	account("app", index, SEED)
}

/// Submits jobs `from..from + count` of the benchmark (with the longest input) at the current
/// block, from applications holding `MaxOpenJobsPerApp` jobs each; returns their ids.
fn submit_jobs<T: Config>(model: ModelId, from: u32, count: u32) -> Vec<JobId> {
	let per_app = T::MaxOpenJobsPerApp::get().max(1);
	let input = relay_body(T::MaxInputLen::get());
	let max_price = Parameters::<T>::get().min_price;
	(from..from.saturating_add(count))
		.map(|i| {
			let app = app::<T>(i / per_app);
			if i % per_app == 0 {
				T::BenchmarkHelper::register_application(&app);
			}
			let job = NextJobId::<T>::get();
			Pallet::<T>::submit(
				RawOrigin::Signed(app).into(),
				model,
				input.clone(),
				PROMPT_TOKENS,
				sampling(),
				max_price,
			)
			.expect("the benchmark job is valid");
			job
		})
		.collect()
}

/// The block number.
fn now<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number()
}

/// Moves to the next block and assigns the jobs waiting; returns that block.
fn assign_next_block<T: Config>() -> BlockNumberFor<T> {
	let next = now::<T>().saturating_add(1u32.into());
	frame_system::Pallet::<T>::set_block_number(next);
	Pallet::<T>::assign(next);
	next
}

/// `job`'s supplier, if it is assigned.
fn assignee<T: Config>(job: JobId) -> Option<T::AccountId> {
	match Jobs::<T>::get(job)?.status {
		JobStatus::Assigned { supplier, .. } => Some(supplier),
		_ => None,
	}
}

/// Fills the job list of every supplier holding jobs to `MaxJobsPerSupplier`, the real jobs
/// last, so that ending one of them rewrites the longest list.
fn fill_assigned_lists<T: Config>() {
	let suppliers: Vec<T::AccountId> = AssignedTo::<T>::iter_keys().collect();
	for supplier in suppliers {
		AssignedTo::<T>::mutate(&supplier, |jobs| {
			let room = T::MaxJobsPerSupplier::get() as usize - jobs.len();
			let mut filled: Vec<JobId> = (0..room as u64).map(|i| u64::MAX - i).collect();
			filled.extend(jobs.iter().copied());
			*jobs = BoundedVec::truncate_from(filled);
		});
	}
}

/// One job of the longest input, submitted and then assigned in the next block to a supplier
/// whose job list is full; returns it and its supplier.
fn assigned_job<T: Config>() -> (JobId, T::AccountId) {
	let model = T::BenchmarkHelper::model();
	set_worst_parameters::<T>();
	T::BenchmarkHelper::start_session(model);
	let job = submit_jobs::<T>(model, 0, 1)[0];
	assign_next_block::<T>();
	let supplier = assignee::<T>(job).expect("the session drew a supplier with room");
	fill_assigned_lists::<T>();
	(job, supplier)
}

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// An active application submits an input of `i` bytes shaped to be slowest to check, with
	/// a deposit to hold, into a queue one job short of full.
	#[benchmark]
	fn submit(i: Linear<MIN_BODY, { T::MaxInputLen::get() }>) {
		let model = T::BenchmarkHelper::model();
		set_worst_parameters::<T>();
		let app = app::<T>(0);
		T::BenchmarkHelper::register_application(&app);
		let queued = T::MaxPendingJobs::get().saturating_sub(1) as u64;
		let others: Vec<JobId> = (0..queued).map(|n| u64::MAX - n).collect();
		PendingJobs::<T>::put(BoundedVec::truncate_from(others));
		let input = relay_body(i);
		assert_eq!(input.len() as u32, i);
		let max_price = Parameters::<T>::get().min_price;
		let job = NextJobId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(app.clone()), model, input, PROMPT_TOKENS, sampling(), max_price);

		assert_last_event::<T>(Event::JobSubmitted { job, app, model, max_price });
		assert_eq!(PendingJobs::<T>::get().len() as u32, T::MaxPendingJobs::get());
	}

	/// The assigned supplier posts an output of `o` bytes of multi-byte UTF-8 for a
	/// job of the longest input; its deposit is released and its supplier's job list is full.
	#[benchmark]
	fn submit_result(o: Linear<0, { T::MaxOutputLen::get() }>) {
		let (job, supplier) = assigned_job::<T>();
		let output = output(o);
		assert_eq!(output.len() as u32, o);

		#[extrinsic_call]
		_(RawOrigin::Signed(supplier), job, output, PROMPT_TOKENS, 1);

		let entry = Jobs::<T>::get(job).expect("kept until pruned");
		assert!(matches!(entry.status, JobStatus::Completed { .. }));
		assert_eq!(entry.result.map(|r| r.output.len() as u32), Some(o));
	}

	/// The assigned supplier refuses a job of the longest input; its deposit is released and
	/// its supplier's job list is full.
	#[benchmark]
	fn refuse() {
		let (job, supplier) = assigned_job::<T>();
		let reason = Refusal::PromptAboveDeclared { prompt_tokens: PROMPT_TOKENS + 1 };

		#[extrinsic_call]
		_(RawOrigin::Signed(supplier.clone()), job, reason);

		assert_last_event::<T>(Event::JobRefused { job, supplier, reason });
	}

	#[benchmark]
	fn set_parameters() -> Result<(), BenchmarkError> {
		let origin = T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let parameters = JobParameters {
			job_timeout: 10u32.into(),
			expiry_slash: Perbill::from_percent(5),
			min_price: 1u32.into(),
			deposit: 1u32.into(),
			retention: 10u32.into(),
		};

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, parameters.clone());

		assert_eq!(Parameters::<T>::get(), parameters);
		Ok(())
	}

	/// What `on_initialize` charges it for: assignment with no job waiting.
	#[benchmark]
	fn on_initialize_idle() {
		assert!(PendingJobs::<T>::get().is_empty());
		let now = now::<T>();
		let weight;

		#[block]
		{
			weight = Pallet::<T>::assign(now);
		}

		assert_eq!(weight, T::WeightInfo::on_initialize_idle());
	}

	/// `j` jobs of the longest input, each from a session set of the largest size, are
	/// assigned (each drawing a seed too), while the rest of a full queue, submitted in this
	/// block, is read and waits.
	#[benchmark]
	fn assign(j: Linear<0, { T::MaxPendingJobs::get() }>) {
		let jobs = j;
		let model = T::BenchmarkHelper::model();
		set_worst_parameters::<T>();
		T::BenchmarkHelper::start_session(model);
		let ready = submit_jobs::<T>(model, 0, jobs);
		let now = now::<T>().saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(now);
		let waiting = T::MaxPendingJobs::get() - jobs;
		submit_jobs::<T>(model, jobs, waiting);

		#[block]
		{
			Pallet::<T>::assign(now);
		}

		assert!(ready.iter().all(|job| assignee::<T>(*job).is_some()), "every job assigned");
		assert_eq!(PendingJobs::<T>::get().len() as u32, waiting);
	}

	/// `j` assigned jobs of the longest input pass their deadline: each ends (deposit
	/// released, a full job list rewritten) and its supplier is slashed.
	#[benchmark]
	fn expire(j: Linear<0, { T::MaxPendingJobs::get() }>) {
		let jobs = j;
		let model = T::BenchmarkHelper::model();
		set_worst_parameters::<T>();
		T::BenchmarkHelper::start_session(model);
		let expiring = submit_jobs::<T>(model, 0, jobs);
		assign_next_block::<T>();
		assert!(expiring.iter().all(|job| assignee::<T>(*job).is_some()), "every job assigned");
		fill_assigned_lists::<T>();
		let deadline = now::<T>().saturating_add(Parameters::<T>::get().job_timeout);
		frame_system::Pallet::<T>::set_block_number(deadline);
		assert_eq!(Deadlines::<T>::decode_len(deadline).unwrap_or(0) as u32, jobs);

		#[block]
		{
			Pallet::<T>::expire(deadline);
		}

		for job in expiring {
			let status = Jobs::<T>::get(job).map(|j| j.status);
			assert_eq!(status, Some(JobStatus::Failed(JobFailure::Timeout)));
		}
		assert!(!Deadlines::<T>::contains_key(deadline));
	}

	/// `j` answered jobs of the longest input and output are pruned (each with its digest
	/// index); with fewer than `MaxPrunedPerBlock`, the next queue entry, not due yet, is read
	/// too.
	#[benchmark]
	fn prune(j: Linear<0, { T::MaxPrunedPerBlock::get() }>) {
		let jobs = j;
		let now = now::<T>();
		let record = Job::<T> {
			app: app::<T>(0),
			model: 0,
			session: 0,
			input: BoundedVec::truncate_from(relay_body(T::MaxInputLen::get())),
			prompt_tokens: PROMPT_TOKENS,
			sampling: sampling(),
			max_price: 1u32.into(),
			deposit: 1u32.into(),
			submitted_at: now,
			status: JobStatus::Pending,
			result: None,
		};
		let output = output(T::MaxOutputLen::get());
		let output_hash = blake2_256(&output);
		let supplier: T::AccountId = account("supplier", 0, SEED);
		let queued = u64::from(jobs) + 1;
		for job in 0..queued {
			let digest = Pallet::<T>::digest(job, &output_hash);
			let mut entry = record.clone();
			entry.status = JobStatus::Completed { supplier: supplier.clone(), digest };
			entry.result = Some(JobResult {
				output: BoundedVec::truncate_from(output.clone()),
				output_hash,
				prompt_tokens: PROMPT_TOKENS,
				completion_tokens: 1,
			});
			Jobs::<T>::insert(job, entry);
			JobByDigest::<T>::insert(digest, job);
			// The last one is due only in the next block.
			let at = if job < u64::from(jobs) { now } else { now.saturating_add(1u32.into()) };
			PruneQueue::<T>::insert(job, (job, at));
		}
		PruneBounds::<T>::put((0, queued));

		#[block]
		{
			Pallet::<T>::prune(now);
		}

		assert_eq!(PruneBounds::<T>::get(), (u64::from(jobs), queued));
		assert!((0..u64::from(jobs)).all(|job| !Jobs::<T>::contains_key(job)));
		assert!(Jobs::<T>::contains_key(u64::from(jobs)));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
