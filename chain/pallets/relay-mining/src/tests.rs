use crate::{
	estimate, is_mined, mock::*, sum_tree::NodeSummary, Claims, Difficulties, Error, Event,
	MiningParameters, ProofSeeds, SessionProbability, ALL_MINED,
};
use codec::Encode;
use polkadot_sdk::{
	frame_support::{assert_noop, assert_ok},
	sp_io::hashing::blake2_256,
	sp_runtime::{DispatchError, Perbill, Permill},
};
use sibyl_primitives::{relay::RelayLeaf, Role, StakeInspect};

// Session 0 runs blocks 1–10; its claim window is blocks 12–14, proofs 15–18, closed in 19.
const CLAIM_OPEN: u64 = 12;
const PROOF_OPEN: u64 = 15;
const CLOSE: u64 = 19;

fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::RelayMining(e) => Some(e),
			_ => None,
		})
		.collect()
}

/// `n` relays of session 0 by the supplier, 10 prompt and 20 completion tokens each (50 CU).
fn relays(session: u64, n: u64) -> Vec<(RelayLeaf, u64)> {
	(0..n).map(|i| (signed_relay(session, "Supplier", i, 10, 20), 50)).collect()
}

fn claim(tree: &RefTree) -> polkadot_sdk::frame_support::dispatch::DispatchResult {
	RelayMining::submit_claim(RuntimeOrigin::signed(supplier()), 0, app(), 0, tree.root())
}

fn seed() -> [u8; 32] {
	ProofSeeds::<Test>::get(0).expect("the proof seed is drawn when the claim window closes")
}

fn prove(proofs: Vec<crate::PathProof>) -> polkadot_sdk::frame_support::dispatch::DispatchResult {
	RelayMining::submit_proof(RuntimeOrigin::signed(supplier()), 0, app(), 0, proofs)
		.map(|_| ())
		.map_err(|e| e.error)
}

/// The paths session 0's claim must open, as fixed when it was claimed.
fn paths() -> u32 {
	Claims::<Test>::get(0, (supplier(), app(), 0)).expect("claimed").paths
}

#[test]
fn a_claim_proven_in_its_windows_is_settled() {
	build_and_execute(|| {
		let tree = RefTree::of_relays(&relays(0, 25));
		run_to(CLAIM_OPEN);
		assert_ok!(claim(&tree));
		assert!(events().contains(&Event::Claimed {
			session: 0,
			supplier: supplier(),
			app: app(),
			model: 0,
			root: tree.root(),
			paths: 2,
		}));
		run_to(PROOF_OPEN);
		let proofs = tree.prove_all(&seed(), paths());
		assert_ok!(prove(proofs.clone()));
		// Every relay mined (probability 1): the estimate is the sum, 25 × 50 CU.
		assert!(events().contains(&Event::ClaimProven {
			session: 0,
			supplier: supplier(),
			app: app(),
			model: 0,
			estimated_cu: 1_250,
		}));
		let proven = RecordProven::taken();
		assert_eq!(proven.len(), 1);
		assert_eq!(proven[0].estimated_cu, 1_250);
		assert_eq!(proven[0].gateways, vec![gateway(), gateway()]);
		let digest = |p: &crate::PathProof| {
			let leaf = p.relay.expand(0, &app(), &supplier(), 0);
			blake2_256(&[leaf.envelope, leaf.response].concat())
		};
		assert_eq!(proven[0].relays, proofs.iter().map(digest).collect::<Vec<_>>());
		assert_noop!(prove(proofs), Error::<Test>::AlreadyProven);
		run_to(CLOSE);
		assert_eq!(Stakes::active_stake(&supplier(), Role::Supplier), SUPPLIER_STAKE);
		assert!(Claims::<Test>::get(0, (supplier(), app(), 0)).is_none());
		assert_eq!(crate::NextToClose::<Test>::get(), 1);
	});
}

#[test]
fn claims_are_taken_only_in_the_claim_window() {
	build_and_execute(|| {
		let tree = RefTree::of_relays(&relays(0, 3));
		// The session is still running.
		assert_noop!(claim(&tree), Error::<Test>::OutsideClaimWindow);
		run_to(CLAIM_OPEN - 1);
		assert_noop!(claim(&tree), Error::<Test>::OutsideClaimWindow);
		run_to(PROOF_OPEN);
		assert_noop!(claim(&tree), Error::<Test>::OutsideClaimWindow);
	});
}

