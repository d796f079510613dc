//! Benchmarks of the Models pallet's calls and of its pruning hook, each in its worst case:
//! every metadata field as long as its bound allows (names in multi-byte UTF-8, which the
//! validation decodes the slow way), deposits that are really held and released, and a
//! retirement queue as long as the registry allows.

use super::*;
use polkadot_sdk::{
	frame_benchmarking::v2::*,
	frame_support::traits::{fungible::Mutate, Hooks},
	frame_system::RawOrigin,
	sp_runtime::traits::One,
};

const SEED: u32 = 0;

/// A sha256 that no other benchmark model has: `seed` in its first bytes, never all zeroes.
fn sha256(seed: u32) -> [u8; 32] {
	let mut hash = [0xab; 32];
	hash[..4].copy_from_slice(&seed.to_le_bytes());
	hash
}

/// Printable UTF-8 of exactly `len` bytes, two-byte characters but for an odd last byte.
fn text(len: u32) -> Vec<u8> {
	let mut bytes = "é".repeat(len as usize / 2).into_bytes();
	if len % 2 == 1 {
		bytes.push(b'a');
	}
	bytes
}

/// A fetch URI of exactly `len` bytes (at least the scheme's), with the scheme checked last.
fn uri(len: u32) -> Vec<u8> {
	let mut uri = b"file://".to_vec();
	uri.resize((len as usize).max(uri.len() + 1), b'a');
	uri
}

/// Every fetch URI the bounds allow, each as long as they allow.
fn uris<T: Config>() -> Vec<Vec<u8>> {
	(0..T::MaxUris::get()).map(|_| uri(T::MaxUriLen::get())).collect()
}

/// A spec with every field at its bound.
fn max_spec<T: Config>(seed: u32) -> ModelSpec<BalanceOf<T>> {
	ModelSpec {
		name: text(T::MaxNameLen::get()),
		sha256: sha256(seed),
		size_bytes: u64::MAX,
		quantization: b"Q".repeat(T::MaxQuantizationLen::get() as usize),
		context_length: T::MaxContextLength::get(),
		chat_template: text(T::MaxChatTemplateLen::get()),
		license: text(T::MaxLicenseLen::get()),
		uris: uris::<T>(),
		royalty: Parameters::<T>::get().max_royalty,
		price_floor: 1u32.into(),
		compute_weights: ComputeWeights { prompt_token: u32::MAX, completion_token: u32::MAX },
	}
}

/// A spec with every field as short as allowed.
fn min_spec<T: Config>(seed: u32) -> ModelSpec<BalanceOf<T>> {
	ModelSpec {
		name: b"m".to_vec(),
		sha256: sha256(seed),
		size_bytes: 1,
		quantization: b"Q".to_vec(),
		context_length: 1,
		chat_template: Vec::new(),
		license: b"l".to_vec(),
		uris: alloc::vec![uri(0)],
		royalty: Perbill::zero(),
		price_floor: 1u32.into(),
		compute_weights: ComputeWeights { prompt_token: 1, completion_token: 1 },
	}
}

/// Makes deposits non-zero, so that registering and updating really hold funds.
fn ensure_deposits<T: Config>() {
	Parameters::<T>::mutate(|p| {
		p.deposit_base = p.deposit_base.max(T::Currency::minimum_balance()).max(1u32.into());
		p.deposit_per_byte = p.deposit_per_byte.max(1u32.into());
	});
}

/// The caller, whitelisted like the signer of a transaction, with twice the deposit of the
/// largest model besides the existential deposit.
fn funded_owner<T: Config>() -> T::AccountId
where
	T::Currency: Mutate<T::AccountId>,
{
	let owner: T::AccountId = whitelisted_caller();
	let params = Parameters::<T>::get();
	let bytes: BalanceOf<T> = (ModelInfo::<T>::max_encoded_len() as u32).into();
	let deposit = params.deposit_base.saturating_add(params.deposit_per_byte.saturating_mul(bytes));
	let balance = T::Currency::minimum_balance().saturating_add(deposit.saturating_mul(2u32.into()));
	T::Currency::set_balance(&owner, balance);
	owner
}

