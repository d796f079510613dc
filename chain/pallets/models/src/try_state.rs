//! The Models pallet's storage invariants, checked by `try_state` and after every test.

use super::*;
use alloc::collections::BTreeMap;
use polkadot_sdk::frame_support::traits::fungible::InspectHold;

impl<T: Config> Pallet<T> {
	/// `ModelCount` counts the registry, within `MaxModels`, and every id is below
	/// `NextModelId`; the sha256 index holds exactly the active models; the retired queue holds
	/// exactly the retired models, in pruning order; each owner's held deposit is the sum of its
	/// active models' deposits.
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		let next = NextModelId::<T>::get();
		let queue = RetiredQueue::<T>::get();
		let mut count = 0u32;
		let mut held: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, info) in Registry::<T>::iter() {
			count = count.saturating_add(1);
			ensure!(id < next, "a model id at or above NextModelId");
			match info.status {
				ModelStatus::Active => {
					ensure!(
						ModelBySha256::<T>::get(info.sha256) == Some(id),
						"an active model missing from the sha256 index"
					);
					let sum = held.entry(info.owner.clone()).or_insert_with(Zero::zero);
					*sum = sum.saturating_add(info.deposit);
				},
				ModelStatus::Retired => {
					ensure!(info.deposit.is_zero(), "a retired model still holds a deposit");
					ensure!(queue.iter().any(|(m, _)| *m == id), "a retired model not queued for pruning");
				},
			}
		}
		ensure!(ModelCount::<T>::get() == count, "ModelCount differs from the registry");
		ensure!(count <= T::MaxModels::get(), "more models than MaxModels");
		for (sha256, id) in ModelBySha256::<T>::iter() {
			ensure!(
				Registry::<T>::get(id).is_some_and(|m| m.status == ModelStatus::Active && m.sha256 == sha256),
				"a sha256 index entry without its active model"
			);
		}
		for (id, _) in queue.iter() {
			ensure!(
				Registry::<T>::get(id).is_some_and(|m| m.status == ModelStatus::Retired),
				"a queued model that is not retired"
			);
		}
		ensure!(queue.windows(2).all(|w| w[0].1 <= w[1].1), "the retired queue is out of order");
		for (owner, deposits) in held {
			let on_hold = T::Currency::balance_on_hold(&HoldReason::ModelDeposit.into(), &owner);
			ensure!(on_hold == deposits, "an owner's held deposit differs from its models'");
		}
		Ok(())
	}
}
