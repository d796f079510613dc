//! A runtime for the relay-mining pallet's tests: System, Balances, the real Stakes and Sessions
//! pallets (so delegation, session membership and slashing are the real ones) and RelayMining,
//! with sr25519 accounts so relays are really signed. Stand-ins: the model registry (model 0,
//! 1 CU per prompt token and 2 per completion token), reputation (none yet) and randomness.
//!
//! Also a small reference sum tree that builds roots and proofs the way the supplier's relay
//! miner does, and helpers that sign relays as a gateway and a supplier would.

use crate as pallet_sibyl_relay_mining;
use crate::{sum_tree::{key_bit, path_target, NodeSummary}, PathProof};
use sibyl_primitives::relay::CompactRelay;
use codec::Encode;
use core::cell::RefCell;
#[cfg(feature = "runtime-benchmarks")]
use polkadot_sdk::frame_support::traits::Hooks;
use polkadot_sdk::{
	frame_support::{
		derive_impl, parameter_types,
		traits::{tokens::imbalance::ResolveTo, ConstU32},
	},
	frame_system::{self, EnsureRoot},
	pallet_balances, sp_io,
	sp_core::{sr25519, Pair},
	sp_io::hashing::blake2_256,
	sp_runtime::{traits::IdentityLookup, AccountId32, BuildStorage, Perbill, Permill},
};
use sibyl_pallet_testing::{MockReputation, ModelSpec, Recorder, SeededRandomness};
use sibyl_primitives::{
	relay::{RelayEnvelope, RelayLeaf, ResponseMetadata, SamplingParams, ENVELOPE_DOMAIN, RESPONSE_DOMAIN},
	ProvenClaim, SessionId,
};
#[cfg(feature = "runtime-benchmarks")]
use sibyl_primitives::ModelId;

#[polkadot_sdk::frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeHoldReason,
		RuntimeFreezeReason,
		RuntimeTask
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(2)]
	pub type Stakes = pallet_sibyl_stakes;
	#[runtime::pallet_index(3)]
	pub type Sessions = pallet_sibyl_sessions;
	#[runtime::pallet_index(4)]
	pub type RelayMining = pallet_sibyl_relay_mining;
}

sibyl_pallet_testing::impl_system_and_balances!(Test;
	type AccountId = AccountId32;
	type Lookup = IdentityLookup<AccountId32>;
);

/// Model 0: 1 CU per prompt token, 2 per completion token, a context of 100 tokens.
pub struct Model0;
impl ModelSpec for Model0 {
	fn servable() -> u32 {
		1
	}
	const CONTEXT_LENGTH: u32 = 100;
}
pub type MockModels = sibyl_pallet_testing::MockModels<Model0>;

/// Nobody evaluated yet, but for the suppliers the Sessions pallet's benchmark helper rates zero.
pub type NoReputation = MockReputation;

parameter_types! {
	pub const Treasury: AccountId32 = AccountId32::new([99u8; 32]);
}

#[derive_impl(pallet_sibyl_stakes::config_preludes::TestDefaultConfig)]
impl pallet_sibyl_stakes::Config for Test {
	type Currency = Balances;
	type Models = MockModels;
	type AdminOrigin = EnsureRoot<AccountId32>;
	type OnSlash = ResolveTo<Treasury, Balances>;
	type Sessions = Sessions;
}

/// Every session's price of model 0 per 1k CU: 100 unless a test sets another (`None`: unpriced).
pub type MockPrices = sibyl_pallet_testing::MockPrices<MockModels>;

/// Randomness that depends on the subject and the block number.
pub type MockRandomness = SeededRandomness<Test>;