#[test]
fn a_closed_session_takes_no_claim_even_when_longer_windows_reopen_it() {
	build_and_execute(|| {
		let tree = RefTree::of_relays(&relays(0, 3));
		run_to(CLOSE);
		assert_eq!(crate::NextToClose::<Test>::get(), 1);
		// Governance lengthens the claim window: session 0's, computed anew, spans this block
		// again, but nothing would ever close a claim taken now.
		let params = crate::Parameters::<Test>::get();
		let longer = MiningParameters { claim_window: params.claim_window + 100, ..params };
		assert_ok!(RelayMining::set_parameters(RuntimeOrigin::root(), longer));
		assert_noop!(claim(&tree), Error::<Test>::OutsideClaimWindow);
	});
}

#[test]
fn only_a_drawn_supplier_claims_once_a_valid_root() {
	build_and_execute(|| {
		let tree = RefTree::of_relays(&relays(0, 3));
		run_to(CLAIM_OPEN);
		assert_noop!(
			RelayMining::submit_claim(RuntimeOrigin::signed(outsider()), 0, app(), 0, tree.root()),
			Error::<Test>::NotSessionSupplier
		);
		for bad in [
			NodeSummary::default(),
			NodeSummary { hash: [1; 32], sum: 3, count: 4 },
		] {
			assert_noop!(
				RelayMining::submit_claim(RuntimeOrigin::signed(supplier()), 0, app(), 0, bad),
				Error::<Test>::InvalidRoot
			);
		}
		assert_ok!(claim(&tree));
		assert_noop!(claim(&tree), Error::<Test>::AlreadyClaimed);
	});
}

#[test]
fn proofs_are_taken_only_in_the_proof_window() {
	build_and_execute(|| {
		let tree = RefTree::of_relays(&relays(0, 3));
		run_to(CLAIM_OPEN);
		assert_ok!(claim(&tree));
		// No seed yet: paths cannot be known before every claim is in.
		assert!(ProofSeeds::<Test>::get(0).is_none());
		assert_noop!(prove(vec![]), Error::<Test>::OutsideProofWindow);
		run_to(PROOF_OPEN);
		let proofs = tree.prove_all(&seed(), paths());
		run_to(CLOSE);
		assert_noop!(prove(proofs), Error::<Test>::OutsideProofWindow);
	});
}

#[test]
fn a_missing_proof_voids_the_claim_and_slashes_the_stake() {
	build_and_execute(|| {
		let tree = RefTree::of_relays(&relays(0, 3));
		run_to(CLAIM_OPEN);
		assert_ok!(claim(&tree));
		run_to(CLOSE);
		assert!(events().contains(&Event::ClaimVoid {
			session: 0,
			supplier: supplier(),
			app: app(),
			model: 0,
			slashed: 1_000,
		}));
		assert_eq!(Stakes::active_stake(&supplier(), Role::Supplier), SUPPLIER_STAKE - 1_000);
		assert!(RecordProven::taken().is_empty());
	});
}

#[test]
fn the_number_of_paths_grows_with_what_the_claim_is_worth_beyond_its_slash() {
	build_and_execute(|| {
		let params = crate::Parameters::<Test>::get();
		let count = |value, at_stake| RelayMining::path_count(&params, value, at_stake);
		// Base 2 while the claim is worth no more than the slash, then one per doubling.
		assert_eq!((count(0, 1_000), count(1_000, 1_000)), (2, 2));
		assert_eq!((count(1_001, 1_000), count(2_000, 1_000), count(2_001, 1_000)), (3, 3, 4));
		assert_eq!((count(u128::MAX, 1_000), count(1, 0), count(0, 0)), (6, 6, 2));
		// Worth: estimated CU at the session price; at stake: 10% of the 10_000 bond.
		assert_eq!(RelayMining::claim_value(0, 0, 1_250), 125);
		assert_eq!(RelayMining::slash_at_stake(&supplier(), &params), 1_000);
	});
}

