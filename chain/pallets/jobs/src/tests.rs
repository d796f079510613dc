use polkadot_sdk::frame_support::traits::Hooks;
use crate::{mock::*, Error, Event, JobFailure, JobStatus, Jobs as JobStore, JobByDigest, PendingJobs};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok},
	sp_io::hashing::blake2_256,
	sp_runtime::DispatchError,
};
use sibyl_primitives::relay::SamplingParams;

const INPUT: &[u8] = br#"{"kind":"completion","prompt":"Hi","stop":[]}"#;

fn sampling(max_tokens: u32) -> SamplingParams {
	SamplingParams { max_tokens, temperature_milli: 0, top_p_milli: 1000, seed: None }
}

fn submit() -> u64 {
	let job = crate::NextJobId::<Test>::get();
	assert_ok!(Jobs::submit(RuntimeOrigin::signed(APP), 0, INPUT.to_vec(), sampling(16), 500));
	job
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Jobs(e) => Some(e),
			_ => None,
		})
		.collect()
}

fn assigned(job: u64) -> (u64, u64) {
	match JobStore::<Test>::get(job).unwrap().status {
		JobStatus::Assigned { supplier, deadline } => (supplier, deadline),
		other => panic!("job {job} is {other:?}"),
	}
}

#[test]
fn a_job_is_assigned_in_a_later_block_to_a_supplier_the_session_drew() {
	new_test_ext().execute_with(|| {
		let job = submit();
		assert!(events().contains(&Event::JobSubmitted { job, app: APP, model: 0, max_price: 500 }));
		assert_eq!(JobStore::<Test>::get(job).unwrap().status, JobStatus::Pending);
		// Not in the block it was submitted in.
		Jobs::on_initialize(11);
		assert_eq!(JobStore::<Test>::get(job).unwrap().status, JobStatus::Pending);
		run_to(12);
		let (supplier, deadline) = assigned(job);
		assert!([SUPPLIER, OTHER_SUPPLIER].contains(&supplier));
		assert_eq!(deadline, 12 + TIMEOUT);
		assert!(events().contains(&Event::JobAssigned { job, supplier, deadline }));
		assert!(PendingJobs::<Test>::get().is_empty());
	});
}

#[test]
fn the_assigned_supplier_posts_the_result_and_settlement_is_handed_the_job() {
	new_test_ext().execute_with(|| {
		let job = submit();
		run_to(12);
		let (supplier, _) = assigned(job);
		let other = if supplier == SUPPLIER { OTHER_SUPPLIER } else { SUPPLIER };
		assert_noop!(
			Jobs::submit_result(RuntimeOrigin::signed(other), job, b"Hello".to_vec(), 3, 2),
			Error::<Test>::NotAssigned
		);
		assert_noop!(
			Jobs::submit_result(RuntimeOrigin::signed(supplier), job, b"Hello".to_vec(), 3, 17),
			Error::<Test>::TooManyTokens
		);
		assert_noop!(
			Jobs::submit_result(RuntimeOrigin::signed(supplier), job, vec![b'x'; 65], 3, 2),
			Error::<Test>::OutputTooLong
		);
		assert_ok!(Jobs::submit_result(RuntimeOrigin::signed(supplier), job, b"Hello".to_vec(), 3, 2));
		let entry = JobStore::<Test>::get(job).unwrap();
		let output_hash = blake2_256(b"Hello");
		let digest = Jobs::digest(job, &output_hash);
		assert_eq!(entry.status, JobStatus::Completed { supplier, digest });
		let result = entry.result.unwrap();
		assert_eq!((result.output.to_vec(), result.output_hash), (b"Hello".to_vec(), output_hash));
		assert_eq!(JobByDigest::<Test>::get(digest), Some(job));
		// 3 prompt tokens × 1 + 2 completion tokens × 2 = 7 CU, capped at the job's max price.
		assert!(events().contains(&Event::JobCompleted { job, supplier, output_hash, digest, compute_units: 7 }));
		let done = RecordDone::taken();
		assert_eq!(done.len(), 1);
		assert_eq!((done[0].app, done[0].supplier, done[0].estimated_cu, done[0].max_charge), (APP, supplier, 7, Some(500)));
		assert_eq!(done[0].relays, vec![digest]);
		assert!(done[0].gateways.is_empty());
		// Once answered, no second result.
		assert_noop!(
			Jobs::submit_result(RuntimeOrigin::signed(supplier), job, b"Again".to_vec(), 3, 2),
			Error::<Test>::NotAssigned
		);
	});
}

