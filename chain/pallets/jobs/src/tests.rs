use crate::{
	mock::*, AssignedTo, AssignedWork, Error, Event, JobByDigest, JobCharges, JobFailure, JobStatus,
	Jobs as JobStore, OpenJobs, PendingJobs, Refusal,
};
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::{fungible::InspectHold, Hooks},
	},
	sp_io::hashing::blake2_256,
	sp_runtime::DispatchError,
};
use sibyl_primitives::{relay::SamplingParams, OnJobSettled, PendingCharges, Role, StakeInspect};

const INPUT: &[u8] = br#"{"kind":"completion","prompt":"Hi","stop":[]}"#;
/// What the application declares `INPUT`'s prompt to be, in tokens.
const PROMPT_TOKENS: u32 = 4;

fn sampling(max_tokens: u32) -> SamplingParams {
	SamplingParams { max_tokens, temperature_milli: 0, top_p_milli: 1000, seed: None }
}

fn submit() -> u64 {
	let job = crate::NextJobId::<Test>::get();
	assert_ok!(Jobs::submit(RuntimeOrigin::signed(APP), 0, INPUT.to_vec(), PROMPT_TOKENS, sampling(16), 500));
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

fn held_deposit() -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::Jobs(crate::HoldReason::JobDeposit), &APP)
}

#[test]
fn a_job_is_assigned_in_a_later_block_to_a_supplier_the_session_drew() {
	build_and_execute(|| {
		let job = submit();
		assert!(events().contains(&Event::JobSubmitted { job, app: APP, model: 0, max_price: 500 }));
		assert_eq!(JobStore::<Test>::get(job).unwrap().status, JobStatus::Pending);
		assert_eq!(held_deposit(), DEPOSIT);
		assert_eq!(<Jobs as PendingCharges<_>>::pending_charges(&APP), 1);
		// Not in the block it was submitted in.
		Jobs::on_initialize(11);
		assert_eq!(JobStore::<Test>::get(job).unwrap().status, JobStatus::Pending);
		run_to(12);
		let (supplier, deadline) = assigned(job);
		assert!([SUPPLIER, OTHER_SUPPLIER].contains(&supplier));
		assert_eq!(deadline, 12 + TIMEOUT);
		assert!(events().contains(&Event::JobAssigned { job, supplier, deadline }));
		assert!(PendingJobs::<Test>::get().is_empty());
		// The supplier finds it in chain state, without any dispatcher.
		assert_eq!(AssignedTo::<Test>::get(supplier).to_vec(), vec![job]);
	});
}

#[test]
fn the_assigned_supplier_posts_the_result_and_settlement_is_handed_the_job() {
	build_and_execute(|| {
		let job = submit();
		run_to(12);
		let (supplier, _) = assigned(job);
		let other = if supplier == SUPPLIER { OTHER_SUPPLIER } else { SUPPLIER };
		let result = |who, output: &[u8], prompt, completion| {
			Jobs::submit_result(RuntimeOrigin::signed(who), job, output.to_vec(), prompt, completion)
		};
		assert_noop!(result(other, b"Hello", 3, 2), Error::<Test>::NotAssigned);
		assert_noop!(result(supplier, b"Hello", 3, 17), Error::<Test>::TooManyTokens);
		// Usage the application did not sign for.
		assert_noop!(result(supplier, b"Hello", PROMPT_TOKENS + 1, 2), Error::<Test>::PromptTokensAboveDeclared);
		assert_noop!(result(supplier, b"Hello", 0, 0), Error::<Test>::NoComputeUnits);
		assert_noop!(result(supplier, &[b'x'; 65], 3, 2), Error::<Test>::OutputTooLong);
		assert_noop!(result(supplier, &[0xff, 0xfe], 3, 2), Error::<Test>::OutputNotUtf8);
		assert_ok!(result(supplier, b"Hello", 3, 2));
		let entry = JobStore::<Test>::get(job).unwrap();
		let output_hash = blake2_256(b"Hello");
		let digest = Jobs::digest(job, &output_hash);
		assert_eq!(entry.status, JobStatus::Completed { supplier, digest });
		let result_entry = entry.result.unwrap();
		assert_eq!((result_entry.output.to_vec(), result_entry.output_hash), (b"Hello".to_vec(), output_hash));
		assert_eq!(JobByDigest::<Test>::get(digest), Some(job));
		// 3 prompt tokens × 1 + 2 completion tokens × 2 = 7 CU, capped at the job's max price.
		assert!(events().contains(&Event::JobCompleted { job, supplier, output_hash, digest, compute_units: 7 }));
		let done = RecordDone::taken();
		assert_eq!(done.len(), 1);
		assert_eq!((done[0].app, done[0].supplier, done[0].estimated_cu, done[0].max_charge), (APP, supplier, 7, Some(500)));
		assert_eq!(done[0].relays, vec![digest]);
		assert_eq!(done[0].job, Some(job));
		assert!(done[0].gateways.is_empty());
		// Ended: the deposit is back, the job is no longer open or the supplier's to answer.
		assert_eq!(held_deposit(), 0);
		assert_eq!(OpenJobs::<Test>::get(APP), 0);
		assert!(AssignedTo::<Test>::get(supplier).is_empty());
		// Once answered, no second result.
		assert_noop!(result(supplier, b"Again", 3, 2), Error::<Test>::NotAssigned);
	});
}

