//! The relay-mining pallet's storage invariants, checked by `try_state` and after every test.

use super::*;
use alloc::collections::btree_map::BTreeMap;
use polkadot_sdk::sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	/// The claim counters agree with the claims they count and stay within their bounds;
	/// every claim is well-formed; seeds and mining probabilities are in range.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::try_state_claims()?;
		Self::try_state_difficulty()?;
		ensure!(Self::valid(&Parameters::<T>::get()), "the parameters are invalid");
		Ok(())
	}

	/// `ClaimCount` and `SupplierClaims` count the claims stored per session (and supplier),
	/// except in the session being closed, `NextToClose`, whose claims are removed a few per
	/// block before its counters go at once: there they count at least the claims left. Each
	/// session's `SupplierClaims` sum to its `ClaimCount` (both grow together and are dropped
	/// together) and none is zero. No claim belongs to a session already closed. A claim's root is valid, its path count within
	/// `1..=MaxProofPaths`, and a proven claim's session has its seed (proofs need it, and it
	/// goes only with the session's last claim).
	fn try_state_claims() -> Result<(), TryRuntimeError> {
		let closing = NextToClose::<T>::get();
		let max_paths = T::MaxProofPaths::get();
		let mut stored: BTreeMap<SessionId, u32> = BTreeMap::new();
		let mut by_supplier: BTreeMap<(SessionId, T::AccountId), u32> = BTreeMap::new();
		for (session, (supplier, _, _), claim) in Claims::<T>::iter() {
			let root = &claim.root;
			ensure!(
				root.sum > 0 && root.count > 0 && root.count <= root.sum,
				"a claim with an invalid root"
			);
			ensure!(
				claim.paths >= 1 && claim.paths <= max_paths,
				"a claim's path count out of range"
			);
			ensure!(
				!claim.proven || ProofSeeds::<T>::contains_key(session),
				"a proven claim without its session's seed"
			);
			ensure!(session >= closing, "a claim of a session already closed");
			let n = stored.entry(session).or_insert(0);
			*n = n.saturating_add(1);
			let n = by_supplier.entry((session, supplier)).or_insert(0);
			*n = n.saturating_add(1);
		}
		let counts_match = |session: SessionId, count: u32, claims: u32| {
			if session == closing {
				count >= claims
			} else {
				count == claims
			}
		};
		let mut per_session: BTreeMap<SessionId, u32> = BTreeMap::new();
		for (session, supplier, count) in SupplierClaims::<T>::iter() {
			ensure!(count > 0, "a zero SupplierClaims entry");
			ensure!(
				count <= T::MaxClaimsPerSupplier::get(),
				"more claims than MaxClaimsPerSupplier"
			);
			let claims = by_supplier.remove(&(session, supplier)).unwrap_or(0);
			ensure!(
				counts_match(session, count, claims),
				"SupplierClaims differs from the supplier's claims"
			);
			let sum = per_session.entry(session).or_insert(0);
			*sum = sum.saturating_add(count);
		}
		ensure!(by_supplier.is_empty(), "claims not counted in SupplierClaims");
		for (session, count) in ClaimCount::<T>::iter() {
			ensure!(count <= T::MaxClaimsPerSession::get(), "more claims than MaxClaimsPerSession");
			let claims = stored.remove(&session).unwrap_or(0);
			ensure!(counts_match(session, count, claims), "ClaimCount differs from the claims");
			ensure!(
				per_session.remove(&session) == Some(count),
				"SupplierClaims do not sum to ClaimCount"
			);
		}
		ensure!(stored.is_empty(), "claims not counted in ClaimCount");
		ensure!(per_session.is_empty(), "SupplierClaims without a ClaimCount");
		Ok(())
	}

	/// Proof seeds are drawn only for ended sessions. Mining probabilities lie in
	/// `1..=ALL_MINED`; a session's is stored only below `ALL_MINED` (absent means all mined),
	/// and a model's is `ALL_MINED` while its estimate is zero.
	fn try_state_difficulty() -> Result<(), TryRuntimeError> {
		let current = T::Sessions::current_session();
		for session in ProofSeeds::<T>::iter_keys() {
			ensure!(session < current, "a proof seed for a session not ended");
		}
		for (_, _, probability) in SessionProbability::<T>::iter() {
			ensure!(
				probability >= 1 && probability < ALL_MINED,
				"a session probability out of range"
			);
		}
		for (_, difficulty) in Difficulties::<T>::iter() {
			ensure!(
				difficulty.probability >= 1 && difficulty.probability <= ALL_MINED,
				"a model's probability out of range"
			);
			ensure!(
				difficulty.estimated_relays > 0 || difficulty.probability == ALL_MINED,
				"a model without relays whose probability is below ALL_MINED"
			);
		}
		Ok(())
	}
}
