//! Verification of proofs against a sparse Merkle sum tree (the relay miner's claim).
//!
//! The tree is keyed by 32-byte keys, bit `i` of a key being MSB-first (bit 0 is the top bit of
//! byte 0 and picks the root's child: 0 left, 1 right). Every node is summarised by
//! (hash, sum, count); an empty subtree is (0³², 0, 0). A leaf (key, value, weight) is
//! `(blake2_256(0x00 ‖ key ‖ blake2_256(value) ‖ le64(weight)), weight, 1)`; an inner node is
//! `blake2_256(0x01 ‖ L.hash ‖ le64(L.sum) ‖ le64(L.count) ‖ R.hash ‖ le64(R.sum) ‖
//! le64(R.count))` with sums and counts added. The tree is compact: a subtree holding one leaf is
//! that leaf, so a leaf sits at the depth where its key prefix first becomes unique.
//!
//! Which leaf a proof path must open is fixed by the claim and a seed drawn after it: path `i`
//! picks `r = le64(blake2_256(seed ‖ le32(i))[..8]) mod root.sum` and walks down, left when
//! `r < L.sum`, else right with `r −= L.sum`. Leaves are therefore opened in proportion to
//! their weight, and a prover cannot choose which. The off-chain tree is
//! `offchain/libs/relay-mining`; `test-vectors/smst.json` there is checked here.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::sp_io::hashing::blake2_256;
use scale_info::TypeInfo;

/// A subtree's commitment: its hash, the sum of its leaves' weights and their number.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
)]
pub struct NodeSummary {
	pub hash: [u8; 32],
	pub sum: u64,
	pub count: u64,
}

impl NodeSummary {
	/// The summary of a leaf.
	pub fn leaf(key: &[u8; 32], value: &[u8], weight: u64) -> Self {
		let mut preimage = Vec::with_capacity(1 + 32 + 32 + 8);
		preimage.push(0u8);
		preimage.extend_from_slice(key);
		preimage.extend_from_slice(&blake2_256(value));
		preimage.extend_from_slice(&weight.to_le_bytes());
		Self { hash: blake2_256(&preimage), sum: weight, count: 1 }
	}

	/// The summary of an inner node over `left` and `right`; `None` if a sum overflows.
	pub fn inner(left: &Self, right: &Self) -> Option<Self> {
		let mut preimage = [0u8; 1 + 2 * 48];
		preimage[0] = 1;
		for (i, side) in [left, right].into_iter().enumerate() {
			let at = 1 + 48 * i;
			preimage[at..at + 32].copy_from_slice(&side.hash);
			preimage[at + 32..at + 40].copy_from_slice(&side.sum.to_le_bytes());
			preimage[at + 40..at + 48].copy_from_slice(&side.count.to_le_bytes());
		}
		Some(Self {
			hash: blake2_256(&preimage),
			sum: left.sum.checked_add(right.sum)?,
			count: left.count.checked_add(right.count)?,
		})
	}
}

/// A non-empty sibling as proofs carry it: the summary with compact sum and count. A proof's
/// siblings are `Option<Sibling>`, `None` standing for an empty subtree (one byte instead of 48),
/// which matters because every mined key lies below the difficulty target: their top bits are
/// zero, so the branches of a sparse session begin with a run of empty siblings.
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Sibling {
	pub hash: [u8; 32],
	#[codec(compact)]
	pub sum: u64,
	#[codec(compact)]
	pub count: u64,
}

impl From<&NodeSummary> for Option<Sibling> {
	fn from(node: &NodeSummary) -> Self {
		(node.count != 0).then_some(Sibling { hash: node.hash, sum: node.sum, count: node.count })
	}
}

/// The node summaries of siblings as a proof carries them. `Some` of an empty subtree is refused
/// ([`PathError::MalformedSibling`]) so that every path has a single encoding.
pub fn expand_siblings(siblings: &[Option<Sibling>]) -> Result<Vec<NodeSummary>, PathError> {
	if siblings.len() > 256 {
		return Err(PathError::TooDeep);
	}
	siblings
		.iter()
		.map(|sibling| match sibling {
			None => Ok(NodeSummary::default()),
			Some(s) if s.count == 0 => Err(PathError::MalformedSibling),
			Some(s) => Ok(NodeSummary { hash: s.hash, sum: s.sum, count: s.count }),
		})
		.collect()
}

/// A proof of any sum tree, as `offchain/libs/relay-mining` encodes one generically (its test
/// vectors): the leaf's value and weight, then the siblings from the root down. Relay claims
/// are proven with the pallet's `PathProof`, which replaces the value by a [`CompactRelay`]
/// and derives the weight from its usage.
///
/// [`CompactRelay`]: sibyl_primitives::relay::CompactRelay
#[derive(Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct TreeProof {
	pub value: Vec<u8>,
	#[codec(compact)]
	pub weight: u64,
	pub siblings: Vec<Option<Sibling>>,
}

