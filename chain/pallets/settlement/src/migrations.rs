//! Storage migrations of the Settlement pallet.
//!
//! - [`MigrateV0ToV1`]: the deferred backlog moves from one `Deferred` vector (read and written
//!   whole by every deferral and every block's retry) to a FIFO queue in a map:
//!   [`DeferredClaims`] between [`DeferredHead`] and [`DeferredTail`].
//! - [`MigrateV1ToV2`]: a waiting claim names the on-chain job it answers
//!   ([`crate::PendingSettlement::job`]); claims stored before have none, so a job answered
//!   before the upgrade settles without telling the Jobs pallet its charge.

use crate::{AwaitingEvaluation, Config, DeferredClaims, DeferredHead, DeferredTail, Pallet};
use sibyl_primitives::{ModelId, SessionId};
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
		StorageValue<Pallet<T>, BoundedVec<v1::DeferredOf<T>, <T as Config>::MaxDeferred>, OptionQuery>;
}

/// The claims of versions 0 and 1: without the job they answer.
pub mod v1 {
	use super::*;

	/// A proven claim waiting for its TIQE+ round, as versions 0 and 1 stored it.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
	#[scale_info(skip_type_params(MaxGateways))]
	pub struct PendingSettlement<AccountId, MaxGateways: Get<u32>> {
		pub session: SessionId,
		pub supplier: AccountId,
		pub app: AccountId,
		pub model: ModelId,
		pub estimated_cu: u128,
		pub gateways: BoundedVec<AccountId, MaxGateways>,
		pub max_charge: Option<u128>,
	}

	/// A deferred claim, as versions 0 and 1 stored it.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
	#[scale_info(skip_type_params(MaxGateways))]
	pub struct DeferredClaim<AccountId, MaxGateways: Get<u32>> {
		pub claim: PendingSettlement<AccountId, MaxGateways>,
		pub relays: BoundedVec<[u8; 32], MaxGateways>,
	}

	pub type PendingOf<T> =
		PendingSettlement<<T as frame_system::Config>::AccountId, <T as Config>::MaxGateways>;
	pub type DeferredOf<T> =
		DeferredClaim<<T as frame_system::Config>::AccountId, <T as Config>::MaxGateways>;

	impl<A, M: Get<u32>> PendingSettlement<A, M> {
		/// The claim in version 2's form: it answers no job anyone can still name.
		pub fn upgraded(self) -> crate::PendingSettlement<A, M> {
			let Self { session, supplier, app, model, estimated_cu, gateways, max_charge } = self;
			crate::PendingSettlement { session, supplier, app, model, estimated_cu, gateways, max_charge, job: None }
		}
	}

	impl<A, M: Get<u32>> DeferredClaim<A, M> {
		/// The deferred claim in version 2's form.
		pub fn upgraded(self) -> crate::DeferredClaim<A, M> {
			crate::DeferredClaim { claim: self.claim.upgraded(), relays: self.relays }
		}
	}

	/// Claims awaiting their round, as version 1 wrote them.
	#[storage_alias]
	pub type AwaitingEvaluation<T: Config> = StorageMap<Pallet<T>, Twox64Concat, u64, PendingOf<T>>;

