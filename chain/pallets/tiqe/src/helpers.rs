//! The TIQE+ pallet's public helpers: the vote commitment, parameter checks, the quorum rule,
//! the low-quality threshold and a round's random seed.

use super::*;

impl<T: Config> Pallet<T> {
	/// The commitment a committee member posts: `blake2_256` of the SCALE encoding of the
	/// tuple `(round, who, alpha, withheld, salt)`, i.e. `u64` LE ++ the account's encoding
	/// (32 bytes for `AccountId32`) ++ α's parts as `u32` LE ++ one byte `0`/`1` ++ the 32
	/// salt bytes.
	pub fn commitment(
		round: RoundId,
		who: &T::AccountId,
		alpha: Permill,
		withheld: bool,
		salt: &[u8; 32],
	) -> H256 {
		BlakeTwo256::hash_of(&(round, who, alpha, withheld, salt))
	}

	/// The α below which a round of `model` is low quality: its calibration's, else the
	/// parameters'.
	pub fn alpha_threshold(model: ModelId, params: &TiqeParametersOf<T>) -> Permill {
		Calibrations::<T>::get(model).map_or(params.alpha_threshold, |c| c.alpha_threshold)
	}

	/// Whether `parameters` may be set.
	pub fn valid(parameters: &TiqeParametersOf<T>) -> bool {
		parameters.committee_size >= 1 &&
			parameters.committee_size <= T::MaxCommitteeSize::get() &&
			parameters.relays_per_round >= 1 &&
			parameters.relays_per_round <= T::MaxRelaysPerCommit::get() &&
			!parameters.commit_window.is_zero() &&
			!parameters.reveal_window.is_zero() &&
			parameters.max_open_rounds >= 1
	}

	/// Whether `revealed` of a committee's `total` stake is a quorum: strictly more than
	/// `quorum` of it, compared exactly (`revealed / total > parts / 10⁹`).
	pub fn is_quorum(quorum: Perbill, revealed: u128, total: u128) -> bool {
		revealed.saturating_mul(u128::from(Perbill::ACCURACY)) >
			total.saturating_mul(u128::from(quorum.deconstruct()))
	}

	/// The random seed of `round` in the current block: the SCALE encoding of
	/// `Randomness::random(SCALE((RANDOMNESS_SUBJECT, round))).0`.
	pub fn round_seed(round: RoundId) -> Vec<u8> {
		T::Randomness::random(&(RANDOMNESS_SUBJECT, round).encode()).0.encode()
	}
}
