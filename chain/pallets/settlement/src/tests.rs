use crate::{
	mock::*, AwaitingEvaluation, DeferredClaims, DeferredHead, DeferredTail, Error, Event,
	Outstanding, Payout, SettlementParameters, Spent,
};
use polkadot_sdk::{
	frame_support::{
		assert_noop, assert_ok,
		traits::{Get, Hooks},
		weights::RuntimeDbWeight,
	},
	sp_runtime::{DispatchError, Perbill, Permill},
};
use sibyl_primitives::{
	ApplicationFunds, Evaluation, OnClaimProven, OnEvaluated, PendingCharges, ProvenClaim, Role,
	StakeInspect, Unevaluated,
};

fn claim(estimated_cu: u128, gateways: Vec<u64>) -> ProvenClaim<u64> {
	ProvenClaim {
		session: 3,
		supplier: SUPPLIER,
		app: APP,
		model: 0,
		estimated_cu,
		relays: gateways.iter().map(|g| [*g as u8; 32]).collect(),
		gateways,
		max_charge: None,
		job: None,
	}
}

fn settled() -> Vec<(u64, Permill, u64, u64, Payout<u64>)> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Settlement(Event::Settled { price, alpha, gross, charged, payout, .. }) =>
				Some((price, alpha, gross, charged, payout)),
			_ => None,
		})
		.collect()
}

/// Why each settlement had no score, in order (`None`: a round scored it).
fn unevaluated() -> Vec<Option<Unevaluated>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Settlement(Event::Settled { unevaluated, .. }) => Some(unevaluated),
			_ => None,
		})
		.collect()
}

/// Proves `claim` and ends its round at α = 1 with no honest validator (their share then goes
/// to the treasury).
fn settle_at_full(claim: ProvenClaim<u64>) {
	Settlement::on_claim_proven(claim);
	let round = MockQuality::requests().len() as u64 - 1;
	Settlement::on_evaluated(Evaluation { round, supplier: SUPPLIER, alpha: Ok(Permill::one()), honest: vec![] });
}

fn free(who: u64) -> u64 {
	Balances::free_balance(who)
}

fn deposit() -> u64 {
	Stakes::active_stake(&APP, Role::Application)
}

#[test]
fn a_claim_settles_when_its_round_ends_and_every_amount_follows_the_formula() {
	build_and_execute(|| {
		Settlement::on_claim_proven(claim(100_000, vec![GATEWAY, GATEWAY, GATEWAY_2]));
		assert!(AwaitingEvaluation::<Test>::get(0).is_some());
		assert_eq!(MockQuality::requests(), vec![(SUPPLIER, vec![[4; 32], [4; 32], [5; 32]])]);
		assert!(settled().is_empty());
		Settlement::on_evaluated(Evaluation {
			round: 0,
			supplier: SUPPLIER,
			alpha: Ok(Permill::from_percent(80)),
			honest: vec![(VALIDATOR, 1_000), (VALIDATOR_2, 3_000)],
		});
		// Gross: 100 000 CU × 200 per 1k CU = 20 000. Supplier 70% × α 80% = 11 200 (2 800 of
		// its share refunded); royalty 10% = 2 000; validators 10% = 2 000 by stake 1:3;
		// gateways 5% = 1 000 in thirds by opened relay (333 each, 1 left over); the treasury
		// 5% plus the rounding: 1 001. Charged: 20 000 − 2 800 = 17 200.
		let payout = Payout {
			supplier: 11_200,
			royalty: 2_000,
			validators: 2_000,
			gateways: 999,
			treasury: 1_001,
			refunded: 2_800,
		};
		assert_eq!(settled(), vec![(200, Permill::from_percent(80), 20_000, 17_200, payout)]);
		assert_eq!(free(SUPPLIER), 1 + 11_200);
		assert_eq!(free(SOURCE), 1 + 2_000);
		assert_eq!((free(VALIDATOR), free(VALIDATOR_2)), (1 + 500, 1 + 1_500));
		assert_eq!((free(GATEWAY), free(GATEWAY_2)), (1 + 666, 1 + 333));
		assert_eq!(free(TREASURY), 1 + 1_001);
		assert_eq!(deposit(), DEPOSIT - 17_200);
		assert_eq!(Spent::<Test>::get(3, APP), 17_200);
		assert_eq!(MockUsage::taken(), vec![(0, 100_000)]);
		assert!(AwaitingEvaluation::<Test>::get(0).is_none());
		assert_eq!(unevaluated(), vec![None]);
	});
}

