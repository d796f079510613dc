//! # Jobs pallet
//!
//! On-chain inference for dApps (DESIGN.md: "two ways in"). A registered application submits a
//! job with Polkadot.js — model, input (inline, bounded), sampling, the most it will pay — and gets
//! the output back on chain, settled after TIQE+ like relays are.
//!
//! 1. **Submit** ([`Pallet::submit`]): the job is stored `Pending`.
//! 2. **Assign**, in `on_initialize` of a *later* block (the randomness was not known when the
//!    job was submitted): a supplier is drawn uniformly from the set the current session drew
//!    for (app, model) (`Sessions`), from the stream [`ASSIGN_DOMAIN`] of
//!    `Randomness::random(SCALE((RANDOMNESS_SUBJECT, job)))`; it has `job_timeout` blocks to
//!    answer. An off-chain dispatcher sees [`Event::JobAssigned`] and delivers the job to the
//!    supplier over NATS JetStream, idempotently by job id. With no supplier, the job fails.
//! 3. **Result** ([`Pallet::submit_result`], by the assigned supplier): the output, inline, and the
//!    usage. The output's blake2_256 is the result commitment; the dApp reads the output from
//!    [`Jobs`]. The job's digest (`blake2_256(SCALE((JOB_DIGEST_DOMAIN, job, output_hash)))`) is
//!    what TIQE+ evaluates, and the job is handed to settlement ([`Config::OnJobDone`]) with its
//!    compute units and `max_price` as the cap.
//! 4. **Expire**: a job still assigned when its deadline passes fails ([`Event::JobExpired`]);
//!    its supplier is not paid and loses `expiry_slash` of its supplier bond.
//!
//! A sampled job (temperature above 0) submitted without a seed gets one at assignment, from the
//! same randomness: every sampled answer can then be replayed draw by draw by TIQE+ validators,
//! as gateways ensure for relays.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod weights;

use alloc::{vec, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::{
	frame_support::{
		pallet_prelude::*, traits::Randomness, CloneNoBound, DebugNoBound, EqNoBound,
		PartialEqNoBound,
	},
	frame_system,
	frame_system::pallet_prelude::*,
	sp_io::hashing::blake2_256,
	sp_runtime::{
		traits::{Saturating, UniqueSaturatedInto, Zero},
		Perbill,
	},
};
use scale_info::TypeInfo;
use sibyl_primitives::{
	relay::{compute_units, SamplingParams},
	sampling::random_below,
	ApplicationFunds, ModelEconomics, ModelId, ModelRegistry, OnClaimProven, ProvenClaim, Role,
	SessionId, SessionInspect, Slash, SlashReason,
};

/// Identifier of a job, assigned sequentially.
pub type JobId = u64;

/// The subject passed to [`Config::Randomness`]; the job id is appended.
pub const RANDOMNESS_SUBJECT: &[u8] = b"sibyl/jobs";
/// Domain of the random stream that picks a job's supplier.
pub const ASSIGN_DOMAIN: &[u8] = b"assign";
/// Domain of the random stream that seeds a sampled job submitted without a seed.
pub const SEED_DOMAIN: &[u8] = b"seed";
/// Domain separating job digests from relay digests.
pub const JOB_DIGEST_DOMAIN: &[u8] = b"sibyl/job";

/// Governance-set job parameters.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct JobParameters<BlockNumber> {
	/// Blocks an assigned supplier has to post the result; at least 1.
	pub job_timeout: BlockNumber,
	/// Share of the supplier bond lost for letting an assigned job expire.
	pub expiry_slash: Perbill,
}

impl<BlockNumber: From<u32>> Default for JobParameters<BlockNumber> {
	fn default() -> Self {
		Self { job_timeout: 20u32.into(), expiry_slash: Perbill::from_percent(1) }
	}
}

/// Why a job failed.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
)]
pub enum JobFailure {
	/// The session drew no supplier for the application's model.
	NoSupplier,
	/// The assigned supplier did not answer before the deadline.
	Timeout,
}

/// Where a job stands.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub enum JobStatus<AccountId, BlockNumber> {
	/// Waiting to be assigned in a later block.
	Pending,
	/// Assigned to `supplier`, who must answer before block `deadline`.
	Assigned { supplier: AccountId, deadline: BlockNumber },
	/// Answered by `supplier`; settled after TIQE+ evaluates `digest`.
	Completed { supplier: AccountId, digest: [u8; 32] },
	/// Not answered.
	Failed(JobFailure),
}

