//! # Sibyl runtime
//!
//! The FRAME runtime of the Sibyl appchain: accounts and the SBL token, Aura block authoring,
//! GRANDPA finality, an authority set governed on chain and rotated by sessions (`Authorities`,
//! `Session`), transaction fees, a Council that governs every economic and protocol parameter,
//! Sudo for development chains, `Utility` to batch calls, and Sibyl's own pallets:
//! - `Models`: the registry of GGUF models that may be served;
//! - `Stakes`: bonds and configuration of suppliers, validators, gateways and applications;
//! - `Tiqe`: TIQE+ evaluation rounds, in which a stake-weighted validator committee scores a
//!   supplier's sampled relays with commit-reveal votes and slashes deviating validators;
//! - `Sessions`: sessions of N blocks and the supplier set of each (application, model);
//! - `Pricing`: each model's price per 1k compute units, moved every session by utilization;
//! - `RelayMining`: claims and proofs of the relays suppliers mined, and mining difficulty;
//! - `Settlement`: proven claims charged to applications after TIQE+ and split among the parties;
//! - `Jobs`: on-chain inference jobs for dApps, assigned by chain randomness, settled the same way.
//!
//! A claim's life: the session ends → the supplier claims its tree's root → a seed drawn after
//! the claim window picks the leaves to prove → the proof's relays go to a TIQE+ round → the
//! round's α settles the claim.
//!
//! `RandomnessCollectiveFlip` provides the chain randomness TIQE+, sessions and proofs draw
//! from. It mixes the last 81 block hashes: low-influence, but a block author can still bias it.
//! It is a stand-in until the chain has VRF-based (BABE or Sassafras) randomness.
//!
//! Every pallet parameter that governance may change is gated by [`configs::AdminOrigin`]: Root,
//! or a strict majority of the Council.

#![cfg_attr(not(feature = "std"), no_std)]
// `construct_runtime`-generated code is large; allow the recursion it needs.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

extern crate alloc;

use alloc::vec::Vec;

// Before `apis`: it defines the `list_benchmarks!`/`add_benchmarks!` macros the benchmark API uses.
#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
pub mod configs;
pub mod genesis_config_presets;
pub mod precompiles;

use polkadot_sdk::{
	frame_executive, frame_support, frame_system, pallet_aura, pallet_balances,
	pallet_collective, pallet_grandpa, pallet_insecure_randomness_collective_flip, pallet_revive, pallet_session,
	pallet_sudo, pallet_timestamp, pallet_transaction_payment, pallet_utility,
	sp_runtime::{
		generic, impl_opaque_keys,
		traits::{BlakeTwo256, IdentifyAccount, Verify},
		MultiAddress, MultiSignature,
	},
	sp_version::{runtime_version, RuntimeVersion},
};

pub use pallet_sibyl_models;
pub use pallet_sibyl_stakes;
pub use pallet_sibyl_tiqe;
pub use pallet_sibyl_sessions;
pub use pallet_sibyl_pricing;
pub use pallet_sibyl_relay_mining;
pub use pallet_sibyl_settlement;
pub use pallet_sibyl_jobs;
pub use pallet_sibyl_authorities;
pub use sibyl_primitives::{ModelId, Role};

/// The runtime's version. Bump `spec_version` with every change to the runtime's logic, and
/// `transaction_version` when calls change shape, so that clients and nodes notice.
#[runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("sibyl"),
	impl_name: alloc::borrow::Cow::Borrowed("sibyl"),
	authoring_version: 1,
	spec_version: 116,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 7,
	system_version: 1,
};

/// Target block time. Chopsticks and the Sibyl node both author with Aura at this slot.
pub const MILLISECS_PER_BLOCK: u64 = 6000;
/// Aura slot duration; equal to the block time.
pub const SLOT_DURATION: u64 = MILLISECS_PER_BLOCK;
/// Blocks per minute.
pub const MINUTES: BlockNumber = 60_000 / (MILLISECS_PER_BLOCK as BlockNumber);
/// Blocks per hour.
pub const HOURS: BlockNumber = MINUTES * 60;
/// Blocks per day.
pub const DAYS: BlockNumber = HOURS * 24;

