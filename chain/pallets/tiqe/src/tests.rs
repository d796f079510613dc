//! Tests of TIQE+ rounds: batch commitment and round opening, the committee draw, commit-reveal
//! voting and its errors, finalization (median, slashing, quality, reputation), parameters, and
//! the commitment formula off-chain code must reproduce.

use crate::{mock::*, *};
use codec::Encode;
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, traits::Hooks},
	sp_runtime::{traits::Hash as _, AccountId32, DispatchError, DispatchResult},
};
use sibyl_primitives::{Role, SlashReason, StakeInspect, Unevaluated};

type Relays = BoundedVec<H256, <Test as Config>::MaxRelaysPerCommit>;

fn pct(p: u32) -> Permill {
	Permill::from_percent(p)
}

/// `n` distinct digests, offset by `from`.
fn digests(from: u8, n: u8) -> Relays {
	BoundedVec::truncate_from((from..from + n).map(H256::repeat_byte).collect())
}

/// Registers validators `V`, `V + 1`, … with the given stakes and returns their accounts.
fn validators(stakes: &[u64]) -> Vec<u64> {
	stakes
		.iter()
		.enumerate()
		.map(|(i, stake)| {
			let who = V + i as u64;
			assert_ok!(Stakes::register_validator(RuntimeOrigin::signed(who), *stake));
			who
		})
		.collect()
}

fn set_params(change: impl FnOnce(&mut TiqeParametersOf<Test>)) {
	let mut params = Parameters::<Test>::get();
	change(&mut params);
	assert_ok!(Tiqe::set_parameters(RuntimeOrigin::root(), params));
}

/// Commits a batch of `n` digests for model 0 in `session`; returns its round id.
fn commit_batch(session: u64, n: u8) -> RoundId {
	let round = NextRoundId::<Test>::get();
	assert_ok!(Tiqe::commit_relays(RuntimeOrigin::root(), SUPPLIER, 0, session, digests(1, n)));
	round
}

/// Commits a batch and moves to the next block, where its round opens.
fn open(session: u64) -> (RoundId, RoundInfo<Test>) {
	let round = commit_batch(session, 4);
	run_to(System::block_number() + 1);
	(round, Rounds::<Test>::get(round).expect("round opened"))
}

fn members(info: &RoundInfo<Test>) -> Vec<u64> {
	info.committee.iter().map(|(who, _)| *who).collect()
}

fn salt(who: u64) -> [u8; 32] {
	[who as u8; 32]
}

fn commit(round: RoundId, who: u64, alpha: Permill, withheld: bool) -> DispatchResult {
	let commitment = Tiqe::commitment(round, &who, alpha, withheld, &salt(who));
	Tiqe::commit_score(RuntimeOrigin::signed(who), round, commitment)
}

fn reveal(round: RoundId, who: u64, alpha: Permill, withheld: bool) -> DispatchResult {
	Tiqe::reveal_score(RuntimeOrigin::signed(who), round, alpha, withheld, salt(who))
}

/// Every member in `votes` commits and reveals; the round is then finalized.
fn vote_round(round: RoundId, info: &RoundInfo<Test>, votes: &[(u64, Permill, bool)]) {
	for (who, alpha, withheld) in votes {
		assert_ok!(commit(round, *who, *alpha, *withheld));
	}
	run_to(info.commit_end);
	for (who, alpha, withheld) in votes {
		assert_ok!(reveal(round, *who, *alpha, *withheld));
	}
	run_to(info.reveal_end);
	assert!(Rounds::<Test>::get(round).is_none());
}

/// Opens a round and has every committee member vote `alpha`.
fn honest_round(session: u64, alpha: Permill) -> RoundId {
	let (round, info) = open(session);
	let votes: Vec<_> = members(&info).into_iter().map(|who| (who, alpha, false)).collect();
	vote_round(round, &info, &votes);
	round
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Tiqe(e) => Some(e),
			_ => None,
		})
		.collect()
}

/// (who, reason, amount) of every validator slash TIQE+ made.
fn validator_slashes() -> Vec<(u64, SlashReason, u64)> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			Event::ValidatorSlashed { who, reason, amount, .. } => Some((who, reason, amount)),
			_ => None,
		})
		.collect()
}

fn supplier_slashes() -> Vec<(SlashReason, u64)> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			Event::SupplierSlashed { reason, amount, .. } => Some((reason, amount)),
			_ => None,
		})
		.collect()
}

fn low_quality_rounds() -> Vec<RoundId> {
	events()
		.into_iter()
		.filter_map(|e| match e {
			Event::LowQuality { round, .. } => Some(round),
			_ => None,
		})
		.collect()
}

fn stake(who: u64, role: Role) -> u64 {
	<Stakes as StakeInspect<_, _>>::active_stake(&who, role)
}

#[test]
fn an_audit_queues_a_batch_of_an_active_supplier() {
	build_and_execute(|| {
		let commit = |who: u64, model: ModelId, relays: Vec<H256>| {
			Tiqe::commit_relays(
				RuntimeOrigin::root(),
				who,
				model,
				7,
				BoundedVec::truncate_from(relays),
			)
		};
		let a = H256::repeat_byte(0xaa);
		let b = H256::repeat_byte(0xbb);
		assert_noop!(commit(OUTSIDER, 0, vec![a]), Error::<Test>::NotSupplier);
		assert_noop!(commit(SUPPLIER, 1, vec![a]), Error::<Test>::NotSupplier);
		assert_noop!(commit(SUPPLIER, 0, vec![]), Error::<Test>::EmptyBatch);
		assert_noop!(commit(SUPPLIER, 0, vec![a, b, a]), Error::<Test>::DuplicateRelay);
		// Audits are governance's: a supplier cannot queue relays of its choosing.
		for origin in [RuntimeOrigin::none(), RuntimeOrigin::signed(SUPPLIER)] {
			assert_noop!(
				Tiqe::commit_relays(origin, SUPPLIER, 0, 7, digests(1, 1)),
				DispatchError::BadOrigin
			);
		}
		assert_ok!(commit(SUPPLIER, 0, vec![a, b]));
		System::assert_last_event(
			Event::RelaysCommitted { round: 0, supplier: SUPPLIER, model: 0, session: 7, relays: 2 }
				.into(),
		);
		let batch = Pending::<Test>::get(0).unwrap();
		assert_eq!(batch.relays.to_vec(), vec![a, b]);
		assert_eq!(batch.committed_at, 1);
		assert_eq!(NextRoundId::<Test>::get(), 1);
		// The round does not open in the block of the commitment.
		Tiqe::on_initialize(1);
		assert!(Pending::<Test>::contains_key(0));
		assert!(Rounds::<Test>::get(0).is_none());
		// A supplier that unbonds below the minimum is no longer active.
		assert_ok!(Stakes::unbond(RuntimeOrigin::signed(SUPPLIER), Role::Supplier, SUPPLIER_STAKE));
		assert_noop!(commit(SUPPLIER, 0, vec![b]), Error::<Test>::NotSupplier);
	});
}