#[test]
fn a_claim_worth_more_than_its_slash_opens_more_paths() {
	build_and_execute(|| {
		// 25 relays of 50 CU at 2_000 per 1k CU: worth 2_500 against 1_000 at stake.
		MockPrices::set(Some(2_000));
		let tree = RefTree::of_relays(&relays(0, 25));
		run_to(CLAIM_OPEN);
		assert_ok!(claim(&tree));
		assert_eq!(paths(), 4);
		assert!(events().iter().any(|e| matches!(e, Event::Claimed { paths: 4, .. })));
		run_to(PROOF_OPEN);
		let mut proofs = tree.prove_all(&seed(), 4);
		assert_ok!(prove(proofs.clone()));
		assert_eq!(RecordProven::taken()[0].relays.len(), 4);
		proofs.pop();
		assert_noop!(prove(proofs), Error::<Test>::AlreadyProven);
	});
	build_and_execute(|| {
		// An unpriced model cannot be valued: the most paths.
		MockPrices::set(None);
		run_to(CLAIM_OPEN);
		assert_ok!(claim(&RefTree::of_relays(&relays(0, 3))));
		assert_eq!(paths(), 6);
	});
}

#[test]
fn a_proof_opens_exactly_the_claimed_number_of_paths() {
	build_and_execute(|| {
		let tree = RefTree::of_relays(&relays(0, 3));
		run_to(CLAIM_OPEN);
		assert_ok!(claim(&tree));
		run_to(PROOF_OPEN);
		let mut proofs = tree.prove_all(&seed(), 3);
		assert_noop!(prove(proofs.clone()), Error::<Test>::WrongPathCount);
		proofs.truncate(1);
		assert_noop!(prove(proofs), Error::<Test>::WrongPathCount);
	});
}

#[test]
fn a_forged_relay_is_rejected() {
	{
		// The supplier signs the envelope itself, pretending to be the gateway.
		let genuine = signed_relay(0, "Supplier", 1, 10, 20);
		let forged =
			sign_leaf(genuine.envelope.clone(), genuine.response.clone(), &pair("Supplier"), &pair("Supplier"));
		// And a response signed by someone else than the supplier.
		let misattributed =
			sign_leaf(genuine.envelope, genuine.response, &pair("Gateway"), &pair("OtherSupplier"));
		for (leaf, error) in [
			(forged, Error::<Test>::BadGatewaySignature),
			(misattributed, Error::<Test>::BadSupplierSignature),
		] {
			build_and_execute(|| {
				let tree = RefTree::of_relays(&[(leaf, 50)]);
				run_to(CLAIM_OPEN);
				assert_ok!(claim(&tree));
				run_to(PROOF_OPEN);
				assert_noop!(prove(tree.prove_all(&seed(), 2)), error);
			});
		}
	}
}

#[test]
fn a_replayed_or_foreign_relay_is_rejected() {
	build_and_execute(|| {
		// A relay served (and perhaps claimed) in session 0, replayed in session 1's claim.
		let replayed = RefTree::of_relays(&relays(0, 1));
		run_to(CLAIM_OPEN + SESSION_LENGTH);
		assert_ok!(RelayMining::submit_claim(
			RuntimeOrigin::signed(supplier()),
			1,
			app(),
			0,
			replayed.root()
		));
		run_to(PROOF_OPEN + SESSION_LENGTH);
		let seed1 = ProofSeeds::<Test>::get(1).unwrap();
		assert_noop!(
			RelayMining::submit_proof(
				RuntimeOrigin::signed(supplier()),
				1,
				app(),
				0,
				replayed.prove_all(&seed1, 2)
			),
			// Expanded into session 1's claim, the relay is not the leaf in the tree (and its
			// gateway signed session 0, so it could not be put in the tree as session 1's).
			Error::<Test>::InvalidBranch
		);
	});
}

#[test]
fn a_relay_outside_the_session_is_rejected() {
	build_and_execute(|| {
		// Signed for a session far ahead.
		let future = RefTree::of_relays(&relays(7, 1));
		run_to(CLAIM_OPEN);
		assert_ok!(claim(&future));
		run_to(PROOF_OPEN);
		assert_noop!(prove(future.prove_all(&seed(), 2)), Error::<Test>::InvalidBranch);
	});
}

