//! Weights for `pallet_sibyl_jobs`, measured by `sibyl-node benchmark pallet`; do not edit by hand.
//! Regenerate with `npm run bench:weights` (docs/network.md, "Weights").
//!
//! Date 2026-12-04; 20 steps, 5 repeats; Compiled wasm;
//! CPU `AMD EPYC`. Command:
//! `/root/.cache/sibyl/cargo-target/release/sibyl-node benchmark pallet --runtime /root/.cache/sibyl/cargo-target-bench/release/wbuild/sibyl-runtime/sibyl_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_sibyl_jobs --extrinsic * --steps 20 --repeat 5 --wasm-execution compiled --heap-pages 4096 --template chain/benchmarking/weight-template.hbs --output chain/pallets/jobs/src/weights.rs `
//!
//! Each weight is the measured time (a base plus a slope per component, in picoseconds), the
//! storage reads and writes charged at the runtime's `DbWeight`, and the proof size.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use core::marker::PhantomData;
use polkadot_sdk::frame_support::{
	traits::Get,
	weights::{constants::RocksDbWeight, Weight},
};

/// Weight functions of `pallet_sibyl_jobs`.
pub trait WeightInfo {
	fn submit(i: u32) -> Weight;
	fn submit_result(o: u32) -> Weight;
	fn refuse() -> Weight;
	fn set_parameters() -> Weight;
	fn on_initialize_idle() -> Weight;
	fn assign(j: u32) -> Weight;
	fn expire(j: u32) -> Weight;
	fn prune(j: u32) -> Weight;
}

