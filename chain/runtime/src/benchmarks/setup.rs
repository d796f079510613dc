//! Set-up the benchmark helpers share, done through the runtime's real pallets: funded
//! accounts, models of the largest record, and suppliers with the longest subject.

use crate::{AccountId, Balance, Models, Runtime, RuntimeOrigin, Stakes, UNIT};
use alloc::{format, vec, vec::Vec};
use codec::Encode;
use pallet_sibyl_models::{ComputeWeights, ModelSpec};
use pallet_sibyl_stakes::DeviceClass;
use polkadot_sdk::{
	frame_benchmarking::account,
	frame_support::traits::{fungible::Mutate, Get},
	sp_runtime::traits::{BlakeTwo256, Hash},
};
use sibyl_primitives::ModelId;

/// Declared capacity of benchmark suppliers, in tokens a second: far more than the
/// benchmarks' small jobs need within any job timeout.
const CAPACITY_TPS: u32 = 1_000;

/// The value of a bound.
pub(crate) fn bound<B: Get<u32>>() -> usize {
	B::get() as usize
}

/// Gives `who` far more than any bond or deposit the genesis parameters ask.
pub(crate) fn fund(who: &AccountId) {
	let funds: Balance = 1_000_000 * UNIT;
	crate::Balances::set_balance(who, funds);
}

/// Registers, from a funded source, a model whose record is as large as the registry takes
/// (every byte field at its bound, the most URIs, the longest context) and which asks the
/// highest royalty; returns its id.
pub(crate) fn register_model() -> ModelId {
	let source: AccountId = account("model-source", 0, 0);
	fund(&source);
	let model = pallet_sibyl_models::NextModelId::<Runtime>::get();
	let uri = |i: u32| {
		let mut uri = format!("https://models.example/{i}/").into_bytes();
		uri.resize(bound::<<Runtime as pallet_sibyl_models::Config>::MaxUriLen>(), b'u');
		uri
	};
	let spec = ModelSpec {
		name: vec![b'n'; bound::<<Runtime as pallet_sibyl_models::Config>::MaxNameLen>()],
		// A file hash of its own, whatever the registry holds already.
		sha256: BlakeTwo256::hash_of(&(b"sibyl-benchmark", model)).0,
		size_bytes: 1 << 30,
		quantization: vec![b'Q'; bound::<<Runtime as pallet_sibyl_models::Config>::MaxQuantizationLen>()],
		context_length: <Runtime as pallet_sibyl_models::Config>::MaxContextLength::get(),
		chat_template: vec![
			b't';
			bound::<<Runtime as pallet_sibyl_models::Config>::MaxChatTemplateLen>()
		],
		license: vec![b'l'; bound::<<Runtime as pallet_sibyl_models::Config>::MaxLicenseLen>()],
		uris: (0..bound::<<Runtime as pallet_sibyl_models::Config>::MaxUris>() as u32).map(uri).collect(),
		royalty: pallet_sibyl_models::Parameters::<Runtime>::get().max_royalty,
		price_floor: 1,
		compute_weights: ComputeWeights { prompt_token: 1, completion_token: 2 },
	};
	Models::register(RuntimeOrigin::signed(source), spec)
		.expect("a valid model from a funded source registers");
	model
}

/// A NATS subject of `MaxSubjectLen` bytes naming `who`.
fn subject(who: &AccountId) -> Vec<u8> {
	const HEX: &[u8; 16] = b"0123456789abcdef";
	let mut subject = b"sibyl.bench.".to_vec();
	let hex = |b: &u8| [HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]];
	subject.extend(who.encode().iter().flat_map(hex));
	subject.resize(bound::<<Runtime as pallet_sibyl_stakes::Config>::MaxSubjectLen>(), b's');
	subject
}

/// Funds `who` and registers it as a supplier of `model` with the minimum bond.
pub(crate) fn register_supplier(who: &AccountId, model: ModelId) {
	fund(who);
	let stake = pallet_sibyl_stakes::Parameters::<Runtime>::get().min_supplier_stake.max(UNIT);
	Stakes::register_supplier(
		RuntimeOrigin::signed(who.clone()),
		stake,
		vec![model],
		subject(who),
		CAPACITY_TPS,
		DeviceClass::Single,
	)
	.expect("a funded account with a valid service registers");
}
