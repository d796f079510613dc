//! Benchmarks of the relay-mining pallet's calls and hooks, each in its worst case. Claims and
//! proofs are real: a supplier drawn for the session among as many candidates and into as large
//! a set as the sessions allow, relays signed with sr25519 keys of the benchmark keystore by the
//! gateway and the supplier, a gateway the application delegated to last of as many as it may,
//! and sum trees whose proven branch is as deep as a key has bits.

use super::*;
use alloc::vec::Vec;
use polkadot_sdk::{
	frame_benchmarking::v2::*,
	frame_system::{self, RawOrigin},
	sp_core::{crypto::KeyTypeId, sr25519},
	sp_io::{
		crypto::{sr25519_generate, sr25519_sign},
		hashing::blake2_256,
	},
};
use sibyl_primitives::relay::{
	RelayEnvelope, RelayLeaf, ResponseMetadata, SamplingParams, ENVELOPE_DOMAIN, RESPONSE_DOMAIN,
};
use sum_tree::{key_bit, path_target};

/// Sets up, for the benchmarks, the state other pallets own.
pub trait BenchmarkHelper<T: Config> {
	/// The most models that can be servable at once.
	fn max_models() -> u32;
	/// Makes `count` models servable, with compute weights and a context, and returns them.
	/// Their records should be as large as the registry allows: proofs and difficulty updates
	/// read them.
	fn servable_models(count: u32) -> Vec<ModelId>;
	/// Registers `who` (funded as needed) as an active supplier of `model` with a bond that a
	/// missing proof can be slashed from.
	fn register_supplier(who: &T::AccountId, model: ModelId);
	/// Registers `gateway` as a gateway and `app` as an application that delegates to it, last
	/// of as many gateways as an application may delegate to, from the current session on.
	fn delegate(app: &T::AccountId, gateway: &T::AccountId);
	/// Runs a session in which `supplier`, registered for `model`, is drawn for (`app`,
	/// `model`) among as many candidates and into as large a set as sessions allow, then ends
	/// it; returns it (it is the last ended session, still kept).
	fn draw_supplier(supplier: &T::AccountId, app: &T::AccountId, model: ModelId) -> SessionId;
	/// Ends sessions until at least `count` ended sessions are still kept; returns the session
	/// in progress.
	fn end_sessions(count: u32) -> SessionId;
}

const SEED: u32 = 0;

/// Keys the benchmark relays are signed with.
const KEY_TYPE: KeyTypeId = KeyTypeId(*b"sbrm");

/// Sessions `on_initialize` looks at in one block.
const SESSIONS_PER_BLOCK: u64 = 8;

/// Mining probability of the benchmark sessions: below 1, so that it is read from storage, yet
/// mining practically every relay.
const PROBABILITY: u128 = ALL_MINED - 1;

/// A new sr25519 key in the benchmark keystore and its account.
fn key() -> (sr25519::Public, AccountId32) {
	let public = sr25519_generate(KEY_TYPE, None);
	(public, AccountId32::new(public.0))
}

fn sign(signer: &sr25519::Public, domain: &[u8], payload: &[u8]) -> [u8; 64] {
	let message = [domain, payload].concat();
	sr25519_sign(KEY_TYPE, signer, &message).expect("the key is in the keystore; qed").0
}

/// A supplier drawn in an ended session, the gateway the application delegated to, and their
/// keys.
struct Drawn {
	session: SessionId,
	model: ModelId,
	app: AccountId32,
	supplier: (sr25519::Public, AccountId32),
	gateway: (sr25519::Public, AccountId32),
}

fn drawn<T: Config>() -> Drawn {
	let supplier = key();
	let gateway = key();
	let app: AccountId32 = account("app", 0, SEED);
	let model = T::BenchmarkHelper::servable_models(1)[0];
	T::BenchmarkHelper::register_supplier(&supplier.1, model);
	T::BenchmarkHelper::delegate(&app, &gateway.1);
	let session = T::BenchmarkHelper::draw_supplier(&supplier.1, &app, model);
	assert!(T::Sessions::is_session_supplier(session, &app, model, &supplier.1));
	assert!(T::Stakes::is_delegated(&app, &gateway.1, session));
	// The most paths a claim can be asked to open.
	Parameters::<T>::mutate(|p| {
		p.base_paths = 1;
		p.max_paths = T::MaxProofPaths::get();
	});
	SessionProbability::<T>::insert(session, model, PROBABILITY);
	Drawn { session, model, app, supplier, gateway }
}

