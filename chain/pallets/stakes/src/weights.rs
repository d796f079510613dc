//! Weights for `pallet_sibyl_stakes`, measured by `sibyl-node benchmark pallet`; do not edit by hand.
//! Regenerate with `npm run bench:weights` (docs/network.md, "Weights").
//!
//! Date 2026-12-04; 20 steps, 5 repeats; Compiled wasm;
//! CPU `AMD EPYC`. Command:
//! `/root/.cache/sibyl/cargo-target/release/sibyl-node benchmark pallet --runtime /root/.cache/sibyl/cargo-target-bench/release/wbuild/sibyl-runtime/sibyl_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_sibyl_stakes --extrinsic * --steps 20 --repeat 5 --wasm-execution compiled --heap-pages 4096 --template chain/benchmarking/weight-template.hbs --output chain/pallets/stakes/src/weights.rs `
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

/// Weight functions of `pallet_sibyl_stakes`.
pub trait WeightInfo {
	fn register_supplier(m: u32) -> Weight;
	fn update_supplier(m: u32) -> Weight;
	fn register_validator() -> Weight;
	fn register_gateway() -> Weight;
	fn update_gateway() -> Weight;
	fn register_application(g: u32) -> Weight;
	fn delegate() -> Weight;
	fn undelegate() -> Weight;
	fn set_spend_limit() -> Weight;
	fn bond_extra() -> Weight;
	fn unbond() -> Weight;
	fn withdraw_unbonded(m: u32) -> Weight;
	fn set_parameters() -> Weight;
}

