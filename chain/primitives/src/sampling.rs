//! Deterministic random draws from a seed, shared by every pallet that samples: committees,
//! relays to evaluate, session supplier sets. Each stream is named by a domain so that two
//! draws from one seed for different purposes are independent.

use alloc::vec::Vec;
use polkadot_sdk::sp_runtime::traits::{BlakeTwo256, Hash};

/// The `draw`-th number of the random stream `domain` of `seed`, uniform in `0..bound` up to a
/// modulo bias below `bound / 2^128`: the first 16 bytes, little-endian, of
/// `blake2_256(SCALE((seed, domain, draw)))` modulo `bound`. Zero if `bound` is zero.
pub fn random_below(seed: &[u8], domain: &[u8], draw: u32, bound: u128) -> u128 {
	if bound == 0 {
		return 0;
	}
	let hash = BlakeTwo256::hash_of(&(seed, domain, draw));
	let mut bytes = [0u8; 16];
	bytes.copy_from_slice(&hash.as_bytes()[..16]);
	u128::from_le_bytes(bytes) % bound
}

/// `min(k, n)` distinct indices of `weights`, drawn without replacement with probability
/// proportional to weight, on the `domain` stream of `seed`. Draw `d` picks
/// `r = random_below(remaining total weight)` and the first remaining index (in input order)
/// whose cumulative weight exceeds `r`, then removes it. Indices of zero weight are never drawn.
pub fn weighted_sample(seed: &[u8], domain: &[u8], weights: &[u128], k: usize) -> Vec<usize> {
	let mut remaining: Vec<usize> = (0..weights.len()).filter(|i| weights[*i] > 0).collect();
	let mut total = remaining.iter().fold(0u128, |sum, i| sum.saturating_add(weights[*i]));
	let mut drawn = Vec::new();
	for draw in 0..k {
		if remaining.is_empty() {
			break;
		}
		let r = random_below(seed, domain, draw as u32, total);
		let mut cumulative = 0u128;
		let position = remaining
			.iter()
			.position(|i| {
				cumulative = cumulative.saturating_add(weights[*i]);
				r < cumulative
			})
			.unwrap_or(remaining.len() - 1);
		let index = remaining.remove(position);
		total = total.saturating_sub(weights[index]);
		drawn.push(index);
	}
	drawn
}
