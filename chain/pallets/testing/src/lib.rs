//! Test helpers shared by the Sibyl pallets' mock runtimes, so that each `mock.rs` keeps only
//! its own test runtime and configuration.
//!
//! - [`MockModels`]: a model registry stand-in, parameterised by a [`ModelSpec`].
//! - [`SeededRandomness`], [`Recorder`], [`MockReputation`], [`MockPrices`]: stand-ins whose
//!   state lives in thread-locals (each test runs in its own thread, or after [`reset`]).
//! - [`impl_system_and_balances!`], [`run_to`], [`execute_and_check`]: the System and Balances
//!   configuration every test runtime shares, block stepping, and running a test followed by
//!   the pallet's `do_try_state`.
//!
//! Std-only and a dev-dependency of the pallets: never a dependency of the runtime.

pub use polkadot_sdk;
pub use sibyl_primitives::testing::ManualSession;

mod ext;
mod models;
mod state;

pub use ext::{execute_and_check, run_to};
pub use models::{MockModels, ModelSpec, Servable};
pub use state::{MockPrices, MockReputation, Recorder, SeededRandomness};

use polkadot_sdk::frame_support::parameter_types;

/// The account slashes and fees are paid to in the test runtimes with `u64` accounts.
pub const TREASURY: u64 = 99;

parameter_types! {
	/// [`TREASURY`] as a `Get`, for `OnSlash = ResolveTo<Treasury, Balances>`.
	pub const Treasury: u64 = TREASURY;
}

/// Clears every shared thread-local: each mock's `new_test_ext` starts from here, since a test
/// thread may run several tests one after another.
pub fn reset() {
	state::reset();
	ManualSession::set(0);
}