#[test]
fn the_spend_limit_caps_what_a_session_charges() {
	build_and_execute(|| {
		// 1 000 000 CU at 200 per 1k: 200 000 against a limit of 100 000.
		settle_at_full(claim(1_000_000, vec![GATEWAY]));
		settle_at_full(claim(50_000, vec![GATEWAY]));
		let charges: Vec<(u64, u64)> = settled().iter().map(|(_, _, g, c, _)| (*g, *c)).collect();
		assert_eq!(charges, vec![(100_000, 100_000), (0, 0)]);
		assert_eq!(deposit(), DEPOSIT - SPEND_LIMIT);
	});
}

#[test]
fn a_full_queue_defers_claims_until_tiqe_has_room() {
	build_and_execute(|| {
		MockQuality::close();
		Settlement::on_claim_proven(claim(100_000, vec![GATEWAY]));
		Settlement::on_claim_proven(claim(200_000, vec![GATEWAY_2]));
		// Waiting, not settled: no claim is paid without a score while it can still get one.
		assert!(settled().is_empty());
		assert_eq!(Settlement::deferred_len(), 2);
		assert_eq!(DeferredClaims::<Test>::get(0).map(|d| d.claim.estimated_cu), Some(100_000));
		assert_eq!(DeferredClaims::<Test>::get(1).map(|d| d.claim.estimated_cu), Some(200_000));
		System::assert_last_event(
			Event::EvaluationDeferred { session: 3, supplier: SUPPLIER, app: APP, model: 0, waiting: 2 }
				.into(),
		);
		assert_eq!(<Settlement as PendingCharges<_>>::pending_charges(&APP), 2);
		Settlement::on_initialize(2);
		assert_eq!(Settlement::deferred_len(), 2);
		assert_eq!((DeferredHead::<Test>::get(), DeferredTail::<Test>::get()), (0, 2));
		assert_eq!(Settlement::do_try_state(), Ok(()));
		// Room again: one claim a block (`MaxRetriesPerBlock`), oldest first.
		MockQuality::open();
		Settlement::on_initialize(3);
		assert_eq!(MockQuality::requests(), vec![(SUPPLIER, vec![[4; 32]])]);
		assert!(AwaitingEvaluation::<Test>::get(0).is_some_and(|c| c.estimated_cu == 100_000));
		assert!(!DeferredClaims::<Test>::contains_key(0));
		assert_eq!(Settlement::deferred_len(), 1);
		Settlement::on_initialize(4);
		assert!(AwaitingEvaluation::<Test>::get(1).is_some_and(|c| c.estimated_cu == 200_000));
		assert_eq!(Settlement::deferred_len(), 0);
		assert_eq!(DeferredClaims::<Test>::iter_keys().count(), 0);
		Settlement::on_evaluated(Evaluation { round: 0, supplier: SUPPLIER, alpha: Ok(Permill::one()), honest: vec![] });
		assert_eq!(Outstanding::<Test>::get(APP), 1);
		assert_eq!(Settlement::do_try_state(), Ok(()));
	});
}

#[test]
fn a_claim_still_finding_the_queue_full_keeps_its_place_at_the_head() {
	build_and_execute(|| {
		MockQuality::close();
		Settlement::on_claim_proven(claim(100_000, vec![GATEWAY]));
		Settlement::on_claim_proven(claim(200_000, vec![GATEWAY_2]));
		let weight = Settlement::on_initialize(2);
		// Head and tail, the head's entry, and TIQE+'s two reads that found its queue full;
		// nothing written.
		let db = <<Test as polkadot_sdk::frame_system::Config>::DbWeight as Get<RuntimeDbWeight>>::get();
		assert_eq!(weight, db.reads(5));
		assert_eq!((DeferredHead::<Test>::get(), DeferredTail::<Test>::get()), (0, 2));
		MockQuality::open();
		let weight = Settlement::on_initialize(3);
		// The head's entry read and removed, the head moved, and the claim queued.
		assert_eq!(
			weight,
			db.reads(3).saturating_add(db.writes(2)).saturating_add(
				<() as crate::WeightInfo>::await_evaluation()
			)
		);
		assert_eq!(MockQuality::requests(), vec![(SUPPLIER, vec![[4; 32]])]);
		assert_eq!((DeferredHead::<Test>::get(), DeferredTail::<Test>::get()), (1, 2));
		// An empty backlog costs the head and the tail.
		Settlement::on_initialize(4);
		assert_eq!(Settlement::on_initialize(5), db.reads(2));
		assert_eq!(Settlement::do_try_state(), Ok(()));
	});
}