/// A job's answer.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound)]
#[scale_info(skip_type_params(MaxOutput))]
pub struct JobResult<MaxOutput: Get<u32>> {
	/// The generated text, UTF-8.
	pub output: BoundedVec<u8, MaxOutput>,
	/// blake2_256 of the output: the result commitment.
	pub output_hash: [u8; 32],
	pub prompt_tokens: u32,
	pub completion_tokens: u32,
}

/// A submitted job.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound)]
#[scale_info(skip_type_params(T))]
pub struct Job<T: Config> {
	pub app: T::AccountId,
	pub model: ModelId,
	/// The session the job was submitted in (its price and supplier set).
	pub session: SessionId,
	/// The input: a relay body as the gateway would send it (`{"kind":"chat",…}`), UTF-8 JSON.
	pub input: BoundedVec<u8, T::MaxInputLen>,
	pub sampling: SamplingParams,
	/// Most the application pays for it.
	pub max_price: T::Balance,
	pub submitted_at: BlockNumberFor<T>,
	pub status: JobStatus<T::AccountId, BlockNumberFor<T>>,
	pub result: Option<JobResult<T::MaxOutputLen>>,
}

#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config {
		/// The currency unit of `max_price`.
		type Balance: Parameter + MaxEncodedLen + Copy + Zero + UniqueSaturatedInto<u128>;
		/// Which models may be served, and their compute weights.
		type Models: ModelRegistry + ModelEconomics<Self::Balance>;
		/// Registered applications (the Stakes pallet).
		type Funds: ApplicationFunds<Self::AccountId, Self::Balance>;
		/// The current session and its supplier sets.
		type Sessions: SessionInspect<Self::AccountId, BlockNumberFor<Self>>;
		/// Source of the assignment draw.
		type Randomness: Randomness<Self::Hash, BlockNumberFor<Self>>;
		/// Told of every answered job (settlement, which queues its TIQE+ evaluation).
		type OnJobDone: OnClaimProven<Self::AccountId>;
		/// Slashing of suppliers that let a job expire (the Stakes pallet).
		type Slash: Slash<Self::AccountId, Self::Balance>;
		/// Who may change the parameters: Root or a Council majority.
		type AdminOrigin: EnsureOrigin<Self::RuntimeOrigin>;
		/// Longest input, in bytes.
		#[pallet::constant]
		type MaxInputLen: Get<u32>;
		/// Longest output, in bytes.
		#[pallet::constant]
		type MaxOutputLen: Get<u32>;
		/// Most `max_tokens` a job may ask for.
		#[pallet::constant]
		type MaxJobTokens: Get<u32>;
		/// Most jobs waiting for assignment at once.
		#[pallet::constant]
		type MaxPendingJobs: Get<u32>;
		/// Weights.
		type WeightInfo: WeightInfo;
	}

	/// The job parameters.
	#[pallet::storage]
	pub type Parameters<T: Config> = StorageValue<_, JobParameters<BlockNumberFor<T>>, ValueQuery>;

	/// The next job's id.
	#[pallet::storage]
	pub type NextJobId<T: Config> = StorageValue<_, JobId, ValueQuery>;

	/// Every job, by id.
	#[pallet::storage]
	pub type Jobs<T: Config> = StorageMap<_, Twox64Concat, JobId, Job<T>>;

	/// Jobs waiting for assignment, oldest first.
	#[pallet::storage]
	pub type PendingJobs<T: Config> = StorageValue<_, BoundedVec<JobId, T::MaxPendingJobs>, ValueQuery>;

	/// Assigned jobs by the block their deadline passes.
	#[pallet::storage]
	pub type Deadlines<T: Config> =
		StorageMap<_, Twox64Concat, BlockNumberFor<T>, BoundedVec<JobId, T::MaxPendingJobs>, ValueQuery>;

	/// The job a TIQE+ digest names, for validators fetching what to score.
	#[pallet::storage]
	pub type JobByDigest<T: Config> = StorageMap<_, Identity, [u8; 32], JobId>;

	#[pallet::genesis_config]
	#[derive(polkadot_sdk::frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		pub parameters: JobParameters<BlockNumberFor<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(!self.parameters.job_timeout.is_zero(), "invalid genesis job parameters");
			Parameters::<T>::put(&self.parameters);
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An application submitted a job.
		JobSubmitted { job: JobId, app: T::AccountId, model: ModelId, max_price: T::Balance },
		/// The job goes to `supplier`, who must answer before `deadline`.
		JobAssigned { job: JobId, supplier: T::AccountId, deadline: BlockNumberFor<T> },
		/// The supplier posted the output; `digest` is what TIQE+ evaluates.
		JobCompleted {
			job: JobId,
			supplier: T::AccountId,
			output_hash: [u8; 32],
			digest: [u8; 32],
			compute_units: u64,
		},
		/// No supplier could take the job.
		JobFailed { job: JobId, reason: JobFailure },
		/// The assigned supplier did not answer in time and lost `slashed` of its bond.
		JobExpired { job: JobId, supplier: T::AccountId, slashed: T::Balance },
		/// The Council (or Root) set new parameters.
		ParametersSet { parameters: JobParameters<BlockNumberFor<T>> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller is not a registered application.
		NotApplication,
		/// The model is not registered or is retired.
		UnknownModel,
		/// The input is empty.
		EmptyInput,
		/// The input is longer than `MaxInputLen`.
		InputTooLong,
		/// `max_tokens` is 0 or above `MaxJobTokens`.
		InvalidMaxTokens,
		/// Too many jobs wait for assignment; try again in a block.
		QueueFull,
		/// No such job.
		UnknownJob,
		/// The job is not assigned to the caller, or no longer open.
		NotAssigned,
		/// The output is longer than `MaxOutputLen`.
		OutputTooLong,
		/// More completion tokens than the job allowed.
		TooManyTokens,
		/// Job ids are exhausted.
		Overflow,
		/// A zero timeout.
		InvalidParameters,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::expire(now).saturating_add(Self::assign(now))
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Submits a job for `model`: `input` is a relay body (UTF-8 JSON, as the gateway sends
		/// it), `sampling` how to generate, `max_price` the most the caller's application deposit
		/// pays for it. Only registered applications may submit.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::submit(input.len() as u32))]
		pub fn submit(
			origin: OriginFor<T>,
			model: ModelId,
			input: Vec<u8>,
			sampling: SamplingParams,
			max_price: T::Balance,
		) -> DispatchResult {
			let app = ensure_signed(origin)?;
			ensure!(T::Funds::spend_limit(&app).is_some(), Error::<T>::NotApplication);
			ensure!(T::Models::is_servable(model), Error::<T>::UnknownModel);
			ensure!(!input.is_empty(), Error::<T>::EmptyInput);
			let input: BoundedVec<u8, T::MaxInputLen> =
				input.try_into().map_err(|_| Error::<T>::InputTooLong)?;
			ensure!(
				sampling.max_tokens >= 1 && sampling.max_tokens <= T::MaxJobTokens::get(),
				Error::<T>::InvalidMaxTokens
			);
			let job = NextJobId::<T>::get();
			PendingJobs::<T>::try_mutate(|pending| pending.try_push(job))
				.map_err(|_| Error::<T>::QueueFull)?;
			NextJobId::<T>::put(job.checked_add(1).ok_or(Error::<T>::Overflow)?);
			Jobs::<T>::insert(
				job,
				Job::<T> {
					app: app.clone(),
					model,
					session: T::Sessions::current_session(),
					input,
					sampling,
					max_price,
					submitted_at: frame_system::Pallet::<T>::block_number(),
					status: JobStatus::Pending,
					result: None,
				},
			);
			Self::deposit_event(Event::JobSubmitted { job, app, model, max_price });
			Ok(())
		}

		/// Posts the output of `job`, by its assigned supplier, before the deadline: the text
		/// (UTF-8) and the usage. Hands the job to settlement, which has TIQE+ score it first.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::submit_result(output.len() as u32))]
		pub fn submit_result(
			origin: OriginFor<T>,
			job: JobId,
			output: Vec<u8>,
			prompt_tokens: u32,
			completion_tokens: u32,
		) -> DispatchResult {
			let supplier = ensure_signed(origin)?;
			let mut entry = Jobs::<T>::get(job).ok_or(Error::<T>::UnknownJob)?;
			match &entry.status {
				JobStatus::Assigned { supplier: assigned, .. } if *assigned == supplier => {},
				_ => return Err(Error::<T>::NotAssigned.into()),
			}
			ensure!(completion_tokens <= entry.sampling.max_tokens, Error::<T>::TooManyTokens);
			let output_hash = blake2_256(&output);
			let output: BoundedVec<u8, T::MaxOutputLen> =
				output.try_into().map_err(|_| Error::<T>::OutputTooLong)?;
			let weights = T::Models::compute_weights(entry.model).unwrap_or((1, 1));
			let cu = compute_units(weights, prompt_tokens, completion_tokens)
				.ok_or(Error::<T>::Overflow)?;
			let digest = Self::digest(job, &output_hash);
			entry.status = JobStatus::Completed { supplier: supplier.clone(), digest };
			entry.result = Some(JobResult { output, output_hash, prompt_tokens, completion_tokens });
			let (app, model, session) = (entry.app.clone(), entry.model, entry.session);
			let max_charge = entry.max_price.unique_saturated_into();
			Jobs::<T>::insert(job, entry);
			JobByDigest::<T>::insert(digest, job);
			Self::deposit_event(Event::JobCompleted {
				job,
				supplier: supplier.clone(),
				output_hash,
				digest,
				compute_units: cu,
			});
			T::OnJobDone::on_claim_proven(ProvenClaim {
				session,
				supplier,
				app,
				model,
				estimated_cu: u128::from(cu),
				relays: vec![digest],
				gateways: Vec::new(),
				max_charge: Some(max_charge),
			});
			Ok(())
		}

		/// Sets the job parameters (Root or a Council majority).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_parameters())]
		pub fn set_parameters(
			origin: OriginFor<T>,
			parameters: JobParameters<BlockNumberFor<T>>,
		) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(!parameters.job_timeout.is_zero(), Error::<T>::InvalidParameters);
			Parameters::<T>::put(&parameters);
			Self::deposit_event(Event::ParametersSet { parameters });
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// The TIQE+ digest of a job's result.
		pub fn digest(job: JobId, output_hash: &[u8; 32]) -> [u8; 32] {
			blake2_256(&(JOB_DIGEST_DOMAIN, job, output_hash).encode())
		}

		/// Assigns every job submitted before `now`.
		fn assign(now: BlockNumberFor<T>) -> Weight {
			let pending = PendingJobs::<T>::get();
			if pending.is_empty() {
				return T::WeightInfo::on_initialize_idle();
			}
			let session = T::Sessions::current_session();
			let deadline = now.saturating_add(Parameters::<T>::get().job_timeout);
			let mut waiting = BoundedVec::<JobId, T::MaxPendingJobs>::new();
			let mut assigned = 0u32;
			for job in pending {
				let Some(mut entry) = Jobs::<T>::get(job) else { continue };
				if entry.submitted_at >= now {
					// Submitted in this block's parent at the earliest: the randomness below was
					// not known then. (A job of this very block waits for the next one.)
					let _ = waiting.try_push(job);
					continue;
				}
				assigned = assigned.saturating_add(1);
				let set = T::Sessions::session_suppliers(session, &entry.app, entry.model);
				if set.is_empty() {
					entry.status = JobStatus::Failed(JobFailure::NoSupplier);
					Jobs::<T>::insert(job, entry);
					Self::deposit_event(Event::JobFailed { job, reason: JobFailure::NoSupplier });
					continue;
				}
				let (seed, _) = T::Randomness::random(&(RANDOMNESS_SUBJECT, job).encode());
				let pick = random_below(seed.as_ref(), ASSIGN_DOMAIN, 0, set.len() as u128) as usize;
				let supplier = set[pick].clone();
				if entry.sampling.temperature_milli > 0 && entry.sampling.seed.is_none() {
					entry.sampling.seed =
						Some(random_below(seed.as_ref(), SEED_DOMAIN, 0, u128::from(u64::MAX)) as u64);
				}
				entry.status = JobStatus::Assigned { supplier: supplier.clone(), deadline };
				Jobs::<T>::insert(job, entry);
				let _ = Deadlines::<T>::try_mutate(deadline, |due| due.try_push(job));
				Self::deposit_event(Event::JobAssigned { job, supplier, deadline });
			}
			PendingJobs::<T>::put(waiting);
			T::WeightInfo::assign(assigned)
		}

		/// Fails the jobs whose deadline is `now` and that are still unanswered.
		fn expire(now: BlockNumberFor<T>) -> Weight {
			let due = Deadlines::<T>::take(now);
			let count = due.len() as u32;
			let fraction = Parameters::<T>::get().expiry_slash;
			for job in due {
				let Some(mut entry) = Jobs::<T>::get(job) else { continue };
				if let JobStatus::Assigned { supplier, .. } = entry.status.clone() {
					entry.status = JobStatus::Failed(JobFailure::Timeout);
					Jobs::<T>::insert(job, entry);
					let slashed = if fraction.is_zero() {
						Zero::zero()
					} else {
						T::Slash::slash(&supplier, Role::Supplier, fraction, SlashReason::JobExpired)
							.unwrap_or_else(|_| Zero::zero())
					};
					Self::deposit_event(Event::JobExpired { job, supplier, slashed });
				}
			}
			T::WeightInfo::expire(count)
		}
	}
}
