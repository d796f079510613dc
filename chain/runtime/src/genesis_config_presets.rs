//! Genesis presets: `development` (one authority, Sudo, short unbonding for quick tests, one
//! authority session a day so that Chopsticks never meets a rotation block) and `local_testnet`
//! (four authorities, governance only, realistic periods, two-minute authority sessions). Bonds stay held at
//! least as long as the runtime's unbonding horizon (`configs::UnbondingHorizon`) whatever the
//! unbonding period says. Both fund the well-known
//! development accounts and seat Alice, Bob and Charlie on the Council. Both use the default
//! TIQE+, session (10 blocks, 3 suppliers per set), pricing, relay-mining and settlement
//! parameters.

use super::*;
use alloc::{vec, vec::Vec};
use pallet_sibyl_models::ModelParameters;
use pallet_sibyl_stakes::StakeParameters;
use pallet_sibyl_jobs::JobParameters;
use pallet_sibyl_pricing::PricingParameters;
use pallet_sibyl_relay_mining::MiningParameters;
use pallet_sibyl_sessions::SessionParameters;
use pallet_sibyl_settlement::SettlementParameters;
use pallet_sibyl_tiqe::TiqeParameters;
use polkadot_sdk::{
	frame_support::build_struct_json_patch,
	sp_genesis_builder::{self, PresetId},
	sp_keyring::{Ed25519Keyring, Sr25519Keyring},
	sp_runtime::Perbill,
};
use serde_json::Value;

/// What each development account starts with.
const ENDOWMENT: Balance = 1_000_000 * UNIT;

/// An authority of a preset: its account and the session keys it starts with, the well-known
/// development keys of one name (sr25519 for Aura and the account, ed25519 for GRANDPA).
fn authority(aura: Sr25519Keyring, grandpa: Ed25519Keyring) -> (AccountId, SessionKeys) {
	(aura.to_account_id(), SessionKeys { aura: aura.public().into(), grandpa: grandpa.public().into() })
}

fn genesis(
	authorities: Vec<(AccountId, SessionKeys)>,
	session_period: BlockNumber,
	endowed: Vec<AccountId>,
	council: Vec<AccountId>,
	sudo: Option<AccountId>,
	unbonding_period: BlockNumber,
) -> Value {
	// Aura's and GRANDPA's first sets come from pallet-session's genesis, which asks the
	// authorities pallet for the set and reads each member's keys here.
	let keys: Vec<(AccountId, AccountId, SessionKeys)> = authorities
		.iter()
		.map(|(account, keys)| (account.clone(), account.clone(), keys.clone()))
		.collect();
	let accounts: Vec<AccountId> = authorities.into_iter().map(|(account, _)| account).collect();
	let mut balances: Vec<(AccountId, Balance)> =
		endowed.into_iter().map(|account| (account, ENDOWMENT)).collect();
	// The treasury must exist for fees and slashes below the existential deposit to land.
	balances.push((configs::TreasuryAccount::get(), EXISTENTIAL_DEPOSIT));
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances },
		authorities: AuthoritiesConfig { authorities: accounts, session_period },
		session: SessionConfig { keys },
		council: CouncilConfig { members: council },
		sudo: SudoConfig { key: sudo },
		models: ModelsConfig {
			parameters: ModelParameters {
				deposit_base: 10 * UNIT,
				deposit_per_byte: 10 * MILLI_UNIT,
				max_royalty: Perbill::from_percent(30),
			},
		},
		stakes: StakesConfig {
			parameters: StakeParameters {
				min_supplier_stake: 1_000 * UNIT,
				min_validator_stake: 1_000 * UNIT,
				min_gateway_stake: 500 * UNIT,
				min_application_deposit: 10 * UNIT,
				unbonding_period,
			},
		},
		tiqe: TiqeConfig { parameters: TiqeParameters::default() },
		sessions: SessionsConfig { parameters: SessionParameters::default() },
		pricing: PricingConfig { parameters: PricingParameters::default() },
		relay_mining: RelayMiningConfig { parameters: MiningParameters::default() },
		settlement: SettlementConfig { parameters: SettlementParameters::default() },
		jobs: JobsConfig {
			parameters: JobParameters {
				min_price: 10 * MICRO_UNIT,
				deposit: UNIT,
				..JobParameters::default()
			},
		},
	})
}

fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::iter().map(|k| k.to_account_id()).collect()
}

fn council() -> Vec<AccountId> {
	vec![
		Sr25519Keyring::Alice.to_account_id(),
		Sr25519Keyring::Bob.to_account_id(),
		Sr25519Keyring::Charlie.to_account_id(),
	]
}