/// Adds `count` retired models to the registry and the retirement queue, the first `due` of
/// them prunable at `now` and the others the block after.
fn add_retired<T: Config>(count: u32, due: u32, now: BlockNumberFor<T>) {
	let owner: T::AccountId = account("retired", 0, SEED);
	let mut queue = RetiredQueue::<T>::get();
	for i in 0..count {
		let id = NextModelId::<T>::get();
		let spec = min_spec::<T>(u32::MAX - id);
		let info = ModelInfo::<T> {
			owner: owner.clone(),
			name: spec.name.try_into().expect("one byte; qed"),
			sha256: spec.sha256,
			size_bytes: spec.size_bytes,
			quantization: spec.quantization.try_into().expect("one byte; qed"),
			context_length: spec.context_length,
			chat_template: Default::default(),
			license: spec.license.try_into().expect("one byte; qed"),
			uris: Default::default(),
			royalty: spec.royalty,
			price_floor: spec.price_floor,
			compute_weights: spec.compute_weights,
			deposit: Zero::zero(),
			status: ModelStatus::Retired,
			registered_at: now,
		};
		Registry::<T>::insert(id, info);
		let prune_at = if i < due { now } else { now.saturating_add(One::one()) };
		queue.try_push((id, prune_at)).expect("at most MaxModels; qed");
		ModelCount::<T>::mutate(|c| *c = c.saturating_add(1));
		NextModelId::<T>::put(id.saturating_add(1));
	}
	RetiredQueue::<T>::put(queue);
}

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

#[benchmarks(where T::Currency: Mutate<T::AccountId>)]
mod benchmarks {
	use super::*;

	// Every field at its bound: the longest validation, encoding and deposit.
	#[benchmark]
	fn register() {
		ensure_deposits::<T>();
		let owner = funded_owner::<T>();
		let spec = max_spec::<T>(0);
		let sha = spec.sha256;
		let id = NextModelId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), spec);

		let info = Registry::<T>::get(id).expect("registered");
		assert!(!info.deposit.is_zero());
		assert_eq!(ModelBySha256::<T>::get(sha), Some(id));
		assert_last_event::<T>(Event::ModelRegistered {
			model: id,
			owner,
			sha256: sha,
			deposit: info.deposit,
		});
	}

	// A model of the smallest metadata given the largest: every field replaced and validated,
	// and the deposit topped up.
	#[benchmark]
	fn update() {
		ensure_deposits::<T>();
		let owner = funded_owner::<T>();
		let id = NextModelId::<T>::get();
		Pallet::<T>::register(RawOrigin::Signed(owner.clone()).into(), min_spec::<T>(0))
			.expect("registers");
		let before = Registry::<T>::get(id).expect("registered").deposit;
		let changes = ModelUpdate {
			name: Some(text(T::MaxNameLen::get())),
			chat_template: Some(text(T::MaxChatTemplateLen::get())),
			license: Some(text(T::MaxLicenseLen::get())),
			uris: Some(uris::<T>()),
			royalty: Some(Parameters::<T>::get().max_royalty),
			price_floor: Some(2u32.into()),
		};

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id, changes);

		let deposit = Registry::<T>::get(id).expect("kept").deposit;
		assert!(deposit > before);
		assert_last_event::<T>(Event::ModelUpdated { model: id, deposit });
	}

	// The largest model retired into a queue that it fills: the queue read and written is as
	// long as the registry allows.
	#[benchmark]
	fn retire() {
		ensure_deposits::<T>();
		let owner = funded_owner::<T>();
		let id = NextModelId::<T>::get();
		let spec = max_spec::<T>(0);
		let sha = spec.sha256;
		Pallet::<T>::register(RawOrigin::Signed(owner.clone()).into(), spec).expect("registers");
		let now = frame_system::Pallet::<T>::block_number();
		let room = T::MaxModels::get().saturating_sub(ModelCount::<T>::get());
		add_retired::<T>(room, 0, now);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);

		assert_eq!(Registry::<T>::get(id).expect("kept").status, ModelStatus::Retired);
		assert!(!ModelBySha256::<T>::contains_key(sha));
		assert_eq!(RetiredQueue::<T>::get().len() as u32, T::MaxModels::get());
		// The benchmark CLI may run the call in a later block than the set-up: count from it.
		let prune_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::RetiredRetention::get());
		assert_last_event::<T>(Event::ModelRetired { model: id, by_governance: false, prune_at });
	}

	#[benchmark]
	fn set_parameters() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let parameters = ModelParameters {
			deposit_base: 1u32.into(),
			deposit_per_byte: 1u32.into(),
			max_royalty: Perbill::from_percent(10),
		};

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, parameters.clone());

		assert_eq!(Parameters::<T>::get(), parameters);
		assert_last_event::<T>(Event::ParametersSet { parameters });
		Ok(())
	}

	// `on_initialize` with a full retirement queue, of which `m` are due: the queue is decoded
	// whole, and re-encoded once models leave it. (`m` is the weight function's `models`: the
	// benchmark macro takes one-letter component names only.)
	#[benchmark]
	fn prune_retired(m: Linear<0, { T::MaxPrunedPerBlock::get().min(T::MaxModels::get()) }>) {
		let now = frame_system::Pallet::<T>::block_number().max(One::one());
		let room = T::MaxModels::get().saturating_sub(ModelCount::<T>::get());
		add_retired::<T>(room, m, now);
		let count = ModelCount::<T>::get();

		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}

		assert_eq!(ModelCount::<T>::get(), count - m);
		assert_eq!(RetiredQueue::<T>::get().len() as u32, count - m);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
