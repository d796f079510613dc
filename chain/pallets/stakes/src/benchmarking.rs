//! Benchmarks of the Stakes pallet's calls, each in its worst case: subjects and URLs as long as
//! their bounds allow, the most models, gateways, delegations and unbonding chunks a call may
//! touch, and the branch that reads or writes the most.

use super::*;
use polkadot_sdk::{
	frame_benchmarking::v2::*,
	frame_support::traits::fungible::Mutate,
	frame_system::RawOrigin,
	sp_runtime::traits::One,
};

/// Sets up, for the benchmarks, the state other pallets own.
pub trait BenchmarkHelper<T: Config> {
	/// `count` distinct models that `T::Models` reports servable, registered if need be, each
	/// as large as the registry allows: the calls check each model's record.
	fn servable_models(count: u32) -> Vec<ModelId>;
	/// Makes `current` the session in progress, with every session from `first_kept` to it
	/// still kept, so that `T::Sessions::session_bounds` finds them.
	fn set_sessions(first_kept: SessionId, current: SessionId);
}

/// For test runtimes: models `0..count`, which their registries report servable, and the
/// session clock left as it is.
impl<T: Config> BenchmarkHelper<T> for () {
	fn servable_models(count: u32) -> Vec<ModelId> {
		(0..count).collect()
	}

	fn set_sessions(_: SessionId, _: SessionId) {}
}

const SEED: u32 = 0;

/// A bond that the role's minimum allows, never zero nor below the existential deposit.
fn unit<T: Config>(role: Role) -> BalanceOf<T> {
	Parameters::<T>::get()
		.minimum(role)
		.max(T::Currency::minimum_balance())
		.max(1u32.into())
}

/// Funds `who` for every bond a benchmark makes: as many units of the largest minimum as the
/// most unbonding chunks, with some to spare.
fn fund<T: Config>(who: &T::AccountId)
where
	T::Currency: Mutate<T::AccountId>,
{
	let most = [Role::Supplier, Role::Validator, Role::Gateway, Role::Application]
		.into_iter()
		.map(unit::<T>)
		.max()
		.unwrap_or_else(One::one);
	let units: BalanceOf<T> = T::MaxUnlockingChunks::get().saturating_add(8).into();
	let balance = T::Currency::minimum_balance().saturating_add(most.saturating_mul(units));
	T::Currency::set_balance(who, balance);
}

/// A funded caller, whitelisted like the signer of a transaction.
fn caller<T: Config>() -> T::AccountId
where
	T::Currency: Mutate<T::AccountId>,
{
	let who = whitelisted_caller();
	fund::<T>(&who);
	who
}

/// A valid NATS subject of exactly `MaxSubjectLen` bytes, in as many tokens as it can hold.
fn subject<T: Config>() -> Vec<u8> {
	let len = T::MaxSubjectLen::get() as usize;
	(0..len).map(|i| if i % 2 == 1 && i + 1 < len { b'.' } else { b's' }).collect()
}

/// A valid gateway URL of exactly `MaxUrlLen` bytes.
fn url<T: Config>() -> Vec<u8> {
	let mut url = b"https://".to_vec();
	url.resize((T::MaxUrlLen::get() as usize).max(url.len() + 1), b'g');
	url
}

/// The largest cluster allowed, or one device when clusters are not.
fn device<T: Config>() -> DeviceClass {
	match T::MaxClusterDevices::get() {
		devices if devices >= 2 => DeviceClass::Cluster { devices },
		_ => DeviceClass::Single,
	}
}

/// Registers `who` as a supplier of `models`, bonding `stake`.
fn add_supplier<T: Config>(who: &T::AccountId, models: Vec<ModelId>, stake: BalanceOf<T>) {
	Pallet::<T>::register_supplier(
		RawOrigin::Signed(who.clone()).into(),
		stake,
		models,
		subject::<T>(),
		u32::MAX,
		device::<T>(),
	)
	.expect("registers the supplier");
}

/// Registers and funds the gateway `account("gateway", index)`.
fn gateway<T: Config>(index: u32) -> T::AccountId
where
	T::Currency: Mutate<T::AccountId>,
{
	let gateway: T::AccountId = account("gateway", index, SEED);
	fund::<T>(&gateway);
	Pallet::<T>::register_gateway(
		RawOrigin::Signed(gateway.clone()).into(),
		unit::<T>(Role::Gateway),
		url::<T>(),
	)
	.expect("registers the gateway");
	gateway
}

