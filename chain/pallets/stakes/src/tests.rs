//! Tests of every call's success path and every error of the Stakes pallet, and of the `Slash`
//! and `StakeInspect` interfaces.

use crate::{mock::*, *};
use sibyl_primitives::testing::ManualSession;
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold},
	sp_runtime::{DispatchError, Perbill},
};

fn held(who: u64, role: Role) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::Stakes(HoldReason::from(role)), &who)
}

fn register_supplier(who: u64, stake: u64, models: Vec<ModelId>) -> DispatchResult {
	Stakes::register_supplier(
		RuntimeOrigin::signed(who),
		stake,
		models,
		b"sibyl.supplier.alice".to_vec(),
		50,
		DeviceClass::Single,
	)
}

fn with_gateways(n: u64) {
	for g in GATEWAY..GATEWAY + n {
		assert_ok!(Stakes::register_gateway(
			RuntimeOrigin::signed(g),
			MIN_GATEWAY,
			format!("https://gw{g}.example").into_bytes()
		));
	}
}

#[test]
fn register_supplier_works() {
	build_and_execute(|| {
		assert_ok!(register_supplier(ALICE, 2_000, vec![0, 2]));
		assert_eq!(held(ALICE, Role::Supplier), 2_000);
		assert_eq!(Bonds::<Test>::get(Role::Supplier, ALICE).unwrap().active, 2_000);
		let config = Suppliers::<Test>::get(ALICE).unwrap();
		assert_eq!(config.models.to_vec(), vec![0, 2]);
		assert!(SuppliersByModel::<Test>::contains_key(0, ALICE));
		assert!(SuppliersByModel::<Test>::contains_key(2, ALICE));
		assert!(<Stakes as StakeInspect<_, _>>::serves(&ALICE, 2));
		assert!(!<Stakes as StakeInspect<_, _>>::serves(&ALICE, 1));
		assert_eq!(<Stakes as StakeInspect<_, _>>::active_stake(&ALICE, Role::Supplier), 2_000);
		System::assert_last_event(
			Event::Registered { who: ALICE, role: Role::Supplier, stake: 2_000 }.into(),
		);
		assert_ok!(Stakes::register_supplier(
			RuntimeOrigin::signed(BOB),
			MIN_SUPPLIER,
			vec![1],
			b"sibyl.supplier.bob".to_vec(),
			7,
			DeviceClass::Cluster { devices: 3 },
		));
	});
}

