//! The arithmetic of a round, free of storage: the random streams that sample relays and draw
//! committees, the stake-weighted median and the running averages of α (docs/tiqe.md).

use super::*;

/// The subject passed to [`Config::Randomness`]; the round id is appended, SCALE-encoded.
pub const RANDOMNESS_SUBJECT: &[u8] = b"sibyl/tiqe";
/// Domain of the random stream that samples relays.
pub const RELAY_DOMAIN: &[u8] = b"relays";
/// Domain of the random stream that draws the committee.
pub const COMMITTEE_DOMAIN: &[u8] = b"committee";

pub use sibyl_primitives::sampling::random_below;

/// `min(k, n)` distinct indices of `0..n`, uniformly at random, by a partial Fisher–Yates
/// shuffle on the [`RELAY_DOMAIN`] stream of `seed`: draw `i` swaps position `i` with
/// `i + random_below(n − i)`.
pub fn sample_distinct(seed: &[u8], n: usize, k: usize) -> Vec<usize> {
	let mut indices: Vec<usize> = (0..n).collect();
	let k = k.min(n);
	for i in 0..k {
		let span = (n - i) as u128;
		let j = i + random_below(seed, RELAY_DOMAIN, i as u32, span) as usize;
		indices.swap(i, j);
	}
	indices.truncate(k);
	indices
}

/// `min(k, n)` distinct indices of `weights`, drawn by stake without replacement on the
/// [`COMMITTEE_DOMAIN`] stream of `seed` (see [`sibyl_primitives::sampling::weighted_sample`]).
pub fn weighted_sample(seed: &[u8], weights: &[u128], k: usize) -> Vec<usize> {
	sibyl_primitives::sampling::weighted_sample(seed, COMMITTEE_DOMAIN, weights, k)
}

/// The stake-weighted median of `votes` (α, weight): the lowest α at which the cumulative
/// weight of the votes at or below it is at least half of the total weight. `None` without
/// votes. With less than a third of the weight adversarial, the result lies within the range of
/// the honest votes.
pub fn weighted_median(votes: &[(Permill, u128)]) -> Option<Permill> {
	let mut sorted = votes.to_vec();
	sorted.sort_by_key(|(alpha, _)| *alpha);
	let total = sorted.iter().fold(0u128, |sum, (_, w)| sum.saturating_add(*w));
	let mut cumulative = 0u128;
	for (alpha, weight) in sorted.iter() {
		cumulative = cumulative.saturating_add(*weight);
		// cumulative ≥ total / 2, without overflow or rounding.
		if cumulative >= total.saturating_sub(cumulative) {
			return Some(*alpha);
		}
	}
	sorted.last().map(|(alpha, _)| *alpha)
}

/// `rep·(1−w) + α·w`, rounded to the nearest part.
pub fn ema(rep: Permill, alpha: Permill, w: Permill) -> Permill {
	let one = u64::from(Permill::ACCURACY);
	let (r, a, w) = (
		u64::from(rep.deconstruct()),
		u64::from(alpha.deconstruct()),
		u64::from(w.deconstruct()),
	);
	let sum = r
		.saturating_mul(one.saturating_sub(w))
		.saturating_add(a.saturating_mul(w))
		.saturating_add(one / 2);
	Permill::from_parts((sum / one) as u32)
}

/// The mean of `rounds` values averaging `mean` and one more value `alpha`, rounded to the
/// nearest part.
pub fn running_mean(mean: Permill, rounds: u32, alpha: Permill) -> Permill {
	let n = u64::from(rounds);
	let sum = u64::from(mean.deconstruct())
		.saturating_mul(n)
		.saturating_add(u64::from(alpha.deconstruct()));
	let count = n.saturating_add(1);
	Permill::from_parts((sum.saturating_add(count / 2) / count) as u32)
}