/// Registers `app` as an application with `deposit` and a spend limit of `limit`, no gateways.
fn add_application<T: Config>(app: &T::AccountId, deposit: BalanceOf<T>, limit: BalanceOf<T>) {
	Pallet::<T>::register_application(
		RawOrigin::Signed(app.clone()).into(),
		deposit,
		Vec::new(),
		limit,
	)
	.expect("registers the application");
}

/// Withdrawn delegations that fill the list up to its bound beside `MaxDelegations` live ones:
/// all of `gateway`, withdrawn in sessions `0..count` (the oldest first).
fn withdrawn<T: Config>(gateway: &T::AccountId) -> Vec<Delegation<T::AccountId>> {
	let count = 2 * MAX_DELEGATIONS_BOUND - T::MaxDelegations::get();
	(0..count as SessionId)
		.map(|until| Delegation { gateway: gateway.clone(), from: 0, until: Some(until) })
		.collect()
}

/// `count` live delegations to gateways that are not `account("gateway", 0)`.
fn live<T: Config>(count: u32) -> Vec<Delegation<T::AccountId>> {
	(0..count)
		.map(|i| Delegation { gateway: account("delegate", i, SEED), from: 0, until: None })
		.collect()
}

/// Replaces `app`'s delegations.
fn set_delegations<T: Config>(app: &T::AccountId, delegations: Vec<Delegation<T::AccountId>>) {
	Applications::<T>::mutate(app, |config| {
		config.as_mut().expect("registered").delegations =
			delegations.try_into().expect("within the list's bound; qed");
	});
}

/// Unbonds `step` of `who`'s `role` bond `times` times, one chunk each.
fn unbond_chunks<T: Config>(who: &T::AccountId, role: Role, step: BalanceOf<T>, times: u32) {
	for _ in 0..times {
		Pallet::<T>::unbond(RawOrigin::Signed(who.clone()).into(), role, step).expect("unbonds");
	}
}

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

#[benchmarks(where T::Currency: Mutate<T::AccountId>)]
mod benchmarks {
	use super::*;