#[test]
fn the_pending_queue_is_bounded_and_drains_a_few_batches_per_block() {
	build_and_execute(|| {
		for session in 0..4 {
			commit_batch(session, 2);
		}
		assert_noop!(
			Tiqe::commit_relays(RuntimeOrigin::root(), SUPPLIER, 0, 9, digests(1, 2)),
			Error::<Test>::TooManyPending
		);
		// No validator: each batch is dropped, at most MaxRoundsPerBlock (2) per block.
		run_to(2);
		assert_eq!(PendingHead::<Test>::get(), 2);
		let dropped: Vec<_> = events()
			.into_iter()
			.filter_map(|e| match e {
				Event::BatchDropped { round, supplier, model, session } =>
					Some((round, supplier, model, session)),
				_ => None,
			})
			.collect();
		assert_eq!(dropped, vec![(0, SUPPLIER, 0, 0), (1, SUPPLIER, 0, 1)]);
		assert!(!Pending::<Test>::contains_key(0) && Pending::<Test>::contains_key(2));
		assert_eq!(commit_batch(9, 2), 4);
		run_to(3);
		assert_eq!(PendingHead::<Test>::get(), 4);
		run_to(4);
		assert_eq!(PendingHead::<Test>::get(), 5);
		assert_eq!(Pending::<Test>::iter().count(), 0);
		assert_eq!(Rounds::<Test>::iter().count(), 0);
	});
}

#[test]
fn a_batch_is_dropped_when_only_the_supplier_validates() {
	build_and_execute(|| {
		assert_ok!(Stakes::register_validator(RuntimeOrigin::signed(SUPPLIER), 5_000));
		let round = commit_batch(3, 2);
		run_to(2);
		System::assert_has_event(
			Event::BatchDropped { round, supplier: SUPPLIER, model: 0, session: 3 }.into(),
		);
		assert!(Rounds::<Test>::get(round).is_none());
		assert!(RoundsEnding::<Test>::iter().next().is_none());
	});
}

#[test]
fn a_round_opens_in_a_later_block_with_a_sample_and_a_committee() {
	build_and_execute(|| {
		let vals = validators(&[500, 600, 700, 800]);
		let round = commit_batch(5, 6);
		run_to(2);
		let info = Rounds::<Test>::get(round).unwrap();
		assert_eq!((info.supplier, info.model, info.session), (SUPPLIER, 0, 5));
		assert_eq!((info.opened_at, info.commit_end, info.reveal_end), (2, 6, 10));
		assert_eq!(RoundsEnding::<Test>::get(10).to_vec(), vec![round]);
		assert!(Pending::<Test>::get(round).is_none());
		// Two distinct digests of the batch.
		let batch = digests(1, 6);
		assert_eq!(info.relays.len(), 2);
		assert_ne!(info.relays[0], info.relays[1]);
		assert!(info.relays.iter().all(|d| batch.contains(d)));
		// Three distinct validators, each with its stake at the draw.
		let committee = members(&info);
		assert_eq!(committee.len(), 3);
		let mut distinct = committee.clone();
		distinct.sort();
		distinct.dedup();
		assert_eq!(distinct.len(), 3);
		for (who, recorded) in info.committee.iter() {
			assert!(vals.contains(who));
			assert_eq!(*recorded, stake(*who, Role::Validator));
		}
		// The draw is the documented one: the pure functions on the round's seed.
		let seed = Tiqe::round_seed(round);
		let sample: Vec<H256> =
			sample_distinct(&seed, 6, 2).into_iter().map(|i| batch[i]).collect();
		assert_eq!(info.relays.to_vec(), sample);
		let weights: Vec<u128> = [500u128, 600, 700, 800].to_vec();
		let drawn: Vec<u64> =
			weighted_sample(&seed, &weights, 3).into_iter().map(|i| vals[i]).collect();
		assert_eq!(committee, drawn);
		System::assert_last_event(
			Event::RoundOpened {
				round,
				supplier: SUPPLIER,
				model: 0,
				session: 5,
				relays: info.relays.to_vec(),
				committee,
				commit_end: 6,
				reveal_end: 10,
			}
			.into(),
		);
	});
}

#[test]
fn commit_and_reveal_happy_path() {
	build_and_execute(|| {
		let vals = validators(&[500, 600, 700]);
		let (round, info) = open(1);
		let mut committee = members(&info);
		committee.sort();
		assert_eq!(committee, vals);
		for who in &vals {
			assert_ok!(commit(round, *who, pct(90), false));
			let commitment = Tiqe::commitment(round, who, pct(90), false, &salt(*who));
			System::assert_has_event(
				Event::ScoreCommitted { round, who: *who, commitment }.into(),
			);
			assert_eq!(Votes::<Test>::get(round, who).unwrap().commitment, commitment);
		}
		run_to(info.commit_end);
		for who in &vals {
			assert_ok!(reveal(round, *who, pct(90), false));
			System::assert_has_event(
				Event::ScoreRevealed { round, who: *who, alpha: pct(90), withheld: false }.into(),
			);
		}
		// Everyone revealed: the round is finalized in the next block, not at its reveal end.
		let finalize_at = info.commit_end + 1;
		assert!(finalize_at < info.reveal_end);
		System::assert_last_event(Event::RevealsComplete { round, finalize_at }.into());
		assert!(Rounds::<Test>::get(round).is_some());
		run_to(finalize_at);
		System::assert_has_event(
			Event::RoundFinalized {
				round,
				supplier: SUPPLIER,
				alpha: pct(90),
				median: pct(90),
				reputation: pct(90),
				revealed: 3,
				withheld: false,
			}
			.into(),
		);
		assert_eq!(Quality::<Test>::get(SUPPLIER), Some(pct(90)));
		assert_eq!(Reputation::<Test>::get(SUPPLIER), Some(pct(90)));
		assert_eq!(
			SessionQuality::<Test>::get(SUPPLIER, 1),
			Some(SessionScore { mean: pct(90), rounds: 1 })
		);
		assert_eq!(
			RoundResults::<Test>::get(round),
			Some(RoundResult {
				supplier: SUPPLIER,
				median: Some(pct(90)),
				alpha: Some(pct(90)),
				revealed: 3,
				withheld: false,
			})
		);
		// Round storage is gone; nobody was slashed.
		assert!(Rounds::<Test>::get(round).is_none());
		assert_eq!(Votes::<Test>::iter_prefix(round).count(), 0);
		assert!(RoundsEnding::<Test>::get(info.reveal_end).is_empty());
		assert!(validator_slashes().is_empty() && supplier_slashes().is_empty());
		assert_eq!(stake(V, Role::Validator), 500);
		assert_noop!(reveal(round, V, pct(90), false), Error::<Test>::UnknownRound);
	});
}