	/// The backlog's map as version 1 wrote it.
	#[storage_alias]
	pub type DeferredClaims<T: Config> = StorageMap<Pallet<T>, Twox64Concat, u32, DeferredOf<T>>;
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
				v1::DeferredClaims::<T>::insert(position, deferred);
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
				v1::DeferredClaims::<T>::iter_keys().next().is_none(),
				"DeferredClaims is not empty before the migration"
			);
			Ok(v0::Deferred::<T>::get().map(|b| b.into_inner()).unwrap_or_default().encode())
		}

		/// The map holds the old backlog in order from the head, and the old key is gone.
		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
			let backlog = Vec::<v1::DeferredOf<T>>::decode(&mut &state[..])
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
					v1::DeferredClaims::<T>::get(head.wrapping_add(i)).map(|d| d.encode()) ==
						Some(deferred.encode()),
					"a deferred claim moved out of order"
				);
			}
			// The pallet's own checks read version 2's layout: they run after MigrateV1ToV2.
			Ok(())
		}
	}

	/// Gives every waiting claim, awaiting its round or deferred, `job: None`.
	pub struct MigrateV1ToV2<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for MigrateV1ToV2<T> {
		fn on_runtime_upgrade() -> Weight {
			// Both maps are bounded: rounds in flight by TIQE+'s queue, the backlog by
			// `MaxDeferred`.
			let mut moved = 0u64;
			AwaitingEvaluation::<T>::translate_values::<v1::PendingOf<T>, _>(|old| {
				moved = moved.saturating_add(1);
				Some(old.upgraded())
			});
			DeferredClaims::<T>::translate_values::<v1::DeferredOf<T>, _>(|old| {
				moved = moved.saturating_add(1);
				Some(old.upgraded())
			});
			T::DbWeight::get().reads_writes(moved, moved)
		}

		/// How many claims wait, for `post_upgrade` to compare.
		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
			let awaiting = AwaitingEvaluation::<T>::iter_keys().count() as u32;
			let deferred = v1::DeferredClaims::<T>::iter_keys().count() as u32;
			Ok((awaiting, deferred).encode())
		}

		/// Every claim is still there, decodes in the new form and names no job.
		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: Vec<u8>) -> Result<(), TryRuntimeError> {
			let (awaiting, deferred) =
				<(u32, u32)>::decode(&mut &state[..]).map_err(|_| "cannot decode the pre-upgrade counts")?;
			ensure!(AwaitingEvaluation::<T>::iter_values().count() as u32 == awaiting, "a waiting claim was lost");
			ensure!(DeferredClaims::<T>::iter_values().count() as u32 == deferred, "a deferred claim was lost");
			ensure!(
				AwaitingEvaluation::<T>::iter_values().all(|c| c.job.is_none()) &&
					DeferredClaims::<T>::iter_values().all(|d| d.claim.job.is_none()),
				"a claim names a job"
			);
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

/// The Settlement pallet's migration from storage version 1 to 2, run once after
/// [`MigrateV0ToV1`].
pub type MigrateV1ToV2<T> = VersionedMigration<
	1,
	2,
	version_unchecked::MigrateV1ToV2<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

#[cfg(test)]
mod tests {
	use super::*;
	use crate::mock::*;
	use polkadot_sdk::frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade};

	/// A claim as versions 0 and 1 stored it.
	fn pending(session: u64) -> v1::PendingOf<Test> {
		v1::PendingSettlement {
			session,
			supplier: SUPPLIER,
			app: APP,
			model: 0,
			estimated_cu: 1_000 * u128::from(session),
			gateways: BoundedVec::truncate_from(vec![GATEWAY]),
			max_charge: Some(u128::from(session)),
		}
	}

	fn deferred(session: u64) -> v1::DeferredOf<Test> {
		v1::DeferredClaim {
			claim: v1::PendingSettlement {
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
		v1::DeferredClaims::<Test>::get(position).map(|d| d.encode())
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

	#[test]
	fn v1_to_v2_gives_every_waiting_claim_no_job_once() {
		new_test_ext().execute_with(|| {
			StorageVersion::new(1).put::<Settlement>();
			v1::AwaitingEvaluation::<Test>::insert(7, pending(4));
			v1::DeferredClaims::<Test>::insert(0, deferred(5));
			DeferredTail::<Test>::put(1);

			let weight = MigrateV1ToV2::<Test>::on_runtime_upgrade();

			assert_eq!(Settlement::on_chain_storage_version(), StorageVersion::new(2));
			// Compared encoded: `PendingSettlement` is `PartialEq` only for a `PartialEq` bound.
			let awaiting = AwaitingEvaluation::<Test>::get(7).expect("still awaiting");
			assert_eq!(awaiting.encode(), pending(4).upgraded().encode());
			assert_eq!((awaiting.job, awaiting.max_charge), (None, Some(4)));
			let moved = DeferredClaims::<Test>::get(0).expect("still deferred");
			assert_eq!(moved.encode(), deferred(5).upgraded().encode());
			assert_eq!(moved.claim.job, None);
			// The version read, two claims read and written, the version written.
			let db = <Test as frame_system::Config>::DbWeight::get();
			assert_eq!(weight, db.reads_writes(3, 3));
			assert_eq!(Settlement::do_try_state(), Ok(()));

			// Run again: version 2 is there, nothing is read as the old form.
			assert_eq!(MigrateV1ToV2::<Test>::on_runtime_upgrade(), db.reads(1));
			assert_eq!(AwaitingEvaluation::<Test>::get(7).map(|c| c.encode()), Some(awaiting.encode()));
		});
	}

	#[test]
	fn v0_through_v2_in_order_keeps_the_backlog() {
		new_test_ext().execute_with(|| {
			StorageVersion::new(0).put::<Settlement>();
			v0::Deferred::<Test>::put(BoundedVec::truncate_from(vec![deferred(5), deferred(3)]));
			MigrateV0ToV1::<Test>::on_runtime_upgrade();
			MigrateV1ToV2::<Test>::on_runtime_upgrade();
			assert_eq!(Settlement::on_chain_storage_version(), StorageVersion::new(2));
			assert_eq!(Settlement::deferred_len(), 2);
			assert_eq!(DeferredClaims::<Test>::get(0).map(|d| d.claim.session), Some(5));
			assert_eq!(DeferredClaims::<Test>::get(1).map(|d| d.claim.session), Some(3));
			assert_eq!(Settlement::do_try_state(), Ok(()));
		});
	}

	#[cfg(feature = "try-runtime")]
	#[test]
	fn v1_to_v2_passes_its_pre_and_post_upgrade_checks() {
		new_test_ext().execute_with(|| {
			StorageVersion::new(1).put::<Settlement>();
			v1::AwaitingEvaluation::<Test>::insert(7, pending(4));
			assert!(MigrateV1ToV2::<Test>::try_on_runtime_upgrade(true).is_ok());
			assert!(MigrateV1ToV2::<Test>::try_on_runtime_upgrade(true).is_ok());
		});
	}
}
