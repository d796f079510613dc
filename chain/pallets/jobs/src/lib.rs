//! # Jobs pallet
//!
//! On-chain inference for dApps (docs/relay-mining.md, "Jobs"). A registered application submits
//! a job with Polkadot.js — model, input (inline, bounded), the prompt's token count, sampling,
//! the most it will pay — and gets the output back on chain, settled after TIQE+ like relays are.
//!
//! 1. **Submit** ([`Pallet::submit`]): the input must be a relay body (UTF-8 JSON, as a gateway
//!    sends it), the declared prompt tokens plus `max_tokens` must fit the model's context, and
//!    `max_price` must reach the governance minimum. A deposit is held from the submitter until
//!    the job ends, and each application has at most `MaxOpenJobsPerApp` jobs open: flooding the
//!    queue costs deposits, not only fees. The job is stored `Pending`.
//! 2. **Assign**, in `on_initialize` of a *later* block (the randomness was not known when the
//!    job was submitted): a supplier is drawn uniformly, from the stream [`ASSIGN_DOMAIN`] of
//!    `Randomness::random(SCALE((RANDOMNESS_SUBJECT, job)))`, among the suppliers the current
//!    session drew for (app, model) that hold fewer than `MaxJobsPerSupplier` assigned jobs and
//!    whose declared capacity covers the job on top of those it holds: a supplier's assigned
//!    work ([`job_work`]: `max_tokens` plus the prompt at [`PROMPT_TOKENS_PER_WORK_TOKEN`]) stays
//!    within `capacity_tps` × `job_timeout` in seconds, so whoever floods jobs cannot give an
//!    honest supplier more than it said it can answer in time and have it slashed for expiry. It
//!    has `job_timeout` blocks to answer. The job is listed under the supplier
//!    ([`AssignedTo`]), so a supplier finds its jobs from chain state alone; an off-chain
//!    dispatcher also delivers them over NATS JetStream for speed. With no supplier, or none
//!    with room, the job fails.
//! 3. **Result** ([`Pallet::submit_result`], by the assigned supplier): the output, inline, and the
//!    usage, which may not exceed what the submitter signed: prompt tokens within the declared
//!    count, completion tokens within `max_tokens`, both within the context. The output's
//!    blake2_256 is the result commitment; the job's digest
//!    (`blake2_256(SCALE((JOB_DIGEST_DOMAIN, job, output_hash)))`) is what TIQE+ evaluates, and
//!    the job is handed to settlement ([`Config::OnJobDone`]) with its compute units and
//!    `max_price` as the cap.
//! 4. **Refusal** ([`Pallet::refuse`], by the assigned supplier): an input the model cannot run
//!    as declared (its prompt has more tokens than declared, or does not fit the context) is
//!    refused with the reason, at no cost to the supplier and no charge to the application.
//! 5. **Expire**: a job still assigned when its deadline passes fails ([`Event::JobExpired`]);
//!    its supplier is not paid and loses `expiry_slash` of its supplier bond.
//!
//! When a job ends (answered, refused, failed or expired) its deposit is released and its
//! record is kept `retention` blocks, for the dApp to read the output and for TIQE+ to score
//! it, then pruned (at most `MaxPrunedPerBlock` a block).
//!
//! A sampled job (temperature above 0) submitted without a seed gets one at assignment, from the
//! same randomness: every sampled answer can then be replayed draw by draw by TIQE+ validators,
//! as gateways ensure for relays.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
mod input;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;
pub mod weights;

mod assignment;
mod ending;
mod helpers;
mod impl_traits;
mod types;
pub use assignment::{
	job_work, ASSIGN_DOMAIN, PROMPT_TOKENS_PER_WORK_TOKEN, RANDOMNESS_SUBJECT, SEED_DOMAIN,
};
pub use helpers::JOB_DIGEST_DOMAIN;
pub use types::*;

pub use input::is_relay_body;

