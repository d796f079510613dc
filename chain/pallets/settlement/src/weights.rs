//! Weights for `pallet_sibyl_settlement`, measured by `sibyl-node benchmark pallet`; do not edit by hand.
//! Regenerate with `npm run bench:weights` (docs/network.md, "Weights").
//!
//! Date 2026-12-04; 20 steps, 5 repeats; Compiled wasm;
//! CPU `AMD EPYC`. Command:
//! `/root/.cache/sibyl/cargo-target/release/sibyl-node benchmark pallet --runtime /root/.cache/sibyl/cargo-target-bench/release/wbuild/sibyl-runtime/sibyl_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_sibyl_settlement --extrinsic * --steps 20 --repeat 5 --wasm-execution compiled --heap-pages 4096 --template chain/benchmarking/weight-template.hbs --output chain/pallets/settlement/src/weights.rs `
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

/// Weight functions of `pallet_sibyl_settlement`.
pub trait WeightInfo {
	fn set_parameters() -> Weight;
	fn await_evaluation() -> Weight;
	fn settle(p: u32) -> Weight;
}

/// Measured weights, charged through the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Settlement::Parameters` (r:0 w:1)
	/// Proof: `Settlement::Parameters` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn set_parameters() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 5_177_000 picoseconds.
		Weight::from_parts(6_279_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Settlement::Outstanding` (r:1 w:1)
	/// Proof: `Settlement::Outstanding` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::NextRoundId` (r:1 w:0)
	/// Proof: `Tiqe::NextRoundId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::PendingHead` (r:1 w:0)
	/// Proof: `Tiqe::PendingHead` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::DeferredTail` (r:1 w:1)
	/// Proof: `Settlement::DeferredTail` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::DeferredHead` (r:1 w:0)
	/// Proof: `Settlement::DeferredHead` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::DeferredClaims` (r:0 w:1)
	/// Proof: `Settlement::DeferredClaims` (`max_values`: None, `max_size`: Some(1147), added: 3622, mode: `MaxEncodedLen`)
	fn await_evaluation() -> Weight {
		// Proof size: measured `270`, estimated `3517`.
		// Minimum execution time: 30_816_000 picoseconds.
		Weight::from_parts(40_501_000, 3517)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Settlement::AwaitingEvaluation` (r:1 w:1)
	/// Proof: `Settlement::AwaitingEvaluation` (`max_values`: None, `max_size`: Some(638), added: 3113, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Parameters` (r:1 w:0)
	/// Proof: `Settlement::Parameters` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::SessionPrices` (r:1 w:0)
	/// Proof: `Pricing::SessionPrices` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Models::Registry` (r:1 w:0)
	/// Proof: `Models::Registry` (`max_values`: None, `max_size`: Some(12673), added: 15148, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Applications` (r:1 w:0)
	/// Proof: `Stakes::Applications` (`max_values`: None, `max_size`: Some(1658), added: 4133, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Spent` (r:2 w:2)
	/// Proof: `Settlement::Spent` (`max_values`: None, `max_size`: Some(80), added: 2555, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Bonds` (r:1 w:1)
	/// Proof: `Stakes::Bonds` (`max_values`: None, `max_size`: Some(394), added: 2869, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:35 w:35)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Usage` (r:1 w:1)
	/// Proof: `Pricing::Usage` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Outstanding` (r:1 w:1)
	/// Proof: `Settlement::Outstanding` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[3, 35]`.
	fn settle(p: u32) -> Weight {
		// Proof size: measured `14293 + p * (29 ±0)`, estimated `16138 + p * (2548 ±4)`.
		// Minimum execution time: 219_086_000 picoseconds.
		Weight::from_parts(89_348_399, 16138)
			// Standard error: 63_848
			.saturating_add(Weight::from_parts(50_281_334, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(12))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(T::DbWeight::get().writes(8))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2548).saturating_mul(p.into()))
	}
}

/// For tests: the same measurements charged at RocksDB's weights.
impl WeightInfo for () {
	fn set_parameters() -> Weight {
		Weight::from_parts(6_279_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn await_evaluation() -> Weight {
		Weight::from_parts(40_501_000, 3517)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn settle(p: u32) -> Weight {
		Weight::from_parts(89_348_399, 16138)
			.saturating_add(Weight::from_parts(50_281_334, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(12))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(p.into())))
			.saturating_add(RocksDbWeight::get().writes(8))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(p.into())))
			.saturating_add(Weight::from_parts(0, 2548).saturating_mul(p.into()))
	}
}