impl pallet_sibyl_sessions::Config for Test {
	type Balance = u64;
	type Stakes = Stakes;
	type Reputation = NoReputation;
	type Models = MockModels;
	type Randomness = MockRandomness;
	type OnSessionStart = RelayMining;
	type AdminOrigin = EnsureRoot<AccountId32>;
	type MaxCandidates = ConstU32<8>;
	type MaxSuppliersPerSession = ConstU32<4>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

/// Records the claims settlement would be told of.
pub type RecordProven = Recorder<ProvenClaim<AccountId32>>;

impl pallet_sibyl_relay_mining::Config for Test {
	type Balance = u64;
	type Stakes = Stakes;
	type Slash = Stakes;
	type Sessions = Sessions;
	type Models = MockModels;
	type Prices = MockPrices;
	type Randomness = MockRandomness;
	type OnClaimProven = RecordProven;
	type AdminOrigin = EnsureRoot<AccountId32>;
	type MaxProofPaths = ConstU32<8>;
	type MaxClaimsPerSession = ConstU32<16>;
	type MaxClaimsPerSupplier = ConstU32<1>;
	type MaxClosesPerBlock = ConstU32<1>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BenchmarkHelper;
}

#[cfg(feature = "runtime-benchmarks")]
use polkadot_sdk::frame_support::traits::{fungible::Mutate, Get};

/// Model 0 only; accounts funded as they register; sessions run by the Sessions pallet alone.
#[cfg(feature = "runtime-benchmarks")]
pub struct BenchmarkHelper;
#[cfg(feature = "runtime-benchmarks")]
impl BenchmarkHelper {
	fn fund(who: &AccountId32) {
		Balances::set_balance(who, 1_000_000_000);
	}

