//! Weights for `pallet_sibyl_relay_mining`, measured by `sibyl-node benchmark pallet`; do not edit by hand.
//! Regenerate with `npm run bench:weights` (docs/network.md, "Weights").
//!
//! Date 2026-12-04; 20 steps, 5 repeats; Compiled wasm;
//! CPU `AMD EPYC`. Command:
//! `/root/.cache/sibyl/cargo-target/release/sibyl-node benchmark pallet --runtime /root/.cache/sibyl/cargo-target-bench/release/wbuild/sibyl-runtime/sibyl_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_sibyl_relay_mining --extrinsic * --steps 20 --repeat 5 --wasm-execution compiled --heap-pages 4096 --template chain/benchmarking/weight-template.hbs --output chain/pallets/relay-mining/src/weights.rs `
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

/// Weight functions of `pallet_sibyl_relay_mining`.
pub trait WeightInfo {
	fn submit_claim() -> Weight;
	fn submit_proof(p: u32) -> Weight;
	fn set_parameters() -> Weight;
	fn on_initialize_idle() -> Weight;
	fn close_session(c: u32) -> Weight;
	fn update_difficulty(m: u32) -> Weight;
}

/// Measured weights, charged through the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `RelayMining::Parameters` (r:1 w:0)
	/// Proof: `RelayMining::Parameters` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::CurrentSession` (r:1 w:0)
	/// Proof: `Sessions::CurrentSession` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::Sessions` (r:1 w:0)
	/// Proof: `Sessions::Sessions` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::Candidates` (r:1 w:0)
	/// Proof: `Sessions::Candidates` (`max_values`: None, `max_size`: Some(13342), added: 15817, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::Claims` (r:1 w:1)
	/// Proof: `RelayMining::Claims` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::ClaimCount` (r:1 w:1)
	/// Proof: `RelayMining::ClaimCount` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::SupplierClaims` (r:1 w:1)
	/// Proof: `RelayMining::SupplierClaims` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `Pricing::SessionPrices` (r:1 w:0)
	/// Proof: `Pricing::SessionPrices` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::SessionProbability` (r:1 w:0)
	/// Proof: `RelayMining::SessionProbability` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Bonds` (r:1 w:0)
	/// Proof: `Stakes::Bonds` (`max_values`: None, `max_size`: Some(394), added: 2869, mode: `MaxEncodedLen`)
	fn submit_claim() -> Weight {
		// Proof size: measured `15429`, estimated `16807`.
		// Minimum execution time: 121_491_000 picoseconds.
		Weight::from_parts(157_554_000, 16807)
			.saturating_add(T::DbWeight::get().reads(10))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `RelayMining::Parameters` (r:1 w:0)
	/// Proof: `RelayMining::Parameters` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::CurrentSession` (r:1 w:0)
	/// Proof: `Sessions::CurrentSession` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::Sessions` (r:1 w:0)
	/// Proof: `Sessions::Sessions` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::ProofSeeds` (r:1 w:0)
	/// Proof: `RelayMining::ProofSeeds` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::Claims` (r:1 w:1)
	/// Proof: `RelayMining::Claims` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::SessionProbability` (r:1 w:0)
	/// Proof: `RelayMining::SessionProbability` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Models::Registry` (r:1 w:0)
	/// Proof: `Models::Registry` (`max_values`: None, `max_size`: Some(12673), added: 15148, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Applications` (r:1 w:0)
	/// Proof: `Stakes::Applications` (`max_values`: None, `max_size`: Some(1658), added: 4133, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::Candidates` (r:1 w:0)
	/// Proof: `Sessions::Candidates` (`max_values`: None, `max_size`: Some(13342), added: 15817, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::EstimatedRelays` (r:1 w:1)
	/// Proof: `RelayMining::EstimatedRelays` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::Outstanding` (r:1 w:1)
	/// Proof: `Settlement::Outstanding` (`max_values`: None, `max_size`: Some(52), added: 2527, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::NextRoundId` (r:1 w:1)
	/// Proof: `Tiqe::NextRoundId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::PendingHead` (r:1 w:0)
	/// Proof: `Tiqe::PendingHead` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::Pending` (r:0 w:1)
	/// Proof: `Tiqe::Pending` (`max_values`: None, `max_size`: Some(2114), added: 4589, mode: `MaxEncodedLen`)
	/// Storage: `Settlement::AwaitingEvaluation` (r:0 w:1)
	/// Proof: `Settlement::AwaitingEvaluation` (`max_values`: None, `max_size`: Some(638), added: 3113, mode: `MaxEncodedLen`)
	/// The range of component `p` is `[1, 16]`.
	fn submit_proof(p: u32) -> Weight {
		// Proof size: measured `27687`, estimated `16807`.
		// Minimum execution time: 393_206_000 picoseconds.
		Weight::from_parts(237_668_571, 16807)
			// Standard error: 857_128
			.saturating_add(Weight::from_parts(208_897_766, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(13))
			.saturating_add(T::DbWeight::get().writes(6))
	}
	/// Storage: `RelayMining::Parameters` (r:0 w:1)
	/// Proof: `RelayMining::Parameters` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	fn set_parameters() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 5_859_000 picoseconds.
		Weight::from_parts(7_180_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `RelayMining::Parameters` (r:1 w:0)
	/// Proof: `RelayMining::Parameters` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::CurrentSession` (r:1 w:0)
	/// Proof: `Sessions::CurrentSession` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::NextToClose` (r:1 w:0)
	/// Proof: `RelayMining::NextToClose` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::Sessions` (r:8 w:0)
	/// Proof: `Sessions::Sessions` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::ProofSeeds` (r:8 w:8)
	/// Proof: `RelayMining::ProofSeeds` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `RandomnessCollectiveFlip::RandomMaterial` (r:1 w:0)
	/// Proof: `RandomnessCollectiveFlip::RandomMaterial` (`max_values`: Some(1), `max_size`: Some(2594), added: 3089, mode: `MaxEncodedLen`)
	fn on_initialize_idle() -> Weight {
		// Proof size: measured `967`, estimated `21270`.
		// Minimum execution time: 98_857_000 picoseconds.
		Weight::from_parts(112_147_000, 21270)
			.saturating_add(T::DbWeight::get().reads(20))
			.saturating_add(T::DbWeight::get().writes(8))
	}
	/// Storage: `RelayMining::Claims` (r:65 w:64)
	/// Proof: `RelayMining::Claims` (`max_values`: None, `max_size`: Some(157), added: 2632, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Bonds` (r:64 w:64)
	/// Proof: `Stakes::Bonds` (`max_values`: None, `max_size`: Some(394), added: 2869, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:64 w:64)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:65 w:65)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::SupplierClaims` (r:64 w:64)
	/// Proof: `RelayMining::SupplierClaims` (`max_values`: None, `max_size`: Some(68), added: 2543, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::SessionProbability` (r:64 w:64)
	/// Proof: `RelayMining::SessionProbability` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::ProofSeeds` (r:0 w:1)
	/// Proof: `RelayMining::ProofSeeds` (`max_values`: None, `max_size`: Some(48), added: 2523, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::ClaimCount` (r:0 w:1)
	/// Proof: `RelayMining::ClaimCount` (`max_values`: None, `max_size`: Some(20), added: 2495, mode: `MaxEncodedLen`)
	/// The range of component `c` is `[0, 64]`.
	fn close_session(c: u32) -> Weight {
		// Proof size: measured `955 + c * (438 ±0)`, estimated `3622 + c * (2869 ±0)`.
		// Minimum execution time: 19_289_000 picoseconds.
		Weight::from_parts(24_381_688, 3622)
			// Standard error: 101_144
			.saturating_add(Weight::from_parts(62_835_337, 0).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().reads((6_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes(3))
			.saturating_add(T::DbWeight::get().writes((6_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2869).saturating_mul(c.into()))
	}
	/// Storage: `RelayMining::Parameters` (r:1 w:0)
	/// Proof: `RelayMining::Parameters` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::Difficulties` (r:1025 w:1024)
	/// Proof: `RelayMining::Difficulties` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::EstimatedRelays` (r:1025 w:1024)
	/// Proof: `RelayMining::EstimatedRelays` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Models::Registry` (r:1024 w:0)
	/// Proof: `Models::Registry` (`max_values`: None, `max_size`: Some(12673), added: 15148, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::SessionProbability` (r:0 w:1024)
	/// Proof: `RelayMining::SessionProbability` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[0, 1024]`.
	fn update_difficulty(m: u32) -> Weight {
		// Proof size: measured `484 + m * (12761 ±0)`, estimated `3509 + m * (15148 ±0)`.
		// Minimum execution time: 11_247_000 picoseconds.
		Weight::from_parts(11_757_000, 3509)
			// Standard error: 144_436
			.saturating_add(Weight::from_parts(32_746_125, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 15148).saturating_mul(m.into()))
	}
}

/// For tests: the same measurements charged at RocksDB's weights.
impl WeightInfo for () {
	fn submit_claim() -> Weight {
		Weight::from_parts(157_554_000, 16807)
			.saturating_add(RocksDbWeight::get().reads(10))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn submit_proof(p: u32) -> Weight {
		Weight::from_parts(237_668_571, 16807)
			.saturating_add(Weight::from_parts(208_897_766, 0).saturating_mul(p.into()))
			.saturating_add(RocksDbWeight::get().reads(13))
			.saturating_add(RocksDbWeight::get().writes(6))
	}
	fn set_parameters() -> Weight {
		Weight::from_parts(7_180_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn on_initialize_idle() -> Weight {
		Weight::from_parts(112_147_000, 21270)
			.saturating_add(RocksDbWeight::get().reads(20))
			.saturating_add(RocksDbWeight::get().writes(8))
	}
	fn close_session(c: u32) -> Weight {
		Weight::from_parts(24_381_688, 3622)
			.saturating_add(Weight::from_parts(62_835_337, 0).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().reads((6_u64).saturating_mul(c.into())))
			.saturating_add(RocksDbWeight::get().writes(3))
			.saturating_add(RocksDbWeight::get().writes((6_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(0, 2869).saturating_mul(c.into()))
	}
	fn update_difficulty(m: u32) -> Weight {
		Weight::from_parts(11_757_000, 3509)
			.saturating_add(Weight::from_parts(32_746_125, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().reads((3_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes((3_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 15148).saturating_mul(m.into()))
	}
}
