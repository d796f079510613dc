//! The chain specs the node knows by name. `dev` and `local` are the committed raw specs in
//! `chain-spec/` — the very genesis Chopsticks runs in `npm start` and `npm test` — built from
//! the committed runtime wasm by `npm run build:spec` (see `docs/network.md`). Any other name is
//! read as a path to a chain spec file, such as a public testnet's made from
//! `chain-spec/testnet.template.json`.

use polkadot_sdk::sc_service;

/// A chain spec of the Sibyl runtime (no client extensions).
pub type ChainSpec = sc_service::GenericChainSpec;

/// One authority (Alice), Sudo, short periods: a single-node development chain.
const DEV: &[u8] = include_bytes!("../../../chain-spec/dev.raw.json");
/// Four authorities (Alice, Bob, Charlie, Dave), governance only: a network on one machine.
const LOCAL: &[u8] = include_bytes!("../../../chain-spec/local.raw.json");

/// The chain spec `id` names: `dev` (or nothing), `local`, or a path to a JSON file.
pub fn load(id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
	Ok(match id {
		"" | "dev" => Box::new(ChainSpec::from_json_bytes(DEV)?),
		"local" => Box::new(ChainSpec::from_json_bytes(LOCAL)?),
		path => Box::new(ChainSpec::from_json_file(std::path::PathBuf::from(path))?),
	})
}