use alloc::{vec, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use polkadot_sdk::{
	frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::{Inspect, MutateHold},
			tokens::Precision,
			Randomness,
		},
		CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
	},
	frame_system,
	frame_system::pallet_prelude::*,
	sp_io::hashing::blake2_256,
	sp_runtime::{
		traits::{MaybeSerializeDeserialize, Saturating, UniqueSaturatedInto, Zero},
		Perbill,
	},
};
use scale_info::TypeInfo;
use sibyl_primitives::{
	relay::{check_usage, SamplingParams, UsageError},
	sampling::random_below,
	ModelEconomics, ModelId, ModelRegistry, OnClaimProven, OnJobSettled, PendingCharges, ProvenClaim, Role,
	SessionId, SessionInspect, Slash, SlashReason, StakeInspect,
};


#[polkadot_sdk::frame_support::pallet]
pub mod pallet {
	use super::*;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: polkadot_sdk::frame_system::Config<RuntimeEvent: From<Event<Self>>> {
		/// The currency unit of `max_price` and deposits.
		type Balance: Parameter
			+ MaxEncodedLen
			+ Copy
			+ Zero
			+ Ord
			+ From<u32>
			+ MaybeSerializeDeserialize
			+ UniqueSaturatedInto<u128>;
		/// The currency job deposits are held in.
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Inspect<Self::AccountId, Balance = Self::Balance>;
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;
		/// Which models may be served, their compute weights and context.
		type Models: ModelRegistry + ModelEconomics<Self::Balance>;
		/// Registered applications (the Stakes pallet).
		type Stakes: StakeInspect<Self::AccountId, Self::Balance>;
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
		/// Most assigned, unanswered jobs one supplier holds.
		#[pallet::constant]
		type MaxJobsPerSupplier: Get<u32>;
		/// The expected block time, to turn `job_timeout` into seconds of a supplier's declared
		/// capacity.
		#[pallet::constant]
		type MillisecondsPerBlock: Get<u64>;
		/// Most open (pending or assigned) jobs of one application.
		#[pallet::constant]
		type MaxOpenJobsPerApp: Get<u32>;
		/// Most ended jobs pruned per block.
		#[pallet::constant]
		type MaxPrunedPerBlock: Get<u32>;
		/// Weights.
		type WeightInfo: WeightInfo;
		/// Sets up, for the benchmarks, the state other pallets own.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: benchmarking::BenchmarkHelper<Self>;
	}