#[test]
fn backlog_positions_wrap_around_without_losing_order() {
	build_and_execute(|| {
		DeferredHead::<Test>::put(u32::MAX);
		DeferredTail::<Test>::put(u32::MAX);
		MockQuality::close();
		Settlement::on_claim_proven(claim(100_000, vec![GATEWAY]));
		Settlement::on_claim_proven(claim(200_000, vec![GATEWAY_2]));
		assert_eq!(Settlement::deferred_len(), 2);
		assert_eq!(DeferredClaims::<Test>::get(u32::MAX).map(|d| d.claim.estimated_cu), Some(100_000));
		assert_eq!(DeferredClaims::<Test>::get(0).map(|d| d.claim.estimated_cu), Some(200_000));
		assert_eq!(Settlement::do_try_state(), Ok(()));
		// Full across the wrap: a third claim settles at once.
		Settlement::on_claim_proven(claim(300_000, vec![GATEWAY]));
		assert_eq!(unevaluated(), vec![Some(Unevaluated::QueueFull)]);
		MockQuality::open();
		Settlement::on_initialize(2);
		Settlement::on_initialize(3);
		assert!(AwaitingEvaluation::<Test>::get(0).is_some_and(|c| c.estimated_cu == 100_000));
		assert!(AwaitingEvaluation::<Test>::get(1).is_some_and(|c| c.estimated_cu == 200_000));
		assert_eq!((DeferredHead::<Test>::get(), DeferredTail::<Test>::get()), (1, 1));
		assert_eq!(Settlement::do_try_state(), Ok(()));
	});
}

#[test]
fn try_state_finds_a_gap_or_a_stray_entry_in_the_backlog() {
	build_and_execute(|| {
		MockQuality::close();
		Settlement::on_claim_proven(claim(100_000, vec![GATEWAY]));
		let entry = DeferredClaims::<Test>::take(0).unwrap();
		assert!(Settlement::do_try_state().is_err());
		DeferredClaims::<Test>::insert(0, entry.clone());
		DeferredClaims::<Test>::insert(7, entry);
		assert!(Settlement::do_try_state().is_err());
		DeferredClaims::<Test>::remove(7);
		assert_eq!(Settlement::do_try_state(), Ok(()));
	});
}

#[test]
fn a_claim_finding_the_backlog_full_settles_without_a_score_and_says_why() {
	build_and_execute(|| {
		MockQuality::close();
		for _ in 0..3 {
			Settlement::on_claim_proven(claim(100_000, vec![GATEWAY]));
		}
		// The third found the backlog (2) full: settled at once, never at α = 1 — a supplier
		// never evaluated gets `unrated_alpha` (50%); no honest validator: their share goes to
		// the treasury.
		let payout = Payout {
			supplier: 7_000,
			royalty: 2_000,
			validators: 0,
			gateways: 1_000,
			treasury: 3_000,
			refunded: 7_000,
		};
		assert_eq!(settled(), vec![(200, Permill::from_percent(50), 20_000, 13_000, payout)]);
		assert_eq!(unevaluated(), vec![Some(Unevaluated::QueueFull)]);
		MockReputation::set_all(Some(Permill::from_percent(80)));
		Settlement::on_claim_proven(claim(100_000, vec![GATEWAY]));
		assert_eq!(settled()[1].1, Permill::from_percent(80));
		assert_eq!(Outstanding::<Test>::get(APP), 2);
		assert_eq!(Settlement::deferred_len(), 2);
		assert_eq!(Settlement::do_try_state(), Ok(()));
	});
}

