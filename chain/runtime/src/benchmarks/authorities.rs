//! The state the Authorities pallet's benchmarks need from pallet-session: accounts with keys.

use crate::{AccountId, Runtime, SessionKeys};
use polkadot_sdk::{
	pallet_session,
	sp_core::{ed25519, sr25519},
	sp_runtime::traits::OpaqueKeys,
};

/// Registers session keys for benchmark accounts in pallet-session's storage, as
/// `session.setKeys` leaves them (the deposit aside, which the benchmarked calls never read).
pub struct AuthoritiesHelper;

impl pallet_sibyl_authorities::benchmarking::BenchmarkHelper<Runtime> for AuthoritiesHelper {
	fn set_session_keys(who: &AccountId) {
		// Keys made of the account's bytes: distinct per account, with no keystore or ownership
		// proof needed.
		let raw: [u8; 32] = *who.as_ref();
		let keys = SessionKeys {
			aura: sr25519::Public::from_raw(raw).into(),
			grandpa: ed25519::Public::from_raw(raw).into(),
		};
		for id in SessionKeys::key_ids() {
			pallet_session::KeyOwner::<Runtime>::insert((*id, keys.get_raw(*id).to_vec()), who.clone());
		}
		pallet_session::NextKeys::<Runtime>::insert(who, keys);
	}
}