/// A relay of `drawn`'s claim using all of the model's context, mined, and signed by the
/// gateway and the supplier; with its leaf's key and weight.
fn relay<T: Config>(drawn: &Drawn) -> (CompactRelay, [u8; 32], u64) {
	let weights = T::Models::compute_weights(drawn.model).expect("servable; qed");
	let context = T::Models::context_length(drawn.model).expect("servable; qed");
	// Every token of the context at the heavier weight: the most compute units a relay has.
	let (prompt, completion) = if weights.1 >= weights.0 { (0, context) } else { (context, 0) };
	let sampling = SamplingParams {
		max_tokens: completion,
		temperature_milli: u32::MAX,
		top_p_milli: u32::MAX,
		seed: Some(u64::MAX),
	};
	for nonce in (0..u64::MAX).rev() {
		let envelope = RelayEnvelope {
			session: drawn.session,
			app: drawn.app.clone(),
			gateway: drawn.gateway.1.clone(),
			supplier: drawn.supplier.1.clone(),
			model: drawn.model,
			request_hash: blake2_256(b"request"),
			prompt_tokens: prompt,
			sampling: sampling.clone(),
			nonce,
		}
		.encode();
		let response = ResponseMetadata {
			request_hash: blake2_256(b"request"),
			response_hash: blake2_256(b"response"),
			prompt_tokens: prompt,
			completion_tokens: completion,
		}
		.encode();
		let leaf = RelayLeaf {
			envelope_signature: sign(&drawn.gateway.0, ENVELOPE_DOMAIN, &envelope),
			response_signature: sign(&drawn.supplier.0, RESPONSE_DOMAIN, &response),
			envelope,
			response,
		};
		let key = leaf.mining_key();
		if !is_mined(&key, PROBABILITY) {
			continue;
		}
		let relay = CompactRelay::try_from(&leaf).expect("payloads decode; qed");
		let weight = relay.paid_compute_units(weights, context).expect("within the context; qed");
		return (relay, key, weight);
	}
	unreachable!("a key among the first few is mined; qed")
}

/// The siblings of a leaf at the deepest a branch goes: one non-empty sibling of the least
/// weight (a single leaf of weight 1) at every depth.
fn padding() -> Vec<NodeSummary> {
	(0u32..256)
		.map(|d| NodeSummary { hash: blake2_256(&d.to_le_bytes()), sum: 1, count: 1 })
		.collect()
}

/// The root of the tree in which `leaf` (keyed `key`) sits below `siblings`.
fn root_of(key: &[u8; 32], leaf: &NodeSummary, siblings: &[NodeSummary]) -> NodeSummary {
	(0..siblings.len()).rev().fold(*leaf, |node, d| {
		if key_bit(key, d) {
			NodeSummary::inner(&siblings[d], &node)
		} else {
			NodeSummary::inner(&node, &siblings[d])
		}
		.expect("sums of a few relays do not overflow; qed")
	})
}

/// A seed under which every one of `paths` paths of the tree `root` walks to the leaf keyed
/// `key` of weight `weight`, beside `siblings`: in weight order it comes after the siblings on
/// its left. Found by trying seeds, as the leaf holds most of the tree's weight.
fn seed_for(
	root: &NodeSummary,
	key: &[u8; 32],
	weight: u64,
	siblings: &[NodeSummary],
	paths: u32,
) -> [u8; 32] {
	let before: u64 =
		(0..siblings.len()).filter(|&d| key_bit(key, d)).map(|d| siblings[d].sum).sum();
	(0u32..1_000_000)
		.map(|i| blake2_256(&i.to_le_bytes()))
		.find(|seed| {
			(0..paths).all(|i| {
				path_target(seed, i, root.sum).is_some_and(|r| r >= before && r < before + weight)
			})
		})
		.expect("the leaf outweighs its siblings; qed")
}