#[test]
fn a_supplier_refuses_an_input_longer_than_declared_at_no_cost() {
	build_and_execute(|| {
		let job = submit();
		run_to(12);
		let (supplier, _) = assigned(job);
		let other = if supplier == SUPPLIER { OTHER_SUPPLIER } else { SUPPLIER };
		let reason = Refusal::PromptAboveDeclared { prompt_tokens: 9 };
		assert_noop!(Jobs::refuse(RuntimeOrigin::signed(other), job, reason), Error::<Test>::NotAssigned);
		assert_ok!(Jobs::refuse(RuntimeOrigin::signed(supplier), job, reason));
		assert_eq!(JobStore::<Test>::get(job).unwrap().status, JobStatus::Refused { supplier, reason });
		assert!(events().contains(&Event::JobRefused { job, supplier, reason }));
		assert_eq!(Stakes::active_stake(&supplier, Role::Supplier), 5_000);
		assert_eq!(held_deposit(), 0);
		assert!(RecordDone::taken().is_empty());
		// Nothing expires later either.
		run_to(12 + TIMEOUT);
		assert_eq!(Stakes::active_stake(&supplier, Role::Supplier), 5_000);
	});
}

#[test]
fn an_unanswered_job_expires_at_its_deadline() {
	build_and_execute(|| {
		let job = submit();
		run_to(12);
		let (supplier, deadline) = assigned(job);
		run_to(deadline);
		assert_eq!(JobStore::<Test>::get(job).unwrap().status, JobStatus::Failed(JobFailure::Timeout));
		assert!(events().contains(&Event::JobExpired { job, supplier, slashed: 500 }));
		assert_eq!(Stakes::active_stake(&supplier, Role::Supplier), 4_500);
		assert_noop!(
			Jobs::submit_result(RuntimeOrigin::signed(supplier), job, b"late".to_vec(), 3, 2),
			Error::<Test>::NotAssigned
		);
		assert!(RecordDone::taken().is_empty());
		assert_eq!(held_deposit(), 0);
		assert!(AssignedTo::<Test>::get(supplier).is_empty());
	});
}

#[test]
fn a_job_waits_for_room_at_its_deadline_rather_than_never_expiring() {
	build_and_execute(|| {
		let job = submit();
		// Jobs of an earlier block already fill the list due at this block's deadline (a
		// shortened job_timeout makes two blocks' deadlines meet).
		let deadline = 12 + TIMEOUT;
		let full: Vec<u64> = (100..104).collect();
		crate::Deadlines::<Test>::insert(deadline, polkadot_sdk::frame_support::BoundedVec::try_from(full).unwrap());
		run_to(12);
		assert_eq!(JobStore::<Test>::get(job).unwrap().status, JobStatus::Pending);
		assert_eq!(PendingJobs::<Test>::get().to_vec(), vec![job]);
		crate::Deadlines::<Test>::remove(deadline);
		run_to(13);
		let (_, deadline) = assigned(job);
		assert_eq!(deadline, 13 + TIMEOUT);
		assert_eq!(crate::Deadlines::<Test>::get(deadline).to_vec(), vec![job]);
		run_to(deadline);
		assert_eq!(JobStore::<Test>::get(job).unwrap().status, JobStatus::Failed(JobFailure::Timeout));
	});
}

#[test]
fn a_job_nobody_serves_fails() {
	build_and_execute(|| {
		// Both suppliers leave; from the next session nobody is drawn.
		for who in [SUPPLIER, OTHER_SUPPLIER] {
			assert_ok!(Stakes::unbond(RuntimeOrigin::signed(who), Role::Supplier, 5_000));
		}
		run_to(21);
		let job = submit();
		run_to(22);
		assert_eq!(JobStore::<Test>::get(job).unwrap().status, JobStatus::Failed(JobFailure::NoSupplier));
		assert!(events().contains(&Event::JobFailed { job, reason: JobFailure::NoSupplier }));
		assert_eq!(held_deposit(), 0);
	});
}