/// Measured weights, charged through the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Stakes::Bonds` (r:1 w:0)
	/// Proof: `Stakes::Bonds` (`max_values`: None, `max_size`: Some(394), added: 2869, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Parameters` (r:1 w:0)
	/// Proof: `Stakes::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `Models::Registry` (r:1 w:0)
	/// Proof: `Models::Registry` (`max_values`: None, `max_size`: Some(12673), added: 15148, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Parameters` (r:1 w:0)
	/// Proof: `Jobs::Parameters` (`max_values`: Some(1), `max_size`: Some(44), added: 539, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::OpenJobs` (r:1 w:1)
	/// Proof: `Jobs::OpenJobs` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::NextJobId` (r:1 w:1)
	/// Proof: `Jobs::NextJobId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PendingJobs` (r:1 w:1)
	/// Proof: `Jobs::PendingJobs` (`max_values`: Some(1), `max_size`: Some(514), added: 1009, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::CurrentSession` (r:1 w:0)
	/// Proof: `Sessions::CurrentSession` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:0 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(131307), added: 133782, mode: `MaxEncodedLen`)
	/// The range of component `i` is `[40, 65536]`.
	fn submit(i: u32) -> Weight {
		// Proof size: measured `13913`, estimated `16138`.
		// Minimum execution time: 106_669_000 picoseconds.
		Weight::from_parts(43_631_357, 16138)
			// Standard error: 251
			.saturating_add(Weight::from_parts(94_577, 0).saturating_mul(i.into()))
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(131307), added: 133782, mode: `MaxEncodedLen`)
	/// Storage: `Models::Registry` (r:1 w:0)
	/// Proof: `Models::Registry` (`max_values`: None, `max_size`: Some(12673), added: 15148, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::OpenJobs` (r:1 w:1)
	/// Proof: `Jobs::OpenJobs` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::AssignedWork` (r:1 w:1)
	/// Proof: `Jobs::AssignedWork` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::AssignedTo` (r:1 w:1)
	/// Proof: `Jobs::AssignedTo` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Parameters` (r:1 w:0)
	/// Proof: `Jobs::Parameters` (`max_values`: Some(1), `max_size`: Some(44), added: 539, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PruneBounds` (r:1 w:1)
	/// Proof: `Jobs::PruneBounds` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Outstanding` (r:1 w:1)
	/// Proof: `Settlement::Outstanding` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::NextRoundId` (r:1 w:1)
	/// Proof: `Tiqe::NextRoundId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::PendingHead` (r:1 w:0)
	/// Proof: `Tiqe::PendingHead` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::Pending` (r:0 w:1)
	/// Proof: `Tiqe::Pending` (`max_values`: None, `max_size`: Some(2114), added: 4589, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PruneQueue` (r:0 w:1)
	/// Proof: `Jobs::PruneQueue` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::JobByDigest` (r:0 w:1)
	/// Proof: `Jobs::JobByDigest` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::AwaitingEvaluation` (r:0 w:1)
	/// Proof: `Settlement::AwaitingEvaluation` (`max_values`: None, `max_size`: Some(638), added: 3113, mode: `MaxEncodedLen`)
	/// The range of component `o` is `[0, 65536]`.
	fn submit_result(o: u32) -> Weight {
		// Proof size: measured `80684`, estimated `134772`.
		// Minimum execution time: 227_509_000 picoseconds.
		Weight::from_parts(301_646_222, 134772)
			// Standard error: 219
			.saturating_add(Weight::from_parts(2_325, 0).saturating_mul(o.into()))
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().writes(13))
	}
	/// Storage: `Jobs::Jobs` (r:1 w:1)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(131307), added: 133782, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::OpenJobs` (r:1 w:1)
	/// Proof: `Jobs::OpenJobs` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::AssignedWork` (r:1 w:1)
	/// Proof: `Jobs::AssignedWork` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::AssignedTo` (r:1 w:1)
	/// Proof: `Jobs::AssignedTo` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Parameters` (r:1 w:0)
	/// Proof: `Jobs::Parameters` (`max_values`: Some(1), `max_size`: Some(44), added: 539, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PruneBounds` (r:1 w:1)
	/// Proof: `Jobs::PruneBounds` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PruneQueue` (r:0 w:1)
	/// Proof: `Jobs::PruneQueue` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	fn refuse() -> Weight {
		// Proof size: measured `67731`, estimated `134772`.
		// Minimum execution time: 164_065_000 picoseconds.
		Weight::from_parts(203_143_000, 134772)
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `Jobs::Parameters` (r:0 w:1)
	/// Proof: `Jobs::Parameters` (`max_values`: Some(1), `max_size`: Some(44), added: 539, mode: `MaxEncodedLen`)
	fn set_parameters() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 5_508_000 picoseconds.
		Weight::from_parts(6_489_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Jobs::PendingJobs` (r:1 w:0)
	/// Proof: `Jobs::PendingJobs` (`max_values`: Some(1), `max_size`: Some(514), added: 1009, mode: `MaxEncodedLen`)
	fn on_initialize_idle() -> Weight {
		// Proof size: measured `43`, estimated `1999`.
		// Minimum execution time: 2_113_000 picoseconds.
		Weight::from_parts(2_433_000, 1999)
			.saturating_add(T::DbWeight::get().reads(1))
	}
	/// Storage: `Jobs::PendingJobs` (r:1 w:1)
	/// Proof: `Jobs::PendingJobs` (`max_values`: Some(1), `max_size`: Some(514), added: 1009, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::CurrentSession` (r:1 w:0)
	/// Proof: `Sessions::CurrentSession` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Parameters` (r:1 w:0)
	/// Proof: `Jobs::Parameters` (`max_values`: Some(1), `max_size`: Some(44), added: 539, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:64 w:64)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(131307), added: 133782, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::Sessions` (r:1 w:0)
	/// Proof: `Sessions::Sessions` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::Candidates` (r:1 w:0)
	/// Proof: `Sessions::Candidates` (`max_values`: None, `max_size`: Some(13342), added: 15817, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::AssignedTo` (r:31 w:4)
	/// Proof: `Jobs::AssignedTo` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::AssignedWork` (r:31 w:4)
	/// Proof: `Jobs::AssignedWork` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Suppliers` (r:31 w:0)
	/// Proof: `Stakes::Suppliers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Proof: `RandomnessCollectiveFlip::RandomMaterial` (`max_values`: Some(1), `max_size`: Some(2594), added: 3089, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Deadlines` (r:1 w:1)
	/// Proof: `Jobs::Deadlines` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// The range of component `j` is `[0, 64]`.
	fn assign(j: u32) -> Weight {
		// Proof size: measured `221159 + j * (70 ±0)`, estimated `8563038 + j * (957 ±124)`.
		// Minimum execution time: 1_867_492_000 picoseconds.
		Weight::from_parts(2_031_964_365, 8563038)
			// Standard error: 680_136
			.saturating_add(Weight::from_parts(151_056_328, 0).saturating_mul(j.into()))
			.saturating_add(T::DbWeight::get().reads(100))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(j.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(j.into())))
			.saturating_add(Weight::from_parts(0, 957).saturating_mul(j.into()))
	}
	/// Storage: `Jobs::Deadlines` (r:1 w:1)
	/// Proof: `Jobs::Deadlines` (`max_values`: None, `max_size`: Some(526), added: 3001, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Parameters` (r:1 w:0)
	/// Proof: `Jobs::Parameters` (`max_values`: Some(1), `max_size`: Some(44), added: 539, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:64 w:64)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(131307), added: 133782, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:7 w:7)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:6 w:6)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::OpenJobs` (r:2 w:2)
	/// Proof: `Jobs::OpenJobs` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::AssignedWork` (r:4 w:4)
	/// Proof: `Jobs::AssignedWork` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::AssignedTo` (r:4 w:4)
	/// Proof: `Jobs::AssignedTo` (`max_values`: None, `max_size`: Some(177), added: 2652, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PruneBounds` (r:1 w:1)
	/// Proof: `Jobs::PruneBounds` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Bonds` (r:4 w:4)
	/// Proof: `Stakes::Bonds` (`max_values`: None, `max_size`: Some(394), added: 2869, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PruneQueue` (r:0 w:64)
	/// Proof: `Jobs::PruneQueue` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `j` is `[0, 64]`.
	fn expire(j: u32) -> Weight {
		// Proof size: measured `41944 + j * (4096 ±0)`, estimated `6951 + j * (133782 ±0)`.
		// Minimum execution time: 10_486_000 picoseconds.
		Weight::from_parts(54_691_967, 6951)
			// Standard error: 357_358
			.saturating_add(Weight::from_parts(136_799_625, 0).saturating_mul(j.into()))
			.saturating_add(T::DbWeight::get().reads(8))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(j.into())))
			.saturating_add(T::DbWeight::get().writes(7))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(j.into())))
			.saturating_add(Weight::from_parts(0, 133782).saturating_mul(j.into()))
	}
	/// Storage: `Jobs::PruneBounds` (r:1 w:1)
	/// Proof: `Jobs::PruneBounds` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::PruneQueue` (r:16 w:16)
	/// Proof: `Jobs::PruneQueue` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Jobs` (r:16 w:16)
	/// Proof: `Jobs::Jobs` (`max_values`: None, `max_size`: Some(131307), added: 133782, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::JobByDigest` (r:0 w:16)
	/// Proof: `Jobs::JobByDigest` (`max_values`: None, `max_size`: Some(40), added: 2515, mode: `MaxEncodedLen`)
	/// The range of component `j` is `[0, 16]`.
	fn prune(j: u32) -> Weight {
		// Proof size: measured `216 + j * (131340 ±0)`, estimated `3700 + j * (133782 ±0)`.
		// Minimum execution time: 7_671_000 picoseconds.
		Weight::from_parts(8_323_000, 3700)
			// Standard error: 158_929
			.saturating_add(Weight::from_parts(76_157_192, 0).saturating_mul(j.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(j.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(j.into())))
			.saturating_add(Weight::from_parts(0, 133782).saturating_mul(j.into()))
	}
}

