//! The Sibyl precompile: what contracts on `pallet-revive` may ask of the network
//! (docs/contracts.md). A contract reads models and their prices, and is an application like any
//! account: it stakes, submits jobs and reads what they cost. The caller is always the calling contract's own account, never the
//! transaction's signer, so a contract cannot spend its users' funds through it.

use crate::{Runtime, RuntimeOrigin};
use alloc::vec::Vec;
use core::num::NonZero;
use polkadot_sdk::{
	frame_system,
	pallet_revive::{
		self,
		precompiles::{
			alloy::{self, sol_types::{SolCall, SolValue}},
			AddressMatcher, Error, Ext, Precompile, RuntimeCosts,
		},
	},
};
use pallet_sibyl_jobs::{JobCharges, JobStatus, Jobs, WeightInfo as _};
use pallet_sibyl_stakes::{Applications, WeightInfo as _};
use sibyl_primitives::{relay::SamplingParams, ModelEconomics, ModelRegistry, PriceOracle, Role, SessionInspect};

alloy::sol! {
	/// At `0x…5b1b0000`.
	interface ISibyl {
		/// A model: whether it may be served now, its context length in tokens, compute units per
		/// prompt and per completion token, and its price per 1,000 compute units this session
		/// (its floor until pricing has set one). All zero for an unknown model.
		function model(uint32 id) external view returns (bool, uint32, uint32, uint32, uint128);
		/// Stakes `amount` of the caller's free balance as its application deposit; the first
		/// call registers the caller as an application with a spend limit of `amount` a session.
		function stakeApplication(uint128 amount) external;
		/// Submits a job as the caller's application, generated greedily (temperature 0):
		/// `input` a relay body, `promptTokens` its length under the model's tokenizer,
		/// `maxPrice` the most the caller pays for it. Returns the job's id.
		function submitJob(uint32 model, bytes input, uint32 promptTokens, uint32 maxTokens, uint128 maxPrice)
			external returns (uint64);
		/// A job's state (0 unknown, 1 open, 2 settled, 3 ended unpaid) and, once settled, what
		/// its application was charged.
		function jobState(uint64 job) external view returns (uint8, uint128);
	}
}

/// The precompile's index: `0x5B1B` at bytes 16–17 of its address.
pub const SIBYL_PRECOMPILE_INDEX: u16 = 0x5B1B;

/// The Sibyl precompile.
pub struct SibylPrecompile;

type T = Runtime;

/// A state change is refused in a static call, and through a delegate call (which would act for
/// the delegating contract's caller).
fn ensure_mutable(env: &impl Ext<T = T>) -> Result<(), Error> {
	if env.is_read_only() {
		return Err(pallet_revive::Error::<T>::StateChangeDenied.into());
	}
	if env.is_delegate_call() {
		return Err(pallet_revive::Error::<T>::PrecompileDelegateDenied.into());
	}
	Ok(())
}

/// The calling contract's account.
fn caller(env: &impl Ext<T = T>) -> Result<RuntimeOrigin, Error> {
	let who = env.caller().account_id().cloned().map_err(|_| Error::Revert("the caller has no account".into()))?;
	Ok(frame_system::RawOrigin::Signed(who).into())
}

/// A pallet's refusal as a revert the calling contract can catch, named as the chain names it.
fn refused(error: polkadot_sdk::sp_runtime::DispatchError) -> Error {
	let name: &'static str = error.into();
	Error::Revert(name.into())
}

impl Precompile for SibylPrecompile {
	type T = Runtime;
	type Interface = ISibyl::ISibylCalls;
	const MATCHER: AddressMatcher = AddressMatcher::Fixed(NonZero::new(SIBYL_PRECOMPILE_INDEX).unwrap());
	const HAS_CONTRACT_INFO: bool = false;

