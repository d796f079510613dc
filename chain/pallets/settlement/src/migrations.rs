//! Storage migrations of the Settlement pallet.
//!
//! - [`MigrateV0ToV1`]: the deferred backlog moves from one `Deferred` vector (read and written
//!   whole by every deferral and every block's retry) to a FIFO queue in a map:
//!   [`DeferredClaims`] between [`DeferredHead`] and [`DeferredTail`].

use crate::{Config, DeferredClaims, DeferredHead, DeferredOf, DeferredTail, Pallet};
use polkadot_sdk::{
	frame_support::{
		migrations::VersionedMigration, pallet_prelude::*, storage_alias,
		traits::UncheckedOnRuntimeUpgrade,
	},
	frame_system,
};
#[cfg(feature = "try-runtime")]
use {alloc::vec::Vec, polkadot_sdk::sp_runtime::TryRuntimeError};

/// The storage of version 0.
pub mod v0 {
	use super::*;

	/// Proven claims waiting for room in TIQE+'s queue, oldest first: the backlog before
	/// version 1, as one value under the pallet's prefix and the name `Deferred`.
	#[storage_alias]
	pub type Deferred<T: Config> =
		StorageValue<Pallet<T>, BoundedVec<DeferredOf<T>, <T as Config>::MaxDeferred>, OptionQuery>;
}

/// Version 0 → 1 without the version check; only [`MigrateV0ToV1`] runs it.
pub mod version_unchecked {
	use super::*;

	/// Moves the `Deferred` vector into [`DeferredClaims`] at positions 0, 1, … in order, sets
	/// [`DeferredHead`] to 0 and [`DeferredTail`] to its length, and kills the old key.
	pub struct MigrateV0ToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for MigrateV0ToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let db = T::DbWeight::get();
			// `take` reads the old value and kills its key. The vector's bound is the one it was
			// written with (`MaxDeferred` did not change), so it decodes.
			let Some(backlog) = v0::Deferred::<T>::take() else {
				return db.reads_writes(1, 1);
			};
			let len = backlog.len() as u32;
			for (position, deferred) in (0u32..).zip(backlog) {
				DeferredClaims::<T>::insert(position, deferred);
			}
			DeferredHead::<T>::put(0);
			DeferredTail::<T>::put(len);
			// The old value read; its key killed, every entry, the head and the tail written.
			db.reads_writes(1, u64::from(len).saturating_add(3))
		}

		/// The old backlog, in order, for `post_upgrade` to compare.
		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
			ensure!(
				DeferredClaims::<T>::iter_keys().next().is_none(),
				"DeferredClaims is not empty before the migration"
			);
			Ok(v0::Deferred::<T>::get().map(|b| b.into_inner()).unwrap_or_default().encode())
		}

		/// The map holds the old backlog in order from the head, and the old key is gone.
		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
			let backlog = Vec::<DeferredOf<T>>::decode(&mut &state[..])
				.map_err(|_| "cannot decode the pre-upgrade backlog")?;
			ensure!(!v0::Deferred::<T>::exists(), "the old Deferred key is still there");
			ensure!(
				Pallet::<T>::deferred_len() as usize == backlog.len(),
				"the backlog's length changed"
			);
			let head = DeferredHead::<T>::get();
			for (i, deferred) in (0u32..).zip(backlog) {
				// Compared encoded: `DeferredClaim` is `PartialEq` only for a `PartialEq` bound.
				ensure!(
					DeferredClaims::<T>::get(head.wrapping_add(i)).map(|d| d.encode()) ==
						Some(deferred.encode()),
					"a deferred claim moved out of order"
				);
			}
			Pallet::<T>::do_try_state()
		}
	}
}

/// The Settlement pallet's migration from storage version 0 to 1, run once: the chain's stored
/// version says whether it has run.
pub type MigrateV0ToV1<T> = VersionedMigration<
	0,
	1,
	version_unchecked::MigrateV0ToV1<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