#[test]
fn the_last_commit_opens_the_reveals_in_the_next_block() {
	build_and_execute(|| {
		validators(&[500, 600, 700]);
		let (round, info) = open(1);
		let [a, b, c] = members(&info)[..] else { panic!("committee of three") };
		assert_ok!(commit(round, a, pct(70), false));
		assert_ok!(commit(round, b, pct(70), false));
		assert_eq!(Progress::<Test>::get(round), RoundProgress { committed: 2, revealed: 0 });
		// Two of three: the commit window stands.
		assert_eq!(Rounds::<Test>::get(round).unwrap().commit_end, info.commit_end);
		assert_ok!(commit(round, c, pct(70), false));
		let now = System::block_number();
		let reveal_from = now + 1;
		assert!(reveal_from < info.commit_end);
		System::assert_last_event(Event::CommitsComplete { round, reveal_from }.into());
		let moved = Rounds::<Test>::get(round).unwrap();
		assert_eq!((moved.commit_end, moved.reveal_end), (reveal_from, info.reveal_end));
		// Not in the block of the last commit: a reveal there would be seen before it is final.
		assert_noop!(reveal(round, a, pct(70), false), Error::<Test>::NotRevealPhase);
		run_to(reveal_from);
		assert_ok!(reveal(round, a, pct(70), false));
		// A member that waits for the original commit end is still on time.
		run_to(info.commit_end);
		assert_ok!(reveal(round, b, pct(70), false));
		assert_ok!(reveal(round, c, pct(70), false));
		System::assert_last_event(
			Event::RevealsComplete { round, finalize_at: info.commit_end + 1 }.into(),
		);
		run_to(info.commit_end + 1);
		assert!(Rounds::<Test>::get(round).is_none());
		assert_eq!(Progress::<Test>::get(round), RoundProgress::default());
		assert!(validator_slashes().is_empty());
		assert_eq!(Quality::<Test>::get(SUPPLIER), Some(pct(70)));
	});
}

#[test]
fn a_silent_member_keeps_the_rounds_windows() {
	build_and_execute(|| {
		validators(&[500, 600, 700]);
		let (round, info) = open(1);
		let [a, b, _silent] = members(&info)[..] else { panic!("committee of three") };
		assert_ok!(commit(round, a, pct(60), false));
		assert_ok!(commit(round, b, pct(60), false));
		run_to(info.commit_end);
		assert_ok!(reveal(round, a, pct(60), false));
		assert_ok!(reveal(round, b, pct(60), false));
		let kept = Rounds::<Test>::get(round).unwrap();
		assert_eq!((kept.commit_end, kept.reveal_end), (info.commit_end, info.reveal_end));
		assert!(!events().iter().any(|e| matches!(
			e,
			Event::CommitsComplete { .. } | Event::RevealsComplete { .. }
		)));
		run_to(info.reveal_end - 1);
		assert!(Rounds::<Test>::get(round).is_some());
		run_to(info.reveal_end);
		assert!(Rounds::<Test>::get(round).is_none());
	});
}

#[test]
fn a_complete_round_waits_for_its_reveal_end_when_the_next_block_is_full() {
	build_and_execute(|| {
		validators(&[500, 600, 700]);
		let (round, info) = open(1);
		let committee = members(&info);
		for who in &committee {
			assert_ok!(commit(round, *who, pct(80), false));
		}
		run_to(info.commit_end);
		let next = System::block_number() + 1;
		let others = <<Test as Config>::MaxRoundsPerBlock as Get<u32>>::get() as u64;
		let full: Vec<RoundId> = (1000..1000 + others).collect();
		RoundsEnding::<Test>::insert(next, BoundedVec::truncate_from(full));
		for who in &committee {
			assert_ok!(reveal(round, *who, pct(80), false));
		}
		assert_eq!(Rounds::<Test>::get(round).unwrap().reveal_end, info.reveal_end);
		assert!(RoundsEnding::<Test>::get(info.reveal_end).contains(&round));
		// Only to keep the invariants checked after the test: nothing else lists those ids.
		RoundsEnding::<Test>::remove(next);
		run_to(info.reveal_end);
		assert!(Rounds::<Test>::get(round).is_none());
	});
}

#[test]
fn a_reveal_must_match_the_commitment() {
	build_and_execute(|| {
		validators(&[500, 600, 700]);
		let (round, info) = open(1);
		let [a, b, _] = members(&info)[..] else { panic!("committee of three") };
		assert_ok!(commit(round, a, pct(80), false));
		// `b` copies `a`'s commitment; without `a`'s account in the preimage it cannot reveal.
		let copied = Votes::<Test>::get(round, a).unwrap().commitment;
		assert_ok!(Tiqe::commit_score(RuntimeOrigin::signed(b), round, copied));
		run_to(info.commit_end);
		let mismatch = || Error::<Test>::CommitmentMismatch;
		assert_noop!(
			Tiqe::reveal_score(RuntimeOrigin::signed(a), round, pct(80), false, [0u8; 32]),
			mismatch()
		);
		assert_noop!(reveal(round, a, pct(81), false), mismatch());
		assert_noop!(reveal(round, a, pct(80), true), mismatch());
		assert_noop!(
			Tiqe::reveal_score(RuntimeOrigin::signed(b), round, pct(80), false, salt(a)),
			mismatch()
		);
		assert_ok!(reveal(round, a, pct(80), false));
	});
}

