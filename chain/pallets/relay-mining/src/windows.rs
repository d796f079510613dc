//! A session's claim and proof windows, and what happens as they pass: the proof seed drawn at
//! the claim window's close, unproven claims voided and the session's storage dropped after the
//! proof window (docs/relay-mining.md).

use super::*;

/// The subject passed to [`Config::Randomness`] for proof seeds; the session id is appended.
pub const RANDOMNESS_SUBJECT: &[u8] = b"sibyl/relay-mining";

impl<T: Config> Pallet<T> {
	/// The claim window's open and close and the proof window's close for `session`, if
	/// the session ended and is still known.
	pub fn windows(
		session: SessionId,
		params: &MiningParametersOf<T>,
	) -> Option<(BlockNumberFor<T>, BlockNumberFor<T>, BlockNumberFor<T>)> {
		if session >= T::Sessions::current_session() {
			return None;
		}
		let (start, length) = T::Sessions::session_bounds(session)?;
		let open = start.saturating_add(length).saturating_add(params.claim_delay);
		let close = open.saturating_add(params.claim_window);
		Some((open, close, close.saturating_add(params.proof_window)))
	}

	/// [`Self::windows`] under the parameters in force, for the runtime API.
	pub fn claim_windows(session: SessionId) -> Option<ClaimWindows<BlockNumberFor<T>>> {
		Self::windows(session, &Parameters::<T>::get()).map(
			|(claim_open, claim_close, proof_close)| ClaimWindows {
				claim_open,
				claim_close,
				proof_close,
			},
		)
	}

	/// Draws proof seeds for sessions whose claim window closed and closes sessions whose
	/// proof window ended, oldest first.
	pub(crate) fn advance_windows(now: BlockNumberFor<T>) -> Weight {
		let params = Parameters::<T>::get();
		let current = T::Sessions::current_session();
		let mut weight = T::WeightInfo::on_initialize_idle();
		let mut session = NextToClose::<T>::get();
		// Sessions between the oldest open one and the current one, a bounded few per block.
		for _ in 0..8 {
			if session >= current {
				break;
			}
			let Some((_, close, proofs_close)) = Self::windows(session, &params) else {
				// Pruned by the Sessions pallet: nothing can be claimed or proven any more.
				let (done, w) = Self::close_session(session, &params);
				weight.saturating_accrue(w);
				if !done {
					break;
				}
				session = session.saturating_add(1);
				NextToClose::<T>::put(session);
				continue;
			};
			if now >= close && !ProofSeeds::<T>::contains_key(session) {
				let (random, _) = T::Randomness::random(&(RANDOMNESS_SUBJECT, session).encode());
				let seed: [u8; 32] =
					polkadot_sdk::sp_io::hashing::blake2_256(&random.encode());
				ProofSeeds::<T>::insert(session, seed);
				Self::deposit_event(Event::ProofSeedDrawn { session, seed });
			}
			if now >= proofs_close && session == NextToClose::<T>::get() {
				let (closed, w) = Self::close_session(session, &params);
				weight.saturating_accrue(w);
				if !closed {
					// More claims than one block closes: the rest in the next blocks.
					break;
				}
				NextToClose::<T>::put(session.saturating_add(1));
			}
			session = session.saturating_add(1);
		}
		weight
	}

	/// Voids and slashes up to `MaxClosesPerBlock` of the session's claims that were left
	/// unproven, dropping them; once none is left, drops the session's storage. Returns
	/// whether the session is closed.
	pub(crate) fn close_session(
		session: SessionId,
		params: &MiningParametersOf<T>,
	) -> (bool, Weight) {
		let batch: Vec<(ClaimKey<T::AccountId>, Claim<BlockNumberFor<T>>)> =
			Claims::<T>::iter_prefix(session).take(T::MaxClosesPerBlock::get() as usize).collect();
		let closed = batch.len() as u32;
		for ((supplier, app, model), claim) in batch {
			Claims::<T>::remove(session, (&supplier, &app, model));
			if !claim.proven {
				Self::void_claim(session, supplier, app, model, params);
			}
		}
		let done = Claims::<T>::iter_prefix(session).next().is_none();
		if done {
			ClaimCount::<T>::remove(session);
			let _ = SupplierClaims::<T>::clear_prefix(session, u32::MAX, None);
			ProofSeeds::<T>::remove(session);
			let _ = SessionProbability::<T>::clear_prefix(session, u32::MAX, None);
		}
		(done, T::WeightInfo::close_session(closed))
	}

	/// Voids an unproven claim and slashes its supplier.
	fn void_claim(
		session: SessionId,
		supplier: T::AccountId,
		app: T::AccountId,
		model: ModelId,
		params: &MiningParametersOf<T>,
	) {
		// A supplier that left the role entirely has nothing left to slash.
		let slashed = T::Slash::slash(
			&supplier,
			Role::Supplier,
			params.missing_proof_slash,
			SlashReason::MissingProof,
		)
		.unwrap_or_else(|_| Zero::zero());
		Self::deposit_event(Event::ClaimVoid { session, supplier, app, model, slashed });
	}
}