/// Single authority (Alice), Alice as Sudo, a 10-block unbonding period.
pub fn development_config_genesis() -> Value {
	genesis(
		vec![authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		DAYS,
		dev_accounts(),
		council(),
		Some(Sr25519Keyring::Alice.to_account_id()),
		10,
	)
}

/// Alice, Bob, Charlie and Dave author and vote on finality (GRANDPA finalizes with any three),
/// no Sudo (parameters and authorities change only by Council motion), one-day unbonding.
pub fn local_config_genesis() -> Value {
	genesis(
		vec![
			authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			authority(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
			authority(Sr25519Keyring::Charlie, Ed25519Keyring::Charlie),
			authority(Sr25519Keyring::Dave, Ed25519Keyring::Dave),
		],
		2 * MINUTES,
		dev_accounts(),
		council(),
		None,
		DAYS,
	)
}

/// The JSON of the preset `id`, if there is one.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		_ => return None,
	};
	Some(
		serde_json::to_string(&patch)
			.expect("serialization to json is expected to work; qed")
			.into_bytes(),
	)
}

/// The presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
	]
}

#[cfg(test)]
mod tests {
	use super::*;
	use polkadot_sdk::{frame_support::traits::Get, sp_io, sp_runtime::BuildStorage};

	fn build(preset: &str) -> sp_io::TestExternalities {
		let json = get_preset(&PresetId::from(preset)).expect("preset exists");
		let mut config = RuntimeGenesisConfig::default();
		let patch: Value = serde_json::from_slice(&json).unwrap();
		let mut base = serde_json::to_value(&config).unwrap();
		json_merge(&mut base, patch);
		config = serde_json::from_value(base).unwrap();
		config.build_storage().unwrap().into()
	}

	fn json_merge(base: &mut Value, patch: Value) {
		match (base, patch) {
			(Value::Object(b), Value::Object(p)) =>
				for (k, v) in p {
					json_merge(b.entry(k).or_insert(Value::Null), v);
				},
			(b, p) => *b = p,
		}
	}

	#[test]
	fn presets_are_listed_and_unknown_ones_are_none() {
		assert_eq!(preset_names().len(), 2);
		assert!(get_preset(&PresetId::from("nope")).is_none());
	}

	#[test]
	fn development_preset_builds() {
		build(sp_genesis_builder::DEV_RUNTIME_PRESET).execute_with(|| {
			let alice = Sr25519Keyring::Alice.to_account_id();
			assert_eq!(pallet_balances::Pallet::<Runtime>::free_balance(&alice), ENDOWMENT);
			assert_eq!(pallet_sudo::Key::<Runtime>::get(), Some(alice));
			assert_eq!(pallet_collective::Members::<Runtime, configs::CouncilCollective>::get().len(), 3);
			assert_eq!(pallet_sibyl_stakes::Parameters::<Runtime>::get().unbonding_period, 10);
			assert_eq!(pallet_sibyl_tiqe::Parameters::<Runtime>::get(), TiqeParameters::default());
			assert_eq!(pallet_sibyl_tiqe::Parameters::<Runtime>::get().committee_size, 3);
			assert_eq!(pallet_sibyl_sessions::Parameters::<Runtime>::get().session_length, 10);
			assert_eq!(pallet_sibyl_pricing::Parameters::<Runtime>::get(), PricingParameters::default());
			assert_eq!(pallet_sibyl_relay_mining::Parameters::<Runtime>::get(), MiningParameters::default());
			assert_eq!(pallet_sibyl_settlement::Parameters::<Runtime>::get(), SettlementParameters::default());
			assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 1);
			assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), 1);
			assert_eq!(pallet_sibyl_authorities::SessionPeriod::<Runtime>::get(), DAYS);
			// Bonds outlive the claim → proof → TIQE+ pipeline of the work they back.
			assert!(configs::UnbondingHorizon::get() > 10);
		});
	}

	#[test]
	fn local_testnet_preset_has_no_sudo() {
		build(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET).execute_with(|| {
			assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
			assert_eq!(pallet_aura::Authorities::<Runtime>::get().len(), 4);
			assert_eq!(pallet_grandpa::Pallet::<Runtime>::grandpa_authorities().len(), 4);
			assert_eq!(pallet_session::Validators::<Runtime>::get().len(), 4);
			assert_eq!(pallet_sibyl_stakes::Parameters::<Runtime>::get().unbonding_period, DAYS);
		});
	}
}
