//! Retiring a model (by its owner or governance) and pruning its record once the retention
//! passed.

use super::*;

impl<T: Config> Pallet<T> {
	/// Retires an active model: releases its deposit, drops it from the sha256 index and
	/// queues its record for pruning `RetiredRetention` blocks from now.
	pub(crate) fn do_retire(
		model: ModelId,
		mut info: ModelInfo<T>,
		by_governance: bool,
	) -> DispatchResult {
		ensure!(info.status == ModelStatus::Active, Error::<T>::ModelRetired);
		T::Currency::release(
			&HoldReason::ModelDeposit.into(),
			&info.owner,
			info.deposit,
			Precision::BestEffort,
		)?;
		ModelBySha256::<T>::remove(info.sha256);
		info.status = ModelStatus::Retired;
		info.deposit = Zero::zero();
		Registry::<T>::insert(model, info);
		let prune_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::RetiredRetention::get());
		// Each model is retired once and counts toward `MaxModels` until pruned: room.
		RetiredQueue::<T>::try_mutate(|queue| queue.try_push((model, prune_at)))
			.map_err(|_| Error::<T>::TooManyModels)?;
		Self::deposit_event(Event::ModelRetired { model, by_governance, prune_at });
		Ok(())
	}

	/// Removes the records of retired models whose retention ended, oldest first.
	pub(crate) fn prune_retired(now: BlockNumberFor<T>) -> Weight {
		let mut queue = RetiredQueue::<T>::get();
		let due = queue
			.iter()
			.take(T::MaxPrunedPerBlock::get() as usize)
			.take_while(|(_, at)| *at <= now)
			.count();
		if due == 0 {
			return T::WeightInfo::prune_retired(0);
		}
		for (model, _) in queue.drain(..due) {
			Registry::<T>::remove(model);
			Self::deposit_event(Event::ModelPruned { model });
		}
		ModelCount::<T>::mutate(|count| *count = count.saturating_sub(due as u32));
		RetiredQueue::<T>::put(queue);
		T::WeightInfo::prune_retired(due as u32)
	}
}
