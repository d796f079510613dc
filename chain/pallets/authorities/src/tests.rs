use crate::{mock::*, Error, Event, QueuedSet, SessionPeriod};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, traits::EstimateNextSessionRotation},
	pallet_session,
	sp_runtime::{testing::UintAuthorityId, DispatchError, Permill},
};

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Authorities(e) => Some(e),
			_ => None,
		})
		.collect()
}

fn give_keys(who: u64) {
	assert_ok!(Session::set_keys(RuntimeOrigin::signed(who), UintAuthorityId(who), Vec::new()));
}

#[test]
fn genesis_hands_the_first_set_to_session() {
	build_and_execute(|| {
		assert_eq!(crate::Authorities::<Test>::get().into_inner(), vec![1, 2, 3]);
		assert_eq!(Session::validators(), vec![1, 2, 3]);
		assert_eq!(SessionPeriod::<Test>::get(), PERIOD);
		assert_eq!(QueuedSet::<Test>::get().into_inner(), vec![1, 2, 3]);
		assert_ok!(crate::Pallet::<Test>::do_try_state());
	});
}

#[test]
fn an_authority_needs_session_keys_and_governance() {
	build_and_execute(|| {
		assert_noop!(Authorities::add_authority(RuntimeOrigin::root(), 4), Error::<Test>::NoSessionKeys);
		give_keys(4);
		assert_noop!(Authorities::add_authority(RuntimeOrigin::signed(4), 4), DispatchError::BadOrigin);
		assert_ok!(Authorities::add_authority(RuntimeOrigin::root(), 4));
		assert_noop!(Authorities::add_authority(RuntimeOrigin::root(), 4), Error::<Test>::AlreadyAuthority);
		assert_eq!(events(), vec![Event::AuthorityAdded { who: 4 }]);
		give_keys(5);
		assert_noop!(Authorities::add_authority(RuntimeOrigin::root(), 5), Error::<Test>::TooManyAuthorities);
		assert_ok!(crate::Pallet::<Test>::do_try_state());
	});
}

#[test]
fn an_added_authority_serves_from_the_session_after_next() {
	build_and_execute(|| {
		give_keys(4);
		assert_ok!(Authorities::add_authority(RuntimeOrigin::root(), 4));
		// Session 0 ends with block 9: the new set is queued for session 2.
		run_to_block(PERIOD);
		assert_eq!(Session::current_index(), 1);
		assert_eq!(Session::validators(), vec![1, 2, 3]);
		assert!(events().contains(&Event::SetQueued { session: 2, authorities: 4 }));
		assert_eq!(QueuedSet::<Test>::get().into_inner(), vec![1, 2, 3, 4]);
		run_to_block(2 * PERIOD);
		assert_eq!(Session::current_index(), 2);
		assert_eq!(Session::validators(), vec![1, 2, 3, 4]);
	});
}

#[test]
fn an_unchanged_set_is_not_announced_again() {
	build_and_execute(|| {
		run_to_block(3 * PERIOD);
		assert_eq!(Session::current_index(), 3);
		assert_eq!(Session::validators(), vec![1, 2, 3]);
		// pallet-session tells the consensus pallets of a change only when there is one.
		assert!(!pallet_session::QueuedChanged::<Test>::get());
		assert!(!events().iter().any(|e| matches!(e, Event::SetQueued { .. })));
	});
}

#[test]
fn removal_keeps_the_floor() {
	build_and_execute(|| {
		assert_noop!(Authorities::remove_authority(RuntimeOrigin::root(), 9), Error::<Test>::NotAuthority);
		assert_ok!(Authorities::remove_authority(RuntimeOrigin::root(), 3));
		assert_noop!(Authorities::remove_authority(RuntimeOrigin::root(), 2), Error::<Test>::TooFewAuthorities);
		assert_noop!(Authorities::remove_authority(RuntimeOrigin::signed(1), 2), DispatchError::BadOrigin);
		run_to_block(2 * PERIOD);
		assert_eq!(Session::validators(), vec![1, 2]);
		assert_ok!(crate::Pallet::<Test>::do_try_state());
	});
}

#[test]
fn changes_within_one_session_are_queued_once() {
	build_and_execute(|| {
		give_keys(4);
		assert_ok!(Authorities::add_authority(RuntimeOrigin::root(), 4));
		assert_ok!(Authorities::remove_authority(RuntimeOrigin::root(), 1));
		run_to_block(PERIOD);
		let queued: Vec<_> = events().into_iter().filter(|e| matches!(e, Event::SetQueued { .. })).collect();
		assert_eq!(queued, vec![Event::SetQueued { session: 2, authorities: 3 }]);
		run_to_block(2 * PERIOD);
		assert_eq!(Session::validators(), vec![2, 3, 4]);
	});
}

