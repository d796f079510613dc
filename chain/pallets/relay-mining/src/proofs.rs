//! Verifying a claim's proof: each opened path must lead, by the claim's seed, to a genuine,
//! mined relay of this claim (docs/relay-mining.md).

use super::*;
use sibyl_primitives::relay::RelayLeaf;

/// A path verified within a proof, from which the next path's branch is completed.
struct OpenedPath {
	key: [u8; 32],
	siblings: Vec<NodeSummary>,
	nodes: Vec<NodeSummary>,
}

impl<T: Config> Pallet<T> {
	/// Verifies every path of a proof of `claim`, in path order, each against the branch of
	/// the path before it; returns the opened relays' digests and their gateways, in path
	/// order, or the first failing check's error.
	pub(crate) fn verify_proofs(
		claim: &Claim<BlockNumberFor<T>>,
		seed: &[u8; 32],
		proofs: &[PathProof],
		session: SessionId,
		key: &ClaimKey<T::AccountId>,
		probability: u128,
		limits: ((u32, u32), u32),
	) -> Result<(Vec<[u8; 32]>, Vec<T::AccountId>), Error<T>> {
		let mut relays = Vec::with_capacity(proofs.len());
		let mut gateways = Vec::with_capacity(proofs.len());
		let mut previous = None;
		for (index, proof) in proofs.iter().enumerate() {
			let (digest, gateway, opened) = Self::verify_path_proof(
				claim,
				seed,
				index as u32,
				proof,
				previous.as_ref(),
				session,
				key,
				probability,
				limits,
			)?;
			relays.push(digest);
			gateways.push(gateway);
			previous = Some(opened);
		}
		Ok((relays, gateways))
	}

	/// Verifies path `index` of a proof; returns the relay's digest and gateway. The checks
	/// run cheapest first: usage, then hashes (branch and path), then the mining key, then
	/// signatures and who may have served the relay.
	#[allow(clippy::too_many_arguments)]
	fn verify_path_proof(
		claim: &Claim<BlockNumberFor<T>>,
		seed: &[u8; 32],
		index: u32,
		proof: &PathProof,
		previous: Option<&OpenedPath>,
		session: SessionId,
		(supplier, app, model): &ClaimKey<T::AccountId>,
		probability: u128,
		(weights, context): ((u32, u32), u32),
	) -> Result<([u8; 32], T::AccountId, OpenedPath), Error<T>> {
		let relay = &proof.relay;
		let weight = Self::leaf_weight(relay, weights, context)?;
		let leaf = relay.expand(session, app, supplier, *model);
		let mining_key = leaf.mining_key();
		// The cheap checks first: hashes before signatures.
		let node = NodeSummary::leaf(&mining_key, &leaf.encode(), weight);
		let opened =
			Self::verify_branch(claim, seed, index, mining_key, &node, &proof.siblings, previous)?;
		ensure!(is_mined(&mining_key, probability), Error::<T>::NotMined);
		Self::check_relay_parties(&leaf, &relay.gateway, session, (supplier, app, *model))?;
		Ok((leaf.digest(), relay.gateway.clone(), opened))
	}

	/// The leaf's weight: the compute units of its signed usage, which must stay within what
	/// the gateway signed for (`weights` are the model's compute weights, `context` its
	/// context length).
	fn leaf_weight(
		relay: &CompactRelay,
		weights: (u32, u32),
		context: u32,
	) -> Result<u64, Error<T>> {
		relay.paid_compute_units(weights, context).map_err(|e| match e {
			UsageError::PromptAboveSigned => Error::<T>::PromptTokensAboveSigned,
			UsageError::CompletionAboveSigned => Error::<T>::CompletionTokensAboveSigned,
			UsageError::AboveContext => Error::<T>::UsageAboveContext,
			UsageError::NoComputeUnits => Error::<T>::UsageMismatch,
		})
	}

	/// Checks that `node`, the leaf under `mining_key`, is where path `index` of `seed` leads
	/// in the claim's tree: the branch is the proof's siblings, completed from the previous
	/// path's branch where the two share their upper part. Returns the opened path, from
	/// which the next one is completed.
	fn verify_branch(
		claim: &Claim<BlockNumberFor<T>>,
		seed: &[u8; 32],
		index: u32,
		mining_key: [u8; 32],
		node: &NodeSummary,
		sent: &[Option<Sibling>],
		previous: Option<&OpenedPath>,
	) -> Result<OpenedPath, Error<T>> {
		let mut siblings = expand_siblings(sent).map_err(|_| Error::<T>::InvalidBranch)?;
		if let Some(p) = previous {
			siblings = join_branch(&p.key, &p.siblings, &p.nodes, &mining_key, &siblings)
				.map_err(|_| Error::<T>::InvalidBranch)?;
		}
		let nodes = verify_path(&claim.root, seed, index, &mining_key, node, &siblings)
			.map_err(|e| match e {
				PathError::WrongLeafForPath => Error::<T>::WrongLeafForPath,
				_ => Error::<T>::InvalidBranch,
			})?;
		Ok(OpenedPath { key: mining_key, siblings, nodes })
	}

	/// Checks who signed and served the relay: the gateway signed the envelope and the
	/// supplier the response, the app delegated to the gateway in the session, and the
	/// supplier was drawn for (app, model) in it.
	fn check_relay_parties(
		leaf: &RelayLeaf,
		gateway: &T::AccountId,
		session: SessionId,
		(supplier, app, model): (&T::AccountId, &T::AccountId, ModelId),
	) -> Result<(), Error<T>> {
		leaf.check_signatures(gateway, supplier).map_err(|bad| match bad {
			BadSignature::Gateway => Error::<T>::BadGatewaySignature,
			BadSignature::Supplier => Error::<T>::BadSupplierSignature,
		})?;
		ensure!(T::Stakes::is_delegated(app, gateway, session), Error::<T>::NotDelegated);
		ensure!(
			T::Sessions::is_session_supplier(session, app, model, supplier),
			Error::<T>::NotSessionSupplier
		);
		Ok(())
	}
}