fn assert_last_event<T: Config>(event: Event<T>)
where
	T::RuntimeEvent: From<Event<T>>,
{
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

#[benchmarks(where T::RuntimeEvent: From<Event<T>>)]
mod benchmarks {
	use super::*;

	// A claim in the last block of its window by a supplier drawn among the most candidates,
	// for a priced model whose mining probability is stored, worth enough against the slash
	// that backs it to need the most paths: every read `submit_claim` makes, and the longest
	// path count.
	#[benchmark]
	fn submit_claim() {
		let drawn = drawn::<T>();
		Parameters::<T>::mutate(|p| p.missing_proof_slash = Perbill::from_parts(1));
		let params = Parameters::<T>::get();
		let (_, close, _) = Pallet::<T>::windows(drawn.session, &params).expect("ended and kept; qed");
		frame_system::Pallet::<T>::set_block_number(close - 1u32.into());
		let supplier = drawn.supplier.1.clone();
		ClaimCount::<T>::insert(drawn.session, T::MaxClaimsPerSession::get() - 1);
		SupplierClaims::<T>::insert(drawn.session, &supplier, T::MaxClaimsPerSupplier::get() - 1);
		let root = NodeSummary { hash: [7; 32], sum: u64::MAX, count: u64::MAX };
		let key = (supplier.clone(), drawn.app.clone(), drawn.model);

		#[extrinsic_call]
		_(RawOrigin::Signed(supplier.clone()), drawn.session, drawn.app.clone(), drawn.model, root);

		let claim = Claims::<T>::get(drawn.session, &key).expect("claimed");
		assert_eq!(claim.paths, T::MaxProofPaths::get());
		assert_eq!(ClaimCount::<T>::get(drawn.session), T::MaxClaimsPerSession::get());
		assert_last_event::<T>(Event::Claimed {
			session: drawn.session,
			supplier,
			app: drawn.app,
			model: drawn.model,
			root,
			paths: T::MaxProofPaths::get(),
		});
	}

	// `p` is the weight's `paths`. Every path opens the same relay, a leaf below 256 siblings
	// (as deep as a branch goes), every path after the first joined from the one before: what
	// a path costs (256 hashes up the branch, the walk, both signatures, the delegation and
	// the supplier-set draw) is what it costs for any relay.
	#[benchmark]
	fn submit_proof(p: Linear<1, { T::MaxProofPaths::get() }>) {
		let drawn = drawn::<T>();
		let (relay, key, weight) = relay::<T>(&drawn);
		let supplier = drawn.supplier.1.clone();
		let leaf = relay.expand(drawn.session, &drawn.app, &supplier, drawn.model);
		let node = NodeSummary::leaf(&key, &leaf.encode(), weight);
		let siblings = padding();
		let root = root_of(&key, &node, &siblings);
		let seed = seed_for(&root, &key, weight, &siblings, p);
		let params = Parameters::<T>::get();
		let (_, open, _) = Pallet::<T>::windows(drawn.session, &params).expect("ended and kept; qed");
		frame_system::Pallet::<T>::set_block_number(open);
		ProofSeeds::<T>::insert(drawn.session, seed);
		let claim_key = (supplier.clone(), drawn.app.clone(), drawn.model);
		Claims::<T>::insert(
			drawn.session,
			&claim_key,
			Claim { root, claimed_at: open - 1u32.into(), proven: false, paths: p },
		);
		let proofs: Vec<PathProof> = (0..p)
			.map(|i| PathProof {
				relay: relay.clone(),
				siblings: if i == 0 { siblings.iter().map(Into::into).collect() } else { Vec::new() },
			})
			.collect();

		#[extrinsic_call]
		_(RawOrigin::Signed(supplier.clone()), drawn.session, drawn.app.clone(), drawn.model, proofs);

		assert!(Claims::<T>::get(drawn.session, &claim_key).expect("kept").proven);
		frame_system::Pallet::<T>::assert_has_event(
			Event::<T>::ClaimProven {
				session: drawn.session,
				supplier,
				app: drawn.app,
				model: drawn.model,
				estimated_cu: estimate(root.sum, PROBABILITY),
			}
			.into(),
		);
	}

	#[benchmark]
	fn set_parameters() -> Result<(), BenchmarkError> {
		let origin = T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let parameters = MiningParameters {
			claim_delay: 2u32.into(),
			claim_window: 5u32.into(),
			proof_window: 6u32.into(),
			base_paths: 1,
			max_paths: T::MaxProofPaths::get(),
			missing_proof_slash: Perbill::from_percent(10),
			target_relays: 20_000,
			difficulty_smoothing: Permill::from_percent(30),
		};

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, parameters.clone());

		assert_eq!(Parameters::<T>::get(), parameters);
		assert_last_event::<T>(Event::ParametersSet { parameters });
		Ok(())
	}

	// All the sessions `on_initialize` looks at in a block are ended and kept, and each one's
	// claim window closes now: every one's bounds are read and its proof seed drawn, and no
	// proof window has closed, so nothing else (which `close_session` charges) happens.
	#[benchmark]
	fn on_initialize_idle() {
		let current = T::BenchmarkHelper::end_sessions(SESSIONS_PER_BLOCK as u32);
		let first = current - SESSIONS_PER_BLOCK;
		Parameters::<T>::mutate(|p| {
			p.claim_delay = 0u32.into();
			p.claim_window = 1u32.into();
			p.proof_window = 1_000_000u32.into();
		});
		NextToClose::<T>::put(first);
		let params = Parameters::<T>::get();
		let windows: Vec<_> = (first..current)
			.map(|s| Pallet::<T>::windows(s, &params).expect("ended and kept; qed"))
			.collect();
		let now = windows.iter().map(|(_, close, _)| *close).max().expect("eight sessions; qed");
		assert!(windows.iter().all(|(_, _, proofs_close)| now < *proofs_close));
		frame_system::Pallet::<T>::set_block_number(now);

		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}

		assert!((first..current).all(|s| ProofSeeds::<T>::contains_key(s)));
		assert_eq!(NextToClose::<T>::get(), first);
	}

	// `c` is the weight's `claims`: as many unproven claims, each of its own supplier, voided
	// and slashed; then the session has none left and its storage is dropped, with a mining
	// probability per claim.
	#[benchmark]
	fn close_session(c: Linear<0, { T::MaxClosesPerBlock::get() }>) {
		let session: SessionId = 1;
		let model = T::BenchmarkHelper::servable_models(1)[0];
		let app: AccountId32 = account("app", 0, SEED);
		let mut suppliers = Vec::new();
		for i in 0..c {
			let supplier: AccountId32 = account("supplier", i, SEED);
			T::BenchmarkHelper::register_supplier(&supplier, model);
			let root = NodeSummary { hash: [7; 32], sum: 1, count: 1 };
			let claim = Claim { root, claimed_at: 0u32.into(), proven: false, paths: 1 };
			Claims::<T>::insert(session, (supplier.clone(), app.clone(), model), claim);
			SupplierClaims::<T>::insert(session, &supplier, 1);
			SessionProbability::<T>::insert(session, i, PROBABILITY);
			let stake = T::Stakes::active_stake(&supplier, Role::Supplier);
			suppliers.push((supplier, stake));
		}
		ClaimCount::<T>::insert(session, c);
		ProofSeeds::<T>::insert(session, [1; 32]);
		let params = Parameters::<T>::get();
		let done;

		#[block]
		{
			done = Pallet::<T>::close_session(session, &params).0;
		}

		assert!(done);
		assert_eq!(Claims::<T>::iter_prefix(session).count(), 0);
		assert!(!ProofSeeds::<T>::contains_key(session));
		assert_eq!(SessionProbability::<T>::iter_prefix(session).count(), 0);
		for (supplier, stake) in suppliers {
			let left: u128 = T::Stakes::active_stake(&supplier, Role::Supplier).into();
			assert!(left < stake.into());
		}
	}

	// `m` is the weight's `models`: each has a difficulty and relays estimated this session,
	// so each takes the EMA branch and gets a stored probability below 1.
	#[benchmark]
	fn update_difficulty(m: Linear<0, { T::BenchmarkHelper::max_models() }>) {
		let models = T::BenchmarkHelper::servable_models(m);
		for &model in &models {
			let difficulty = Difficulty { estimated_relays: 1 << 40, probability: 1 << 30 };
			Difficulties::<T>::insert(model, difficulty);
			EstimatedRelays::<T>::insert(model, 1u128 << 40);
		}
		let session: SessionId = 1;

		#[block]
		{
			Pallet::<T>::update_difficulty(session);
		}

		for &model in &models {
			assert!(SessionProbability::<T>::get(session, model).is_some_and(|p| p < ALL_MINED));
			assert_eq!(EstimatedRelays::<T>::get(model), 0);
		}
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
