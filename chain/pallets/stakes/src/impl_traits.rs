//! How other pallets use stakes, through the `sibyl_primitives` traits: slashing
//! ([`Slash`]), paying from application deposits ([`ApplicationFunds`]) and reading bonds
//! ([`StakeInspect`]).

use super::*;

impl<T: Config> Slash<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn slash(
		who: &T::AccountId,
		role: Role,
		fraction: Perbill,
		reason: SlashReason,
	) -> Result<BalanceOf<T>, DispatchError> {
		let mut bond = Bonds::<T>::get(role, who).ok_or(Error::<T>::NotRegistered)?;
		let target = fraction * bond.total();
		let (credit, missing) = T::Currency::slash(&HoldReason::from(role).into(), who, target);
		let slashed = target.saturating_sub(missing);
		T::OnSlash::on_unbalanced(credit);
		// Take from the active bond first, then from the newest unbonding chunks.
		let mut rest = slashed;
		let from_active = rest.min(bond.active);
		bond.active = bond.active.saturating_sub(from_active);
		rest = rest.saturating_sub(from_active);
		for chunk in bond.unlocking.iter_mut().rev() {
			let take = rest.min(chunk.value);
			chunk.value = chunk.value.saturating_sub(take);
			rest = rest.saturating_sub(take);
		}
		bond.unlocking.retain(|c| !c.value.is_zero());
		Bonds::<T>::insert(role, who, bond);
		Self::deposit_event(Event::Slashed { who: who.clone(), role, amount: slashed, reason });
		Ok(slashed)
	}
}

impl<T: Config> ApplicationFunds<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn spend_limit(app: &T::AccountId, session: SessionId) -> Option<BalanceOf<T>> {
		Applications::<T>::get(app).map(|c| c.limit_in(session))
	}

	fn pay_from_deposit(
		app: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> BalanceOf<T> {
		let Some(mut bond) = Bonds::<T>::get(Role::Application, app) else {
			return Zero::zero();
		};
		// The active deposit pays first, then what is unbonding: it backed the work being paid
		// for, and stays held until no charge is pending.
		let amount = amount.min(bond.total());
		if amount.is_zero() {
			return amount;
		}
		let moved = T::Currency::transfer_on_hold(
			&HoldReason::ApplicationDeposit.into(),
			app,
			to,
			amount,
			Precision::BestEffort,
			Restriction::Free,
			Fortitude::Polite,
		)
		.unwrap_or_else(|_| Zero::zero());
		let from_active = moved.min(bond.active);
		bond.active = bond.active.saturating_sub(from_active);
		let mut rest = moved.saturating_sub(from_active);
		for chunk in bond.unlocking.iter_mut().rev() {
			let take = rest.min(chunk.value);
			chunk.value = chunk.value.saturating_sub(take);
			rest = rest.saturating_sub(take);
		}
		bond.unlocking.retain(|c| !c.value.is_zero());
		Bonds::<T>::insert(Role::Application, app, bond);
		moved
	}
}

impl<T: Config> StakeInspect<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn active_stake(who: &T::AccountId, role: Role) -> BalanceOf<T> {
		Bonds::<T>::get(role, who).map(|b| b.active).unwrap_or_else(Zero::zero)
	}

	fn is_active(who: &T::AccountId, role: Role) -> bool {
		Bonds::<T>::get(role, who).is_some_and(|b| {
			!b.active.is_zero() && b.active >= Parameters::<T>::get().minimum(role)
		})
	}

	fn is_delegated(app: &T::AccountId, gateway: &T::AccountId, session: SessionId) -> bool {
		Applications::<T>::get(app)
			.is_some_and(|c| c.delegations.iter().any(|d| d.gateway == *gateway && d.covers(session)))
	}

	fn serves(supplier: &T::AccountId, model: ModelId) -> bool {
		SuppliersByModel::<T>::contains_key(model, supplier) &&
			Self::is_active(supplier, Role::Supplier)
	}

	fn active_members(role: Role) -> Vec<(T::AccountId, BalanceOf<T>)> {
		let minimum = Parameters::<T>::get().minimum(role);
		Bonds::<T>::iter_prefix(role)
			.filter(|(_, bond)| !bond.active.is_zero() && bond.active >= minimum)
			.map(|(who, bond)| (who, bond.active))
			.collect()
	}

	fn supplier_service(supplier: &T::AccountId) -> Option<(Vec<ModelId>, u32)> {
		Suppliers::<T>::get(supplier).map(|c| (c.models.into_inner(), c.capacity_tps))
	}
}