#[test]
fn register_supplier_errors() {
	build_and_execute(|| {
		let call = |stake: u64, models: Vec<ModelId>, subject: &[u8], tps: u32, device| {
			Stakes::register_supplier(
				RuntimeOrigin::signed(ALICE),
				stake,
				models,
				subject.to_vec(),
				tps,
				device,
			)
		};
		let single = DeviceClass::Single;
		assert_noop!(call(0, vec![0], b"s.a", 1, single), Error::<Test>::ZeroAmount);
		assert_noop!(call(999, vec![0], b"s.a", 1, single), Error::<Test>::StakeBelowMinimum);
		assert_noop!(call(1_000, vec![], b"s.a", 1, single), Error::<Test>::NoModels);
		assert_noop!(call(1_000, vec![0, 1, 2, 0], b"s.a", 1, single), Error::<Test>::TooManyModels);
		assert_noop!(call(1_000, vec![0, 0], b"s.a", 1, single), Error::<Test>::DuplicateModel);
		assert_noop!(call(1_000, vec![7], b"s.a", 1, single), Error::<Test>::UnknownModel);
		for subject in [&b""[..], b"s.*", b"s.>", b"s..a", b".s", b"s a", b"s.\n"] {
			assert_noop!(call(1_000, vec![0], subject, 1, single), Error::<Test>::InvalidSubject);
		}
		assert_noop!(call(1_000, vec![0], &[b'a'; 33], 1, single), Error::<Test>::SubjectTooLong);
		assert_noop!(call(1_000, vec![0], b"s.a", 0, single), Error::<Test>::ZeroCapacity);
		for devices in [0, 1, 9] {
			assert_noop!(
				call(1_000, vec![0], b"s.a", 1, DeviceClass::Cluster { devices }),
				Error::<Test>::InvalidDeviceCount
			);
		}
		assert_noop!(
			Stakes::register_supplier(
				RuntimeOrigin::signed(POOR),
				1_000,
				vec![0],
				b"s.p".to_vec(),
				1,
				single
			),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(call(1_000, vec![0], b"s.a", 1, single));
		assert_noop!(call(1_000, vec![0], b"s.a", 1, single), Error::<Test>::AlreadyRegistered);
		assert_noop!(
			Stakes::register_supplier(RuntimeOrigin::none(), 1_000, vec![0], vec![], 1, single),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn update_supplier_replaces_the_model_index() {
	build_and_execute(|| {
		assert_noop!(
			Stakes::update_supplier(RuntimeOrigin::signed(ALICE), vec![1], b"s.a".to_vec(), 5, DeviceClass::Single),
			Error::<Test>::NotRegistered
		);
		assert_ok!(register_supplier(ALICE, 1_000, vec![0, 2]));
		assert_noop!(
			Stakes::update_supplier(RuntimeOrigin::signed(ALICE), vec![5], b"s.a".to_vec(), 5, DeviceClass::Single),
			Error::<Test>::UnknownModel
		);
		assert_ok!(Stakes::update_supplier(
			RuntimeOrigin::signed(ALICE),
			vec![1],
			b"sibyl.supplier.new".to_vec(),
			80,
			DeviceClass::Cluster { devices: 2 }
		));
		assert!(!SuppliersByModel::<Test>::contains_key(0, ALICE));
		assert!(SuppliersByModel::<Test>::contains_key(1, ALICE));
		let config = Suppliers::<Test>::get(ALICE).unwrap();
		assert_eq!(config.capacity_tps, 80);
		assert_eq!(config.device, DeviceClass::Cluster { devices: 2 });
		System::assert_last_event(Event::SupplierUpdated { who: ALICE }.into());
	});
}

#[test]
fn register_validator_works_and_errors() {
	build_and_execute(|| {
		assert_noop!(
			Stakes::register_validator(RuntimeOrigin::signed(ALICE), 499),
			Error::<Test>::StakeBelowMinimum
		);
		assert_noop!(
			Stakes::register_validator(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			Stakes::register_validator(RuntimeOrigin::signed(POOR), 500),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(Stakes::register_validator(RuntimeOrigin::signed(ALICE), 500));
		assert_eq!(held(ALICE, Role::Validator), 500);
		assert!(<Stakes as StakeInspect<_, _>>::is_active(&ALICE, Role::Validator));
		assert_noop!(
			Stakes::register_validator(RuntimeOrigin::signed(ALICE), 500),
			Error::<Test>::AlreadyRegistered
		);
		// Roles are independent: the same account may also supply.
		assert_ok!(register_supplier(ALICE, 1_000, vec![0]));
		assert_eq!(held(ALICE, Role::Validator), 500);
	});
}

#[test]
fn gateways_register_and_update() {
	build_and_execute(|| {
		let reg = |url: &[u8]| Stakes::register_gateway(RuntimeOrigin::signed(GATEWAY), 300, url.to_vec());
		for url in [&b"ftp://x"[..], b"https://", b"http:///path", b"https://a b", b"gw.example"] {
			assert_noop!(reg(url), Error::<Test>::InvalidUrl);
		}
		assert_noop!(
			reg(&[b"https://".as_slice(), &[b'a'; 41]].concat()),
			Error::<Test>::UrlTooLong
		);
		assert_noop!(
			Stakes::register_gateway(RuntimeOrigin::signed(GATEWAY), 299, b"https://g".to_vec()),
			Error::<Test>::StakeBelowMinimum
		);
		assert_ok!(reg(b"http://127.0.0.1:8080/v1"));
		assert_noop!(reg(b"https://g"), Error::<Test>::AlreadyRegistered);
		assert_eq!(Gateways::<Test>::get(GATEWAY).unwrap().url.to_vec(), b"http://127.0.0.1:8080/v1");

		assert_noop!(
			Stakes::update_gateway(RuntimeOrigin::signed(ALICE), b"https://g".to_vec()),
			Error::<Test>::NotRegistered
		);
		assert_noop!(
			Stakes::update_gateway(RuntimeOrigin::signed(GATEWAY), b"nope".to_vec()),
			Error::<Test>::InvalidUrl
		);
		assert_ok!(Stakes::update_gateway(RuntimeOrigin::signed(GATEWAY), b"https://api.sibyl.example/v1".to_vec()));
		assert_eq!(Gateways::<Test>::get(GATEWAY).unwrap().url.to_vec(), b"https://api.sibyl.example/v1");
		System::assert_last_event(Event::GatewayUpdated { who: GATEWAY }.into());
	});
}

#[test]
fn applications_register_delegate_and_limit() {
	build_and_execute(|| {
		with_gateways(8);
		let app = RuntimeOrigin::signed(ALICE);
		assert_noop!(
			Stakes::register_application(app.clone(), 100, vec![GATEWAY], 0),
			Error::<Test>::ZeroSpendLimit
		);
		assert_noop!(
			Stakes::register_application(app.clone(), 100, (GATEWAY..GATEWAY + 8).collect(), 10),
			Error::<Test>::TooManyDelegations
		);
		assert_noop!(
			Stakes::register_application(app.clone(), 100, vec![ALICE], 10),
			Error::<Test>::UnknownGateway
		);
		assert_noop!(
			Stakes::register_application(app.clone(), 100, vec![GATEWAY, GATEWAY], 10),
			Error::<Test>::AlreadyDelegated
		);
		assert_noop!(
			Stakes::register_application(app.clone(), 99, vec![GATEWAY], 10),
			Error::<Test>::StakeBelowMinimum
		);
		assert_ok!(Stakes::register_application(app.clone(), 1_000, vec![GATEWAY], 10));
		assert_eq!(held(ALICE, Role::Application), 1_000);
		assert!(<Stakes as StakeInspect<_, _>>::is_delegated(&ALICE, &GATEWAY, 0));
		assert!(!<Stakes as StakeInspect<_, _>>::is_delegated(&ALICE, &(GATEWAY + 1), 0));
		assert_noop!(
			Stakes::register_application(app.clone(), 100, vec![], 10),
			Error::<Test>::AlreadyRegistered
		);

		// Delegations.
		assert_noop!(Stakes::delegate(app.clone(), GATEWAY), Error::<Test>::AlreadyDelegated);
		assert_noop!(Stakes::delegate(app.clone(), BOB), Error::<Test>::UnknownGateway);
		assert_noop!(
			Stakes::delegate(RuntimeOrigin::signed(BOB), GATEWAY),
			Error::<Test>::NotRegistered
		);
		for g in GATEWAY + 1..GATEWAY + 7 {
			assert_ok!(Stakes::delegate(app.clone(), g));
		}
		System::assert_last_event(Event::Delegated { app: ALICE, gateway: GATEWAY + 6, from: 1 }.into());
		assert_noop!(Stakes::delegate(app.clone(), GATEWAY + 7), Error::<Test>::TooManyDelegations);
		assert_ok!(Stakes::undelegate(app.clone(), GATEWAY + 3));
		System::assert_last_event(Event::Undelegated { app: ALICE, gateway: GATEWAY + 3 }.into());
		// Added in this session and withdrawn in it: it never counted.
		assert!(!<Stakes as StakeInspect<_, _>>::is_delegated(&ALICE, &(GATEWAY + 3), 0));
		assert!(!<Stakes as StakeInspect<_, _>>::is_delegated(&ALICE, &(GATEWAY + 3), 1));
		assert_noop!(Stakes::undelegate(app.clone(), GATEWAY + 3), Error::<Test>::NotDelegated);
		assert_noop!(
			Stakes::undelegate(RuntimeOrigin::signed(BOB), GATEWAY),
			Error::<Test>::NotRegistered
		);
		assert_ok!(Stakes::delegate(app.clone(), GATEWAY + 7));

		// Spend limit.
		assert_noop!(Stakes::set_spend_limit(app.clone(), 0), Error::<Test>::ZeroSpendLimit);
		assert_noop!(
			Stakes::set_spend_limit(RuntimeOrigin::signed(BOB), 5),
			Error::<Test>::NotRegistered
		);
		assert_ok!(Stakes::set_spend_limit(app, 55));
		assert_eq!(Applications::<Test>::get(ALICE).unwrap().spend_limit, 55);
		System::assert_last_event(Event::SpendLimitSet { app: ALICE, limit: 55, from: 0 }.into());
	});
}

#[test]
fn a_delegation_counts_from_its_session_through_its_withdrawal() {
	build_and_execute(|| {
		with_gateways(2);
		let app = RuntimeOrigin::signed(ALICE);
		let delegated = |gateway, session| {
			<Stakes as StakeInspect<_, _>>::is_delegated(&ALICE, &gateway, session)
		};
		ManualSession::set(3);
		assert_ok!(Stakes::register_application(app.clone(), 100, vec![GATEWAY], 5));
		// Not before the session it was made in: relays dated earlier were never authorized.
		assert!(!delegated(GATEWAY, 2));
		assert!(delegated(GATEWAY, 3) && delegated(GATEWAY, 9));
		ManualSession::set(5);
		assert_ok!(Stakes::undelegate(app.clone(), GATEWAY));
		assert!(delegated(GATEWAY, 3) && delegated(GATEWAY, 5));
		assert!(!delegated(GATEWAY, 6));
		// The gateway leaving changes nothing about relays it signed while delegated.
		assert_ok!(Stakes::unbond(RuntimeOrigin::signed(GATEWAY), Role::Gateway, MIN_GATEWAY));
		assert!(delegated(GATEWAY, 4));
		// A delegation added later counts from the next session: the gateways sharing a session's
		// spend limit are known when it starts.
		ManualSession::set(7);
		assert_ok!(Stakes::delegate(app.clone(), GATEWAY + 1));
		assert!(!delegated(GATEWAY + 1, 7) && delegated(GATEWAY + 1, 8));
		// Delegating again starts a new delegation; the withdrawn one is forgotten once its
		// session is no longer kept.
		assert_eq!(Applications::<Test>::get(ALICE).unwrap().delegations.len(), 2);
		ManualSession::set(5 + ManualSession::RETAINED + 1);
		assert_ok!(Stakes::delegate(app.clone(), GATEWAY));
		let config = Applications::<Test>::get(ALICE).unwrap();
		assert_eq!(config.delegations.len(), 2);
		assert_eq!(config.gateways().copied().collect::<Vec<_>>(), vec![GATEWAY + 1, GATEWAY]);
		assert!(!delegated(GATEWAY, 5) && !delegated(GATEWAY, 10) && delegated(GATEWAY, 11));
	});
}

#[test]
fn spending_is_backed_by_the_deposit() {
	build_and_execute(|| {
		with_gateways(1);
		let app = RuntimeOrigin::signed(ALICE);
		let limit = |session| <Stakes as ApplicationFunds<_, _>>::spend_limit(&ALICE, session);
		assert_noop!(
			Stakes::register_application(app.clone(), 1_000, vec![GATEWAY], 1_001),
			Error::<Test>::SpendLimitAboveDeposit
		);
		assert_ok!(Stakes::register_application(app.clone(), 1_000, vec![GATEWAY], 400));
		assert_noop!(Stakes::set_spend_limit(app.clone(), 1_001), Error::<Test>::SpendLimitAboveDeposit);
		// A higher limit applies at once.
		assert_ok!(Stakes::set_spend_limit(app.clone(), 800));
		assert_eq!(limit(0), Some(800));
		// A lower one from the next session: gateways may have reserved up to 800 in this one.
		assert_ok!(Stakes::set_spend_limit(app.clone(), 300));
		System::assert_last_event(Event::SpendLimitSet { app: ALICE, limit: 300, from: 1 }.into());
		assert_eq!((limit(0), limit(1), limit(7)), (Some(800), Some(300), Some(300)));
		// Unbonding may not leave the deposit below the highest limit still in force.
		assert_noop!(
			Stakes::unbond(app.clone(), Role::Application, 201),
			Error::<Test>::SpendLimitAboveDeposit
		);
		assert_ok!(Stakes::unbond(app.clone(), Role::Application, 200));
		ManualSession::set(1);
		assert_ok!(Stakes::set_spend_limit(app.clone(), 250));
		assert_eq!((limit(1), limit(2)), (Some(300), Some(250)));
		// Leaving entirely is always allowed: the unbonding funds still pay.
		assert_ok!(Stakes::unbond(app, Role::Application, 800));
		assert!(!<Stakes as StakeInspect<_, _>>::is_active(&ALICE, Role::Application));
	});
}

#[test]
fn unbonding_deposits_pay_and_stay_while_charges_are_pending() {
	build_and_execute(|| {
		with_gateways(1);
		let app = RuntimeOrigin::signed(ALICE);
		assert_ok!(Stakes::register_application(app.clone(), 1_000, vec![GATEWAY], 500));
		assert_ok!(Stakes::unbond(app.clone(), Role::Application, 1_000));
		// Held for the horizon, beyond the (shorter) unbonding period.
		System::assert_last_event(
			Event::Unbonding { who: ALICE, role: Role::Application, amount: 1_000, unlock_at: 1 + HORIZON }
				.into(),
		);
		// Charges for work done before still come out of the unbonding funds.
		let paid = <Stakes as ApplicationFunds<_, _>>::pay_from_deposit(&ALICE, &BOB, 300);
		assert_eq!(paid, 300);
		assert_eq!(held(ALICE, Role::Application), 700);
		assert_eq!(Bonds::<Test>::get(Role::Application, ALICE).unwrap().total(), 700);
		System::set_block_number(1 + HORIZON);
		MockPendingCharges::set(1);
		assert_noop!(
			Stakes::withdraw_unbonded(app.clone(), Role::Application),
			Error::<Test>::ChargesPending
		);
		MockPendingCharges::set(0);
		assert_ok!(Stakes::withdraw_unbonded(app, Role::Application));
		assert!(Applications::<Test>::get(ALICE).is_none());
	});
}

#[test]
fn suppliers_are_bounded_in_number() {
	build_and_execute(|| {
		for who in [ALICE, BOB, CHARLIE] {
			assert_ok!(Stakes::register_supplier(
				RuntimeOrigin::signed(who),
				MIN_SUPPLIER,
				vec![0],
				format!("sibyl.s.{who}").into_bytes(),
				5,
				DeviceClass::Single,
			));
		}
		assert_eq!(MemberCount::<Test>::get(Role::Supplier), 3);
		assert_noop!(
			Stakes::register_supplier(
				RuntimeOrigin::signed(GATEWAY),
				MIN_SUPPLIER,
				vec![0],
				b"sibyl.s.g".to_vec(),
				5,
				DeviceClass::Single,
			),
			Error::<Test>::TooManyMembers
		);
		// A supplier that leaves makes room.
		assert_ok!(Stakes::unbond(RuntimeOrigin::signed(BOB), Role::Supplier, MIN_SUPPLIER));
		System::set_block_number(1 + HORIZON);
		assert_ok!(Stakes::withdraw_unbonded(RuntimeOrigin::signed(BOB), Role::Supplier));
		assert_eq!(MemberCount::<Test>::get(Role::Supplier), 2);
	});
}

#[test]
fn bond_extra_works_and_errors() {
	build_and_execute(|| {
		assert_noop!(
			Stakes::bond_extra(RuntimeOrigin::signed(ALICE), Role::Validator, 10),
			Error::<Test>::NotRegistered
		);
		assert_ok!(Stakes::register_validator(RuntimeOrigin::signed(ALICE), 500));
		assert_noop!(
			Stakes::bond_extra(RuntimeOrigin::signed(ALICE), Role::Validator, 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			Stakes::bond_extra(RuntimeOrigin::signed(ALICE), Role::Validator, 1_000_000),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			Stakes::bond_extra(RuntimeOrigin::signed(ALICE), Role::Validator, u64::MAX),
			Error::<Test>::Overflow
		);
		assert_ok!(Stakes::bond_extra(RuntimeOrigin::signed(ALICE), Role::Validator, 250));
		assert_eq!(held(ALICE, Role::Validator), 750);
		System::assert_last_event(
			Event::Bonded { who: ALICE, role: Role::Validator, amount: 250 }.into(),
		);
		// A fully unbonding bond re-activates only at the minimum.
		assert_ok!(Stakes::unbond(RuntimeOrigin::signed(ALICE), Role::Validator, 750));
		assert!(!<Stakes as StakeInspect<_, _>>::is_active(&ALICE, Role::Validator));
		assert_noop!(
			Stakes::bond_extra(RuntimeOrigin::signed(ALICE), Role::Validator, 100),
			Error::<Test>::StakeBelowMinimum
		);
		assert_ok!(Stakes::bond_extra(RuntimeOrigin::signed(ALICE), Role::Validator, 500));
		assert!(<Stakes as StakeInspect<_, _>>::is_active(&ALICE, Role::Validator));
	});
}

#[test]
fn unbond_and_withdraw_after_the_period() {
	build_and_execute(|| {
		assert_ok!(register_supplier(ALICE, 3_000, vec![0]));
		let origin = RuntimeOrigin::signed(ALICE);
		assert_noop!(
			Stakes::unbond(RuntimeOrigin::signed(BOB), Role::Supplier, 1),
			Error::<Test>::NotRegistered
		);
		assert_noop!(Stakes::unbond(origin.clone(), Role::Supplier, 0), Error::<Test>::ZeroAmount);
		assert_noop!(
			Stakes::unbond(origin.clone(), Role::Supplier, 3_001),
			Error::<Test>::InsufficientBond
		);
		assert_noop!(
			Stakes::unbond(origin.clone(), Role::Supplier, 2_500),
			Error::<Test>::StakeBelowMinimum
		);
		assert_ok!(Stakes::unbond(origin.clone(), Role::Supplier, 1_000));
		System::assert_last_event(
			Event::Unbonding { who: ALICE, role: Role::Supplier, amount: 1_000, unlock_at: 1 + HORIZON }
				.into(),
		);
		assert_ok!(Stakes::unbond(origin.clone(), Role::Supplier, 1_000));
		assert_noop!(
			Stakes::unbond(origin.clone(), Role::Supplier, 1_000),
			Error::<Test>::TooManyUnlockingChunks
		);
		// Still held until the period has passed.
		assert_eq!(held(ALICE, Role::Supplier), 3_000);
		assert_noop!(
			Stakes::withdraw_unbonded(origin.clone(), Role::Supplier),
			Error::<Test>::NothingToWithdraw
		);
		System::set_block_number(1 + HORIZON);
		assert_ok!(Stakes::withdraw_unbonded(origin.clone(), Role::Supplier));
		assert_eq!(held(ALICE, Role::Supplier), 1_000);
		System::assert_last_event(
			Event::Withdrawn { who: ALICE, role: Role::Supplier, amount: 2_000 }.into(),
		);
		assert!(Suppliers::<Test>::contains_key(ALICE));

		// Leaving entirely removes the role and its index entries.
		assert_ok!(Stakes::unbond(origin.clone(), Role::Supplier, 1_000));
		assert!(!<Stakes as StakeInspect<_, _>>::serves(&ALICE, 0));
		System::set_block_number(1 + 2 * HORIZON);
		assert_ok!(Stakes::withdraw_unbonded(origin.clone(), Role::Supplier));
		System::assert_last_event(Event::Deregistered { who: ALICE, role: Role::Supplier }.into());
		assert!(Bonds::<Test>::get(Role::Supplier, ALICE).is_none());
		assert!(Suppliers::<Test>::get(ALICE).is_none());
		assert!(!SuppliersByModel::<Test>::contains_key(0, ALICE));
		assert_eq!(held(ALICE, Role::Supplier), 0);
		assert_eq!(Balances::free_balance(ALICE), 100_000);
		assert_noop!(
			Stakes::withdraw_unbonded(origin, Role::Supplier),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn unbond_overflow_is_an_error() {
	build_and_execute(|| {
		assert_ok!(Stakes::register_validator(RuntimeOrigin::signed(ALICE), 500));
		System::set_block_number(u64::MAX - 1);
		assert_noop!(
			Stakes::unbond(RuntimeOrigin::signed(ALICE), Role::Validator, 500),
			Error::<Test>::Overflow
		);
	});
}

#[test]
fn slash_takes_from_active_then_unbonding_and_pays_the_treasury() {
	build_and_execute(|| {
		assert_ok!(register_supplier(ALICE, 4_000, vec![0]));
		assert_ok!(Stakes::unbond(RuntimeOrigin::signed(ALICE), Role::Supplier, 2_000));
		let before = Balances::free_balance(Treasury::get());
		// Half of 4 000 total: the whole active 2 000.
		let slashed = <Stakes as Slash<_, _>>::slash(
			&ALICE,
			Role::Supplier,
			Perbill::from_percent(50),
			SlashReason::MissingProof,
		)
		.unwrap();
		assert_eq!(slashed, 2_000);
		let bond = Bonds::<Test>::get(Role::Supplier, ALICE).unwrap();
		assert_eq!(bond.active, 0);
		assert_eq!(bond.total(), 2_000);
		assert_eq!(held(ALICE, Role::Supplier), 2_000);
		assert_eq!(Balances::free_balance(Treasury::get()), before + 2_000);
		System::assert_last_event(
			Event::Slashed {
				who: ALICE,
				role: Role::Supplier,
				amount: 2_000,
				reason: SlashReason::MissingProof,
			}
			.into(),
		);
		// The unbonding chunk is slashable too.
		assert_eq!(
			<Stakes as Slash<_, _>>::slash(
				&ALICE,
				Role::Supplier,
				Perbill::from_percent(25),
				SlashReason::LowQuality
			)
			.unwrap(),
			500
		);
		assert_eq!(Bonds::<Test>::get(Role::Supplier, ALICE).unwrap().unlocking[0].value, 1_500);
		assert_noop!(
			<Stakes as Slash<_, _>>::slash(&BOB, Role::Validator, Perbill::one(), SlashReason::Governance),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn a_slash_below_the_minimum_deactivates_the_role() {
	build_and_execute(|| {
		assert_ok!(Stakes::register_validator(RuntimeOrigin::signed(BOB), 600));
		assert_ok!(<Stakes as Slash<_, _>>::slash(
			&BOB,
			Role::Validator,
			Perbill::from_percent(50),
			SlashReason::ScoreDeviation
		));
		assert!(!<Stakes as StakeInspect<_, _>>::is_active(&BOB, Role::Validator));
		assert_ok!(Stakes::bond_extra(RuntimeOrigin::signed(BOB), Role::Validator, 200));
		assert!(<Stakes as StakeInspect<_, _>>::is_active(&BOB, Role::Validator));
	});
}

#[test]
fn active_members_lists_active_bonds_of_one_role() {
	build_and_execute(|| {
		let members = |role| {
			let mut m = <Stakes as StakeInspect<_, _>>::active_members(role);
			m.sort();
			m
		};
		assert!(members(Role::Validator).is_empty());
		assert_ok!(Stakes::register_validator(RuntimeOrigin::signed(ALICE), 700));
		assert_ok!(Stakes::register_validator(RuntimeOrigin::signed(BOB), 900));
		assert_ok!(Stakes::register_validator(RuntimeOrigin::signed(CHARLIE), 500));
		assert_ok!(register_supplier(ALICE, 2_000, vec![0]));
		assert_eq!(members(Role::Validator), vec![(ALICE, 700), (BOB, 900), (CHARLIE, 500)]);
		assert_eq!(members(Role::Supplier), vec![(ALICE, 2_000)]);
		assert!(members(Role::Gateway).is_empty());
		// Unbonding counts no more: only the active part is listed, and a bond that is fully
		// unbonding or slashed below the minimum drops out.
		assert_ok!(Stakes::unbond(RuntimeOrigin::signed(BOB), Role::Validator, 300));
		assert_ok!(Stakes::unbond(RuntimeOrigin::signed(CHARLIE), Role::Validator, 500));
		assert_ok!(<Stakes as Slash<_, _>>::slash(
			&ALICE,
			Role::Validator,
			Perbill::from_percent(50),
			SlashReason::ScoreDeviation
		));
		assert_eq!(members(Role::Validator), vec![(BOB, 600)]);
		for (who, _) in members(Role::Validator) {
			assert!(<Stakes as StakeInspect<_, _>>::is_active(&who, Role::Validator));
		}
	});
}

#[test]
fn set_parameters_needs_admin_and_a_period() {
	build_and_execute(|| {
		let params = StakeParameters {
			min_supplier_stake: 5,
			min_validator_stake: 6,
			min_gateway_stake: 7,
			min_application_deposit: 8,
			unbonding_period: 3,
		};
		assert_noop!(
			Stakes::set_parameters(RuntimeOrigin::signed(ALICE), params.clone()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Stakes::set_parameters(
				RuntimeOrigin::root(),
				StakeParameters { unbonding_period: 0, ..params.clone() }
			),
			Error::<Test>::InvalidParameters
		);
		assert_ok!(Stakes::set_parameters(RuntimeOrigin::root(), params.clone()));
		assert_eq!(Parameters::<Test>::get(), params);
		System::assert_last_event(Event::ParametersSet { parameters: params }.into());
		// The new minimum applies at once.
		assert_ok!(Stakes::register_validator(RuntimeOrigin::signed(CHARLIE), 6));
	});
}