	/// Runs the Sessions pallet alone until `session` is in progress.
	fn run_to_session(session: SessionId) {
		while pallet_sibyl_sessions::CurrentSession::<Test>::get() < session {
			let next = System::block_number() + 1;
			System::set_block_number(next);
			Sessions::on_initialize(next);
		}
	}
}
/// The Sessions pallet's benchmarks on this runtime: model 0, suppliers from account [0xa0; 32]
/// on.
#[cfg(feature = "runtime-benchmarks")]
impl pallet_sibyl_sessions::benchmarking::BenchmarkHelper<Test> for BenchmarkHelper {
	fn max_suppliers() -> u32 {
		<Test as pallet_sibyl_stakes::Config>::MaxSuppliers::get()
	}
	fn max_models_per_supplier() -> u32 {
		<Test as pallet_sibyl_stakes::Config>::MaxModelsPerSupplier::get()
	}
	fn max_models() -> u32 {
		1
	}
	fn servable_models(count: u32) -> Vec<ModelId> {
		(0..count).collect()
	}
	fn register_supplier(index: u32, models: Vec<ModelId>, weighted: bool) -> AccountId32 {
		let mut raw = [0xa0; 32];
		raw[..4].copy_from_slice(&index.to_le_bytes());
		let who = AccountId32::new(raw);
		Self::fund(&who);
		polkadot_sdk::frame_support::assert_ok!(Stakes::register_supplier(
			RuntimeOrigin::signed(who.clone()),
			SUPPLIER_STAKE,
			models,
			b"sibyl.s.bench".to_vec(),
			50,
			pallet_sibyl_stakes::DeviceClass::Single,
		));
		if weighted {
			MockReputation::remove(&who);
		} else {
			MockReputation::set(&who, Permill::zero());
		}
		who
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::benchmarking::BenchmarkHelper<Test> for BenchmarkHelper {
	fn max_models() -> u32 {
		1
	}
	fn servable_models(count: u32) -> Vec<ModelId> {
		(0..count).collect()
	}
	fn register_supplier(who: &AccountId32, model: ModelId) {
		Self::fund(who);
		polkadot_sdk::frame_support::assert_ok!(Stakes::register_supplier(
			RuntimeOrigin::signed(who.clone()),
			SUPPLIER_STAKE,
			vec![model],
			b"sibyl.s.bench".to_vec(),
			50,
			pallet_sibyl_stakes::DeviceClass::Single,
		));
	}
	fn delegate(app: &AccountId32, gateway: &AccountId32) {
		let max = <Test as pallet_sibyl_stakes::Config>::MaxDelegations::get();
		let mut gateways: Vec<AccountId32> =
			(1..max).map(|i| AccountId32::new([0x60 + i as u8; 32])).collect();
		gateways.push(gateway.clone());
		for who in &gateways {
			Self::fund(who);
			polkadot_sdk::frame_support::assert_ok!(Stakes::register_gateway(
				RuntimeOrigin::signed(who.clone()),
				1_000,
				b"https://gw.example".to_vec()
			));
		}
		Self::fund(app);
		polkadot_sdk::frame_support::assert_ok!(Stakes::register_application(
			RuntimeOrigin::signed(app.clone()),
			10_000,
			gateways,
			5_000
		));
	}
	fn draw_supplier(supplier: &AccountId32, app: &AccountId32, model: ModelId) -> SessionId {
		// Outweighed candidates fill the list; the supplier's bond makes it all but certain to
		// be drawn first.
		for i in 0..<Test as pallet_sibyl_sessions::Config>::MaxCandidates::get() {
			let who = AccountId32::new([0x80 + i as u8; 32]);
			if !pallet_sibyl_stakes::Suppliers::<Test>::contains_key(&who) {
				Self::register_supplier(&who, model);
			}
		}
		polkadot_sdk::frame_support::assert_ok!(Stakes::bond_extra(
			RuntimeOrigin::signed(supplier.clone()),
			sibyl_primitives::Role::Supplier,
			100_000_000,
		));
		pallet_sibyl_sessions::Parameters::<Test>::mutate(|p| {
			p.suppliers_per_session =
				<Test as pallet_sibyl_sessions::Config>::MaxSuppliersPerSession::get();
		});
		loop {
			let session = pallet_sibyl_sessions::CurrentSession::<Test>::get() + 1;
			Self::run_to_session(session + 1);
			if Sessions::session_suppliers(session, app, model).contains(supplier) {
				return session;
			}
		}
	}
	fn end_sessions(count: u32) -> SessionId {
		pallet_sibyl_sessions::Parameters::<Test>::mutate(|p| {
			p.retained_sessions = p.retained_sessions.max(count);
		});
		let current = pallet_sibyl_sessions::CurrentSession::<Test>::get();
		Self::run_to_session(current + u64::from(count));
		current + u64::from(count)
	}
}

thread_local! {
	static PAIRS: RefCell<std::collections::BTreeMap<String, sr25519::Pair>> = const { RefCell::new(std::collections::BTreeMap::new()) };
}

/// The development key `//name`, derived once per test thread (derivation is slow unoptimized).
pub fn pair(name: &str) -> sr25519::Pair {
	PAIRS.with(|pairs| {
		pairs
			.borrow_mut()
			.entry(name.to_string())
			.or_insert_with(|| sr25519::Pair::from_string(&format!("//{name}"), None).unwrap())
			.clone()
	})
}
pub fn account(name: &str) -> AccountId32 {
	AccountId32::from(pair(name).public())
}
pub fn app() -> AccountId32 {
	account("App")
}
pub fn gateway() -> AccountId32 {
	account("Gateway")
}
pub fn supplier() -> AccountId32 {
	account("Supplier")
}
/// A registered supplier who is not drawn for the app (sets are of 1 in these tests, see
/// [`new_test_ext`]) or is, depending on the draw: tests check which.
pub fn other_supplier() -> AccountId32 {
	account("OtherSupplier")
}
pub fn outsider() -> AccountId32 {
	account("Outsider")
}
/// A second application, delegating to the gateway too.
pub fn second_app() -> AccountId32 {
	account("App2")
}

pub const SUPPLIER_STAKE: u64 = 10_000;
pub const SESSION_LENGTH: u64 = 10;

/// Sessions of 10 blocks with sets of 2 (both suppliers); claim window blocks 1–3 after a
/// session's end, proof window the 4 after; 2 paths while a claim is worth no more than the
/// 1_000 a missing proof costs (10% of the 10_000 bond), at most 6; a price of 100 per 1k CU;
/// difficulty aims at 100 mined relays, EMA weight 50%.
/// Session 0 starts in block 1; the app delegates to the gateway; both suppliers serve model 0.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	let funded = ["App", "App2", "Gateway", "Supplier", "OtherSupplier", "Outsider"];
	let mut balances: Vec<(AccountId32, u64)> = funded.iter().map(|n| (account(n), 1_000_000)).collect();
	balances.push((Treasury::get(), 1));
	pallet_balances::GenesisConfig::<Test> { balances, ..Default::default() }
		.assimilate_storage(&mut t)
		.unwrap();
	pallet_sibyl_stakes::GenesisConfig::<Test> {
		parameters: pallet_sibyl_stakes::StakeParameters {
			min_supplier_stake: 1_000,
			min_validator_stake: 1,
			min_gateway_stake: 1,
			min_application_deposit: 1,
			unbonding_period: 10,
		},
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_sibyl_sessions::GenesisConfig::<Test> {
		parameters: pallet_sibyl_sessions::SessionParameters {
			session_length: SESSION_LENGTH,
			suppliers_per_session: 2,
			unrated_reputation: Permill::from_percent(50),
			retained_sessions: 4,
		},
	}
	.assimilate_storage(&mut t)
	.unwrap();
	pallet_sibyl_relay_mining::GenesisConfig::<Test> {
		parameters: crate::MiningParameters {
			claim_delay: 1,
			claim_window: 3,
			proof_window: 4,
			base_paths: 2,
			max_paths: 6,
			missing_proof_slash: Perbill::from_percent(10),
			target_relays: 100,
			difficulty_smoothing: Permill::from_percent(50),
		},
	}
	.assimilate_storage(&mut t)
	.unwrap();
	sibyl_pallet_testing::reset();
	MockPrices::set(Some(100));
	let mut ext = sp_io::TestExternalities::new(t);
	// Benchmarks sign relays with keys of their own.
	#[cfg(feature = "runtime-benchmarks")]
	ext.register_extension(polkadot_sdk::sp_keystore::KeystoreExt::new(
		polkadot_sdk::sp_keystore::testing::MemoryKeystore::new(),
	));
	ext.execute_with(|| {
		System::set_block_number(0);
		use polkadot_sdk::frame_support::assert_ok;
		for (who, subject) in [(supplier(), "sibyl.s.one"), (other_supplier(), "sibyl.s.two")] {
			assert_ok!(Stakes::register_supplier(
				RuntimeOrigin::signed(who),
				SUPPLIER_STAKE,
				vec![0],
				subject.as_bytes().to_vec(),
				50,
				pallet_sibyl_stakes::DeviceClass::Single,
			));
		}
		assert_ok!(Stakes::register_gateway(
			RuntimeOrigin::signed(gateway()),
			1_000,
			b"https://gw.example".to_vec()
		));
		for who in [app(), second_app()] {
			assert_ok!(Stakes::register_application(
				RuntimeOrigin::signed(who),
				10_000,
				vec![gateway()],
				5_000
			));
		}
		run_to(1);
	});
	ext
}

/// Advances to block `n`, running Sessions' then RelayMining's `on_initialize` in each block.
pub fn run_to(n: u64) {
	sibyl_pallet_testing::run_to::<Test, (Sessions, RelayMining)>(n);
}

/// Runs `test` on [`new_test_ext`], then checks the pallet's invariants.
pub fn build_and_execute<R>(test: impl FnOnce() -> R) -> R {
	sibyl_pallet_testing::execute_and_check(new_test_ext(), RelayMining::do_try_state, test)
}

/// Signs a relay of `session` served by `supplier` for the app through the gateway, the
/// gateway having counted the prompt as the supplier did.
pub fn signed_relay(
	session: SessionId,
	supplier_name: &str,
	nonce: u64,
	prompt_tokens: u32,
	completion_tokens: u32,
) -> RelayLeaf {
	signed_relay_by("Gateway", session, supplier_name, nonce, (prompt_tokens, prompt_tokens), completion_tokens)
}

/// Signs a relay through the gateway `gateway_name`, which signed for `signed_prompt` prompt
/// tokens and `max_tokens` 64; the supplier reports `prompt` and `completion_tokens`.
pub fn signed_relay_by(
	gateway_name: &str,
	session: SessionId,
	supplier_name: &str,
	nonce: u64,
	(signed_prompt, prompt_tokens): (u32, u32),
	completion_tokens: u32,
) -> RelayLeaf {
	let envelope = RelayEnvelope {
		session,
		app: app(),
		gateway: account(gateway_name),
		supplier: account(supplier_name),
		model: 0,
		request_hash: blake2_256(&nonce.to_le_bytes()),
		prompt_tokens: signed_prompt,
		sampling: SamplingParams { max_tokens: 64, temperature_milli: 0, top_p_milli: 1000, seed: None },
		nonce,
	};
	let response = ResponseMetadata {
		request_hash: envelope.request_hash,
		response_hash: blake2_256(b"output"),
		prompt_tokens,
		completion_tokens,
	};
	sign_leaf(envelope.encode(), response.encode(), &pair(gateway_name), &pair(supplier_name))
}

/// Signs the two payloads as `gateway` and `supplier` would.
pub fn sign_leaf(envelope: Vec<u8>, response: Vec<u8>, gateway: &sr25519::Pair, supplier: &sr25519::Pair) -> RelayLeaf {
	let sign = |pair: &sr25519::Pair, domain: &[u8], payload: &[u8]| {
		let mut message = domain.to_vec();
		message.extend_from_slice(payload);
		pair.sign(&message).0
	};
	RelayLeaf {
		envelope_signature: sign(gateway, ENVELOPE_DOMAIN, &envelope),
		response_signature: sign(supplier, RESPONSE_DOMAIN, &response),
		envelope,
		response,
	}
}

/// A reference compact sparse Merkle sum tree over (key, value, weight) leaves.
pub struct RefTree {
	leaves: Vec<([u8; 32], Vec<u8>, u64)>,
}

impl RefTree {
	/// A tree of relay leaves keyed by their mining key, weighted by `weight(leaf)`.
	pub fn of_relays(relays: &[(RelayLeaf, u64)]) -> Self {
		let mut leaves: Vec<_> = relays
			.iter()
			.map(|(leaf, weight)| (blake2_256(&leaf.envelope), leaf.encode(), *weight))
			.collect();
		leaves.sort_by(|a, b| a.0.cmp(&b.0));
		Self { leaves }
	}

	pub fn root(&self) -> NodeSummary {
		Self::node(&self.leaves, 0)
	}

	fn node(leaves: &[([u8; 32], Vec<u8>, u64)], depth: usize) -> NodeSummary {
		match leaves {
			[] => NodeSummary::default(),
			[(key, value, weight)] => NodeSummary::leaf(key, value, *weight),
			_ => {
				let split = leaves.partition_point(|(k, _, _)| !key_bit(k, depth));
				NodeSummary::inner(
					&Self::node(&leaves[..split], depth + 1),
					&Self::node(&leaves[split..], depth + 1),
				)
				.unwrap()
			},
		}
	}

	/// The proof of path `index` under `seed` on its own (all its siblings): the weighted walk's
	/// leaf and its siblings.
	pub fn prove(&self, seed: &[u8; 32], index: u32) -> PathProof {
		self.prove_keyed(seed, index).1
	}

	/// [`Self::prove`] and the opened leaf's key.
	fn prove_keyed(&self, seed: &[u8; 32], index: u32) -> ([u8; 32], PathProof) {
		let mut r = path_target(seed, index, self.root().sum).unwrap();
		let (mut range, mut depth, mut siblings) = (&self.leaves[..], 0usize, Vec::new());
		while range.len() > 1 {
			let split = range.partition_point(|(k, _, _)| !key_bit(k, depth));
			let (left, right) = (&range[..split], &range[split..]);
			let left_sum = Self::node(left, depth + 1).sum;
			if r < left_sum {
				siblings.push(Self::node(right, depth + 1));
				range = left;
			} else {
				r -= left_sum;
				siblings.push(Self::node(left, depth + 1));
				range = right;
			}
			depth += 1;
		}
		let (key, value, _) = &range[0];
		let leaf: RelayLeaf = codec::Decode::decode(&mut &value[..]).expect("a relay leaf");
		let proof = PathProof {
			relay: CompactRelay::try_from(&leaf).expect("leaves with decodable payloads"),
			siblings: siblings.iter().map(Into::into).collect(),
		};
		(*key, proof)
	}

	/// A proof of paths `0..paths`, each path after the first without the siblings it shares
	/// with the one before (what `join_branch` fills back in).
	pub fn prove_all(&self, seed: &[u8; 32], paths: u32) -> Vec<PathProof> {
		let mut previous: Option<([u8; 32], usize)> = None;
		(0..paths)
			.map(|i| {
				let (key, mut proof) = self.prove_keyed(seed, i);
				let depth = proof.siblings.len();
				if let Some((previous_key, previous_depth)) = previous {
					let shared = (0..256)
						.find(|&d| key_bit(&key, d) != key_bit(&previous_key, d))
						.unwrap_or(256);
					proof.siblings.drain(..(shared + 1).min(previous_depth));
				}
				previous = Some((key, depth));
				proof
			})
			.collect()
	}
}