	fn call(_: &[u8; 20], input: &Self::Interface, env: &mut impl Ext<T = Runtime>) -> Result<Vec<u8>, Error> {
		use ISibyl::ISibylCalls as Call;
		match input {
			Call::model(ISibyl::modelCall { id }) => {
				// The model's record, the session and the session's price.
				env.frame_meter_mut().charge_weight_token(RuntimeCosts::Precompile(
					<T as frame_system::Config>::DbWeight::get().reads(4),
				))?;
				let servable = <crate::Models as ModelRegistry>::is_servable(*id);
				let context = <crate::Models as ModelEconomics<crate::Balance>>::context_length(*id).unwrap_or(0);
				let (prompt, completion) =
					<crate::Models as ModelEconomics<crate::Balance>>::compute_weights(*id).unwrap_or((0, 0));
				let session = <crate::Sessions as SessionInspect<crate::AccountId, crate::BlockNumber>>::current_session();
				let price = <crate::Pricing as PriceOracle<crate::Balance>>::price_per_kcu(session, *id)
					.or_else(|| <crate::Models as ModelEconomics<crate::Balance>>::price_floor(*id))
					.unwrap_or(0);
				Ok(ISibyl::modelCall::abi_encode_returns_tuple(&(servable, context, prompt, completion, price)))
			},
			Call::stakeApplication(ISibyl::stakeApplicationCall { amount }) => {
				let weight = <T as pallet_sibyl_stakes::Config>::WeightInfo::register_application(0)
					.max(<T as pallet_sibyl_stakes::Config>::WeightInfo::bond_extra())
					.saturating_add(<T as frame_system::Config>::DbWeight::get().reads(1));
				env.frame_meter_mut().charge_weight_token(RuntimeCosts::Precompile(weight))?;
				ensure_mutable(env)?;
				let who = env.caller().account_id().cloned().map_err(|_| Error::Revert("the caller has no account".into()))?;
				let registered = Applications::<T>::contains_key(&who);
				let origin: RuntimeOrigin = frame_system::RawOrigin::Signed(who).into();
				if registered {
					pallet_sibyl_stakes::Pallet::<T>::bond_extra(origin, Role::Application, *amount)
				} else {
					pallet_sibyl_stakes::Pallet::<T>::register_application(origin, *amount, Vec::new(), *amount)
				}
				.map_err(refused)?;
				Ok(Vec::new())
			},
			Call::submitJob(ISibyl::submitJobCall { model, input, promptTokens, maxTokens, maxPrice }) => {
				let weight = <T as pallet_sibyl_jobs::Config>::WeightInfo::submit(input.len() as u32)
					.saturating_add(<T as frame_system::Config>::DbWeight::get().reads(1));
				env.frame_meter_mut().charge_weight_token(RuntimeCosts::Precompile(weight))?;
				ensure_mutable(env)?;
				let origin = caller(env)?;
				let job = pallet_sibyl_jobs::NextJobId::<T>::get();
				let sampling = SamplingParams { max_tokens: *maxTokens, temperature_milli: 0, top_p_milli: 1000, seed: None };
				pallet_sibyl_jobs::Pallet::<T>::submit(origin, *model, input.to_vec(), *promptTokens, sampling, *maxPrice)
				.map_err(refused)?;
				Ok(job.abi_encode())
			},
			Call::jobState(ISibyl::jobStateCall { job }) => {
				env.frame_meter_mut().charge_weight_token(RuntimeCosts::Precompile(
					<T as frame_system::Config>::DbWeight::get().reads(2),
				))?;
				let (state, charged): (u8, u128) = match Jobs::<T>::get(*job).map(|j| j.status) {
					None => (0, 0),
					Some(JobStatus::Pending | JobStatus::Assigned { .. }) => (1, 0),
					Some(JobStatus::Completed { .. }) => match JobCharges::<T>::get(*job) {
						Some(charged) => (2, charged),
						None => (1, 0),
					},
					Some(JobStatus::Refused { .. } | JobStatus::Failed(_)) => (3, 0),
				};
				Ok(ISibyl::jobStateCall::abi_encode_returns_tuple(&(state, charged)))
			},
		}
	}
}