/// Measured weights, charged through the runtime's `DbWeight`.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: polkadot_sdk::frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Stakes::Bonds` (r:1 w:1)
	/// Proof: `Stakes::Bonds` (`max_values`: None, `max_size`: Some(394), added: 2869, mode: `MaxEncodedLen`)
	/// Storage: `Models::Registry` (r:16 w:0)
	/// Proof: `Models::Registry` (`max_values`: None, `max_size`: Some(12673), added: 15148, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Parameters` (r:1 w:0)
	/// Proof: `Stakes::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::MemberCount` (r:1 w:1)
	/// Proof: `Stakes::MemberCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::SuppliersByModel` (r:0 w:16)
	/// Proof: `Stakes::SuppliersByModel` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Suppliers` (r:0 w:1)
	/// Proof: `Stakes::Suppliers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn register_supplier(m: u32) -> Weight {
		// Proof size: measured `272 + m * (12680 ±0)`, estimated `3859 + m * (15148 ±0)`.
		// Minimum execution time: 81_371_000 picoseconds.
		Weight::from_parts(87_491_686, 3859)
			// Standard error: 149_723
			.saturating_add(Weight::from_parts(14_551_859, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 15148).saturating_mul(m.into()))
	}
	/// Storage: `Stakes::Suppliers` (r:1 w:1)
	/// Proof: `Stakes::Suppliers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Models::Registry` (r:16 w:0)
	/// Proof: `Models::Registry` (`max_values`: None, `max_size`: Some(12673), added: 15148, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::SuppliersByModel` (r:0 w:32)
	/// Proof: `Stakes::SuppliersByModel` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn update_supplier(m: u32) -> Weight {
		// Proof size: measured `469 + m * (12684 ±0)`, estimated `3715 + m * (15148 ±0)`.
		// Minimum execution time: 31_487_000 picoseconds.
		Weight::from_parts(20_565_688, 3715)
			// Standard error: 81_957
			.saturating_add(Weight::from_parts(15_908_538, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().writes(1))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 15148).saturating_mul(m.into()))
	}
	/// Storage: `Stakes::Bonds` (r:1 w:1)
	/// Proof: `Stakes::Bonds` (`max_values`: None, `max_size`: Some(394), added: 2869, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Parameters` (r:1 w:0)
	/// Proof: `Stakes::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::MemberCount` (r:1 w:1)
	/// Proof: `Stakes::MemberCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn register_validator() -> Weight {
		// Proof size: measured `100`, estimated `3859`.
		// Minimum execution time: 61_281_000 picoseconds.
		Weight::from_parts(80_079_000, 3859)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(3))
	}
	/// Storage: `Stakes::Bonds` (r:1 w:1)
	/// Proof: `Stakes::Bonds` (`max_values`: None, `max_size`: Some(394), added: 2869, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Parameters` (r:1 w:0)
	/// Proof: `Stakes::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::MemberCount` (r:1 w:1)
	/// Proof: `Stakes::MemberCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Gateways` (r:0 w:1)
	/// Proof: `Stakes::Gateways` (`max_values`: None, `max_size`: Some(306), added: 2781, mode: `MaxEncodedLen`)
	fn register_gateway() -> Weight {
		// Proof size: measured `100`, estimated `3859`.
		// Minimum execution time: 64_406_000 picoseconds.
		Weight::from_parts(79_368_000, 3859)
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
	}
	/// Storage: `Stakes::Gateways` (r:1 w:1)
	/// Proof: `Stakes::Gateways` (`max_values`: None, `max_size`: Some(306), added: 2781, mode: `MaxEncodedLen`)
	fn update_gateway() -> Weight {
		// Proof size: measured `209`, estimated `3771`.
		// Minimum execution time: 13_300_000 picoseconds.
		Weight::from_parts(15_343_000, 3771)
			.saturating_add(T::DbWeight::get().reads(1))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Stakes::Bonds` (r:1 w:1)
	/// Proof: `Stakes::Bonds` (`max_values`: None, `max_size`: Some(394), added: 2869, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::CurrentSession` (r:1 w:0)
	/// Proof: `Sessions::CurrentSession` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Gateways` (r:7 w:0)
	/// Proof: `Stakes::Gateways` (`max_values`: None, `max_size`: Some(306), added: 2781, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Parameters` (r:1 w:0)
	/// Proof: `Stakes::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::MemberCount` (r:1 w:1)
	/// Proof: `Stakes::MemberCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Applications` (r:0 w:1)
	/// Proof: `Stakes::Applications` (`max_values`: None, `max_size`: Some(1658), added: 4133, mode: `MaxEncodedLen`)
	/// The range of component `g` is `[0, 7]`.
	fn register_application(g: u32) -> Weight {
		// Proof size: measured `253 + g * (151 ±0)`, estimated `3859 + g * (2781 ±0)`.
		// Minimum execution time: 67_120_000 picoseconds.
		Weight::from_parts(82_567_119, 3859)
			// Standard error: 77_541
			.saturating_add(Weight::from_parts(4_552_988, 0).saturating_mul(g.into()))
			.saturating_add(T::DbWeight::get().reads(5))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(g.into())))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(Weight::from_parts(0, 2781).saturating_mul(g.into()))
	}
	/// Storage: `Stakes::Gateways` (r:1 w:0)
	/// Proof: `Stakes::Gateways` (`max_values`: None, `max_size`: Some(306), added: 2781, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::CurrentSession` (r:1 w:0)
	/// Proof: `Sessions::CurrentSession` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Applications` (r:1 w:1)
	/// Proof: `Stakes::Applications` (`max_values`: None, `max_size`: Some(1658), added: 4133, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::Sessions` (r:25 w:0)
	/// Proof: `Sessions::Sessions` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	fn delegate() -> Weight {
		// Proof size: measured `3608`, estimated `64365`.
		// Minimum execution time: 107_160_000 picoseconds.
		Weight::from_parts(153_939_000, 64365)
			.saturating_add(T::DbWeight::get().reads(28))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Sessions::CurrentSession` (r:1 w:0)
	/// Proof: `Sessions::CurrentSession` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Applications` (r:1 w:1)
	/// Proof: `Stakes::Applications` (`max_values`: None, `max_size`: Some(1658), added: 4133, mode: `MaxEncodedLen`)
	fn undelegate() -> Weight {
		// Proof size: measured `1828`, estimated `5123`.
		// Minimum execution time: 16_684_000 picoseconds.
		Weight::from_parts(25_318_000, 5123)
			.saturating_add(T::DbWeight::get().reads(2))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Sessions::CurrentSession` (r:1 w:0)
	/// Proof: `Sessions::CurrentSession` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Applications` (r:1 w:1)
	/// Proof: `Stakes::Applications` (`max_values`: None, `max_size`: Some(1658), added: 4133, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Bonds` (r:1 w:0)
	/// Proof: `Stakes::Bonds` (`max_values`: None, `max_size`: Some(394), added: 2869, mode: `MaxEncodedLen`)
	fn set_spend_limit() -> Weight {
		// Proof size: measured `1881`, estimated `5123`.
		// Minimum execution time: 21_101_000 picoseconds.
		Weight::from_parts(34_531_000, 5123)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Stakes::Bonds` (r:1 w:1)
	/// Proof: `Stakes::Bonds` (`max_values`: None, `max_size`: Some(394), added: 2869, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Parameters` (r:1 w:0)
	/// Proof: `Stakes::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	fn bond_extra() -> Weight {
		// Proof size: measured `607`, estimated `3859`.
		// Minimum execution time: 62_794_000 picoseconds.
		Weight::from_parts(67_881_000, 3859)
			.saturating_add(T::DbWeight::get().reads(3))
			.saturating_add(T::DbWeight::get().writes(2))
	}
	/// Storage: `Stakes::Bonds` (r:1 w:1)
	/// Proof: `Stakes::Bonds` (`max_values`: None, `max_size`: Some(394), added: 2869, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Parameters` (r:1 w:0)
	/// Proof: `Stakes::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Applications` (r:1 w:0)
	/// Proof: `Stakes::Applications` (`max_values`: None, `max_size`: Some(1658), added: 4133, mode: `MaxEncodedLen`)
	/// Storage: `Sessions::Parameters` (r:1 w:0)
	/// Proof: `Sessions::Parameters` (`max_values`: Some(1), `max_size`: Some(16), added: 511, mode: `MaxEncodedLen`)
	/// Storage: `RelayMining::Parameters` (r:1 w:0)
	/// Proof: `RelayMining::Parameters` (`max_values`: Some(1), `max_size`: Some(36), added: 531, mode: `MaxEncodedLen`)
	/// Storage: `Tiqe::Parameters` (r:1 w:0)
	/// Proof: `Tiqe::Parameters` (`max_values`: Some(1), `max_size`: Some(52), added: 547, mode: `MaxEncodedLen`)
	/// Storage: `Jobs::Parameters` (r:1 w:0)
	/// Proof: `Jobs::Parameters` (`max_values`: Some(1), `max_size`: Some(44), added: 539, mode: `MaxEncodedLen`)
	fn unbond() -> Weight {
		// Proof size: measured `2613`, estimated `5123`.
		// Minimum execution time: 37_686_000 picoseconds.
		Weight::from_parts(43_935_000, 5123)
			.saturating_add(T::DbWeight::get().reads(7))
			.saturating_add(T::DbWeight::get().writes(1))
	}
	/// Storage: `Stakes::Bonds` (r:1 w:1)
	/// Proof: `Stakes::Bonds` (`max_values`: None, `max_size`: Some(394), added: 2869, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(211), added: 2686, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::MemberCount` (r:1 w:1)
	/// Proof: `Stakes::MemberCount` (`max_values`: None, `max_size`: Some(13), added: 2488, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::Suppliers` (r:1 w:1)
	/// Proof: `Stakes::Suppliers` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Stakes::SuppliersByModel` (r:0 w:16)
	/// Proof: `Stakes::SuppliersByModel` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// The range of component `m` is `[1, 16]`.
	fn withdraw_unbonded(m: u32) -> Weight {
		// Proof size: measured `831 + m * (4 ±0)`, estimated `3859`.
		// Minimum execution time: 67_380_000 picoseconds.
		Weight::from_parts(86_104_613, 3859)
			// Standard error: 74_743
			.saturating_add(Weight::from_parts(3_232_031, 0).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads(4))
			.saturating_add(T::DbWeight::get().writes(4))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(m.into())))
	}
	/// Storage: `Stakes::Parameters` (r:0 w:1)
	/// Proof: `Stakes::Parameters` (`max_values`: Some(1), `max_size`: Some(68), added: 563, mode: `MaxEncodedLen`)
	fn set_parameters() -> Weight {
		// Proof size: measured `0`, estimated `0`.
		// Minimum execution time: 5_639_000 picoseconds.
		Weight::from_parts(8_122_000, 0)
			.saturating_add(T::DbWeight::get().writes(1))
	}
}

