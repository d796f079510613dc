use crate::{mock::*, Candidates, CurrentSession, Error, Event, SessionInfo, Sessions as SessionStore};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok},
	sp_runtime::{DispatchError, Permill},
};
use sibyl_primitives::SessionInspect;

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Sessions(e) => Some(e),
			_ => None,
		})
		.collect()
}

fn params(length: u64, set: u32) -> crate::SessionParameters<u64> {
	crate::SessionParameters {
		session_length: length,
		suppliers_per_session: set,
		unrated_reputation: Permill::from_percent(50),
		retained_sessions: 2,
	}
}

#[test]
fn the_first_block_starts_session_zero() {
	build_and_execute(|| {
		run_to(1);
		assert_eq!(CurrentSession::<Test>::get(), 0);
		let info = SessionStore::<Test>::get(0).unwrap();
		assert_eq!((info.start, info.length, info.suppliers_per_session), (1, SESSION_LENGTH, 2));
		assert!(events().contains(&Event::SessionStarted { session: 0, start: 1, length: 10, candidates: 0 }));
		assert_eq!(RecordStarts::taken(), vec![(0, None)]);
	});
}

#[test]
fn a_session_ends_after_its_length_and_the_next_starts() {
	build_and_execute(|| {
		run_to(10);
		assert_eq!(CurrentSession::<Test>::get(), 0);
		run_to(11);
		assert_eq!(CurrentSession::<Test>::get(), 1);
		assert_eq!(SessionStore::<Test>::get(1).unwrap().start, 11);
		assert_eq!(Sessions::session_bounds(1), Some((11, 10)));
		assert_eq!(Sessions::session_end(0), Some(11));
		assert_eq!(RecordStarts::taken(), vec![(0, None), (1, Some((0, 10)))]);
		run_to(31);
		assert_eq!(CurrentSession::<Test>::get(), 3);
	});
}

#[test]
fn parameters_apply_from_the_next_session() {
	build_and_execute(|| {
		run_to(3);
		assert_ok!(Sessions::set_parameters(RuntimeOrigin::root(), params(4, 3)));
		assert!(events().contains(&Event::ParametersSet { parameters: params(4, 3) }));
		// Session 0 keeps its length of 10.
		run_to(10);
		assert_eq!(CurrentSession::<Test>::get(), 0);
		run_to(11);
		let info = SessionStore::<Test>::get(1).unwrap();
		assert_eq!((info.length, info.suppliers_per_session), (4, 3));
		run_to(15);
		assert_eq!(CurrentSession::<Test>::get(), 2);
	});
}

#[test]
fn only_the_admin_sets_valid_parameters() {
	build_and_execute(|| {
		assert_noop!(
			Sessions::set_parameters(RuntimeOrigin::signed(APP), params(5, 1)),
			DispatchError::BadOrigin
		);
		for bad in [params(0, 1), params(5, 0), params(5, 4)] {
			assert_noop!(
				Sessions::set_parameters(RuntimeOrigin::root(), bad),
				Error::<Test>::InvalidParameters
			);
		}
		let mut no_retention = params(5, 1);
		no_retention.retained_sessions = 0;
		assert_noop!(
			Sessions::set_parameters(RuntimeOrigin::root(), no_retention),
			Error::<Test>::InvalidParameters
		);
	});
}

#[test]
fn candidates_are_weighted_by_stake_and_reputation() {
	build_and_execute(|| {
		System::set_block_number(1);
		register_supplier(S, 2_000, vec![0], 40);
		register_supplier(S + 1, 3_000, vec![0, 1], 60);
		register_supplier(S + 2, 5_000, vec![1], 10);
		MockReputation::set(S + 1, Permill::from_percent(100));
		// A supplier whose reputation fell to zero is never drawn.
		MockReputation::set(S + 2, Permill::zero());
		System::set_block_number(0);
		run_to(1);
		let model0 = Candidates::<Test>::get(0, 0);
		let listed: Vec<(u64, u128, u32)> =
			model0.iter().map(|c| (c.supplier, c.weight, c.capacity_tps)).collect();
		// S + 1: 3000 × 1_000_000 ppm; S (unrated): 2000 × 500_000 ppm. Heaviest first.
		assert_eq!(listed, vec![(S + 1, 3_000_000_000, 60), (S, 1_000_000_000, 40)]);
		let model1: Vec<u64> = Candidates::<Test>::get(0, 1).iter().map(|c| c.supplier).collect();
		assert_eq!(model1, vec![S + 1]);
		assert_eq!(Sessions::declared_capacity_tps(0, 0), 100);
		assert_eq!(Sessions::declared_capacity_tps(0, 1), 60);
	});
}

