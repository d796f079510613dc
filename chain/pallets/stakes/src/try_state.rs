//! The Stakes pallet's storage invariants, checked by `try_state` and after every test.

use super::*;
use polkadot_sdk::frame_support::traits::fungible::InspectHold;

impl<T: Config> Pallet<T> {
	/// Each role's member count matches its bonds and stays within its bound; every bond is
	/// exactly what its hold holds; role configurations exist exactly for their roles' bonds;
	/// the model index matches suppliers' declared models; live delegations stay within
	/// `MaxDelegations`; the unbonding period is positive.
	pub fn do_try_state() -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
		for role in [Role::Supplier, Role::Validator, Role::Gateway, Role::Application] {
			let mut members = 0u32;
			for (who, bond) in Bonds::<T>::iter_prefix(role) {
				members = members.saturating_add(1);
				let held = T::Currency::balance_on_hold(&HoldReason::from(role).into(), &who);
				ensure!(held == bond.total(), "a bond differs from the funds held for it");
				let configured = match role {
					Role::Supplier => Suppliers::<T>::contains_key(&who),
					Role::Gateway => Gateways::<T>::contains_key(&who),
					Role::Application => Applications::<T>::contains_key(&who),
					Role::Validator => true,
				};
				ensure!(configured, "a bond without its role's configuration");
			}
			ensure!(MemberCount::<T>::get(role) == members, "a member count differs from the bonds");
			ensure!(
				Self::max_members(role).is_none_or(|max| members <= max),
				"more members than the role's bound"
			);
		}
		for (who, config) in Suppliers::<T>::iter() {
			ensure!(Bonds::<T>::contains_key(Role::Supplier, &who), "a supplier without a bond");
			for model in &config.models {
				ensure!(
					SuppliersByModel::<T>::contains_key(model, &who),
					"a declared model missing from the model index"
				);
			}
		}
		for (model, who, ()) in SuppliersByModel::<T>::iter() {
			ensure!(
				Suppliers::<T>::get(&who).is_some_and(|c| c.models.contains(&model)),
				"a model index entry its supplier does not declare"
			);
		}
		for (who, _) in Gateways::<T>::iter() {
			ensure!(Bonds::<T>::contains_key(Role::Gateway, &who), "a gateway without a bond");
		}
		for (who, config) in Applications::<T>::iter() {
			ensure!(
				Bonds::<T>::contains_key(Role::Application, &who),
				"an application without a deposit"
			);
			ensure!(
				config.gateways().count() <= T::MaxDelegations::get() as usize,
				"more live delegations than MaxDelegations"
			);
		}
		ensure!(!Parameters::<T>::get().unbonding_period.is_zero(), "the unbonding period is zero");
		Ok(())
	}
}