#[cfg(test)]
mod tests {
	use super::*;
	use crate::{mock::*, DeferredClaim, PendingSettlement};
	use polkadot_sdk::frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade};

	fn deferred(session: u64) -> DeferredOf<Test> {
		DeferredClaim {
			claim: PendingSettlement {
				session,
				supplier: SUPPLIER,
				app: APP,
				model: 0,
				estimated_cu: 1_000 * u128::from(session),
				gateways: BoundedVec::truncate_from(vec![GATEWAY]),
				max_charge: None,
			},
			relays: BoundedVec::truncate_from(vec![[session as u8; 32]]),
		}
	}

	/// The entry at `position`, encoded (`DeferredClaim` is not `PartialEq` for `ConstU32`
	/// bounds).
	fn encoded(position: u32) -> Option<Vec<u8>> {
		DeferredClaims::<Test>::get(position).map(|d| d.encode())
	}

	#[test]
	fn v0_to_v1_moves_the_backlog_into_the_map_in_order_once() {
		new_test_ext().execute_with(|| {
			StorageVersion::new(0).put::<Settlement>();
			// The mock's backlog holds 2 (`MaxDeferred`).
			let backlog = vec![deferred(5), deferred(3)];
			v0::Deferred::<Test>::put(BoundedVec::truncate_from(backlog.clone()));

			let weight = MigrateV0ToV1::<Test>::on_runtime_upgrade();

			assert!(!v0::Deferred::<Test>::exists());
			assert_eq!((DeferredHead::<Test>::get(), DeferredTail::<Test>::get()), (0, 2));
			assert_eq!(encoded(0), Some(backlog[0].encode()));
			assert_eq!(encoded(1), Some(backlog[1].encode()));
			assert_eq!(Settlement::on_chain_storage_version(), StorageVersion::new(1));
			// The old value and the version read; the old key, 2 entries, head, tail and the
			// version written.
			let db = <Test as frame_system::Config>::DbWeight::get();
			assert_eq!(weight, db.reads_writes(2, 6));
			assert_eq!(Settlement::deferred_len(), 2);
			assert_eq!(Settlement::do_try_state(), Ok(()));

			// A second run finds version 1 and changes nothing, not even a stray old value.
			v0::Deferred::<Test>::put(BoundedVec::truncate_from(vec![deferred(9)]));
			assert_eq!(MigrateV0ToV1::<Test>::on_runtime_upgrade(), db.reads(1));
			assert_eq!((DeferredHead::<Test>::get(), DeferredTail::<Test>::get()), (0, 2));
			assert_eq!(encoded(0), Some(backlog[0].encode()));
			assert_eq!(encoded(1), Some(backlog[1].encode()));
			assert_eq!(encoded(2), None);
			assert!(v0::Deferred::<Test>::exists());
		});
	}

	#[cfg(feature = "try-runtime")]
	#[test]
	fn v0_to_v1_passes_its_pre_and_post_upgrade_checks() {
		new_test_ext().execute_with(|| {
			StorageVersion::new(0).put::<Settlement>();
			v0::Deferred::<Test>::put(BoundedVec::truncate_from(vec![deferred(5), deferred(3)]));
			assert!(MigrateV0ToV1::<Test>::try_on_runtime_upgrade(true).is_ok());
			assert_eq!(Settlement::deferred_len(), 2);
			// Run again, it is a no-op and its checks pass too.
			assert!(MigrateV0ToV1::<Test>::try_on_runtime_upgrade(true).is_ok());
		});
	}

	#[test]
	fn v0_to_v1_without_a_backlog_only_sets_the_version() {
		new_test_ext().execute_with(|| {
			StorageVersion::new(0).put::<Settlement>();
			MigrateV0ToV1::<Test>::on_runtime_upgrade();
			assert_eq!(Settlement::on_chain_storage_version(), StorageVersion::new(1));
			assert_eq!(Settlement::deferred_len(), 0);
			assert_eq!(DeferredClaims::<Test>::iter_keys().count(), 0);
			assert_eq!(Settlement::do_try_state(), Ok(()));
		});
	}
}