#[test]
fn governance_sets_the_session_period() {
	build_and_execute(|| {
		assert_noop!(Authorities::set_session_period(RuntimeOrigin::root(), 1), Error::<Test>::SessionPeriodTooShort);
		assert_noop!(Authorities::set_session_period(RuntimeOrigin::signed(1), 5), DispatchError::BadOrigin);
		run_to_block(3);
		assert_eq!(Authorities::estimate_next_session_rotation(3).0, Some(PERIOD));
		assert_eq!(Authorities::estimate_current_session_progress(3).0, Some(Permill::from_percent(30)));
		assert_ok!(Authorities::set_session_period(RuntimeOrigin::root(), 5));
		assert_eq!(events(), vec![Event::SessionPeriodSet { period: 5 }]);
		// The current session (from block 0) now ends with block 4.
		run_to_block(5);
		assert_eq!(Session::current_index(), 1);
		run_to_block(10);
		assert_eq!(Session::current_index(), 2);
		assert_eq!(Authorities::average_session_length(), 5);
	});
}

#[test]
#[should_panic(expected = "fewer genesis authorities than MinAuthorities")]
fn genesis_refuses_a_set_below_the_floor() {
	use polkadot_sdk::sp_runtime::BuildStorage;
	let _ = crate::GenesisConfig::<Test> { authorities: vec![1], session_period: PERIOD }.build_storage();
}

#[test]
#[should_panic(expected = "a genesis authority is listed twice")]
fn genesis_refuses_duplicates() {
	use polkadot_sdk::sp_runtime::BuildStorage;
	let _ = crate::GenesisConfig::<Test> { authorities: vec![1, 2, 1], session_period: PERIOD }.build_storage();
}

#[test]
fn an_authority_without_keys_leaves_and_returns_with_them() {
	build_and_execute(|| {
		give_keys(4);
		assert_ok!(Authorities::add_authority(RuntimeOrigin::root(), 4));
		run_to_block(2 * PERIOD);
		assert_eq!(Session::validators(), vec![1, 2, 3, 4]);
		assert_ok!(Session::purge_keys(RuntimeOrigin::signed(4)));
		run_to_block(4 * PERIOD);
		assert_eq!(Session::validators(), vec![1, 2, 3]);
		// Still an authority: it is back once it holds keys again.
		assert_eq!(crate::Authorities::<Test>::get().into_inner(), vec![1, 2, 3, 4]);
		give_keys(4);
		run_to_block(6 * PERIOD);
		assert_eq!(Session::validators(), vec![1, 2, 3, 4]);
	});
}

#[test]
fn purged_keys_never_take_the_set_below_the_floor() {
	build_and_execute(|| {
		assert_ok!(Session::purge_keys(RuntimeOrigin::signed(2)));
		assert_ok!(Session::purge_keys(RuntimeOrigin::signed(3)));
		run_to_block(3 * PERIOD);
		assert!(events().contains(&Event::SetBelowFloor { session: 2, with_keys: 1 }));
		assert_eq!(QueuedSet::<Test>::get().into_inner(), vec![1, 2, 3]);
		assert!(!events().iter().any(|e| matches!(e, Event::SetQueued { .. })));
	});
}

#[test]
fn new_keys_for_an_unchanged_set_reach_session_without_a_new_set() {
	build_and_execute(|| {
		assert_ok!(Session::set_keys(RuntimeOrigin::signed(1), UintAuthorityId(11), Vec::new()));
		run_to_block(2 * PERIOD);
		assert_eq!(Session::validators(), vec![1, 2, 3]);
		assert_eq!(pallet_session::Pallet::<Test>::load_keys(&1), Some(UintAuthorityId(11)));
		assert!(!events().iter().any(|e| matches!(e, Event::SetQueued { .. })));
	});
}

#[test]
fn an_unconfigured_pallet_leaves_sessions_alone() {
	use polkadot_sdk::{frame_support::traits::Hooks, pallet_session::ShouldEndSession};
	let mut ext: polkadot_sdk::sp_io::TestExternalities = Default::default();
	ext.execute_with(|| {
		assert!(!Authorities::should_end_session(100));
		assert_eq!(Authorities::estimate_next_session_rotation(100).0, None);
		assert_eq!(<Authorities as polkadot_sdk::pallet_session::SessionManager<u64>>::new_session(1), None);
		assert_ok!(crate::Pallet::<Test>::do_try_state());
		Authorities::integrity_test();
	});
}
