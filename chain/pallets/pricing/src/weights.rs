//! Weights for `pallet_sibyl_pricing`, measured by `sibyl-node benchmark pallet`; do not edit by hand.
//! Regenerate with `npm run bench:weights` (docs/network.md, "Weights").
//!
//! Date 2026-12-04; 20 steps, 5 repeats; Compiled wasm;
//! CPU `AMD EPYC`. Command:
//! `/root/.cache/sibyl/cargo-target/release/sibyl-node benchmark pallet --runtime /root/.cache/sibyl/cargo-target-bench/release/wbuild/sibyl-runtime/sibyl_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_sibyl_pricing --extrinsic * --steps 20 --repeat 5 --wasm-execution compiled --heap-pages 4096 --template chain/benchmarking/weight-template.hbs --output chain/pallets/pricing/src/weights.rs `
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

/// Weight functions of `pallet_sibyl_pricing`.
pub trait WeightInfo {
	fn set_parameters() -> Weight;
	fn reprice(m: u32) -> Weight;
}

/// Measured weights, charged through the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Pricing::Parameters` (r:0 w:1)
	/// Proof: `Pricing::Parameters` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	fn set_parameters() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 5_348_000 picoseconds.
		Weight::from_parts(6_119_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Pricing::Parameters` (r:1 w:0)
	/// Proof: `Pricing::Parameters` (`max_values`: Some(1), `max_size`: Some(12), added: 507, mode: `MaxEncodedLen`)
	/// Storage: `Models::Registry` (r:1025 w:0)
	/// Proof: `Models::Registry` (`max_values`: None, `max_size`: Some(12673), added: 15148, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Prices` (r:1024 w:1024)
	/// Proof: `Pricing::Prices` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::Usage` (r:1024 w:1024)
	/// Proof: `Pricing::Usage` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::Candidates` (r:1024 w:0)
	/// Proof: `Sessions::Candidates` (`max_values`: None, `max_size`: Some(13342), added: 15817, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::SessionPrices` (r:1024 w:2048)
	/// Proof: `Pricing::SessionPrices` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[0, 1024]`.
	fn reprice(m: u32) -> Weight {
		// Proof size: measured `14554 + m * (12824 ±0)`, estimated `16138 + m * (15817 ±0)`.
		// Minimum execution time: 11_417_000 picoseconds.
		Weight::from_parts(11_517_000, 16138)
			// Standard error: 357_121
			.saturating_add(Weight::from_parts(61_345_179, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((5_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 15817).saturating_mul(m.into()))
	}
}

/// For tests: the same measurements charged at RocksDB's weights.
impl WeightInfo for () {
	fn set_parameters() -> Weight {
		Weight::from_parts(6_119_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn reprice(m: u32) -> Weight {
		Weight::from_parts(11_517_000, 16138)
			.saturating_add(Weight::from_parts(61_345_179, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads((5_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 15817).saturating_mul(m.into()))
	}
}
