//! The state the relay-mining pallet's benchmarks need from the Models, Stakes and Sessions
//! pallets: servable models of the largest record, bonded suppliers, an application delegating
//! to as many gateways as it may, and sessions run by the Sessions pallet, one of them with a
//! full candidate list from which the benchmark's supplier is drawn.

use super::{setup, sessions::run_to_session};
use crate::{AccountId, Runtime, RuntimeOrigin, Sessions, Stakes, UNIT};
use alloc::vec::Vec;
use polkadot_sdk::{frame_benchmarking::account, frame_support::traits::Get};
use sibyl_primitives::{ModelId, Role, SessionId};

/// A valid gateway URL as long as the Stakes pallet takes.
fn url() -> Vec<u8> {
	let mut url = b"https://gateway.example/".to_vec();
	let len = <<Runtime as pallet_sibyl_stakes::Config>::MaxUrlLen as Get<u32>>::get();
	url.resize(len as usize, b'g');
	url
}

/// Sets up the relay-mining benchmarks with the runtime's Models, Stakes and Sessions pallets.
pub struct RelayMiningHelper;

impl pallet_sibyl_relay_mining::benchmarking::BenchmarkHelper<Runtime> for RelayMiningHelper {
	fn max_models() -> u32 {
		<Runtime as pallet_sibyl_models::Config>::MaxModels::get()
	}

	fn servable_models(count: u32) -> Vec<ModelId> {
		(0..count).map(|_| setup::register_model()).collect()
	}

	fn register_supplier(who: &AccountId, model: ModelId) {
		setup::register_supplier(who, model)
	}

	fn delegate(app: &AccountId, gateway: &AccountId) {
		let max = <Runtime as pallet_sibyl_stakes::Config>::MaxDelegations::get();
		let mut gateways: Vec<AccountId> =
			(1..max).map(|i| account("relay-mining-gateway", i, 0)).collect();
		gateways.push(gateway.clone());
		let params = pallet_sibyl_stakes::Parameters::<Runtime>::get();
		for who in &gateways {
			setup::fund(who);
			Stakes::register_gateway(
				RuntimeOrigin::signed(who.clone()),
				params.min_gateway_stake.max(UNIT),
				url(),
			)
			.expect("a funded account with a valid URL registers");
		}
		setup::fund(app);
		let deposit = params.min_application_deposit.max(UNIT);
		Stakes::register_application(RuntimeOrigin::signed(app.clone()), deposit, gateways, deposit)
			.expect("a funded account delegating to registered gateways registers");
	}

	fn draw_supplier(supplier: &AccountId, app: &AccountId, model: ModelId) -> SessionId {
		// A full candidate list; the supplier's bond outweighs all the others together, so it is
		// all but certain to be drawn (else the next session is tried).
		for i in 0..<Runtime as pallet_sibyl_sessions::Config>::MaxCandidates::get() {
			setup::register_supplier(&account("relay-mining-candidate", i, 0), model);
		}
		Stakes::bond_extra(RuntimeOrigin::signed(supplier.clone()), Role::Supplier, 900_000 * UNIT)
			.expect("setup::fund leaves a million units");
		pallet_sibyl_sessions::Parameters::<Runtime>::mutate(|p| {
			p.suppliers_per_session =
				<Runtime as pallet_sibyl_sessions::Config>::MaxSuppliersPerSession::get()
		});
		loop {
			let session = pallet_sibyl_sessions::CurrentSession::<Runtime>::get() + 1;
			run_to_session(session + 1);
			if Sessions::session_suppliers(session, app, model).contains(supplier) {
				return session;
			}
		}
	}

	fn end_sessions(count: u32) -> SessionId {
		pallet_sibyl_sessions::Parameters::<Runtime>::mutate(|p| {
			p.retained_sessions = p.retained_sessions.max(count)
		});
		let current = pallet_sibyl_sessions::CurrentSession::<Runtime>::get();
		let target = current + SessionId::from(count);
		run_to_session(target);
		target
	}
}