#[test]
fn commits_and_reveals_only_in_their_windows() {
	build_and_execute(|| {
		validators(&[500, 600, 700]);
		assert_noop!(commit(0, V, pct(50), false), Error::<Test>::UnknownRound);
		assert_noop!(reveal(0, V, pct(50), false), Error::<Test>::UnknownRound);
		let (round, info) = open(1);
		let [a, b, c] = members(&info)[..] else { panic!("committee of three") };
		assert_noop!(reveal(round, a, pct(50), false), Error::<Test>::NotRevealPhase);
		assert_ok!(commit(round, a, pct(50), false));
		assert_noop!(commit(round, a, pct(50), false), Error::<Test>::AlreadyCommitted);
		assert_noop!(reveal(round, a, pct(50), false), Error::<Test>::NotRevealPhase);
		// The last block of the commit window still takes commits.
		run_to(info.commit_end - 1);
		assert_ok!(commit(round, b, pct(50), false));
		run_to(info.commit_end);
		assert_noop!(commit(round, c, pct(50), false), Error::<Test>::NotCommitPhase);
		assert_noop!(reveal(round, c, pct(50), false), Error::<Test>::NotCommitted);
		assert_ok!(reveal(round, a, pct(50), false));
		assert_noop!(reveal(round, a, pct(50), false), Error::<Test>::AlreadyRevealed);
		// The last block of the reveal window still takes reveals; the next one finalizes.
		run_to(info.reveal_end - 1);
		assert_ok!(reveal(round, b, pct(50), false));
		run_to(info.reveal_end);
		assert_noop!(reveal(round, c, pct(50), false), Error::<Test>::UnknownRound);
		assert_noop!(commit(round, c, pct(50), false), Error::<Test>::UnknownRound);
	});
}

#[test]
fn only_the_committee_votes() {
	build_and_execute(|| {
		let vals = validators(&[500, 600, 700, 800, 900]);
		// The supplier also validates, but never for itself.
		assert_ok!(Stakes::register_validator(RuntimeOrigin::signed(SUPPLIER), 900));
		let (round, info) = open(1);
		let committee = members(&info);
		let outsider = *vals.iter().find(|v| !committee.contains(v)).unwrap();
		for who in [outsider, SUPPLIER, OUTSIDER] {
			assert_noop!(commit(round, who, pct(50), false), Error::<Test>::NotInCommittee);
		}
		run_to(info.commit_end);
		for who in [outsider, SUPPLIER, OUTSIDER] {
			assert_noop!(reveal(round, who, pct(50), false), Error::<Test>::NotInCommittee);
		}
	});
}

#[test]
fn an_honest_supplier_keeps_a_high_reputation() {
	build_and_execute(|| {
		validators(&[500, 600, 700]);
		for session in 0..4 {
			let (round, info) = open(session);
			let votes: Vec<_> = members(&info)
				.into_iter()
				.zip([88, 90, 92])
				.map(|(who, a)| (who, pct(a), false))
				.collect();
			vote_round(round, &info, &votes);
			assert_eq!(RoundResults::<Test>::get(round).unwrap().alpha, Some(pct(90)));
			assert_eq!(Reputation::<Test>::get(SUPPLIER), Some(pct(90)));
		}
		assert!(low_quality_rounds().is_empty());
		assert!(validator_slashes().is_empty() && supplier_slashes().is_empty());
		assert_eq!(stake(SUPPLIER, Role::Supplier), SUPPLIER_STAKE);
	});
}

#[test]
fn degraded_quality_lowers_reputation_and_reports_low_quality() {
	build_and_execute(|| {
		validators(&[500, 600, 700]);
		honest_round(0, pct(90));
		assert_eq!(Reputation::<Test>::get(SUPPLIER), Some(pct(90)));
		// rep' = rep·0.7 + 0.3·α with α = 30%.
		let mut low = vec![];
		for (session, expected) in [(1, 720_000), (2, 594_000), (3, 505_800)] {
			low.push(honest_round(session, pct(30)));
			assert_eq!(Reputation::<Test>::get(SUPPLIER), Some(Permill::from_parts(expected)));
			assert_eq!(Quality::<Test>::get(SUPPLIER), Some(pct(30)));
		}
		assert_eq!(low_quality_rounds(), low);
		System::assert_has_event(
			Event::LowQuality {
				round: low[0],
				supplier: SUPPLIER,
				alpha: pct(30),
				threshold: pct(50),
			}
			.into(),
		);
		// The low-quality slash is off by default...
		assert!(supplier_slashes().is_empty());
		assert_eq!(stake(SUPPLIER, Role::Supplier), SUPPLIER_STAKE);
		// ...and takes its share of the supplier's bond when governance turns it on.
		set_params(|p| p.low_quality_slash = Perbill::from_percent(20));
		honest_round(4, pct(30));
		assert_eq!(supplier_slashes(), vec![(SlashReason::LowQuality, 2_000)]);
		assert_eq!(stake(SUPPLIER, Role::Supplier), 8_000);
		// An α at the threshold is not low.
		let before = low_quality_rounds().len();
		honest_round(5, pct(50));
		assert_eq!(low_quality_rounds().len(), before);
	});
}

#[test]
fn validators_deviating_in_either_direction_are_slashed() {
	build_and_execute(|| {
		let vals = validators(&[1_000; 5]);
		set_params(|p| p.committee_size = 5);
		let (round, info) = open(1);
		// Median 60%; the threshold is 20%: 79% stays, 85% and 35% deviate by 25%.
		let alphas = [60, 60, 79, 85, 35];
		let votes: Vec<_> = vals.iter().zip(alphas).map(|(v, a)| (*v, pct(a), false)).collect();
		vote_round(round, &info, &votes);
		assert_eq!(RoundResults::<Test>::get(round).unwrap().median, Some(pct(60)));
		let (high, low) = (vals[3], vals[4]);
		let mut slashed = validator_slashes();
		slashed.sort_by_key(|(who, _, _)| *who);
		assert_eq!(
			slashed,
			vec![(high, SlashReason::ScoreDeviation, 100), (low, SlashReason::ScoreDeviation, 100)]
		);
		assert_eq!(stake(high, Role::Validator), 900);
		assert_eq!(stake(low, Role::Validator), 900);
		for honest in &vals[..3] {
			assert_eq!(stake(*honest, Role::Validator), 1_000);
		}
	});
}