#[test]
fn stake_changes_apply_from_the_next_session() {
	build_and_execute(|| {
		run_to(1);
		register_supplier(S, 2_000, vec![0], 40);
		assert!(Candidates::<Test>::get(0, 0).is_empty());
		assert!(Sessions::session_suppliers(0, &APP, 0).is_empty());
		run_to(11);
		assert_eq!(Sessions::session_suppliers(1, &APP, 0), vec![S]);
		// Unbonding everything removes it from the session after, not from this one.
		assert_ok!(Stakes::unbond(RuntimeOrigin::signed(S), sibyl_primitives::Role::Supplier, 2_000));
		assert_eq!(Sessions::session_suppliers(1, &APP, 0), vec![S]);
		run_to(21);
		assert!(Sessions::session_suppliers(2, &APP, 0).is_empty());
	});
}

#[test]
fn a_supplier_set_is_deterministic_distinct_and_sized() {
	build_and_execute(|| {
		System::set_block_number(1);
		for i in 0..5 {
			register_supplier(S + i, 2_000 + 1_000 * i, vec![0], 10);
		}
		System::set_block_number(0);
		run_to(1);
		let mut sets = Vec::new();
		for app in 100..120u64 {
			let set = Sessions::session_suppliers(0, &app, 0);
			assert_eq!(set.len(), 2);
			assert_ne!(set[0], set[1]);
			assert_eq!(set, Sessions::session_suppliers(0, &app, 0));
			for supplier in &set {
				assert!(Sessions::is_session_supplier(0, &app, 0, supplier));
			}
			sets.push(set);
		}
		// Different applications get different sets.
		assert!(sets.iter().any(|s| s != &sets[0]));
		// A supplier outside the set is not a member; nor is anyone for an unknown session.
		let set = &sets[0];
		let outsider = (S..S + 5).find(|s| !set.contains(s)).unwrap();
		assert!(!Sessions::is_session_supplier(0, &100, 0, &outsider));
		assert!(!Sessions::is_session_supplier(7, &100, 0, &set[0]));
	});
}

#[test]
fn heavier_suppliers_are_drawn_more_often() {
	build_and_execute(|| {
		System::set_block_number(1);
		register_supplier(S, 1_000, vec![0], 10);
		register_supplier(S + 1, 1_000, vec![0], 10);
		register_supplier(S + 2, 100_000, vec![0], 10);
		System::set_block_number(0);
		run_to(1);
		assert_ok!(Sessions::set_parameters(RuntimeOrigin::root(), params(10, 1)));
		run_to(11);
		let drawn = (0..200u64)
			.filter(|app| Sessions::session_suppliers(1, &(1_000 + app), 0) == vec![S + 2])
			.count();
		// p = 100 / 102 per draw.
		assert!(drawn > 180, "the heavy supplier was drawn {drawn} of 200 times");
	});
}

#[test]
fn a_model_keeps_only_its_heaviest_candidates() {
	build_and_execute(|| {
		System::set_block_number(1);
		for i in 0..6 {
			register_supplier(S + i, 2_000 + 100 * i, vec![0], 10);
		}
		System::set_block_number(0);
		run_to(1);
		let kept: Vec<u64> = Candidates::<Test>::get(0, 0).iter().map(|c| c.supplier).collect();
		assert_eq!(kept, vec![S + 5, S + 4, S + 3, S + 2]);
		assert!(events().contains(&Event::CandidatesTruncated { session: 0, model: 0, dropped: 2 }));
	});
}

#[test]
fn old_sessions_are_pruned_after_the_retention() {
	build_and_execute(|| {
		System::set_block_number(1);
		register_supplier(S, 2_000, vec![0], 10);
		System::set_block_number(0);
		run_to(31);
		// Current session 3, two retained before it: 1 and 2. Session 0 is gone.
		assert_eq!(CurrentSession::<Test>::get(), 3);
		assert!(SessionStore::<Test>::get(0).is_none());
		assert!(Candidates::<Test>::get(0, 0).is_empty());
		assert!(SessionStore::<Test>::get(1).is_some());
		assert_eq!(Candidates::<Test>::get(1, 0).len(), 1);
		assert_eq!(Sessions::session_bounds(0), None);
	});
}

#[test]
fn the_seed_comes_from_the_starting_block() {
	build_and_execute(|| {
		run_to(1);
		let first: SessionInfo<u64, _> = SessionStore::<Test>::get(0).unwrap();
		MockRandomness::set_seed(7);
		run_to(11);
		assert_ne!(SessionStore::<Test>::get(1).unwrap().seed, first.seed);
	});
}