#[test]
fn a_relay_of_another_supplier_cannot_be_proven() {
	build_and_execute(|| {
		let others = RefTree::of_relays(&[(signed_relay(0, "OtherSupplier", 1, 10, 20), 50)]);
		run_to(CLAIM_OPEN);
		assert_ok!(claim(&others));
		run_to(PROOF_OPEN);
		assert_noop!(prove(others.prove_all(&seed(), 2)), Error::<Test>::InvalidBranch);
	});
}

#[test]
fn a_tree_padded_with_fake_leaves_fails_its_proof_and_is_slashed() {
	build_and_execute(|| {
		// Four genuine relays and a hundred fake ones of the same weight that no gateway
		// signed: a weighted path almost surely opens a fake one.
		let mut leaves = relays(0, 4);
		for i in 100..200u64 {
			let genuine = signed_relay(0, "Supplier", i, 10, 20);
			leaves.push((RelayLeaf { envelope_signature: [0; 64], ..genuine }, 50));
		}
		let tree = RefTree::of_relays(&leaves);
		run_to(CLAIM_OPEN);
		assert_ok!(claim(&tree));
		run_to(PROOF_OPEN);
		assert_noop!(prove(tree.prove_all(&seed(), paths())), Error::<Test>::BadGatewaySignature);
		run_to(CLOSE);
		assert_eq!(Stakes::active_stake(&supplier(), Role::Supplier), SUPPLIER_STAKE - 1_000);
	});
}

#[test]
fn inflated_usage_is_rejected() {
	build_and_execute(|| {
		run_to(CLAIM_OPEN);
		// Weight above the signed usage's compute units (10 + 2 × 20 = 50): the chain weighs
		// the leaf by its usage, and so weighted it is not the leaf the tree committed to.
		let inflated = RefTree::of_relays(&[(signed_relay(0, "Supplier", 1, 10, 20), 500)]);
		assert_ok!(claim(&inflated));
		run_to(PROOF_OPEN);
		assert_noop!(prove(inflated.prove_all(&seed(), 2)), Error::<Test>::InvalidBranch);
	});
	build_and_execute(|| {
		run_to(CLAIM_OPEN);
		// Signed usage beyond the request's max_tokens (64).
		let beyond = RefTree::of_relays(&[(signed_relay(0, "Supplier", 1, 10, 500), 1_010)]);
		assert_ok!(claim(&beyond));
		run_to(PROOF_OPEN);
		assert_noop!(prove(beyond.prove_all(&seed(), 2)), Error::<Test>::CompletionTokensAboveSigned);
	});
}

#[test]
fn a_supplier_is_paid_for_no_more_prompt_tokens_than_the_gateway_signed() {
	build_and_execute(|| {
		run_to(CLAIM_OPEN);
		// The gateway counted 10 prompt tokens; the supplier reports 60 (60 + 2 × 20 = 100 CU).
		let padded = signed_relay_by("Gateway", 0, "Supplier", 1, (10, 60), 20);
		let tree = RefTree::of_relays(&[(padded, 100)]);
		assert_ok!(claim(&tree));
		run_to(PROOF_OPEN);
		assert_noop!(prove(tree.prove_all(&seed(), 2)), Error::<Test>::PromptTokensAboveSigned);
	});
	build_and_execute(|| {
		run_to(CLAIM_OPEN);
		// Within what was signed, but prompt and completion exceed the model's 100-token context.
		let long = signed_relay_by("Gateway", 0, "Supplier", 1, (60, 60), 50);
		let tree = RefTree::of_relays(&[(long, 160)]);
		assert_ok!(claim(&tree));
		run_to(PROOF_OPEN);
		assert_noop!(prove(tree.prove_all(&seed(), 2)), Error::<Test>::UsageAboveContext);
	});
}

#[test]
fn a_prover_cannot_choose_which_leaf_to_open() {
	build_and_execute(|| {
		let tree = RefTree::of_relays(&relays(0, 16));
		run_to(CLAIM_OPEN);
		assert_ok!(claim(&tree));
		run_to(PROOF_OPEN);
		let seed = seed();
		// Offer for path 0 another leaf, with its genuine branch.
		let chosen = tree.prove(&seed, 0);
		let other =
			(1..64).map(|i| tree.prove(&seed, i)).find(|p| p.relay != chosen.relay).unwrap();
		let mut proofs = tree.prove_all(&seed, 2);
		proofs[0] = other;
		assert_noop!(prove(proofs), Error::<Test>::WrongLeafForPath);
	});
}