#[test]
fn an_unanswered_job_expires_at_its_deadline() {
	new_test_ext().execute_with(|| {
		let job = submit();
		run_to(12);
		let (supplier, deadline) = assigned(job);
		run_to(deadline);
		assert_eq!(JobStore::<Test>::get(job).unwrap().status, JobStatus::Failed(JobFailure::Timeout));
		assert!(events().contains(&Event::JobExpired { job, supplier, slashed: 500 }));
		use sibyl_primitives::StakeInspect;
		assert_eq!(Stakes::active_stake(&supplier, sibyl_primitives::Role::Supplier), 4_500);
		assert_noop!(
			Jobs::submit_result(RuntimeOrigin::signed(supplier), job, b"late".to_vec(), 3, 2),
			Error::<Test>::NotAssigned
		);
		assert!(RecordDone::taken().is_empty());
	});
}

#[test]
fn a_job_nobody_serves_fails() {
	new_test_ext().execute_with(|| {
		// Both suppliers leave; from the next session nobody is drawn.
		for who in [SUPPLIER, OTHER_SUPPLIER] {
			assert_ok!(Stakes::unbond(RuntimeOrigin::signed(who), sibyl_primitives::Role::Supplier, 5_000));
		}
		run_to(21);
		let job = submit();
		run_to(22);
		assert_eq!(JobStore::<Test>::get(job).unwrap().status, JobStatus::Failed(JobFailure::NoSupplier));
		assert!(events().contains(&Event::JobFailed { job, reason: JobFailure::NoSupplier }));
	});
}

#[test]
fn bad_submissions_are_refused_by_name() {
	new_test_ext().execute_with(|| {
		let app = RuntimeOrigin::signed(APP);
		assert_noop!(
			Jobs::submit(RuntimeOrigin::signed(OUTSIDER), 0, INPUT.to_vec(), sampling(16), 500),
			Error::<Test>::NotApplication
		);
		assert_noop!(Jobs::submit(app.clone(), 7, INPUT.to_vec(), sampling(16), 500), Error::<Test>::UnknownModel);
		assert_noop!(Jobs::submit(app.clone(), 0, vec![], sampling(16), 500), Error::<Test>::EmptyInput);
		assert_noop!(Jobs::submit(app.clone(), 0, vec![b'x'; 65], sampling(16), 500), Error::<Test>::InputTooLong);
		assert_noop!(Jobs::submit(app.clone(), 0, INPUT.to_vec(), sampling(0), 500), Error::<Test>::InvalidMaxTokens);
		assert_noop!(Jobs::submit(app.clone(), 0, INPUT.to_vec(), sampling(129), 500), Error::<Test>::InvalidMaxTokens);
		for _ in 0..4 {
			submit();
		}
		assert_noop!(Jobs::submit(app, 0, INPUT.to_vec(), sampling(16), 500), Error::<Test>::QueueFull);
		assert_noop!(
			Jobs::submit_result(RuntimeOrigin::signed(SUPPLIER), 99, b"x".to_vec(), 1, 1),
			Error::<Test>::UnknownJob
		);
	});
}

#[test]
fn only_the_admin_sets_a_nonzero_timeout() {
	new_test_ext().execute_with(|| {
		let params = crate::JobParameters { job_timeout: 9, expiry_slash: Default::default() };
		assert_noop!(Jobs::set_parameters(RuntimeOrigin::signed(APP), params.clone()), DispatchError::BadOrigin);
		assert_noop!(
			Jobs::set_parameters(RuntimeOrigin::root(), crate::JobParameters { job_timeout: 0, expiry_slash: Default::default() }),
			Error::<Test>::InvalidParameters
		);
		assert_ok!(Jobs::set_parameters(RuntimeOrigin::root(), params));
		let job = submit();
		run_to(12);
		assert_eq!(assigned(job).1, 21);
	});
}

#[test]
fn a_sampled_job_without_a_seed_gets_one_from_the_assignment_randomness() {
	new_test_ext().execute_with(|| {
		let sampled = SamplingParams { temperature_milli: 800, ..sampling(16) };
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(APP), 0, INPUT.to_vec(), sampled.clone(), 500));
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(APP), 0, INPUT.to_vec(), SamplingParams { seed: Some(7), ..sampled }, 500));
		let greedy = submit();
		run_to(12);
		assert!(JobStore::<Test>::get(0).unwrap().sampling.seed.is_some());
		assert_eq!(JobStore::<Test>::get(1).unwrap().sampling.seed, Some(7));
		assert_eq!(JobStore::<Test>::get(greedy).unwrap().sampling.seed, None);
	});
}