/// Why a path proof was rejected.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum PathError {
	/// More siblings than key bits.
	TooDeep,
	/// The branch does not hash to the claimed root, sum and count.
	RootMismatch,
	/// The branch is genuine but the path's walk leads to another leaf.
	WrongLeafForPath,
	/// A weight sum overflowed.
	Overflow,
	/// The claim has no weight, so no path can be drawn.
	EmptyClaim,
	/// A leaf of weight zero (weights are compute units, at least 1).
	ZeroWeight,
	/// A sibling that is neither empty (0³², 0, 0) nor a subtree whose sum covers its count.
	MalformedSibling,
	/// A single leaf beside an empty sibling: the compact tree would hold it one level up.
	NonCanonical,
}

/// Bit `depth` of `key`, MSB-first.
pub fn key_bit(key: &[u8; 32], depth: usize) -> bool {
	(key[depth / 8] >> (7 - depth % 8)) & 1 == 1
}

/// The walk value of path `index` under `seed` for a tree of total weight `sum`.
pub fn path_target(seed: &[u8; 32], index: u32, sum: u64) -> Option<u64> {
	if sum == 0 {
		return None;
	}
	let mut preimage = [0u8; 36];
	preimage[..32].copy_from_slice(seed);
	preimage[32..].copy_from_slice(&index.to_le_bytes());
	let hash = blake2_256(&preimage);
	let mut first = [0u8; 8];
	first.copy_from_slice(&hash[..8]);
	Some(u64::from_le_bytes(first) % sum)
}

/// Checks that `leaf` (whose key is `key`) and `siblings` (root side first) open path `index`
/// of the tree committed to by `root` under `seed`. Returns the path's nodes, root first and
/// the leaf last, from which [`join_branch`] completes the next path of the same proof.
pub fn verify_path(
	root: &NodeSummary,
	seed: &[u8; 32],
	index: u32,
	key: &[u8; 32],
	leaf: &NodeSummary,
	siblings: &[NodeSummary],
) -> Result<Vec<NodeSummary>, PathError> {
	if siblings.len() > 256 {
		return Err(PathError::TooDeep);
	}
	let mut r = path_target(seed, index, root.sum).ok_or(PathError::EmptyClaim)?;
	if leaf.sum == 0 {
		return Err(PathError::ZeroWeight);
	}
	let well_formed =
		|s: &NodeSummary| if s.count == 0 { *s == NodeSummary::default() } else { s.sum >= s.count };
	if !siblings.iter().all(well_formed) {
		return Err(PathError::MalformedSibling);
	}
	// Bottom-up: the summary of the path's node at every depth (own[d] is at depth d).
	let depth = siblings.len();
	let mut own = Vec::with_capacity(depth + 1);
	own.push(*leaf);
	for d in (0..depth).rev() {
		let node = own.last().expect("starts with the leaf");
		let sibling = &siblings[d];
		if sibling.count == 0 && node.count == 1 {
			return Err(PathError::NonCanonical);
		}
		let parent = if key_bit(key, d) {
			NodeSummary::inner(sibling, node)
		} else {
			NodeSummary::inner(node, sibling)
		}
		.ok_or(PathError::Overflow)?;
		own.push(parent);
	}
	own.reverse();
	if own[0] != *root {
		return Err(PathError::RootMismatch);
	}
	// Top-down: the weighted walk must take the key's side at every depth.
	for d in 0..depth {
		let (left_sum, went_right) = if key_bit(key, d) {
			(siblings[d].sum, true)
		} else {
			(own[d + 1].sum, false)
		};
		let goes_right = r >= left_sum;
		if goes_right != went_right {
			return Err(PathError::WrongLeafForPath);
		}
		if goes_right {
			r -= left_sum;
		}
	}
	// At the leaf, r falls inside its weight by construction of the sums.
	if r >= leaf.sum {
		return Err(PathError::WrongLeafForPath);
	}
	Ok(own)
}

/// The full siblings of a path given only those below where it leaves the previous path of the
/// same proof, whose key, siblings and nodes ([`verify_path`]'s result) are `previous`. Two
/// branches of one tree agree above the depth `d` at which their keys first differ, and there
/// each one's sibling is the other's node, so a proof sends, after its first path, only
/// `rest`: the siblings below `d` (none if both paths open the same leaf). That saves the shared
/// top of the tree, about three siblings a path. Nothing is trusted here: the joined branch is
/// verified like any other.
pub fn join_branch(
	previous_key: &[u8; 32],
	previous_siblings: &[NodeSummary],
	previous_nodes: &[NodeSummary],
	key: &[u8; 32],
	rest: &[NodeSummary],
) -> Result<Vec<NodeSummary>, PathError> {
	let shared = (0..256).find(|&d| key_bit(key, d) != key_bit(previous_key, d)).unwrap_or(256);
	let mut siblings = Vec::with_capacity(shared.saturating_add(1).saturating_add(rest.len()));
	if shared < previous_siblings.len() {
		siblings.extend_from_slice(&previous_siblings[..shared]);
		siblings.push(*previous_nodes.get(shared + 1).ok_or(PathError::TooDeep)?);
	} else {
		// The previous leaf sits above the split, so only that same leaf can be opened here.
		siblings.extend_from_slice(previous_siblings);
	}
	siblings.extend_from_slice(rest);
	if siblings.len() > 256 {
		return Err(PathError::TooDeep);
	}
	Ok(siblings)
}
