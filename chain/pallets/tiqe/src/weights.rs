//! Weights for `pallet_sibyl_tiqe`, measured by `sibyl-node benchmark pallet`; do not edit by hand.
//! Regenerate with `npm run bench:weights` (docs/network.md, "Weights").
//!
//! Date 2026-12-04; 20 steps, 5 repeats; Compiled wasm;
//! CPU `AMD EPYC`. Command:
//! `/root/.cache/sibyl/cargo-target/release/sibyl-node benchmark pallet --runtime /root/.cache/sibyl/cargo-target-bench/release/wbuild/sibyl-runtime/sibyl_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_sibyl_tiqe --extrinsic * --steps 20 --repeat 5 --wasm-execution compiled --heap-pages 4096 --template chain/benchmarking/weight-template.hbs --output chain/pallets/tiqe/src/weights.rs `
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

/// Weight functions of `pallet_sibyl_tiqe`.
pub trait WeightInfo {
	fn commit_relays(r: u32) -> Weight;
	fn commit_score(c: u32) -> Weight;
	fn reveal_score(c: u32) -> Weight;
	fn set_parameters() -> Weight;
	fn set_calibration() -> Weight;
	fn on_initialize_base() -> Weight;
	fn open_round(v: u32, r: u32) -> Weight;
	fn read_validators(v: u32) -> Weight;
	fn finalize_round(c: u32) -> Weight;
}

