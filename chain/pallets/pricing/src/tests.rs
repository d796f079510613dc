use crate::{mock::*, Error, Event, Prices, PricingParameters, SessionPrices, Usage};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok},
	sp_runtime::{DispatchError, Permill},
};
use sibyl_primitives::{OnSessionStart, PriceOracle, UsageMeter};

/// Sessions are 10 blocks of 1 s: a model with 10 tokens/s declared has 100 tokens × 2 CU = 200
/// CU of capacity per session, so a 50% target is 100 CU.
const LENGTH: u64 = 10;

fn start(session: u64) {
	let ended = session.checked_sub(1).map(|previous| (previous, LENGTH));
	Pricing::on_session_start(session, ended);
}

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::Pricing(e) => Some(e),
			_ => None,
		})
		.collect()
}

#[test]
fn a_model_is_first_priced_at_its_floor() {
	build_and_execute(|| {
		assert_eq!(Pricing::price(0), Some(100));
		start(0);
		assert_eq!(Prices::<Test>::get(0), Some(100));
		assert_eq!(Prices::<Test>::get(1), Some(1_000));
		assert_eq!(Pricing::price_per_kcu(0, 1), Some(1_000));
		assert_eq!(Pricing::price(7), None);
	});
}

#[test]
fn sustained_load_raises_the_price_by_delta_up_to_the_cap() {
	build_and_execute(|| {
		MockSessions::set_capacity(0, 10);
		start(0);
		let mut prices = Vec::new();
		for session in 1..=20 {
			// Every session fully used: U = 100% against U* = 50%, relative excess +1.
			Pricing::record_usage(0, 200);
			start(session);
			prices.push(Prices::<Test>::get(0).unwrap());
		}
		assert_eq!(&prices[..3], &[110, 121, 134]);
		// Capped at 4 floors.
		assert_eq!(*prices.last().unwrap(), 400);
		assert!(prices.windows(2).all(|w| w[1] >= w[0]));
		assert!(events().contains(&Event::PriceUpdated {
			session: 1,
			model: 0,
			price: 110,
			compute_units: 200,
			capacity_cu: 200,
			utilization: Permill::one(),
		}));
	});
}

#[test]
fn an_idle_model_falls_back_to_its_floor() {
	build_and_execute(|| {
		MockSessions::set_capacity(0, 10);
		start(0);
		Prices::<Test>::insert(0, 300);
		let mut prices = Vec::new();
		for session in 1..=20 {
			start(session);
			prices.push(Prices::<Test>::get(0).unwrap());
		}
		assert_eq!(&prices[..2], &[270, 243]);
		assert_eq!(*prices.last().unwrap(), 100);
	});
}

#[test]
fn demand_at_the_target_keeps_the_price() {
	build_and_execute(|| {
		MockSessions::set_capacity(0, 10);
		start(0);
		Prices::<Test>::insert(0, 200);
		Pricing::record_usage(0, 60);
		Pricing::record_usage(0, 40);
		assert_eq!(Usage::<Test>::get(0), 100);
		start(1);
		assert_eq!(Prices::<Test>::get(0), Some(200));
		// Usage is counted afresh each session.
		assert_eq!(Usage::<Test>::get(0), 0);
	});
}

#[test]
fn a_session_moves_the_price_by_at_most_delta() {
	build_and_execute(|| {
		MockSessions::set_capacity(0, 10);
		start(0);
		Prices::<Test>::insert(0, 200);
		// Half the target: relative −0.5, price −5%.
		Pricing::record_usage(0, 50);
		start(1);
		assert_eq!(Prices::<Test>::get(0), Some(190));
		// A hundred times capacity still moves it by δ only.
		Pricing::record_usage(0, 20_000);
		start(2);
		assert_eq!(Prices::<Test>::get(0), Some(209));
	});
}

#[test]
fn without_declared_capacity_any_use_is_full_demand() {
	build_and_execute(|| {
		start(0);
		Pricing::record_usage(1, 1);
		start(1);
		assert_eq!(Prices::<Test>::get(1), Some(1_100));
		start(2);
		assert_eq!(Prices::<Test>::get(1), Some(1_000));
	});
}

#[test]
fn session_prices_are_kept_for_the_history_depth() {
	build_and_execute(|| {
		MockSessions::set_capacity(0, 10);
		for session in 0..=5 {
			Pricing::record_usage(0, 200);
			start(session);
		}
		// Depth 3: sessions 3, 4, 5 kept.
		assert_eq!(SessionPrices::<Test>::get(2, 0), None);
		assert_eq!(Pricing::price_per_kcu(3, 0), Some(134));
		assert_eq!(Pricing::price_per_kcu(5, 0), Some(163));
	});
}

#[test]
fn only_the_admin_sets_valid_parameters() {
	build_and_execute(|| {
		let good = PricingParameters {
			delta: Permill::from_parts(125_000),
			target_utilization: Permill::from_percent(70),
			cap_multiple: 10,
		};
		assert_noop!(
			Pricing::set_parameters(RuntimeOrigin::signed(1), good.clone()),
			DispatchError::BadOrigin
		);
		for bad in [
			PricingParameters { delta: Permill::from_parts(125_001), ..good.clone() },
			PricingParameters { target_utilization: Permill::zero(), ..good.clone() },
			PricingParameters { cap_multiple: 0, ..good.clone() },
		] {
			assert_noop!(
				Pricing::set_parameters(RuntimeOrigin::root(), bad),
				Error::<Test>::InvalidParameters
			);
		}
		assert_ok!(Pricing::set_parameters(RuntimeOrigin::root(), good.clone()));
		assert!(events().contains(&Event::ParametersSet { parameters: good }));
	});
}

#[test]
fn new_parameters_change_how_far_prices_move() {
	build_and_execute(|| {
		MockSessions::set_capacity(0, 10);
		start(0);
		assert_ok!(Pricing::set_parameters(
			RuntimeOrigin::root(),
			PricingParameters {
				delta: Permill::from_percent(5),
				target_utilization: Permill::from_percent(50),
				cap_multiple: 4,
			}
		));
		Pricing::record_usage(0, 200);
		start(1);
		assert_eq!(Prices::<Test>::get(0), Some(105));
	});
}