#[test]
fn members_who_do_not_reveal_are_slashed() {
	build_and_execute(|| {
		validators(&[1_000, 2_000, 4_000]);
		let (round, info) = open(1);
		let [a, b, c] = members(&info)[..] else { panic!("committee of three") };
		assert_ok!(commit(round, a, pct(70), false));
		assert_ok!(commit(round, b, pct(70), false));
		run_to(info.commit_end);
		assert_ok!(reveal(round, a, pct(70), false));
		// `b` committed but stays silent, `c` never committed.
		run_to(info.reveal_end);
		let mut slashed = validator_slashes();
		slashed.sort_by_key(|(who, _, _)| *who);
		let fee = |who: u64| stake(who, Role::Validator) * 5 / 95;
		let mut expected = vec![
			(b, SlashReason::MissingScoreReveal, fee(b)),
			(c, SlashReason::MissingScoreReveal, fee(c)),
		];
		expected.sort_by_key(|(who, _, _)| *who);
		assert_eq!(slashed, expected);
		// One revealer of three holds no quorum: the round has no result.
		let result = RoundResults::<Test>::get(round).unwrap();
		assert_eq!((result.revealed, result.median), (1, None));
		assert_eq!(Quality::<Test>::get(SUPPLIER), None);
	});
}

#[test]
fn a_round_nobody_reveals_is_void_but_silence_is_slashed() {
	build_and_execute(|| {
		validators(&[1_000, 1_000, 1_000]);
		let (round, info) = open(1);
		assert_ok!(commit(round, members(&info)[0], pct(70), false));
		run_to(info.reveal_end);
		System::assert_has_event(
			Event::RoundVoid { round, supplier: SUPPLIER, reason: Unevaluated::NoQuorum, revealed: 0 }
				.into(),
		);
		assert_eq!(validator_slashes().len(), 3);
		assert!(validator_slashes()
			.iter()
			.all(|(_, reason, amount)| *reason == SlashReason::MissingScoreReveal && *amount == 50));
		assert_eq!(
			RoundResults::<Test>::get(round),
			Some(RoundResult {
				supplier: SUPPLIER,
				median: None,
				alpha: None,
				revealed: 0,
				withheld: false
			})
		);
		assert_eq!(Quality::<Test>::get(SUPPLIER), None);
		assert_eq!(Reputation::<Test>::get(SUPPLIER), None);
		assert_eq!(Votes::<Test>::iter_prefix(round).count(), 0);
	});
}

#[test]
fn a_stake_minority_under_a_third_cannot_move_the_median() {
	build_and_execute(|| {
		// Three honest validators hold 9 000, two liars 4 000 (31%).
		let vals = validators(&[3_000, 3_000, 3_000, 2_000, 2_000]);
		set_params(|p| p.committee_size = 5);
		let honest = [(vals[0], 70), (vals[1], 72), (vals[2], 74)];
		for (liar_a, liar_b) in [(100, 100), (0, 0), (0, 100)] {
			let (round, info) = open(1);
			assert_eq!(info.committee.len(), 5);
			let mut votes: Vec<_> = honest.iter().map(|(v, a)| (*v, pct(*a), false)).collect();
			votes.push((vals[3], pct(liar_a), false));
			votes.push((vals[4], pct(liar_b), false));
			vote_round(round, &info, &votes);
			let median = RoundResults::<Test>::get(round).unwrap().median.unwrap();
			assert!(median >= pct(70) && median <= pct(74), "median {median:?}");
		}
		// The liars paid for every round; the honest validators never did.
		let slashed = validator_slashes();
		assert_eq!(slashed.len(), 6);
		assert!(slashed.iter().all(|(who, reason, _)| {
			(*who == vals[3] || *who == vals[4]) && *reason == SlashReason::ScoreDeviation
		}));
		for (v, _) in honest {
			assert_eq!(stake(v, Role::Validator), 3_000);
		}
	});
}

#[test]
fn a_withheld_majority_slashes_the_supplier() {
	build_and_execute(|| {
		let vals = validators(&[1_000, 1_000, 1_000]);
		let (round, info) = open(1);
		let votes = [
			(vals[0], pct(0), true),
			(vals[1], pct(0), true),
			(vals[2], pct(90), false),
		];
		vote_round(round, &info, &votes);
		let result = RoundResults::<Test>::get(round).unwrap();
		assert!(result.withheld);
		assert_eq!(result.alpha, Some(Permill::zero()));
		assert_eq!(supplier_slashes(), vec![(SlashReason::MissingRelayReveal, 1_000)]);
		assert_eq!(stake(SUPPLIER, Role::Supplier), 9_000);
		assert_eq!(Quality::<Test>::get(SUPPLIER), Some(Permill::zero()));
		assert_eq!(low_quality_rounds(), vec![round]);
		// The validator who claimed a good answer deviates from the median of 0.
		assert_eq!(validator_slashes(), vec![(vals[2], SlashReason::ScoreDeviation, 100)]);
		System::assert_has_event(
			Event::RoundFinalized {
				round,
				supplier: SUPPLIER,
				alpha: Permill::zero(),
				median: Permill::zero(),
				reputation: Permill::zero(),
				revealed: 3,
				withheld: true,
			}
			.into(),
		);
	});
}

#[test]
fn a_withheld_minority_does_not_slash_the_supplier() {
	build_and_execute(|| {
		let vals = validators(&[1_000, 1_000, 1_000]);
		let (round, info) = open(1);
		let votes = [
			(vals[0], pct(0), true),
			(vals[1], pct(90), false),
			(vals[2], pct(90), false),
		];
		vote_round(round, &info, &votes);
		let result = RoundResults::<Test>::get(round).unwrap();
		assert!(!result.withheld);
		assert_eq!(result.alpha, Some(pct(90)));
		assert!(supplier_slashes().is_empty());
		assert_eq!(validator_slashes(), vec![(vals[0], SlashReason::ScoreDeviation, 100)]);
	});
}

#[test]
fn session_quality_is_the_mean_of_the_sessions_rounds() {
	build_and_execute(|| {
		validators(&[500, 600, 700]);
		honest_round(7, pct(90));
		honest_round(7, pct(60));
		honest_round(8, pct(40));
		assert_eq!(
			SessionQuality::<Test>::get(SUPPLIER, 7),
			Some(SessionScore { mean: pct(75), rounds: 2 })
		);
		assert_eq!(
			SessionQuality::<Test>::get(SUPPLIER, 8),
			Some(SessionScore { mean: pct(40), rounds: 1 })
		);
		assert_eq!(Quality::<Test>::get(SUPPLIER), Some(pct(40)));
	});
}