#[test]
fn later_paths_share_the_top_of_the_tree_with_the_path_before() {
	build_and_execute(|| {
		MockPrices::set(Some(100_000));
		let tree = RefTree::of_relays(&relays(0, 64));
		run_to(CLAIM_OPEN);
		assert_ok!(claim(&tree));
		assert_eq!(paths(), 6);
		run_to(PROOF_OPEN);
		let seed = seed();
		let proofs = tree.prove_all(&seed, 6);
		let sent: usize = proofs.iter().map(|p| p.siblings.len()).sum();
		let whole: usize = (0..6).map(|i| tree.prove(&seed, i).siblings.len()).sum();
		assert!(sent + 6 <= whole, "{sent} siblings sent for {whole} in the branches");
		// Whole branches after the first do not verify: they repeat what is shared.
		let mut unshared = proofs.clone();
		unshared[1] = tree.prove(&seed, 1);
		assert_noop!(prove(unshared), Error::<Test>::InvalidBranch);
		assert_ok!(prove(proofs));
	});
}

#[test]
fn a_tampered_branch_is_rejected() {
	build_and_execute(|| {
		let tree = RefTree::of_relays(&relays(0, 8));
		run_to(CLAIM_OPEN);
		assert_ok!(claim(&tree));
		run_to(PROOF_OPEN);
		let proofs = tree.prove_all(&seed(), 2);
		let mut tampered = proofs.clone();
		tampered[0].siblings.iter_mut().flatten().next().unwrap().sum += 1;
		assert_noop!(prove(tampered), Error::<Test>::InvalidBranch);
		// An empty subtree has one encoding, `None`.
		let mut padded = proofs;
		padded[0].siblings.insert(0, Some(crate::Sibling { hash: [0; 32], sum: 0, count: 0 }));
		assert_noop!(prove(padded), Error::<Test>::InvalidBranch);
	});
}

#[test]
fn relays_through_a_gateway_the_app_never_delegated_to_are_rejected() {
	build_and_execute(|| {
		// The outsider signs as a gateway; the app never delegated to it.
		let leaves: Vec<_> = (0..2)
			.map(|i| (signed_relay_by("Outsider", 0, "Supplier", i, (10, 10), 20), 50))
			.collect();
		let tree = RefTree::of_relays(&leaves);
		run_to(CLAIM_OPEN);
		assert_ok!(claim(&tree));
		run_to(PROOF_OPEN);
		assert_noop!(prove(tree.prove_all(&seed(), 2)), Error::<Test>::NotDelegated);
	});
}

#[test]
fn withdrawing_a_delegation_after_the_relays_cannot_void_their_claim() {
	build_and_execute(|| {
		let tree = RefTree::of_relays(&relays(0, 2));
		run_to(CLAIM_OPEN);
		assert_ok!(claim(&tree));
		// The app (and the gateway) try to walk away from relays they signed for in session 0.
		assert_ok!(Stakes::undelegate(RuntimeOrigin::signed(app()), gateway()));
		assert_ok!(Stakes::unbond(RuntimeOrigin::signed(gateway()), Role::Gateway, 1_000));
		run_to(PROOF_OPEN);
		assert_ok!(prove(tree.prove_all(&seed(), 2)));
		assert_eq!(RecordProven::taken().len(), 1);
	});
}

#[test]
fn each_supplier_makes_at_most_its_share_of_claims_and_sessions_close_a_few_claims_a_block() {
	build_and_execute(|| {
		let tree = RefTree::of_relays(&relays(0, 2));
		run_to(CLAIM_OPEN);
		assert_ok!(claim(&tree));
		// One claim per supplier and session in this runtime.
		assert_noop!(
			RelayMining::submit_claim(RuntimeOrigin::signed(supplier()), 0, second_app(), 0, tree.root()),
			Error::<Test>::TooManySupplierClaims
		);
		assert_ok!(RelayMining::submit_claim(
			RuntimeOrigin::signed(other_supplier()),
			0,
			app(),
			0,
			tree.root()
		));
		// Neither is proven: closing takes one claim per block.
		run_to(CLOSE);
		assert_eq!(Claims::<Test>::iter_prefix(0).count(), 1);
		assert_eq!(crate::NextToClose::<Test>::get(), 0);
		run_to(CLOSE + 1);
		assert_eq!(Claims::<Test>::iter_prefix(0).count(), 0);
		assert_eq!(crate::NextToClose::<Test>::get(), 1);
		let voided = events().iter().filter(|e| matches!(e, Event::ClaimVoid { .. })).count();
		assert_eq!(voided, 2);
	});
}