/// Measured weights, charged through the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Stakes::SuppliersByModel` (r:1 w:0)
	/// Proof: `Stakes::SuppliersByModel` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Bonds` (r:1 w:0)
	/// Proof: `Stakes::Bonds` (`max_values`: None, `max_size`: Some(394), added: 2869, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Parameters` (r:1 w:0)
	/// Proof: `Stakes::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::NextRoundId` (r:1 w:1)
	/// Proof: `Tiqe::NextRoundId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::PendingHead` (r:1 w:0)
	/// Proof: `Tiqe::PendingHead` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::Pending` (r:0 w:1)
	/// Proof: `Tiqe::Pending` (`max_values`: None, `max_size`: Some(2114), added: 4589, mode: `MaxEncodedLen`)
	/// The range of component `r` is `[1, 64]`.
	fn commit_relays(r: u32) -> Weight {
		// Proof size: measured `424`, estimated `3859`.
		// Minimum execution time: 27_581_000 picoseconds.
		Weight::from_parts(40_414_521, 3859)
			// Standard error: 5_667
			.saturating_add(Weight::from_parts(246_773, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Tiqe::Rounds` (r:1 w:0)
	/// Proof: `Tiqe::Rounds` (`max_values`: None, `max_size`: Some(2891), added: 5366, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::Votes` (r:1 w:1)
	/// Proof: `Tiqe::Votes` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[1, 16]`.
	fn commit_score(c: u32) -> Weight {
		// Proof size: measured `2227 + c * (48 ±0)`, estimated `6356`.
		// Minimum execution time: 18_889_000 picoseconds.
		Weight::from_parts(26_700_192, 6356)
			// Standard error: 9_160
			.saturating_add(Weight::from_parts(1_425, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Tiqe::Rounds` (r:1 w:0)
	/// Proof: `Tiqe::Rounds` (`max_values`: None, `max_size`: Some(2891), added: 5366, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::Votes` (r:1 w:1)
	/// Proof: `Tiqe::Votes` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[1, 16]`.
	fn reveal_score(_c: u32) -> Weight {
		// Proof size: measured `2348 + c * (48 ±0)`, estimated `6356`.
		// Minimum execution time: 21_161_000 picoseconds.
		Weight::from_parts(34_797_417, 6356)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Tiqe::Parameters` (r:0 w:1)
	/// Proof: `Tiqe::Parameters` (`max_values`: Some(1), `max_size`: Some(52), added: 547, mode: `MaxEncodedLen`)
	fn set_parameters() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 5_618_000 picoseconds.
		Weight::from_parts(7_531_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Models::Registry` (r:1 w:0)
	/// Proof: `Models::Registry` (`max_values`: None, `max_size`: Some(12673), added: 15148, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::Calibrations` (r:1 w:1)
	/// Proof: `Tiqe::Calibrations` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	fn set_calibration() -> Weight {
		// Proof size: measured `12873`, estimated `16138`.
		// Minimum execution time: 23_735_000 picoseconds.
		Weight::from_parts(28_332_000, 16138)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Tiqe::RoundsEnding` (r:2 w:0)
	/// Proof: `Tiqe::RoundsEnding` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::Parameters` (r:1 w:0)
	/// Proof: `Tiqe::Parameters` (`max_values`: Some(1), `max_size`: Some(52), added: 547, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::NextRoundId` (r:1 w:0)
	/// Proof: `Tiqe::NextRoundId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::PendingHead` (r:1 w:1)
	/// Proof: `Tiqe::PendingHead` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::Pending` (r:1 w:0)
	/// Proof: `Tiqe::Pending` (`max_values`: None, `max_size`: Some(2114), added: 4589, mode: `MaxEncodedLen`)
	fn on_initialize_base() -> Weight {
		// Proof size: measured `2389`, estimated `6094`.
		// Minimum execution time: 18_147_000 picoseconds.
		Weight::from_parts(30_545_000, 6094)
			.saturating_add(T::DbWeight::get().reads(6))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Tiqe::Pending` (r:1 w:1)
	/// Proof: `Tiqe::Pending` (`max_values`: None, `max_size`: Some(2114), added: 4589, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::RoundsEnding` (r:1 w:1)
	/// Proof: `Tiqe::RoundsEnding` (`max_values`: None, `max_size`: Some(77), added: 2552, mode: `MaxEncodedLen`)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Proof: `RandomnessCollectiveFlip::RandomMaterial` (`max_values`: Some(1), `max_size`: Some(2594), added: 3089, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::Rounds` (r:0 w:1)
	/// Proof: `Tiqe::Rounds` (`max_values`: None, `max_size`: Some(2891), added: 5366, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::OpenRounds` (r:0 w:16)
	/// Proof: `Tiqe::OpenRounds` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// The range of component `v` is `[1, 256]`.
	/// The range of component `r` is `[1, 64]`.
	fn open_round(_v: u32, r: u32) -> Weight {
		// Proof size: measured `331 + r * (32 ±0)`, estimated `5579`.
		// Minimum execution time: 105_017_000 picoseconds.
		Weight::from_parts(137_782_374, 5579)
			// Standard error: 99_622
			.saturating_add(Weight::from_parts(957_976, 0).saturating_mul(r.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(15))
	}
	/// Storage: `Stakes::Parameters` (r:1 w:0)
	/// Proof: `Stakes::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Bonds` (r:257 w:0)
	/// Proof: `Stakes::Bonds` (`max_values`: None, `max_size`: Some(394), added: 2869, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::OpenRounds` (r:256 w:0)
	/// Proof: `Tiqe::OpenRounds` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// The range of component `v` is `[0, 256]`.
	fn read_validators(v: u32) -> Weight {
		// Proof size: measured `232 + v * (129 ±0)`, estimated `3859 + v * (2869 ±0)`.
		// Minimum execution time: 8_062_000 picoseconds.
		Weight::from_parts(8_773_000, 3859)
			// Standard error: 29_906
			.saturating_add(Weight::from_parts(9_308_422, 0).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(v.into())))
			.saturating_add(Weight::from_parts(0, 2869).saturating_mul(v.into()))
	}
	/// Storage: `Tiqe::Rounds` (r:1 w:1)
	/// Proof: `Tiqe::Rounds` (`max_values`: None, `max_size`: Some(2891), added: 5366, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::Parameters` (r:1 w:0)
	/// Proof: `Tiqe::Parameters` (`max_values`: Some(1), `max_size`: Some(52), added: 547, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::OpenRounds` (r:16 w:16)
	/// Proof: `Tiqe::OpenRounds` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::Votes` (r:16 w:16)
	/// Proof: `Tiqe::Votes` (`max_values`: None, `max_size`: Some(102), added: 2577, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Bonds` (r:16 w:16)
	/// Proof: `Stakes::Bonds` (`max_values`: None, `max_size`: Some(394), added: 2869, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:16 w:16)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:17 w:17)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::SessionQuality` (r:1 w:2)
	/// Proof: `Tiqe::SessionQuality` (`max_values`: None, `max_size`: Some(72), added: 2547, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::Reputation` (r:1 w:1)
	/// Proof: `Tiqe::Reputation` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::Calibrations` (r:1 w:0)
	/// Proof: `Tiqe::Calibrations` (`max_values`: None, `max_size`: Some(56), added: 2531, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::AwaitingEvaluation` (r:1 w:0)
	/// Proof: `Settlement::AwaitingEvaluation` (`max_values`: None, `max_size`: Some(638), added: 3113, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::Quality` (r:0 w:1)
	/// Proof: `Tiqe::Quality` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::RoundResults` (r:0 w:2)
	/// Proof: `Tiqe::RoundResults` (`max_values`: None, `max_size`: Some(63), added: 2538, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[1, 16]`.
	fn finalize_round(c: u32) -> Weight {
		// Proof size: measured `3300 + c * (416 ±0)`, estimated `6356 + c * (2869 ±0)`.
		// Minimum execution time: 157_365_000 picoseconds.
		Weight::from_parts(113_464_066, 6356)
			// Standard error: 231_256
			.saturating_add(Weight::from_parts(64_119_788, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(8))
			.saturating_add(T::DbWeight::get().writes((5_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2869).saturating_mul(c.into()))
	}
}

/// For tests: the same measurements charged at RocksDB's weights.
impl WeightInfo for () {
	fn commit_relays(r: u32) -> Weight {
		Weight::from_parts(40_414_521, 3859)
			.saturating_add(Weight::from_parts(246_773, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn commit_score(c: u32) -> Weight {
		Weight::from_parts(26_700_192, 6356)
			.saturating_add(Weight::from_parts(1_425, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn reveal_score(_c: u32) -> Weight {
		Weight::from_parts(34_797_417, 6356)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_parameters() -> Weight {
		Weight::from_parts(7_531_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_calibration() -> Weight {
		Weight::from_parts(28_332_000, 16138)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn on_initialize_base() -> Weight {
		Weight::from_parts(30_545_000, 6094)
			.saturating_add(RocksDbWeight::get().reads(6))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn open_round(_v: u32, r: u32) -> Weight {
		Weight::from_parts(137_782_374, 5579)
			.saturating_add(Weight::from_parts(957_976, 0).saturating_mul(r.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(15))
	}
	fn read_validators(v: u32) -> Weight {
		Weight::from_parts(8_773_000, 3859)
			.saturating_add(Weight::from_parts(9_308_422, 0).saturating_mul(v.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(v.into())))
			.saturating_add(Weight::from_parts(0, 2869).saturating_mul(v.into()))
	}
	fn finalize_round(c: u32) -> Weight {
		Weight::from_parts(113_464_066, 6356)
			.saturating_add(Weight::from_parts(64_119_788, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().reads((5_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes(8))
			.saturating_add(RocksDbWeight::get().writes((5_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2869).saturating_mul(c.into()))
	}
}