#[test]
fn the_committee_draw_is_stake_weighted_without_replacement() {
	// One seat, weights 1:3: the heavy validator should win about three times in four.
	let heavy = (0u32..4_000)
		.filter(|i| weighted_sample(&i.to_le_bytes(), &[1_000, 3_000], 1) == vec![1])
		.count();
	assert!((2_850..=3_150).contains(&heavy), "heavy validator drawn {heavy} times");
	// Without replacement: every index once, zero weights never.
	for i in 0u32..200 {
		let mut drawn = weighted_sample(&i.to_le_bytes(), &[5, 0, 7, 1, 9], 9);
		assert_eq!(drawn.len(), 4);
		drawn.sort();
		assert_eq!(drawn, vec![0, 2, 3, 4]);
		let seed = i.to_le_bytes();
		let weights = [5, 0, 7, 1, 9];
		assert_eq!(weighted_sample(&seed, &weights, 2), weighted_sample(&seed, &weights, 2));
		let mut sample = sample_distinct(&seed, 6, 3);
		sample.sort();
		sample.dedup();
		assert_eq!(sample.len(), 3);
		assert!(sample.iter().all(|i| *i < 6));
		assert_eq!(sample_distinct(&seed, 2, 5).len(), 2);
	}
	assert!(weighted_sample(b"seed", &[], 3).is_empty());
}

#[test]
fn the_pallet_draws_by_stake_and_never_seats_the_supplier() {
	build_and_execute(|| {
		// The supplier validates too, with by far the largest stake.
		assert_ok!(Stakes::register_validator(RuntimeOrigin::signed(SUPPLIER), 50_000));
		let vals = validators(&[100, 100, 100, 10_000]);
		set_params(|p| {
			p.committee_size = 1;
			p.missing_reveal_slash = Perbill::zero();
			// The rounds below stay open: room for all of them.
			p.max_open_rounds = 100;
		});
		let mut heavy = 0;
		for session in 0..30 {
			let (_, info) = open(session);
			let committee = members(&info);
			assert_eq!(committee.len(), 1);
			assert_ne!(committee[0], SUPPLIER);
			heavy += (committee[0] == vals[3]) as u32;
		}
		assert!(heavy >= 25, "heavy validator seated {heavy} times of 30");
	});
}

#[test]
fn the_draw_is_deterministic_and_seats_everyone_when_few_validate() {
	let draw = |seed: u64| {
		build_and_execute(|| {
			MockRandomness::set_seed(seed);
			assert_ok!(Stakes::register_validator(RuntimeOrigin::signed(SUPPLIER), 5_000));
			validators(&[300, 400, 500, 600, 700, 800]);
			(0..5)
				.map(|session| {
					let (_, info) = open(session);
					assert!(!members(&info).contains(&SUPPLIER));
					(members(&info), info.relays.to_vec())
				})
				.collect::<Vec<_>>()
		})
	};
	assert_eq!(draw(1), draw(1));
	assert_ne!(draw(1), draw(2));
	build_and_execute(|| {
		let vals = validators(&[300, 400]);
		set_params(|p| p.committee_size = 5);
		let (_, info) = open(1);
		let mut committee = members(&info);
		committee.sort();
		assert_eq!(committee, vals);
	});
}

#[test]
fn rounds_open_a_few_per_block_and_wait_for_room_to_finalize() {
	build_and_execute(|| {
		validators(&[500, 600, 700]);
		let rounds: Vec<_> = (0..3).map(|s| commit_batch(s, 2)).collect();
		run_to(2);
		assert!(Rounds::<Test>::contains_key(rounds[0]) && Rounds::<Test>::contains_key(rounds[1]));
		assert!(Pending::<Test>::contains_key(rounds[2]));
		assert_eq!(RoundsEnding::<Test>::get(10).to_vec(), vec![rounds[0], rounds[1]]);
		// Shorter commit, longer reveal: a round opened in block 3 would also end in block 10,
		// which is full, so it waits for block 4 and ends in block 11.
		set_params(|p| {
			p.commit_window = 3;
			p.reveal_window = 4;
		});
		run_to(3);
		assert!(Pending::<Test>::contains_key(rounds[2]));
		run_to(4);
		let info = Rounds::<Test>::get(rounds[2]).unwrap();
		assert_eq!((info.opened_at, info.commit_end, info.reveal_end), (4, 7, 11));
		run_to(11);
		assert_eq!(Rounds::<Test>::iter().count(), 0);
		assert_eq!(RoundResults::<Test>::iter().count(), 3);
	});
}

#[test]
fn parameters_are_set_only_by_the_admin_and_validated() {
	build_and_execute(|| {
		let defaults = Parameters::<Test>::get();
		assert_eq!(defaults, TiqeParameters::default());
		assert_eq!(
			defaults,
			TiqeParameters {
				committee_size: 3,
				relays_per_round: 2,
				commit_window: 4,
				reveal_window: 4,
				deviation_threshold: pct(20),
				deviation_slash: Perbill::from_percent(10),
				missing_reveal_slash: Perbill::from_percent(5),
				withheld_slash: Perbill::from_percent(10),
				alpha_threshold: pct(50),
				low_quality_slash: Perbill::zero(),
				reputation_weight: pct(30),
				quorum: TWO_THIRDS,
				max_open_rounds: 4,
			}
		);
		let params = TiqeParameters { committee_size: 5, commit_window: 2, ..defaults.clone() };
		assert_noop!(
			Tiqe::set_parameters(RuntimeOrigin::signed(SUPPLIER), params.clone()),
			DispatchError::BadOrigin
		);
		let invalid = [
			TiqeParameters { committee_size: 0, ..params.clone() },
			TiqeParameters { committee_size: 8, ..params.clone() },
			TiqeParameters { relays_per_round: 0, ..params.clone() },
			TiqeParameters { relays_per_round: 9, ..params.clone() },
			TiqeParameters { commit_window: 0, ..params.clone() },
			TiqeParameters { reveal_window: 0, ..params.clone() },
			TiqeParameters { max_open_rounds: 0, ..params.clone() },
		];
		for bad in invalid {
			assert_noop!(
				Tiqe::set_parameters(RuntimeOrigin::root(), bad),
				Error::<Test>::InvalidParameters
			);
		}
		assert_ok!(Tiqe::set_parameters(RuntimeOrigin::root(), params.clone()));
		assert_eq!(Parameters::<Test>::get(), params);
		System::assert_last_event(Event::ParametersSet { parameters: params }.into());
	});
}

fn calibration(alpha_threshold: u32) -> Calibration {
	Calibration {
		greedy_tolerance_milli: 1_000,
		greedy_max_violations: 0,
		replay_tolerance: pct(15),
		replay_allowed_misses: 2,
		replay_allowed_share: pct(5),
		unseeded_margin_milli: 14_000,
		unseeded_allowed_share: pct(5),
		relevance_low: pct(20),
		relevance_high: pct(40),
		judge_weight: Permill::zero(),
		alpha_threshold: pct(alpha_threshold),
	}
}