/// For tests: the same measurements charged at RocksDB's weights.
impl WeightInfo for () {
	fn register_supplier(m: u32) -> Weight {
		Weight::from_parts(87_491_686, 3859)
			.saturating_add(Weight::from_parts(14_551_859, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(4))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 15148).saturating_mul(m.into()))
	}
	fn update_supplier(m: u32) -> Weight {
		Weight::from_parts(20_565_688, 3715)
			.saturating_add(Weight::from_parts(15_908_538, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().writes(1))
			.saturating_add(RocksDbWeight::get().writes((2_u64).saturating_mul(m.into())))
			.saturating_add(Weight::from_parts(0, 15148).saturating_mul(m.into()))
	}
	fn register_validator() -> Weight {
		Weight::from_parts(80_079_000, 3859)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(3))
	}
	fn register_gateway() -> Weight {
		Weight::from_parts(79_368_000, 3859)
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(4))
	}
	fn update_gateway() -> Weight {
		Weight::from_parts(15_343_000, 3771)
			.saturating_add(RocksDbWeight::get().reads(1))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn register_application(g: u32) -> Weight {
		Weight::from_parts(82_567_119, 3859)
			.saturating_add(Weight::from_parts(4_552_988, 0).saturating_mul(g.into()))
			.saturating_add(RocksDbWeight::get().reads(5))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(g.into())))
			.saturating_add(RocksDbWeight::get().writes(4))
			.saturating_add(Weight::from_parts(0, 2781).saturating_mul(g.into()))
	}
	fn delegate() -> Weight {
		Weight::from_parts(153_939_000, 64365)
			.saturating_add(RocksDbWeight::get().reads(28))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn undelegate() -> Weight {
		Weight::from_parts(25_318_000, 5123)
			.saturating_add(RocksDbWeight::get().reads(2))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn set_spend_limit() -> Weight {
		Weight::from_parts(34_531_000, 5123)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn bond_extra() -> Weight {
		Weight::from_parts(67_881_000, 3859)
			.saturating_add(RocksDbWeight::get().reads(3))
			.saturating_add(RocksDbWeight::get().writes(2))
	}
	fn unbond() -> Weight {
		Weight::from_parts(43_935_000, 5123)
			.saturating_add(RocksDbWeight::get().reads(7))
			.saturating_add(RocksDbWeight::get().writes(1))
	}
	fn withdraw_unbonded(m: u32) -> Weight {
		Weight::from_parts(86_104_613, 3859)
			.saturating_add(Weight::from_parts(3_232_031, 0).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads(4))
			.saturating_add(RocksDbWeight::get().writes(4))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(m.into())))
	}
	fn set_parameters() -> Weight {
		Weight::from_parts(8_122_000, 0)
			.saturating_add(RocksDbWeight::get().writes(1))
	}
}
