//! Storage migrations of the TIQE+ pallet.
//!
//! - [`MigrateV0ToV1`]: [`Progress`] (commits and reveals counted per open round, so a round
//!   whose whole committee voted moves on at once) is filled in from the votes of the rounds
//!   open at the upgrade.

use crate::{Config, Pallet, Progress, RoundProgress, Votes};
use alloc::collections::btree_map::BTreeMap;
use polkadot_sdk::{
	frame_support::{
		migrations::VersionedMigration, pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade,
	},
	frame_system,
};
#[cfg(feature = "try-runtime")]
use {alloc::vec::Vec, polkadot_sdk::sp_runtime::TryRuntimeError};

/// Version 0 → 1 without the version check; only [`MigrateV0ToV1`] runs it.
pub mod version_unchecked {
	use super::*;

	/// Counts each open round's commits and reveals from [`Votes`] into [`Progress`]. Votes
	/// exist only for open rounds, at most a committee each, so the pass is bounded by the
	/// rounds a chain keeps open.
	pub struct MigrateV0ToV1<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for MigrateV0ToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut progress: BTreeMap<crate::RoundId, RoundProgress> = BTreeMap::new();
			let mut votes = 0u64;
			for (round, _, vote) in Votes::<T>::iter() {
				votes = votes.saturating_add(1);
				let p = progress.entry(round).or_default();
				p.committed = p.committed.saturating_add(1);
				p.revealed = p.revealed.saturating_add(u32::from(vote.revealed.is_some()));
			}
			let rounds = progress.len() as u64;
			for (round, p) in progress {
				Progress::<T>::insert(round, p);
			}
			T::DbWeight::get().reads_writes(votes, rounds)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<Vec<u8>, TryRuntimeError> {
			ensure!(Progress::<T>::iter_keys().next().is_none(), "Progress is not empty before v1");
			Ok(Vec::new())
		}

		/// Every invariant holds, progress against votes included.
		#[cfg(feature = "try-runtime")]
		fn post_upgrade(_: Vec<u8>) -> Result<(), TryRuntimeError> {
			Pallet::<T>::do_try_state()
		}
	}
}

/// The TIQE+ pallet's migration from storage version 0 to 1, run once: the chain's stored
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
	use crate::{mock::*, Score, Vote};
	use polkadot_sdk::{
		frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade},
		sp_core::H256,
		sp_runtime::Permill,
	};

	#[test]
	fn v0_to_v1_counts_the_open_rounds_votes_once() {
		new_test_ext().execute_with(|| {
			StorageVersion::new(0).put::<Tiqe>();
			let committed = Vote { commitment: H256::repeat_byte(1), revealed: None };
			let revealed = Vote {
				revealed: Some(Score { alpha: Permill::from_percent(50), withheld: false }),
				..committed
			};
			Votes::<Test>::insert(4, 10, committed);
			Votes::<Test>::insert(4, 11, revealed);
			Votes::<Test>::insert(6, 10, committed);

			MigrateV0ToV1::<Test>::on_runtime_upgrade();

			assert_eq!(Progress::<Test>::get(4), RoundProgress { committed: 2, revealed: 1 });
			assert_eq!(Progress::<Test>::get(6), RoundProgress { committed: 1, revealed: 0 });
			assert_eq!(Tiqe::on_chain_storage_version(), StorageVersion::new(1));

			// A second run finds version 1 and counts nothing twice.
			MigrateV0ToV1::<Test>::on_runtime_upgrade();
			assert_eq!(Progress::<Test>::get(4), RoundProgress { committed: 2, revealed: 1 });
			// Not a state the pallet reaches (votes without their rounds): checked no further.
			Votes::<Test>::remove_all(None);
			Progress::<Test>::remove_all(None);
		});
	}
}
