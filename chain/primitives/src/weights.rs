//! The weight estimate every Sibyl pallet's `weights.rs` builds on until benchmarks replace them.

use polkadot_sdk::frame_support::weights::{RuntimeDbWeight, Weight};

/// `compute` picoseconds of execution plus `reads` and `writes` at `db`'s cost, with a fixed
/// 8 kB proof-size allowance.
pub fn estimate(db: RuntimeDbWeight, compute: u64, reads: u64, writes: u64) -> Weight {
	Weight::from_parts(compute, 8_000).saturating_add(db.reads_writes(reads, writes))
}
