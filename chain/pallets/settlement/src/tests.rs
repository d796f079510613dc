use crate::{mock::*, AwaitingEvaluation, Error, Event, Payout, SettlementParameters, Spent};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok},
	sp_runtime::{DispatchError, Perbill, Permill},
};
use sibyl_primitives::{Evaluation, OnClaimProven, OnEvaluated, ProvenClaim, Role, StakeInspect};

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

fn free(who: u64) -> u64 {
	Balances::free_balance(who)
}

fn deposit() -> u64 {
	Stakes::active_stake(&APP, Role::Application)
}

#[test]
fn a_claim_settles_when_its_round_ends_and_every_amount_follows_the_formula() {
	new_test_ext().execute_with(|| {
		Settlement::on_claim_proven(claim(100_000, vec![GATEWAY, GATEWAY, GATEWAY_2]));
		assert!(AwaitingEvaluation::<Test>::get(0).is_some());
		assert_eq!(MockQuality::requests(), vec![(SUPPLIER, vec![[4; 32], [4; 32], [5; 32]])]);
		assert!(settled().is_empty());
		Settlement::on_evaluated(Evaluation {
			round: 0,
			supplier: SUPPLIER,
			alpha: Some(Permill::from_percent(80)),
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
	});
}

#[test]
fn the_spend_limit_caps_what_a_session_charges() {
	new_test_ext().execute_with(|| {
		MockQuality::close();
		// 1 000 000 CU at 200 per 1k: 200 000 against a limit of 100 000.
		Settlement::on_claim_proven(claim(1_000_000, vec![GATEWAY]));
		Settlement::on_claim_proven(claim(50_000, vec![GATEWAY]));
		let charges: Vec<(u64, u64)> = settled().iter().map(|(_, _, g, c, _)| (*g, *c)).collect();
		assert_eq!(charges, vec![(100_000, 100_000), (0, 0)]);
		assert_eq!(deposit(), DEPOSIT - SPEND_LIMIT);
	});
}

#[test]
fn a_claim_no_round_can_score_settles_at_once_at_the_suppliers_reputation() {
	new_test_ext().execute_with(|| {
		MockQuality::close();
		Settlement::on_claim_proven(claim(100_000, vec![GATEWAY]));
		// Never evaluated: α = 1; no honest validator: their share goes to the treasury.
		let payout = Payout {
			supplier: 14_000,
			royalty: 2_000,
			validators: 0,
			gateways: 1_000,
			treasury: 3_000,
			refunded: 0,
		};
		assert_eq!(settled(), vec![(200, Permill::one(), 20_000, 20_000, payout)]);
		MockReputation::set(Some(Permill::from_percent(50)));
		Settlement::on_claim_proven(claim(100_000, vec![GATEWAY]));
		assert_eq!(settled()[1].1, Permill::from_percent(50));
		assert_eq!(settled()[1].4.supplier, 7_000);
	});
}

#[test]
fn a_void_round_settles_at_the_suppliers_reputation() {
	new_test_ext().execute_with(|| {
		MockReputation::set(Some(Permill::from_percent(30)));
		Settlement::on_claim_proven(claim(100_000, vec![GATEWAY]));
		Settlement::on_evaluated(Evaluation { round: 0, supplier: SUPPLIER, alpha: None, honest: vec![] });
		let (_, alpha, _, charged, payout) = settled()[0].clone();
		assert_eq!((alpha, payout.supplier, payout.refunded), (Permill::from_percent(30), 4_200, 9_800));
		assert_eq!(charged, 20_000 - 9_800);
	});
}

#[test]
fn an_unknown_price_falls_back_to_the_models_floor() {
	new_test_ext().execute_with(|| {
		MockQuality::close();
		MockPrices::set(None);
		Settlement::on_claim_proven(claim(100_000, vec![GATEWAY]));
		assert_eq!(settled()[0].2, 10_000);
	});
}

#[test]
fn a_short_deposit_pays_in_order_until_it_is_empty() {
	new_test_ext().execute_with(|| {
		MockQuality::close();
		assert_ok!(Stakes::set_spend_limit(RuntimeOrigin::signed(APP), 10 * DEPOSIT));
		// Gross 2 000 000: the supplier's 1 400 000 alone exceeds the 1 000 000 deposit.
		Settlement::on_claim_proven(claim(10_000_000, vec![GATEWAY]));
		let (_, _, gross, charged, payout) = settled()[0].clone();
		assert_eq!((gross, charged, payout.supplier, payout.royalty), (2_000_000, DEPOSIT, DEPOSIT, 0));
		assert_eq!(deposit(), 0);
	});
}

#[test]
fn an_evaluation_of_no_pending_claim_is_ignored() {
	new_test_ext().execute_with(|| {
		Settlement::on_evaluated(Evaluation { round: 9, supplier: SUPPLIER, alpha: Some(Permill::one()), honest: vec![] });
		assert!(settled().is_empty());
		assert_eq!(deposit(), DEPOSIT);
	});
}

#[test]
fn only_the_admin_sets_shares_that_fit() {
	new_test_ext().execute_with(|| {
		let shares = SettlementParameters {
			supplier_share: Perbill::from_percent(60),
			validator_share: Perbill::from_percent(20),
			gateway_share: Perbill::from_percent(10),
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
		MockQuality::close();
		Settlement::on_claim_proven(claim(100_000, vec![GATEWAY]));
		assert_eq!(settled()[0].4.supplier, 12_000);
	});
}

#[test]
fn a_jobs_max_price_caps_its_charge_and_without_gateways_their_share_goes_to_the_treasury() {
	new_test_ext().execute_with(|| {
		MockQuality::close();
		// 100 000 CU at 200 per 1k would be 20 000; the job offered at most 8 000.
		Settlement::on_claim_proven(ProvenClaim { max_charge: Some(8_000), ..claim(100_000, vec![]) });
		let (_, _, gross, charged, payout) = settled()[0].clone();
		assert_eq!((gross, charged), (8_000, 8_000));
		// Supplier 5 600, royalty 800, no validator and no gateway: the treasury gets 1 600.
		assert_eq!((payout.supplier, payout.royalty, payout.gateways, payout.treasury), (5_600, 800, 0, 1_600));
	});
}