#[test]
fn a_model_owner_sets_the_first_calibration_and_only_the_council_changes_it() {
	build_and_execute(|| {
		System::set_block_number(1);
		// Not the owner, an unknown model, an out-of-range calibration.
		assert_noop!(
			Tiqe::set_calibration(RuntimeOrigin::signed(OUTSIDER), 0, Some(calibration(50))),
			Error::<Test>::CalibrationLocked
		);
		assert_noop!(
			Tiqe::set_calibration(RuntimeOrigin::signed(MODEL_OWNER), 7, Some(calibration(50))),
			Error::<Test>::UnknownModel
		);
		for bad in [
			Calibration { relevance_low: pct(50), relevance_high: pct(40), ..calibration(50) },
			Calibration { greedy_tolerance_milli: MAX_MARGIN_MILLI + 1, ..calibration(50) },
			Calibration { unseeded_margin_milli: MAX_MARGIN_MILLI + 1, ..calibration(50) },
			Calibration { replay_allowed_misses: MAX_ALLOWED_MISSES + 1, ..calibration(50) },
		] {
			assert_noop!(
				Tiqe::set_calibration(RuntimeOrigin::signed(MODEL_OWNER), 0, Some(bad)),
				Error::<Test>::InvalidCalibration
			);
		}
		// The owner publishes one...
		assert_ok!(Tiqe::set_calibration(RuntimeOrigin::signed(MODEL_OWNER), 0, Some(calibration(60))));
		assert_eq!(Calibrations::<Test>::get(0), Some(calibration(60)));
		System::assert_last_event(Event::CalibrationSet { model: 0, calibration: Some(calibration(60)) }.into());
		// ...and may not loosen or remove it afterwards; the Council may.
		assert_noop!(
			Tiqe::set_calibration(RuntimeOrigin::signed(MODEL_OWNER), 0, Some(calibration(10))),
			Error::<Test>::CalibrationLocked
		);
		assert_noop!(
			Tiqe::set_calibration(RuntimeOrigin::signed(MODEL_OWNER), 0, None),
			Error::<Test>::CalibrationLocked
		);
		assert_ok!(Tiqe::set_calibration(RuntimeOrigin::root(), 0, Some(calibration(70))));
		assert_eq!(Calibrations::<Test>::get(0), Some(calibration(70)));
		assert_ok!(Tiqe::set_calibration(RuntimeOrigin::root(), 0, None));
		assert_eq!(Calibrations::<Test>::get(0), None);
	});
}

#[test]
fn a_calibrated_model_is_judged_by_its_own_alpha_threshold() {
	build_and_execute(|| {
		validators(&[500, 600, 700]);
		// α = 55% clears the parameters' 50%...
		honest_round(0, pct(55));
		assert!(low_quality_rounds().is_empty());
		// ...but not model 0's calibrated 60%.
		assert_ok!(Tiqe::set_calibration(RuntimeOrigin::signed(MODEL_OWNER), 0, Some(calibration(60))));
		let round = honest_round(1, pct(55));
		assert_eq!(low_quality_rounds(), vec![round]);
		System::assert_has_event(
			Event::LowQuality { round, supplier: SUPPLIER, alpha: pct(55), threshold: pct(60) }.into(),
		);
	});
}

#[test]
fn the_weighted_median_is_the_lowest_alpha_reaching_half_the_weight() {
	assert_eq!(weighted_median(&[]), None);
	assert_eq!(weighted_median(&[(pct(40), 1)]), Some(pct(40)));
	// Exactly half the weight at 20%: the lower value wins.
	assert_eq!(weighted_median(&[(pct(80), 5), (pct(20), 5)]), Some(pct(20)));
	assert_eq!(weighted_median(&[(pct(80), 6), (pct(20), 4)]), Some(pct(80)));
	assert_eq!(
		weighted_median(&[(pct(10), 1), (pct(50), 1), (pct(90), 1), (pct(60), 1), (pct(70), 1)]),
		Some(pct(60))
	);
	assert_eq!(weighted_median(&[(pct(10), u128::MAX), (pct(90), u128::MAX)]), Some(pct(10)));
	assert_eq!(ema(pct(90), pct(30), pct(30)), Permill::from_parts(720_000));
	assert_eq!(ema(pct(90), pct(90), pct(30)), pct(90));
	assert_eq!(running_mean(pct(90), 1, pct(60)), pct(75));
	assert_eq!(running_mean(Permill::zero(), 0, pct(33)), pct(33));
}

#[test]
fn the_commitment_is_blake2_of_the_scale_tuple() {
	// The vector off-chain code (the validator daemon) checks itself against; see docs/tiqe.md.
	let who = AccountId32::new([1u8; 32]);
	let preimage = (7u64, &who, Permill::from_parts(850_000), false, [2u8; 32]).encode();
	let mut expected = vec![7, 0, 0, 0, 0, 0, 0, 0];
	expected.extend([1u8; 32]);
	expected.extend(850_000u32.to_le_bytes());
	expected.push(0);
	expected.extend([2u8; 32]);
	assert_eq!(preimage, expected);
	assert_eq!(
		BlakeTwo256::hash(&preimage),
		H256(hex_literal("4a321a2787727fd6f1c374d58525089aeffe35e28b7864c9996212198c0eb3cd"))
	);
	// The pallet hashes exactly this tuple (here with the mock's u64 accounts).
	build_and_execute(|| {
		assert_eq!(
			Tiqe::commitment(7, &V, pct(85), true, &[2u8; 32]),
			BlakeTwo256::hash(&(7u64, V, pct(85), true, [2u8; 32]).encode())
		);
	});
}

fn hex_literal(hex: &str) -> [u8; 32] {
	let mut out = [0u8; 32];
	for (i, byte) in out.iter_mut().enumerate() {
		*byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).unwrap();
	}
	out
}

#[test]
fn settlement_is_told_each_rounds_alpha_and_honest_members() {
	build_and_execute(|| {
		let vals = validators(&[1_000, 2_000, 1_000, 1_000, 1_000]);
		set_params(|p| p.committee_size = 5);
		let (round, info) = open(1);
		let alphas = [60, 60, 79, 85, 35];
		let votes: Vec<_> = vals.iter().zip(alphas).map(|(v, a)| (*v, pct(a), false)).collect();
		vote_round(round, &info, &votes);
		let told = RecordEvaluations::taken();
		assert_eq!(told.len(), 1);
		assert_eq!((told[0].round, told[0].supplier, told[0].alpha), (round, SUPPLIER, Ok(pct(60))));
		let mut honest = told[0].honest.clone();
		honest.sort();
		assert_eq!(honest, vec![(vals[0], 1_000), (vals[1], 2_000), (vals[2], 1_000)]);
	});
}