#[test]
fn suppliers_hold_a_bounded_number_of_jobs() {
	build_and_execute(|| {
		// Two suppliers with room for two jobs each.
		let jobs: Vec<u64> = (0..4).map(|_| submit()).collect();
		run_to(12);
		let suppliers: Vec<u64> = jobs.iter().map(|j| assigned(*j).0).collect();
		assert_eq!(suppliers.iter().filter(|s| **s == SUPPLIER).count(), 2);
		assert_eq!(AssignedTo::<Test>::get(SUPPLIER).len(), 2);
		let fifth = submit();
		run_to(13);
		assert_eq!(JobStore::<Test>::get(fifth).unwrap().status, JobStatus::Failed(JobFailure::SuppliersBusy));
	});
}

#[test]
fn a_supplier_is_assigned_no_more_work_than_its_declared_capacity_answers_in_time() {
	build_and_execute(|| {
		// 1 token/s for a 5-block timeout of 6 s blocks: 30 tokens of work each. A job is
		// 16 max tokens plus a 4-token prompt (one work token): 17, so each holds one.
		for (who, subject) in [(SUPPLIER, "sibyl.s.two"), (OTHER_SUPPLIER, "sibyl.s.three")] {
			assert_ok!(Stakes::update_supplier(
				RuntimeOrigin::signed(who),
				vec![0],
				subject.as_bytes().to_vec(),
				1,
				pallet_sibyl_stakes::DeviceClass::Single,
			));
		}
		let jobs: Vec<u64> = (0..3).map(|_| submit()).collect();
		run_to(12);
		let (first, _) = assigned(jobs[0]);
		let (second, _) = assigned(jobs[1]);
		assert_ne!(first, second);
		assert_eq!(AssignedWork::<Test>::get(first), 17);
		// Room in the job count, none in the capacity: the flood fails rather than expires.
		assert_eq!(JobStore::<Test>::get(jobs[2]).unwrap().status, JobStatus::Failed(JobFailure::SuppliersBusy));
		// An answered (here refused) job frees its supplier's capacity.
		assert_ok!(Jobs::refuse(RuntimeOrigin::signed(first), jobs[0], Refusal::Unrenderable));
		assert_eq!(AssignedWork::<Test>::get(first), 0);
		let next = submit();
		run_to(13);
		assert_eq!(assigned(next).0, first);
	});
}

#[test]
fn ended_jobs_are_pruned_after_their_retention() {
	build_and_execute(|| {
		let job = submit();
		run_to(12);
		let (supplier, _) = assigned(job);
		assert_ok!(Jobs::submit_result(RuntimeOrigin::signed(supplier), job, b"Hello".to_vec(), 3, 2));
		let digest = Jobs::digest(job, &blake2_256(b"Hello"));
		Jobs::on_job_settled(job, 120);
		run_to(12 + RETENTION - 1);
		assert!(JobStore::<Test>::contains_key(job));
		run_to(12 + RETENTION);
		assert!(!JobStore::<Test>::contains_key(job));
		assert!(JobByDigest::<Test>::get(digest).is_none());
		// The charge goes with the record, and a late settlement does not bring it back.
		assert!(JobCharges::<Test>::get(job).is_none());
		assert!(events().contains(&Event::JobPruned { job }));
		Jobs::on_job_settled(job, 120);
		assert!(JobCharges::<Test>::get(job).is_none());
	});
}

#[test]
fn a_settled_job_records_what_its_application_paid() {
	build_and_execute(|| {
		let job = submit();
		run_to(12);
		let (supplier, _) = assigned(job);
		assert_ok!(Jobs::submit_result(RuntimeOrigin::signed(supplier), job, b"Hello".to_vec(), 3, 2));
		assert!(JobCharges::<Test>::get(job).is_none());
		Jobs::on_job_settled(job, 120);
		assert_eq!(JobCharges::<Test>::get(job), Some(120));
		assert!(events().contains(&Event::JobSettled { job, charged: 120 }));
	});
}