	// `m` servable models, the longest subject in the most tokens, the largest cluster. (`m`,
	// `g` are the weight functions' `models`, `gateways`: the benchmark macro takes one-letter
	// component names only.)
	#[benchmark]
	fn register_supplier(m: Linear<1, { T::MaxModelsPerSupplier::get() }>) {
		let who = caller::<T>();
		let served = T::BenchmarkHelper::servable_models(m);
		let stake = unit::<T>(Role::Supplier);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), stake, served.clone(), subject::<T>(), u32::MAX, device::<T>());

		assert!(served.iter().all(|m| SuppliersByModel::<T>::contains_key(m, &who)));
		assert_last_event::<T>(Event::Registered { who, role: Role::Supplier, stake });
	}

	// `m` models replaced by `m` others: every old index entry removed, every new one
	// inserted, each on its own key.
	#[benchmark]
	fn update_supplier(m: Linear<1, { T::MaxModelsPerSupplier::get() }>) {
		let who = caller::<T>();
		let served = T::BenchmarkHelper::servable_models(m);
		add_supplier::<T>(&who, served.clone(), unit::<T>(Role::Supplier));
		// The supplier served other models before: ids no registry hands out, put in its
		// record and the index as registering would have.
		let old: Vec<ModelId> = (0..m).map(|i| ModelId::MAX - i).collect();
		for model in &served {
			SuppliersByModel::<T>::remove(model, &who);
		}
		for model in &old {
			SuppliersByModel::<T>::insert(model, &who, ());
		}
		Suppliers::<T>::mutate(&who, |config| {
			config.as_mut().expect("registered").models =
				old.clone().try_into().expect("as many as served; qed");
		});

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), served.clone(), subject::<T>(), u32::MAX, device::<T>());

		assert!(served.iter().all(|m| SuppliersByModel::<T>::contains_key(m, &who)));
		assert!(old.iter().all(|m| !SuppliersByModel::<T>::contains_key(m, &who)));
		assert_last_event::<T>(Event::SupplierUpdated { who });
	}

	#[benchmark]
	fn register_validator() {
		let who = caller::<T>();
		let stake = unit::<T>(Role::Validator);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), stake);

		assert_eq!(Pallet::<T>::active_stake(&who, Role::Validator), stake);
		assert_last_event::<T>(Event::Registered { who, role: Role::Validator, stake });
	}

	// The longest URL.
	#[benchmark]
	fn register_gateway() {
		let who = caller::<T>();
		let stake = unit::<T>(Role::Gateway);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), stake, url::<T>());

		assert!(Gateways::<T>::contains_key(&who));
		assert_last_event::<T>(Event::Registered { who, role: Role::Gateway, stake });
	}

	// The longest URL, over another as long.
	#[benchmark]
	fn update_gateway() {
		let who = caller::<T>();
		Pallet::<T>::register_gateway(
			RawOrigin::Signed(who.clone()).into(),
			unit::<T>(Role::Gateway),
			url::<T>(),
		)
		.expect("registers the gateway");
		let mut new_url = url::<T>();
		*new_url.last_mut().expect("longer than the scheme; qed") = b'h';

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), new_url.clone());

		assert_eq!(Gateways::<T>::get(&who).expect("registered").url.into_inner(), new_url);
		assert_last_event::<T>(Event::GatewayUpdated { who });
	}

	// `g` registered gateways, each looked up and checked against the others.
	#[benchmark]
	fn register_application(g: Linear<0, { T::MaxDelegations::get() }>) {
		let who = caller::<T>();
		let delegates: Vec<T::AccountId> = (0..g).map(gateway::<T>).collect();
		let deposit = unit::<T>(Role::Application);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), deposit, delegates, deposit);

		let config = Applications::<T>::get(&who).expect("registered");
		assert_eq!(config.delegations.len() as u32, g);
		assert_last_event::<T>(Event::Registered { who, role: Role::Application, stake: deposit });
	}

	// One delegation short of `MaxDelegations`, and the rest of the list filled with withdrawn
	// delegations to the same gateway from past sessions still kept: each is compared, and
	// each one's session looked up before it is kept.
	#[benchmark]
	fn delegate() {
		let who = caller::<T>();
		let target = gateway::<T>(0);
		let mut delegations = withdrawn::<T>(&target);
		let now = delegations.len() as SessionId;
		T::BenchmarkHelper::set_sessions(0, now);
		add_application::<T>(&who, unit::<T>(Role::Application), unit::<T>(Role::Application));
		delegations.extend(live::<T>(T::MaxDelegations::get().saturating_sub(1)));
		set_delegations::<T>(&who, delegations);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), target.clone());

		let now = T::Sessions::current_session();
		assert!(Pallet::<T>::is_delegated(&who, &target, now.saturating_add(1)));
		assert_last_event::<T>(Event::Delegated { app: who, gateway: target, from: now.saturating_add(1) });
	}

	// A full list, the live delegation withdrawn its last entry, after past delegations to the
	// same gateway.
	#[benchmark]
	fn undelegate() {
		let who = caller::<T>();
		let target = gateway::<T>(0);
		add_application::<T>(&who, unit::<T>(Role::Application), unit::<T>(Role::Application));
		let mut delegations = withdrawn::<T>(&target);
		delegations.extend(live::<T>(T::MaxDelegations::get().saturating_sub(1)));
		delegations.push(Delegation { gateway: target.clone(), from: 0, until: None });
		set_delegations::<T>(&who, delegations);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), target.clone());

		let now = T::Sessions::current_session();
		let config = Applications::<T>::get(&who).expect("registered");
		assert_eq!(config.delegations.last().and_then(|d| d.until), Some(now));
		assert_last_event::<T>(Event::Undelegated { app: who, gateway: target });
	}

	// A raised limit, which reads the deposit, in the largest record: a full delegation list
	// and a lower limit pending.
	#[benchmark]
	fn set_spend_limit() {
		let who = caller::<T>();
		let deposit = unit::<T>(Role::Application).saturating_mul(2u32.into());
		let limit = unit::<T>(Role::Application);
		add_application::<T>(&who, deposit, limit);
		let past: T::AccountId = account("gateway", 0, SEED);
		let mut delegations = withdrawn::<T>(&past);
		delegations.extend(live::<T>(T::MaxDelegations::get()));
		set_delegations::<T>(&who, delegations);
		let now = T::Sessions::current_session();
		Applications::<T>::mutate(&who, |config| {
			config.as_mut().expect("registered").next_limit = Some((now.saturating_add(1), One::one()));
		});

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), deposit);

		let config = Applications::<T>::get(&who).expect("registered");
		assert_eq!((config.spend_limit, config.next_limit), (deposit, None));
		assert_last_event::<T>(Event::SpendLimitSet { app: who, limit: deposit, from: now });
	}

	// A bond with the most unbonding chunks, the largest to read and write.
	#[benchmark]
	fn bond_extra() {
		let who = caller::<T>();
		let step = unit::<T>(Role::Validator);
		let chunks = T::MaxUnlockingChunks::get();
		let stake = step.saturating_mul(chunks.saturating_add(1).into());
		Pallet::<T>::register_validator(RawOrigin::Signed(who.clone()).into(), stake)
			.expect("registers the validator");
		unbond_chunks::<T>(&who, Role::Validator, step, chunks);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), Role::Validator, step);

		assert_eq!(Pallet::<T>::active_stake(&who, Role::Validator), step.saturating_mul(2u32.into()));
		assert_last_event::<T>(Event::Bonded { who, role: Role::Validator, amount: step });
	}

	// An application that stays: its spend limit is read (from a record with a full delegation
	// list) and checked against what remains, and the chunk fills the bond's last slot.
	#[benchmark]
	fn unbond() {
		let who = caller::<T>();
		let step = unit::<T>(Role::Application);
		let chunks = T::MaxUnlockingChunks::get();
		add_application::<T>(&who, step.saturating_mul(chunks.saturating_add(1).into()), step);
		let past: T::AccountId = account("gateway", 0, SEED);
		let mut delegations = withdrawn::<T>(&past);
		delegations.extend(live::<T>(T::MaxDelegations::get()));
		set_delegations::<T>(&who, delegations);
		unbond_chunks::<T>(&who, Role::Application, step, chunks.saturating_sub(1));

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), Role::Application, step);

		let bond = Bonds::<T>::get(Role::Application, &who).expect("registered");
		assert_eq!((bond.active, bond.unlocking.len() as u32), (step, chunks));
		let unlock_at = bond.unlocking.last().expect("unbonding").unlock_at;
		assert_last_event::<T>(Event::Unbonding { who, role: Role::Application, amount: step, unlock_at });
	}

	// A supplier of `m` models leaving: the most chunks, all due, released at once, and its
	// record and index entries removed.
	#[benchmark]
	fn withdraw_unbonded(m: Linear<1, { T::MaxModelsPerSupplier::get() }>) {
		let who = caller::<T>();
		let served = T::BenchmarkHelper::servable_models(m);
		let step = unit::<T>(Role::Supplier);
		let chunks = T::MaxUnlockingChunks::get();
		add_supplier::<T>(&who, served.clone(), step.saturating_mul(chunks.into()));
		unbond_chunks::<T>(&who, Role::Supplier, step, chunks);
		let due = Bonds::<T>::get(Role::Supplier, &who)
			.and_then(|b| b.unlocking.iter().map(|c| c.unlock_at).max())
			.expect("unbonding");
		frame_system::Pallet::<T>::set_block_number(due);

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), Role::Supplier);

		assert!(!Bonds::<T>::contains_key(Role::Supplier, &who));
		assert!(served.iter().all(|m| !SuppliersByModel::<T>::contains_key(m, &who)));
		assert_last_event::<T>(Event::Deregistered { who, role: Role::Supplier });
	}

	#[benchmark]
	fn set_parameters() -> Result<(), BenchmarkError> {
		let origin =
			T::AdminOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let parameters = StakeParameters {
			min_supplier_stake: 1u32.into(),
			min_validator_stake: 1u32.into(),
			min_gateway_stake: 1u32.into(),
			min_application_deposit: 1u32.into(),
			unbonding_period: 1u32.into(),
		};

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, parameters.clone());

		assert_eq!(Parameters::<T>::get(), parameters);
		assert_last_event::<T>(Event::ParametersSet { parameters });
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