#[test]
fn settlement_is_told_of_dropped_and_void_rounds_without_alpha() {
	build_and_execute(|| {
		let round = commit_batch(3, 2);
		run_to(2);
		assert_eq!(
			RecordEvaluations::taken(),
			vec![sibyl_primitives::Evaluation {
				round,
				supplier: SUPPLIER,
				alpha: Err(Unevaluated::NoValidators),
				honest: vec![]
			}]
		);
		validators(&[1_000]);
		let (round, info) = open(3);
		run_to(info.reveal_end);
		assert_eq!(
			RecordEvaluations::taken(),
			vec![sibyl_primitives::Evaluation {
				round,
				supplier: SUPPLIER,
				alpha: Err(Unevaluated::NoQuorum),
				honest: vec![]
			}]
		);
	});
}

#[test]
fn evaluations_requested_by_settlement_queue_distinct_relays() {
	use sibyl_primitives::QualityEvaluation;
	build_and_execute(|| {
		validators(&[1_000]);
		let relays = vec![[7u8; 32], [3u8; 32], [7u8; 32]];
		let round = Tiqe::request_evaluation(&SUPPLIER, 0, 4, relays).unwrap();
		let batch = Pending::<Test>::get(round).unwrap();
		assert_eq!(batch.relays.to_vec(), vec![H256::repeat_byte(3), H256::repeat_byte(7)]);
		assert_eq!((batch.session, batch.model), (4, 0));
		assert_eq!(Tiqe::request_evaluation(&SUPPLIER, 0, 4, vec![]), Err(Unevaluated::NoValidators));
		// A full queue is said so: settlement keeps the claim and asks again later.
		for _ in 1..4 {
			assert!(Tiqe::request_evaluation(&SUPPLIER, 0, 4, vec![[1u8; 32]]).is_ok());
		}
		assert_eq!(
			Tiqe::request_evaluation(&SUPPLIER, 0, 4, vec![[1u8; 32]]),
			Err(Unevaluated::QueueFull)
		);
	});
}

#[test]
fn without_a_quorum_a_liar_cannot_get_an_honest_member_slashed() {
	build_and_execute(|| {
		// Three equal members: one honest, one liar voting 0, one absent. Two thirds revealed is
		// not more than two thirds: the liar could be the median, so nobody is slashed for
		// deviating and the supplier keeps its standing.
		let vals = validators(&[1_000, 1_000, 1_000]);
		let (round, info) = open(1);
		assert_eq!(members(&info).len(), 3);
		let (honest, liar, absent) = (vals[0], vals[1], vals[2]);
		for (who, alpha) in [(honest, pct(80)), (liar, pct(0))] {
			assert_ok!(commit(round, who, alpha, false));
		}
		run_to(info.commit_end);
		assert_ok!(reveal(round, honest, pct(80), false));
		assert_ok!(reveal(round, liar, pct(0), false));
		run_to(info.reveal_end);
		System::assert_has_event(
			Event::RoundVoid { round, supplier: SUPPLIER, reason: Unevaluated::NoQuorum, revealed: 2 }
				.into(),
		);
		assert_eq!(validator_slashes(), vec![(absent, SlashReason::MissingScoreReveal, 50)]);
		assert_eq!(stake(honest, Role::Validator), 1_000);
		assert_eq!(Quality::<Test>::get(SUPPLIER), None);
		assert_eq!(
			RecordEvaluations::taken().last().map(|e| e.alpha),
			Some(Err(Unevaluated::NoQuorum))
		);
		// With all three revealing, the liar alone deviates and pays.
		let (round, info) = open(1);
		vote_round(round, &info, &[(honest, pct(80), false), (liar, pct(0), false), (absent, pct(82), false)]);
		let result = RoundResults::<Test>::get(round).unwrap();
		assert_eq!(result.median, Some(pct(80)));
		assert_eq!(validator_slashes().last().map(|(who, reason, _)| (*who, *reason)), Some((liar, SlashReason::ScoreDeviation)));
		assert_eq!(stake(honest, Role::Validator), 1_000);
	});
}

#[test]
fn the_quorum_needs_strictly_more_than_its_share_of_the_committees_stake() {
	let two_thirds = TWO_THIRDS;
	assert!(!Tiqe::is_quorum(two_thirds, 2, 3));
	assert!(Tiqe::is_quorum(two_thirds, 3, 3));
	assert!(Tiqe::is_quorum(two_thirds, 2_001, 3_001));
	assert!(!Tiqe::is_quorum(two_thirds, 6_000_000_000_000_000, 9_000_000_000_000_000));
	assert!(Tiqe::is_quorum(two_thirds, 1, 1));
}

#[test]
fn a_validator_sits_on_at_most_max_open_rounds() {
	build_and_execute(|| {
		let vals = validators(&[1_000, 1_000, 1_000]);
		set_params(|p| p.max_open_rounds = 1);
		let first = commit_batch(1, 2);
		let second = commit_batch(1, 2);
		run_to(2);
		// Every validator sits on the first round: the second waits rather than overload them.
		assert!(Rounds::<Test>::contains_key(first));
		assert!(Pending::<Test>::contains_key(second));
		assert!(vals.iter().all(|v| OpenRounds::<Test>::get(v) == 1));
		let info = Rounds::<Test>::get(first).unwrap();
		run_to(info.reveal_end - 1);
		assert!(Pending::<Test>::contains_key(second));
		// The first round ends and frees its seats; the second opens in the same block.
		run_to(info.reveal_end);
		assert!(!Rounds::<Test>::contains_key(first));
		assert!(Rounds::<Test>::contains_key(second));
		assert!(vals.iter().all(|v| OpenRounds::<Test>::get(v) == 1));
	});
}

#[test]
fn old_round_results_are_pruned() {
	build_and_execute(|| {
		validators(&[1_000]);
		let first = honest_round(1, pct(80));
		assert!(RoundResults::<Test>::contains_key(first));
		// `ResultHistory` (64) rounds later the first result is gone.
		let mut last = first;
		for _ in 0..64 {
			last = honest_round(1, pct(80));
		}
		assert!(!RoundResults::<Test>::contains_key(first));
		assert!(RoundResults::<Test>::contains_key(last));
	});
}