#[test]
fn bad_submissions_are_refused_by_name() {
	build_and_execute(|| {
		let app = RuntimeOrigin::signed(APP);
		let submit_with = |input: &[u8], prompt: u32, max_tokens: u32, price: u64| {
			Jobs::submit(RuntimeOrigin::signed(APP), 0, input.to_vec(), prompt, sampling(max_tokens), price)
		};
		assert_noop!(
			Jobs::submit(RuntimeOrigin::signed(OUTSIDER), 0, INPUT.to_vec(), 4, sampling(16), 500),
			Error::<Test>::NotApplication
		);
		assert_noop!(Jobs::submit(app.clone(), 7, INPUT.to_vec(), 4, sampling(16), 500), Error::<Test>::UnknownModel);
		assert_noop!(submit_with(&[], 4, 16, 500), Error::<Test>::EmptyInput);
		assert_noop!(submit_with(&[b'x'; 65], 4, 16, 500), Error::<Test>::InputTooLong);
		assert_noop!(submit_with(br#"{"kind":"chat","messages":[]}"#, 4, 16, 500), Error::<Test>::MalformedInput);
		assert_noop!(submit_with(b"not json", 4, 16, 500), Error::<Test>::MalformedInput);
		assert_noop!(submit_with(INPUT, 4, 0, 500), Error::<Test>::InvalidMaxTokens);
		assert_noop!(submit_with(INPUT, 4, 129, 500), Error::<Test>::InvalidMaxTokens);
		assert_noop!(submit_with(INPUT, 0, 16, 500), Error::<Test>::InvalidPromptTokens);
		assert_noop!(submit_with(INPUT, CONTEXT - 15, 16, 500), Error::<Test>::ExceedsContext);
		assert_noop!(submit_with(INPUT, 4, 16, MIN_PRICE - 1), Error::<Test>::PriceTooLow);
		assert_noop!(submit_with(INPUT, 4, 16, 0), Error::<Test>::PriceTooLow);
		for _ in 0..4 {
			submit();
		}
		assert_noop!(submit_with(INPUT, 4, 16, 500), Error::<Test>::QueueFull);
		run_to(12);
		submit();
		// Five open jobs (four assigned, one pending): no more for this application.
		assert_noop!(submit_with(INPUT, 4, 16, 500), Error::<Test>::TooManyOpenJobs);
		assert_noop!(
			Jobs::submit_result(RuntimeOrigin::signed(SUPPLIER), 99, b"x".to_vec(), 1, 1),
			Error::<Test>::UnknownJob
		);
	});
}

#[test]
fn a_submitter_that_cannot_afford_the_deposit_is_refused() {
	build_and_execute(|| {
		let params = crate::JobParameters { deposit: 1_000_000, ..crate::Parameters::<Test>::get() };
		assert_ok!(Jobs::set_parameters(RuntimeOrigin::root(), params));
		assert_noop!(
			Jobs::submit(RuntimeOrigin::signed(APP), 0, INPUT.to_vec(), 4, sampling(16), 500),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn only_the_admin_sets_valid_parameters() {
	build_and_execute(|| {
		let params = crate::JobParameters { job_timeout: 9, ..crate::Parameters::<Test>::get() };
		assert_noop!(Jobs::set_parameters(RuntimeOrigin::signed(APP), params.clone()), DispatchError::BadOrigin);
		for bad in [
			crate::JobParameters { job_timeout: 0, ..params.clone() },
			crate::JobParameters { retention: 0, ..params.clone() },
			crate::JobParameters { min_price: 0, ..params.clone() },
		] {
			assert_noop!(Jobs::set_parameters(RuntimeOrigin::root(), bad), Error::<Test>::InvalidParameters);
		}
		assert_ok!(Jobs::set_parameters(RuntimeOrigin::root(), params));
		let job = submit();
		run_to(12);
		assert_eq!(assigned(job).1, 21);
	});
}

#[test]
fn a_sampled_job_without_a_seed_gets_one_from_the_assignment_randomness() {
	build_and_execute(|| {
		let sampled = SamplingParams { temperature_milli: 800, ..sampling(16) };
		assert_ok!(Jobs::submit(RuntimeOrigin::signed(APP), 0, INPUT.to_vec(), 4, sampled.clone(), 500));
		assert_ok!(Jobs::submit(
			RuntimeOrigin::signed(APP),
			0,
			INPUT.to_vec(),
			4,
			SamplingParams { seed: Some(7), ..sampled },
			500
		));
		let greedy = submit();
		run_to(12);
		assert!(JobStore::<Test>::get(0).unwrap().sampling.seed.is_some());
		assert_eq!(JobStore::<Test>::get(1).unwrap().sampling.seed, Some(7));
		assert_eq!(JobStore::<Test>::get(greedy).unwrap().sampling.seed, None);
	});
}