	/// Reasons this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of an open job.
		#[codec(index = 0)]
		JobDeposit,
	}

	/// The job parameters.
	#[pallet::storage]
	pub type Parameters<T: Config> = StorageValue<_, JobParametersOf<T>, ValueQuery>;

	/// The next job's id.
	#[pallet::storage]
	pub type NextJobId<T: Config> = StorageValue<_, JobId, ValueQuery>;

	/// Every job not yet pruned, by id.
	#[pallet::storage]
	pub type Jobs<T: Config> = StorageMap<_, Twox64Concat, JobId, Job<T>>;

	/// Jobs waiting for assignment, oldest first.
	#[pallet::storage]
	pub type PendingJobs<T: Config> = StorageValue<_, BoundedVec<JobId, T::MaxPendingJobs>, ValueQuery>;

	/// Assigned jobs by the block their deadline passes.
	#[pallet::storage]
	pub type Deadlines<T: Config> =
		StorageMap<_, Twox64Concat, BlockNumberFor<T>, BoundedVec<JobId, T::MaxPendingJobs>, ValueQuery>;

	/// The assigned, unanswered jobs of each supplier: what it must answer.
	#[pallet::storage]
	pub type AssignedTo<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<JobId, T::MaxJobsPerSupplier>,
		ValueQuery,
	>;

	/// The work ([`job_work`], in tokens) of each supplier's assigned, unanswered jobs: what its
	/// declared capacity must cover before it is assigned another.
	#[pallet::storage]
	pub type AssignedWork<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u64, ValueQuery>;

	/// Open (pending or assigned) jobs per application.
	#[pallet::storage]
	pub type OpenJobs<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// The job a TIQE+ digest names, for validators fetching what to score.
	#[pallet::storage]
	pub type JobByDigest<T: Config> = StorageMap<_, Identity, [u8; 32], JobId>;

	/// What the application of each settled job was charged for it (told by settlement once
	/// TIQE+ has scored the answer), kept as long as the job's record.
	#[pallet::storage]
	pub type JobCharges<T: Config> = StorageMap<_, Twox64Concat, JobId, T::Balance>;

	/// Ended jobs waiting to be pruned, by their place in line: the job and the block from
	/// which it is pruned.
	#[pallet::storage]
	pub type PruneQueue<T: Config> = StorageMap<_, Twox64Concat, u64, (JobId, BlockNumberFor<T>)>;

	/// The first place in [`PruneQueue`] still occupied, and the next free one.
	#[pallet::storage]
	pub type PruneBounds<T: Config> = StorageValue<_, (u64, u64), ValueQuery>;

	#[pallet::genesis_config]
	#[derive(polkadot_sdk::frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		pub parameters: JobParametersOf<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			assert!(Pallet::<T>::valid(&self.parameters), "invalid genesis job parameters");
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
		/// The assigned supplier refused the job's input.
		JobRefused { job: JobId, supplier: T::AccountId, reason: Refusal },
		/// No supplier could take the job.
		JobFailed { job: JobId, reason: JobFailure },
		/// The assigned supplier did not answer in time and lost `slashed` of its bond.
		JobExpired { job: JobId, supplier: T::AccountId, slashed: T::Balance },
		/// The job's answer was settled: its application paid `charged` for it.
		JobSettled { job: JobId, charged: T::Balance },
		/// An ended job's record was removed.
		JobPruned { job: JobId },
		/// The Council (or Root) set new parameters.
		ParametersSet { parameters: JobParametersOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller is not an active application.
		NotApplication,
		/// The model is not registered or is retired.
		UnknownModel,
		/// The input is empty.
		EmptyInput,
		/// The input is longer than `MaxInputLen`.
		InputTooLong,
		/// The input is not a relay body: UTF-8 JSON `{"kind":"chat","messages":[…]}` (each
		/// message a `role` of system, developer, user or assistant and a string `content`) or
		/// `{"kind":"completion","prompt":"…"}`, with an optional `stop` list of strings.
		MalformedInput,
		/// `max_tokens` is 0 or above `MaxJobTokens`.
		InvalidMaxTokens,
		/// The declared prompt tokens are zero.
		InvalidPromptTokens,
		/// The declared prompt tokens plus `max_tokens` exceed the model's context.
		ExceedsContext,
		/// `max_price` is below the governance minimum.
		PriceTooLow,
		/// The application already has `MaxOpenJobsPerApp` jobs open.
		TooManyOpenJobs,
		/// The submitter cannot afford the job deposit.
		InsufficientBalance,
		/// Too many jobs wait for assignment; try again in a block.
		QueueFull,
		/// No such job.
		UnknownJob,
		/// The job is not assigned to the caller, or no longer open.
		NotAssigned,
		/// The output is longer than `MaxOutputLen`.
		OutputTooLong,
		/// The output is not UTF-8.
		OutputNotUtf8,
		/// More prompt tokens than the submitter declared.
		PromptTokensAboveDeclared,
		/// More completion tokens than the job allowed.
		TooManyTokens,
		/// Prompt and completion tokens together exceed the model's context.
		UsageAboveContext,
		/// The usage has no compute units (nothing generated, or the model is unknown).
		NoComputeUnits,
		/// Job ids are exhausted.
		Overflow,
		/// A zero timeout, retention or minimum price.
		InvalidParameters,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxPendingJobs::get() >= 1, "MaxPendingJobs must be at least 1");
			assert!(T::MaxJobsPerSupplier::get() >= 1, "MaxJobsPerSupplier must be at least 1");
			assert!(T::MaxOpenJobsPerApp::get() >= 1, "MaxOpenJobsPerApp must be at least 1");
			// Otherwise ended jobs would never be pruned.
			assert!(T::MaxPrunedPerBlock::get() >= 1, "MaxPrunedPerBlock must be at least 1");
			assert!(T::MillisecondsPerBlock::get() >= 1, "MillisecondsPerBlock must be at least 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_: BlockNumberFor<T>) -> Result<(), polkadot_sdk::sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn on_initialize(now: BlockNumberFor<T>) -> Weight {
			Self::expire(now)
				.saturating_add(Self::assign(now))
				.saturating_add(Self::prune(now))
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Submits a job for `model`: `input` is a relay body (UTF-8 JSON, as the gateway sends
		/// it), `prompt_tokens` the prompt's length under the model's tokenizer and chat template
		/// (the most the caller pays for; a supplier refuses an input that turns out longer),
		/// `sampling` how to generate, `max_price` the most the caller's application deposit
		/// pays for it. Holds the job deposit until the job ends. Only active applications may
		/// submit.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::submit(input.len() as u32))]
		pub fn submit(
			origin: OriginFor<T>,
			model: ModelId,
			input: Vec<u8>,
			prompt_tokens: u32,
			sampling: SamplingParams,
			max_price: T::Balance,
		) -> DispatchResult {
			let app = ensure_signed(origin)?;
			ensure!(T::Stakes::is_active(&app, Role::Application), Error::<T>::NotApplication);
			ensure!(T::Models::is_servable(model), Error::<T>::UnknownModel);
			ensure!(!input.is_empty(), Error::<T>::EmptyInput);
			let input: BoundedVec<u8, T::MaxInputLen> =
				input.try_into().map_err(|_| Error::<T>::InputTooLong)?;
			ensure!(is_relay_body(&input), Error::<T>::MalformedInput);
			ensure!(
				sampling.max_tokens >= 1 && sampling.max_tokens <= T::MaxJobTokens::get(),
				Error::<T>::InvalidMaxTokens
			);
			ensure!(prompt_tokens >= 1, Error::<T>::InvalidPromptTokens);
			let context = T::Models::context_length(model).ok_or(Error::<T>::UnknownModel)?;
			ensure!(
				u64::from(prompt_tokens) + u64::from(sampling.max_tokens) <= u64::from(context),
				Error::<T>::ExceedsContext
			);
			let params = Parameters::<T>::get();
			ensure!(max_price >= params.min_price, Error::<T>::PriceTooLow);
			let open = OpenJobs::<T>::get(&app);
			ensure!(open < T::MaxOpenJobsPerApp::get(), Error::<T>::TooManyOpenJobs);
			let job = NextJobId::<T>::get();
			let next = job.checked_add(1).ok_or(Error::<T>::Overflow)?;
			PendingJobs::<T>::try_mutate(|pending| pending.try_push(job))
				.map_err(|_| Error::<T>::QueueFull)?;
			if !params.deposit.is_zero() {
				T::Currency::hold(&HoldReason::JobDeposit.into(), &app, params.deposit)
					.map_err(|_| Error::<T>::InsufficientBalance)?;
			}
			NextJobId::<T>::put(next);
			OpenJobs::<T>::insert(&app, open.saturating_add(1));
			Jobs::<T>::insert(
				job,
				Job::<T> {
					app: app.clone(),
					model,
					session: T::Sessions::current_session(),
					input,
					prompt_tokens,
					sampling,
					max_price,
					deposit: params.deposit,
					submitted_at: frame_system::Pallet::<T>::block_number(),
					status: JobStatus::Pending,
					result: None,
				},
			);
			Self::deposit_event(Event::JobSubmitted { job, app, model, max_price });
			Ok(())
		}

		/// Posts the output of `job`, by its assigned supplier, before the deadline: the text
		/// (UTF-8) and the usage, which must stay within what the submitter signed (declared
		/// prompt tokens, `max_tokens`, the model's context). Hands the job to settlement, which
		/// has TIQE+ score it first.
		#[pallet::call_index(1)]
		#[pallet::weight(
			T::WeightInfo::submit_result(output.len() as u32)
				.saturating_add(T::OnJobDone::weight_bound())
		)]
		pub fn submit_result(
			origin: OriginFor<T>,
			job: JobId,
			output: Vec<u8>,
			prompt_tokens: u32,
			completion_tokens: u32,
		) -> DispatchResultWithPostInfo {
			let supplier = ensure_signed(origin)?;
			let output_len = output.len() as u32;
			let mut entry = Self::assigned_job(job, &supplier)?;
			let weights = T::Models::compute_weights(entry.model).ok_or(Error::<T>::NoComputeUnits)?;
			let context = T::Models::context_length(entry.model).ok_or(Error::<T>::NoComputeUnits)?;
			let cu = check_usage(
				(prompt_tokens, completion_tokens),
				(entry.prompt_tokens, entry.sampling.max_tokens),
				weights,
				context,
			)
			.map_err(|e| match e {
				UsageError::PromptAboveSigned => Error::<T>::PromptTokensAboveDeclared,
				UsageError::CompletionAboveSigned => Error::<T>::TooManyTokens,
				UsageError::AboveContext => Error::<T>::UsageAboveContext,
				UsageError::NoComputeUnits => Error::<T>::NoComputeUnits,
			})?;
			ensure!(core::str::from_utf8(&output).is_ok(), Error::<T>::OutputNotUtf8);
			let output_hash = blake2_256(&output);
			let output: BoundedVec<u8, T::MaxOutputLen> =
				output.try_into().map_err(|_| Error::<T>::OutputTooLong)?;
			let digest = Self::digest(job, &output_hash);
			entry.status = JobStatus::Completed { supplier: supplier.clone(), digest };
			entry.result = Some(JobResult { output, output_hash, prompt_tokens, completion_tokens });
			let (app, model, session) = (entry.app.clone(), entry.model, entry.session);
			let max_charge = entry.max_price.unique_saturated_into();
			Self::end(job, entry, Some(&supplier));
			JobByDigest::<T>::insert(digest, job);
			Self::deposit_event(Event::JobCompleted {
				job,
				supplier: supplier.clone(),
				output_hash,
				digest,
				compute_units: cu,
			});
			let handed_over = T::OnJobDone::on_claim_proven(ProvenClaim {
				session,
				supplier,
				app,
				model,
				estimated_cu: u128::from(cu),
				relays: vec![digest],
				gateways: Vec::new(),
				max_charge: Some(max_charge),
				job: Some(job),
			});
			// Charged for settlement's worst case up front; refund what it did not use.
			Ok(Some(T::WeightInfo::submit_result(output_len).saturating_add(handed_over)).into())
		}

		/// Sets the job parameters (Root or a Council majority).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_parameters())]
		pub fn set_parameters(origin: OriginFor<T>, parameters: JobParametersOf<T>) -> DispatchResult {
			T::AdminOrigin::ensure_origin(origin)?;
			ensure!(Self::valid(&parameters), Error::<T>::InvalidParameters);
			Parameters::<T>::put(&parameters);
			Self::deposit_event(Event::ParametersSet { parameters });
			Ok(())
		}

		/// Refuses `job`'s input, by its assigned supplier, for `reason`: the job ends unanswered,
		/// the application is charged nothing and the supplier is not slashed.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::refuse())]
		pub fn refuse(origin: OriginFor<T>, job: JobId, reason: Refusal) -> DispatchResult {
			let supplier = ensure_signed(origin)?;
			let mut entry = Self::assigned_job(job, &supplier)?;
			entry.status = JobStatus::Refused { supplier: supplier.clone(), reason };
			Self::end(job, entry, Some(&supplier));
			Self::deposit_event(Event::JobRefused { job, supplier, reason });
			Ok(())
		}
	}
}
