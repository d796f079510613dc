//! The Sibyl node: runs the Sibyl runtime as a network of independent machines — Aura block
//! production, GRANDPA finality, libp2p networking, a keystore and JSON-RPC. How to run one is
//! in `docs/network.md`.

mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() -> polkadot_sdk::sc_cli::Result<()> {
	command::run()
}
