//! The command line: `sibyl-node [run options]` runs a node; subcommands manage keys, chain
//! specs, the database and benchmarks.

use polkadot_sdk::{frame_benchmarking_cli::BenchmarkCmd, sc_cli};

/// The node's command line.
#[derive(Debug, clap::Parser)]
pub struct Cli {
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	#[clap(flatten)]
	pub run: sc_cli::RunCmd,
}

/// What the node can do besides running.
#[derive(Debug, clap::Subcommand)]
#[allow(clippy::large_enum_variant)]
pub enum Subcommand {
	/// Key management: generate, inspect and insert keys (`key insert` puts an authority's Aura
	/// and GRANDPA keys in the keystore).
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Writes a chain spec to stdout or a file (`--raw` for the form nodes load).
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Builds a chain spec, with this node's address as a boot node.
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Validates blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Exports blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Exports the state of a block as a chain spec.
	ExportState(sc_cli::ExportStateCmd),

	/// Imports blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Removes the whole chain database.
	PurgeChain(sc_cli::PurgeChainCmd),

	/// Reverts the chain by a number of blocks.
	Revert(sc_cli::RevertCmd),

	/// Benchmarks: `benchmark pallet` measures the Sibyl pallets' weights from a runtime wasm
	/// built with `runtime-benchmarks`; `benchmark machine` checks this machine's hardware.
	#[command(subcommand)]
	Benchmark(BenchmarkCmd),

	/// Database metadata.
	ChainInfo(sc_cli::ChainInfoCmd),
}
