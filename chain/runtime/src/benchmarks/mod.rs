//! Benchmarking support, compiled only with the `runtime-benchmarks` feature: the pallets
//! `sibyl-node benchmark pallet` measures (docs/network.md, "Weights"), and the helpers that set
//! up, with the runtime's real pallets, the state a pallet's benchmarks need from the pallets it
//! is joined to.

polkadot_sdk::frame_benchmarking::define_benchmarks!(
	[pallet_sibyl_authorities, Authorities]
	[pallet_sibyl_models, Models]
	[pallet_sibyl_stakes, Stakes]
	[pallet_sibyl_tiqe, Tiqe]
	[pallet_sibyl_sessions, Sessions]
	[pallet_sibyl_pricing, Pricing]
	[pallet_sibyl_relay_mining, RelayMining]
	[pallet_sibyl_settlement, Settlement]
	[pallet_sibyl_jobs, Jobs]
);

// Set-up the helpers share, then one helper module per pallet that needs one.
mod setup;
pub(crate) mod authorities;
pub(crate) mod stakes;
pub(crate) mod jobs;
pub(crate) mod tiqe;
pub(crate) mod sessions;
pub(crate) mod pricing;
pub(crate) mod relay_mining;
pub(crate) mod settlement;
