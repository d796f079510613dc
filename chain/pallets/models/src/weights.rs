//! Weights for `pallet_sibyl_models`, measured by `sibyl-node benchmark pallet`; do not edit by hand.
//! Regenerate with `npm run bench:weights` (docs/network.md, "Weights").
//!
//! Date 2026-12-04; 20 steps, 5 repeats; Compiled wasm;
//! CPU `AMD EPYC`. Command:
//! `/root/.cache/sibyl/cargo-target/release/sibyl-node benchmark pallet --runtime /root/.cache/sibyl/cargo-target-bench/release/wbuild/sibyl-runtime/sibyl_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_sibyl_models --extrinsic * --steps 20 --repeat 5 --wasm-execution compiled --heap-pages 4096 --template chain/benchmarking/weight-template.hbs --output chain/pallets/models/src/weights.rs `
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

/// Weight functions of `pallet_sibyl_models`.
pub trait WeightInfo {
	fn register() -> Weight;
	fn update() -> Weight;
	fn retire() -> Weight;
	fn set_parameters() -> Weight;
	fn prune_retired(m: u32) -> Weight;
}

/// Measured weights, charged through the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Models::ModelBySha256` (r:1 w:1)
	/// Proof: `Models::ModelBySha256` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Models::ModelCount` (r:1 w:1)
	/// Proof: `Models::ModelCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Models::NextModelId` (r:1 w:1)
	/// Proof: `Models::NextModelId` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Models::Parameters` (r:1 w:0)
	/// Proof: `Models::Parameters` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Models::Registry` (r:0 w:1)
	/// Proof: `Models::Registry` (`max_values`: None, `max_size`: Some(12673), added: 15148, mode: `MaxEncodedLen`)
	fn register() -> Weight {
		// Proof size: measured `65`, estimated `3676`.
		// Minimum execution time: 76_294_000 picoseconds.
		Weight::from_parts(82_903_000, 3676)
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().writes(5))
	}
	/// Storage: `Models::Registry` (r:1 w:1)
	/// Proof: `Models::Registry` (`max_values`: None, `max_size`: Some(12673), added: 15148, mode: `MaxEncodedLen`)
	/// Storage: `Models::Parameters` (r:1 w:0)
	/// Proof: `Models::Parameters` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn update() -> Weight {
		// Proof size: measured `380`, estimated `16138`.
		// Minimum execution time: 77_846_000 picoseconds.
		Weight::from_parts(85_237_000, 16138)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Models::Registry` (r:1 w:1)
	/// Proof: `Models::Registry` (`max_values`: None, `max_size`: Some(12673), added: 15148, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::Parameters` (r:1 w:0)
	/// Proof: `Sessions::Parameters` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::Parameters` (r:1 w:0)
	/// Proof: `RelayMining::Parameters` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::Parameters` (r:1 w:0)
	/// Proof: `Tiqe::Parameters` (`max_values`: Some(1), `max_size`: Some(52), added: 547, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Parameters` (r:1 w:0)
	/// Proof: `Jobs::Parameters` (`max_values`: Some(1), `max_size`: Some(44), added: 539, mode: `MaxEncodedLen`)
	/// Storage: `Models::RetiredQueue` (r:1 w:1)
	/// Proof: `Models::RetiredQueue` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Models::ModelBySha256` (r:0 w:1)
	/// Proof: `Models::ModelBySha256` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn retire() -> Weight {
		// Proof size: measured `22606`, estimated `16138`.
		// Minimum execution time: 132_307_000 picoseconds.
		Weight::from_parts(170_594_000, 16138)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Models::Parameters` (r:0 w:1)
	/// Proof: `Models::Parameters` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	fn set_parameters() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 5_468_000 picoseconds.
		Weight::from_parts(8_693_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Models::RetiredQueue` (r:1 w:1)
	/// Proof: `Models::RetiredQueue` (`max_values`: Some(1), `max_size`: Some(8194), added: 8689, mode: `MaxEncodedLen`)
	/// Storage: `Models::ModelCount` (r:1 w:1)
	/// Proof: `Models::ModelCount` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Models::Registry` (r:0 w:8)
	/// Proof: `Models::Registry` (`max_values`: None, `max_size`: Some(12673), added: 15148, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[0, 8]`.
	fn prune_retired(m: u32) -> Weight {
		// Proof size: measured `8341`, estimated `9679`.
		// Minimum execution time: 17_286_000 picoseconds.
		Weight::from_parts(43_727_573, 9679)
			// Standard error: 317_104
			.saturating_add(Weight::from_parts(6_052_471, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
	}
}

/// For tests: the same measurements charged at RocksDB's weights.
impl WeightInfo for () {
	fn register() -> Weight {
		Weight::from_parts(82_903_000, 3676)
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().writes(5))
	}
	fn update() -> Weight {
		Weight::from_parts(85_237_000, 16138)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn retire() -> Weight {
		Weight::from_parts(170_594_000, 16138)
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn set_parameters() -> Weight {
		Weight::from_parts(8_693_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn prune_retired(m: u32) -> Weight {
		Weight::from_parts(43_727_573, 9679)
			.saturating_add(Weight::from_parts(6_052_471, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
	}
}