#[test]
fn a_void_round_settles_at_the_suppliers_reputation() {
	build_and_execute(|| {
		MockReputation::set_all(Some(Permill::from_percent(30)));
		Settlement::on_claim_proven(claim(100_000, vec![GATEWAY]));
		Settlement::on_evaluated(Evaluation {
			round: 0,
			supplier: SUPPLIER,
			alpha: Err(Unevaluated::NoQuorum),
			honest: vec![],
		});
		let (_, alpha, _, charged, payout) = settled()[0].clone();
		assert_eq!((alpha, payout.supplier, payout.refunded), (Permill::from_percent(30), 4_200, 9_800));
		assert_eq!(charged, 20_000 - 9_800);
		assert_eq!(unevaluated(), vec![Some(Unevaluated::NoQuorum)]);
	});
}

#[test]
fn an_unknown_price_falls_back_to_the_models_floor() {
	build_and_execute(|| {
		MockPrices::set(None);
		settle_at_full(claim(100_000, vec![GATEWAY]));
		assert_eq!(settled()[0].2, 10_000);
	});
}

#[test]
fn a_short_deposit_pays_in_order_until_it_is_empty() {
	build_and_execute(|| {
		// Earlier charges left 50 000 of the deposit.
		Stakes::pay_from_deposit(&APP, &TREASURY, DEPOSIT - 50_000);
		// Gross 100 000 (the limit): the supplier's 70 000 alone exceeds what is left.
		settle_at_full(claim(10_000_000, vec![GATEWAY]));
		let (_, _, gross, charged, payout) = settled()[0].clone();
		assert_eq!((gross, charged, payout.supplier, payout.royalty), (SPEND_LIMIT, 50_000, 50_000, 0));
		assert_eq!(deposit(), 0);
	});
}

#[test]
fn an_evaluation_of_no_pending_claim_is_ignored() {
	build_and_execute(|| {
		Settlement::on_evaluated(Evaluation { round: 9, supplier: SUPPLIER, alpha: Ok(Permill::one()), honest: vec![] });
		assert!(settled().is_empty());
		assert_eq!(deposit(), DEPOSIT);
	});
}

#[test]
fn only_the_admin_sets_shares_that_fit() {
	build_and_execute(|| {
		let shares = SettlementParameters {
			supplier_share: Perbill::from_percent(60),
			validator_share: Perbill::from_percent(20),
			gateway_share: Perbill::from_percent(10),
			unrated_alpha: Permill::from_percent(50),
		};
		assert_noop!(
			Settlement::set_parameters(RuntimeOrigin::signed(APP), shares.clone()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Settlement::set_parameters(
				RuntimeOrigin::root(),
				SettlementParameters { supplier_share: Perbill::from_percent(71), ..shares.clone() }
			),
			Error::<Test>::InvalidParameters
		);
		assert_ok!(Settlement::set_parameters(RuntimeOrigin::root(), shares));
		settle_at_full(claim(100_000, vec![GATEWAY]));
		assert_eq!(settled()[0].4.supplier, 12_000);
	});
}

#[test]
fn a_jobs_max_price_caps_its_charge_and_without_gateways_their_share_goes_to_the_treasury() {
	build_and_execute(|| {
		// 100 000 CU at 200 per 1k would be 20 000; the job offered at most 8 000.
		settle_at_full(ProvenClaim { max_charge: Some(8_000), ..claim(100_000, vec![]) });
		let (_, _, gross, charged, payout) = settled()[0].clone();
		assert_eq!((gross, charged), (8_000, 8_000));
		// Supplier 5 600, royalty 800, no validator and no gateway: the treasury gets 1 600.
		assert_eq!((payout.supplier, payout.royalty, payout.gateways, payout.treasury), (5_600, 800, 0, 1_600));
	});
}

#[test]
fn a_settled_job_tells_the_jobs_pallet_what_its_application_paid() {
	build_and_execute(|| {
		MockJobs::taken();
		settle_at_full(ProvenClaim { max_charge: Some(8_000), job: Some(41), ..claim(100_000, vec![]) });
		let (_, _, _, charged, _) = settled()[0].clone();
		assert_eq!(MockJobs::taken(), vec![(41, charged)]);
		// A relay claim names no job: nothing is told.
		settle_at_full(claim(1_000, vec![GATEWAY]));
		assert!(MockJobs::taken().is_empty());
	});
}
