//! Running tests: block stepping and the invariant check after each test.

use polkadot_sdk::{
	frame_support::traits::OnInitialize,
	frame_system::{self, pallet_prelude::BlockNumberFor},
	sp_io::TestExternalities,
	sp_runtime::{traits::One, TryRuntimeError},
};

/// Advances to block `n`, running `Hooks`' `on_initialize` (a pallet, or a tuple of them run in
/// order) in every block on the way.
pub fn run_to<T: frame_system::Config, Hooks: OnInitialize<BlockNumberFor<T>>>(n: BlockNumberFor<T>) {
	while frame_system::Pallet::<T>::block_number() < n {
		let next = frame_system::Pallet::<T>::block_number() + One::one();
		frame_system::Pallet::<T>::set_block_number(next);
		Hooks::on_initialize(next);
	}
}

/// Runs `test` in `ext`, then asserts `try_state`: every test must leave a state a live chain
/// could be in (the pallet's `do_try_state` invariants).
pub fn execute_and_check<R>(
	mut ext: TestExternalities,
	try_state: impl FnOnce() -> Result<(), TryRuntimeError>,
	test: impl FnOnce() -> R,
) -> R {
	ext.execute_with(|| {
		let result = test();
		if let Err(e) = try_state() {
			panic!("try_state failed after the test: {e:?}");
		}
		result
	})
}

/// `frame_system` and `pallet_balances` for a test runtime `$runtime` built with
/// `#[frame_support::runtime]` (naming `System` and `Balances`): `u64` accounts and balances,
/// holds of the runtime's `RuntimeHoldReason`. Further `frame_system` items (`type DbWeight =
/// …;`) may follow the runtime's name. The caller imports `frame_system`, `pallet_balances` and
/// `derive_impl` (`derive_impl` resolves the preludes' `DefaultConfig` from the paths as written).
#[macro_export]
macro_rules! impl_system_and_balances {
	($runtime:ident $(; $($system:tt)*)?) => {
		#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
		impl frame_system::Config for $runtime {
			type Block = frame_system::mocking::MockBlock<$runtime>;
			type AccountData = pallet_balances::AccountData<u64>;
			$($($system)*)?
		}

		#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
		impl pallet_balances::Config for $runtime {
			type AccountStore = System;
			type RuntimeHoldReason = RuntimeHoldReason;
		}
	};
}
