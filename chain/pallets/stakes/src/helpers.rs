//! The Stakes pallet's internal helpers: opening and closing bonds, validating declarations.

use super::*;

impl<T: Config> Pallet<T> {
	pub(crate) fn ensure_unregistered(who: &T::AccountId, role: Role) -> DispatchResult {
		ensure!(!Bonds::<T>::contains_key(role, who), Error::<T>::AlreadyRegistered);
		Ok(())
	}

	/// Hold `stake` for a new role bond, enforcing the minimum and the role's size bound.
	pub(crate) fn open_bond(who: &T::AccountId, role: Role, stake: BalanceOf<T>) -> DispatchResult {
		ensure!(!stake.is_zero(), Error::<T>::ZeroAmount);
		ensure!(stake >= Parameters::<T>::get().minimum(role), Error::<T>::StakeBelowMinimum);
		let members = MemberCount::<T>::get(role);
		ensure!(
			Self::max_members(role).is_none_or(|max| members < max),
			Error::<T>::TooManyMembers
		);
		T::Currency::hold(&HoldReason::from(role).into(), who, stake)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		Bonds::<T>::insert(role, who, Bond::<T>::new(stake));
		MemberCount::<T>::insert(role, members.saturating_add(1));
		Ok(())
	}

	/// The bound on the number of `role`'s members, for the roles that have one.
	pub fn max_members(role: Role) -> Option<u32> {
		match role {
			Role::Supplier => Some(T::MaxSuppliers::get()),
			Role::Validator => Some(T::MaxValidators::get()),
			Role::Gateway | Role::Application => None,
		}
	}

	/// Drops withdrawn delegations whose last session the chain no longer keeps: nothing of
	/// those sessions can be claimed any more.
	pub(crate) fn forget_old_delegations(delegations: &mut DelegationsOf<T>, now: SessionId) {
		delegations.retain(|d| match d.until {
			Some(until) => until >= now || T::Sessions::session_bounds(until).is_some(),
			None => true,
		});
	}

	pub(crate) fn remove_role(who: &T::AccountId, role: Role) {
		Bonds::<T>::remove(role, who);
		MemberCount::<T>::mutate(role, |count| *count = count.saturating_sub(1));
		match role {
			Role::Supplier =>
				if let Some(config) = Suppliers::<T>::take(who) {
					for model in &config.models {
						SuppliersByModel::<T>::remove(model, who);
					}
				},
			Role::Gateway => Gateways::<T>::remove(who),
			Role::Application => Applications::<T>::remove(who),
			Role::Validator => {},
		}
		Self::deposit_event(Event::Deregistered { who: who.clone(), role });
	}

	pub(crate) fn supplier_config(
		models: Vec<ModelId>,
		nats_subject: Vec<u8>,
		capacity_tps: u32,
		device: DeviceClass,
	) -> Result<SupplierConfig<T>, DispatchError> {
		ensure!(!models.is_empty(), Error::<T>::NoModels);
		ensure!(
			models.len() <= T::MaxModelsPerSupplier::get() as usize,
			Error::<T>::TooManyModels
		);
		let mut bounded = BoundedVec::new();
		for model in models {
			ensure!(T::Models::is_servable(model), Error::<T>::UnknownModel);
			ensure!(!bounded.contains(&model), Error::<T>::DuplicateModel);
			bounded.try_push(model).map_err(|_| Error::<T>::TooManyModels)?;
		}
		ensure!(is_valid_subject(&nats_subject), Error::<T>::InvalidSubject);
		let nats_subject = nats_subject.try_into().map_err(|_| Error::<T>::SubjectTooLong)?;
		ensure!(capacity_tps > 0, Error::<T>::ZeroCapacity);
		if let DeviceClass::Cluster { devices } = device {
			ensure!(
				devices >= 2 && devices <= T::MaxClusterDevices::get(),
				Error::<T>::InvalidDeviceCount
			);
		}
		Ok(SupplierConfig { models: bounded, nats_subject, capacity_tps, device })
	}

	pub(crate) fn bounded_url(url: Vec<u8>) -> Result<BoundedVec<u8, T::MaxUrlLen>, DispatchError> {
		ensure!(is_valid_url(&url), Error::<T>::InvalidUrl);
		Ok(url.try_into().map_err(|_| Error::<T>::UrlTooLong)?)
	}

	/// The configuration of an application, if registered.
	pub fn application(app: &T::AccountId) -> Option<ApplicationConfig<T>> {
		Applications::<T>::get(app)
	}
}

/// A NATS subject suppliers can be addressed on: dot-separated non-empty tokens of visible ASCII
/// with no wildcards (`*`, `>`), so that no supplier can subscribe to another's traffic.
pub(crate) fn is_valid_subject(subject: &[u8]) -> bool {
	!subject.is_empty() &&
		subject.split(|c| *c == b'.').all(|token| {
			!token.is_empty() &&
				token.iter().all(|c| c.is_ascii_graphic() && *c != b'*' && *c != b'>')
		})
}

/// An `http://` or `https://` URL with a host part and no whitespace or control bytes.
pub(crate) fn is_valid_url(url: &[u8]) -> bool {
	let rest = url.strip_prefix(b"https://").or_else(|| url.strip_prefix(b"http://"));
	rest.is_some_and(|r| !r.is_empty() && r[0] != b'/') && url.iter().all(|c| c.is_ascii_graphic())
}