#[test]
fn leaves_above_the_difficulty_are_rejected() {
	build_and_execute(|| {
		let tree = RefTree::of_relays(&relays(0, 2));
		// Session 0's probability set to the smallest possible: nothing is mined.
		SessionProbability::<Test>::insert(0, 0, 1);
		run_to(CLAIM_OPEN);
		assert_ok!(claim(&tree));
		run_to(PROOF_OPEN);
		assert_noop!(prove(tree.prove_all(&seed(), paths())), Error::<Test>::NotMined);
	});
}

#[test]
fn difficulty_follows_estimated_relays_toward_the_target() {
	build_and_execute(|| {
		assert_ok!(RelayMining::set_parameters(
			RuntimeOrigin::root(),
			MiningParameters { target_relays: 10, ..crate::Parameters::<Test>::get() }
		));
		let tree = RefTree::of_relays(&relays(0, 40));
		run_to(CLAIM_OPEN);
		assert_ok!(claim(&tree));
		run_to(PROOF_OPEN);
		assert_ok!(prove(tree.prove_all(&seed(), paths())));
		// Session 2 starts in block 21: 40 relays estimated against a target of 10.
		run_to(21);
		let state = Difficulties::<Test>::get(0).unwrap();
		assert_eq!(state.estimated_relays, 40);
		assert_eq!(state.probability, ALL_MINED / 4);
		assert_eq!(SessionProbability::<Test>::get(2, 0), Some(ALL_MINED / 4));
		assert!(events().contains(&Event::DifficultyUpdated {
			session: 2,
			model: 0,
			estimated_relays: 40,
			probability: ALL_MINED / 4,
		}));
		// An idle session halves the EMA (weight 50%): probability doubles.
		run_to(31);
		assert_eq!(Difficulties::<Test>::get(0).unwrap().probability, ALL_MINED / 2);
	});
}

#[test]
fn estimates_scale_by_the_mining_probability() {
	assert_eq!(estimate(50, ALL_MINED), 50);
	assert_eq!(estimate(50, ALL_MINED / 4), 200);
	let low = [0u8; 32];
	let high = [0xff; 32];
	assert!(is_mined(&low, 1) && !is_mined(&high, ALL_MINED / 2) && is_mined(&high, ALL_MINED));
}

#[test]
fn only_the_admin_sets_valid_parameters() {
	build_and_execute(|| {
		let good: MiningParameters<u64> = MiningParameters {
			claim_delay: 0,
			claim_window: 2,
			proof_window: 2,
			base_paths: 1,
			max_paths: 8,
			missing_proof_slash: Perbill::from_percent(1),
			target_relays: 5,
			difficulty_smoothing: Permill::from_percent(10),
		};
		assert_noop!(
			RelayMining::set_parameters(RuntimeOrigin::signed(app()), good.clone()),
			DispatchError::BadOrigin
		);
		for bad in [
			MiningParameters { claim_window: 0, ..good.clone() },
			MiningParameters { proof_window: 0, ..good.clone() },
			MiningParameters { base_paths: 0, ..good.clone() },
			MiningParameters { max_paths: 9, ..good.clone() },
			MiningParameters { target_relays: 0, ..good.clone() },
		] {
			assert_noop!(
				RelayMining::set_parameters(RuntimeOrigin::root(), bad),
				Error::<Test>::InvalidParameters
			);
		}
		assert_ok!(RelayMining::set_parameters(RuntimeOrigin::root(), good));
	});
}

#[test]
fn leaves_encode_as_the_relay_miner_writes_them() {
	// The tree's leaf value is the SCALE relay leaf: both payloads length-prefixed, then the
	// signatures, as offchain/libs/relay-mining encodes it.
	let leaf = signed_relay(0, "Supplier", 1, 10, 20);
	let mut expected = codec::Compact(leaf.envelope.len() as u32).encode();
	expected.extend_from_slice(&leaf.envelope);
	expected.extend_from_slice(&leaf.envelope_signature);
	expected.extend(codec::Compact(leaf.response.len() as u32).encode());
	expected.extend_from_slice(&leaf.response);
	expected.extend_from_slice(&leaf.response_signature);
	assert_eq!(leaf.encode(), expected);
}

