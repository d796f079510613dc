//! Weights for `pallet_sibyl_sessions`, measured by `sibyl-node benchmark pallet`; do not edit by hand.
//! Regenerate with `npm run bench:weights` (docs/network.md, "Weights").
//!
//! Date 2026-12-04; 20 steps, 5 repeats; Compiled wasm;
//! CPU `AMD EPYC`. Command:
//! `/root/.cache/sibyl/cargo-target/release/sibyl-node benchmark pallet --runtime /root/.cache/sibyl/cargo-target-bench/release/wbuild/sibyl-runtime/sibyl_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_sibyl_sessions --extrinsic * --steps 20 --repeat 5 --wasm-execution compiled --heap-pages 4096 --template chain/benchmarking/weight-template.hbs --output chain/pallets/sessions/src/weights.rs `
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

/// Weight functions of `pallet_sibyl_sessions`.
pub trait WeightInfo {
	fn set_parameters() -> Weight;
	fn on_initialize_idle() -> Weight;
	fn start_session(s: u32, e: u32, m: u32) -> Weight;
}

/// Measured weights, charged through the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Sessions::Parameters` (r:0 w:1)
	/// Proof: `Sessions::Parameters` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	fn set_parameters() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 5_358_000 picoseconds.
		Weight::from_parts(8_213_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Sessions::CurrentSession` (r:1 w:0)
	/// Proof: `Sessions::CurrentSession` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::Sessions` (r:1 w:0)
	/// Proof: `Sessions::Sessions` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	fn on_initialize_idle() -> Weight {
		// Proof size: measured `163`, estimated `3525`.
		// Minimum execution time: 6_640_000 picoseconds.
		Weight::from_parts(7_341_000, 3525)
			.saturating_add(T::DbWeight::get().reads(2))
	}
	/// Storage: `Sessions::Parameters` (r:1 w:0)
	/// Proof: `Sessions::Parameters` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Proof: `RandomnessCollectiveFlip::RandomMaterial` (`max_values`: Some(1), `max_size`: Some(2594), added: 3089, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Parameters` (r:1 w:0)
	/// Proof: `Stakes::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Bonds` (r:1025 w:0)
	/// Proof: `Stakes::Bonds` (`max_values`: None, `max_size`: Some(394), added: 2869, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Suppliers` (r:1024 w:0)
	/// Proof: `Stakes::Suppliers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::Reputation` (r:1024 w:0)
	/// Proof: `Tiqe::Reputation` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Models::Registry` (r:65 w:0)
	/// Proof: `Models::Registry` (`max_values`: None, `max_size`: Some(12673), added: 15148, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::Candidates` (r:1024 w:1088)
	/// Proof: `Sessions::Candidates` (`max_values`: None, `max_size`: Some(13342), added: 15817, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Parameters` (r:1 w:0)
	/// Proof: `Pricing::Parameters` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Prices` (r:64 w:64)
	/// Proof: `Pricing::Prices` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::Parameters` (r:1 w:0)
	/// Proof: `RelayMining::Parameters` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::Difficulties` (r:1 w:0)
	/// Proof: `RelayMining::Difficulties` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::EstimatedRelays` (r:1 w:0)
	/// Proof: `RelayMining::EstimatedRelays` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::Sessions` (r:0 w:2)
	/// Proof: `Sessions::Sessions` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::CurrentSession` (r:0 w:1)
	/// Proof: `Sessions::CurrentSession` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Usage` (r:0 w:64)
	/// Proof: `Pricing::Usage` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::SessionPrices` (r:0 w:64)
	/// Proof: `Pricing::SessionPrices` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `s` is `[1, 1024]`.
	/// The range of component `e` is `[0, 16384]`.
	/// The range of component `m` is `[0, 2048]`.
	fn start_session(s: u32, e: u32, m: u32) -> Weight {
		// Proof size: measured `0 + e * (49 ±0) + m * (22 ±0) + s * (909 ±0)`, estimated `141931 + e * (118 ±2) + m * (6600 ±448) + s * (2869 ±33)`.
		// Minimum execution time: 1_927_872_000 picoseconds.
		Weight::from_parts(1_951_588_000, 141931)
			// Standard error: 4_486_257
			.saturating_add(Weight::from_parts(101_695_341, 0).saturating_mul(s.into()))
			// Standard error: 280_344
			.saturating_add(Weight::from_parts(5_492_639, 0).saturating_mul(e.into()))
			.saturating_add(T::DbWeight::get().reads(1068))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(s.into())))
			.saturating_add(T::DbWeight::get().writes(259))
			.saturating_add(Weight::from_parts(0, 118).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(0, 6600).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(0, 2869).saturating_mul(s.into()))
	}
}

/// For tests: the same measurements charged at RocksDB's weights.
impl WeightInfo for () {
	fn set_parameters() -> Weight {
		Weight::from_parts(8_213_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn on_initialize_idle() -> Weight {
		Weight::from_parts(7_341_000, 3525)
			.saturating_add(RocksDbWeight::get().reads(2))
	}
	fn start_session(s: u32, e: u32, m: u32) -> Weight {
		Weight::from_parts(1_951_588_000, 141931)
			.saturating_add(Weight::from_parts(101_695_341, 0).saturating_mul(s.into()))
			.saturating_add(Weight::from_parts(5_492_639, 0).saturating_mul(e.into()))
			.saturating_add(RocksDbWeight::get().reads(1068))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(s.into())))
			.saturating_add(RocksDbWeight::get().writes(259))
			.saturating_add(Weight::from_parts(0, 118).saturating_mul(e.into()))
			.saturating_add(Weight::from_parts(0, 6600).saturating_mul(m.into()))
			.saturating_add(Weight::from_parts(0, 2869).saturating_mul(s.into()))
	}
}