/// One SBL: the token has 12 decimals.
pub const UNIT: Balance = 1_000_000_000_000;
/// A thousandth of a SBL.
pub const MILLI_UNIT: Balance = UNIT / 1_000;
/// A millionth of a SBL.
pub const MICRO_UNIT: Balance = UNIT / 1_000_000;
/// Smallest balance an account may hold.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

/// Block number.
pub type BlockNumber = u32;
/// Transaction signature: sr25519, ed25519 or ecdsa.
pub type Signature = MultiSignature;
/// An account is identified by the public key of its signature scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// Balance of an account, in the smallest unit (10⁻¹² SBL).
pub type Balance = u128;
/// Transaction index of an account.
pub type Nonce = u32;
/// Hash type of blocks and tries.
pub type Hash = polkadot_sdk::sp_core::H256;
/// The address format used in calls.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// Checks applied to every signed transaction. The standard set, which Polkadot.js and
/// Chopsticks know without extra configuration.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
);

/// Extrinsic as the runtime receives it.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload a signer signs.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Storage migrations run at the next runtime upgrade, each once (a pallet's stored storage
/// version says whether it has run):
/// - Settlement v0 → v1: the deferred backlog moves from one vector to a queue in a map. It may
///   be removed once every chain running this runtime has upgraded past it.
pub type Migrations = (
	pallet_sibyl_settlement::migrations::MigrateV0ToV1<Runtime>,
	pallet_sibyl_settlement::migrations::MigrateV1ToV2<Runtime>,
	pallet_sibyl_tiqe::migrations::MigrateV0ToV1<Runtime>,
);

/// Dispatches blocks and transactions to the pallets, running [`Migrations`] at an upgrade.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

/// Types the node needs without knowing the runtime's extrinsic format.
pub mod opaque {
	use super::*;
	pub use polkadot_sdk::sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
}

impl_opaque_keys! {
	/// Keys an authority holds: Aura to author blocks, GRANDPA to vote on finality. Set with
	/// `session.setKeys` (with the proof `author_rotateKeysWithOwner` returns).
	pub struct SessionKeys {
		pub aura: Aura,
		pub grandpa: Grandpa,
	}
}

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;
	#[runtime::pallet_index(3)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(4)]
	pub type TransactionPayment = pallet_transaction_payment;
	#[runtime::pallet_index(5)]
	pub type Sudo = pallet_sudo;
	#[runtime::pallet_index(6)]
	pub type Council = pallet_collective<Instance1>;
	#[runtime::pallet_index(7)]
	pub type RandomnessCollectiveFlip = pallet_insecure_randomness_collective_flip;
	#[runtime::pallet_index(8)]
	pub type Utility = pallet_utility;
	// Authorities before Session: Session's genesis asks it for the first set.
	#[runtime::pallet_index(9)]
	pub type Authorities = pallet_sibyl_authorities;
	#[runtime::pallet_index(10)]
	pub type Session = pallet_session;
	#[runtime::pallet_index(11)]
	pub type Grandpa = pallet_grandpa;

	#[runtime::pallet_index(20)]
	pub type Models = pallet_sibyl_models;
	#[runtime::pallet_index(21)]
	pub type Stakes = pallet_sibyl_stakes;
	#[runtime::pallet_index(22)]
	pub type Tiqe = pallet_sibyl_tiqe;
	#[runtime::pallet_index(23)]
	pub type Sessions = pallet_sibyl_sessions;
	#[runtime::pallet_index(24)]
	pub type Pricing = pallet_sibyl_pricing;
	#[runtime::pallet_index(25)]
	pub type RelayMining = pallet_sibyl_relay_mining;
	#[runtime::pallet_index(26)]
	pub type Settlement = pallet_sibyl_settlement;
	#[runtime::pallet_index(27)]
	pub type Jobs = pallet_sibyl_jobs;

	/// Contracts (PolkaVM and EVM); dApps reach the network through the Sibyl precompile.
	#[runtime::pallet_index(40)]
	pub type Revive = pallet_revive;
}