/// The off-chain relay miner's test vectors (`offchain/libs/relay-mining/test-vectors/smst.json`):
/// every proof it makes verifies here, and every tampered one it rejects is rejected here.
#[test]
fn the_relay_miners_test_vectors_verify() {
	use crate::sum_tree::{expand_siblings, path_target, verify_path, PathError, TreeProof};
	use serde_json::Value;
	let vectors: Value = serde_json::from_str(include_str!(
		"../../../../offchain/libs/relay-mining/test-vectors/smst.json"
	))
	.unwrap();
	let hex = |v: &Value| -> Vec<u8> {
		let s = v.as_str().unwrap().trim_start_matches("0x");
		(0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect()
	};
	let bytes32 = |v: &Value| -> [u8; 32] { hex(v).try_into().unwrap() };
	let num = |v: &Value| -> u64 { v.as_str().unwrap().parse().unwrap() };
	let summary = |v: &Value| NodeSummary { hash: bytes32(&v["hash"]), sum: num(&v["sum"]), count: num(&v["count"]) };
	let seed = bytes32(&vectors["seed"]);
	let (mut accepted, mut rejected) = (0, 0);
	for case in vectors["cases"].as_array().unwrap() {
		let root = summary(&case["root"]);
		let open = |root: &NodeSummary, index: u32, proof: &Value| -> Result<(), PathError> {
			let proof: TreeProof = codec::DecodeAll::decode_all(&mut &hex(proof)[..]).unwrap();
			let key = blake2_256(&proof.value[..4.min(proof.value.len())]);
			let leaf = NodeSummary::leaf(&key, &proof.value, proof.weight);
			let siblings = expand_siblings(&proof.siblings)?;
			verify_path(root, &seed, index, &key, &leaf, &siblings).map(|_| ())
		};
		for proof in case["proofs"].as_array().unwrap() {
			let index = proof["pathIndex"].as_u64().unwrap() as u32;
			assert_eq!(path_target(&seed, index, root.sum), Some(num(&proof["r"])), "{}", case["name"]);
			assert_eq!(open(&root, index, &proof["proof"]), Ok(()), "{} path {index}", case["name"]);
			accepted += 1;
		}
		for reject in case["rejects"].as_array().map(Vec::as_slice).unwrap_or_default() {
			let claimed = reject.get("root").map(summary).unwrap_or(root);
			let index = reject["pathIndex"].as_u64().unwrap() as u32;
			let expected = match reject["error"].as_str().unwrap() {
				"wrong-leaf-for-path" => PathError::WrongLeafForPath,
				"non-canonical" => PathError::NonCanonical,
				"root-mismatch" | "root-sum-mismatch" | "root-count-mismatch" => PathError::RootMismatch,
				other => panic!("a reject code the chain does not know: {other}"),
			};
			assert_eq!(open(&claimed, index, &reject["proof"]), Err(expected), "{}: {}", case["name"], reject["description"]);
			rejected += 1;
		}
	}
	assert!(accepted >= 24 && rejected >= 7, "{accepted} proofs accepted, {rejected} rejected");
}

#[test]
fn the_runtime_api_gives_the_windows_and_compute_units_the_chain_uses() {
	build_and_execute(|| {
		// Session 0 is current: it has no windows yet.
		assert_eq!(RelayMining::claim_windows(0), None);
		run_to(11);
		let windows = RelayMining::claim_windows(0).unwrap();
		assert_eq!(
			(windows.claim_open, windows.claim_close, windows.proof_close),
			(CLAIM_OPEN, PROOF_OPEN, CLOSE)
		);
		// 1 CU per prompt token and 2 per completion token; an unknown model has none.
		assert_eq!(RelayMining::compute_units(0, 10, 20), Some(50));
		assert_eq!(RelayMining::compute_units(9, 10, 20), None);
		assert_eq!(RelayMining::probability(0, 0), ALL_MINED);
	});
}