/// For tests: the same measurements charged at RocksDB's weights.
impl WeightInfo for () {
	fn submit(i: u32) -> Weight {
		Weight::from_parts(43_631_357, 16138)
			.saturating_add(Weight::from_parts(94_577, 0).saturating_mul(i.into()))
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn submit_result(o: u32) -> Weight {
		Weight::from_parts(301_646_222, 134772)
			.saturating_add(Weight::from_parts(2_325, 0).saturating_mul(o.into()))
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().writes(13))
	}
	fn refuse() -> Weight {
		Weight::from_parts(203_143_000, 134772)
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn set_parameters() -> Weight {
		Weight::from_parts(6_489_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn on_initialize_idle() -> Weight {
		Weight::from_parts(2_433_000, 1999)
			.saturating_add(RocksDbWeight::get().reads(1))
	}
	fn assign(j: u32) -> Weight {
		Weight::from_parts(2_031_964_365, 8563038)
			.saturating_add(Weight::from_parts(151_056_328, 0).saturating_mul(j.into()))
			.saturating_add(RocksDbWeight::get().reads(100))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(j.into())))
			.saturating_add(RocksDbWeight::get().writes(3))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(j.into())))
			.saturating_add(Weight::from_parts(0, 957).saturating_mul(j.into()))
	}
	fn expire(j: u32) -> Weight {
		Weight::from_parts(54_691_967, 6951)
			.saturating_add(Weight::from_parts(136_799_625, 0).saturating_mul(j.into()))
			.saturating_add(RocksDbWeight::get().reads(8))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(j.into())))
			.saturating_add(RocksDbWeight::get().writes(7))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(j.into())))
			.saturating_add(Weight::from_parts(0, 133782).saturating_mul(j.into()))
	}
	fn prune(j: u32) -> Weight {
		Weight::from_parts(8_323_000, 3700)
			.saturating_add(Weight::from_parts(76_157_192, 0).saturating_mul(j.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(j.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(j.into())))
			.saturating_add(Weight::from_parts(0, 133782).saturating_mul(j.into()))
	}
}
