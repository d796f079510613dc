//! The types the Jobs pallet stores and takes: job ids, parameters, jobs with their status and
//! result, and why a job ends unanswered.

use super::*;

/// Identifier of a job, assigned sequentially.
pub type JobId = u64;

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
pub struct JobParameters<BlockNumber, Balance> {
	/// Blocks an assigned supplier has to post the result; at least 1.
	pub job_timeout: BlockNumber,
	/// Share of the supplier bond lost for letting an assigned job expire.
	pub expiry_slash: Perbill,
	/// The least `max_price` a job may offer; at least 1.
	pub min_price: Balance,
	/// Held from the submitter for each job until the job ends.
	pub deposit: Balance,
	/// Blocks an ended job's record is kept before it is pruned; at least 1.
	pub retention: BlockNumber,
}

impl<BlockNumber: From<u32>, Balance: From<u32>> Default for JobParameters<BlockNumber, Balance> {
	fn default() -> Self {
		Self {
			job_timeout: 20u32.into(),
			expiry_slash: Perbill::from_percent(1),
			min_price: 1u32.into(),
			deposit: 0u32.into(),
			retention: 100u32.into(),
		}
	}
}

/// The parameters type of a runtime.
pub type JobParametersOf<T> = JobParameters<BlockNumberFor<T>, <T as Config>::Balance>;

/// Why a job failed without an answer.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
)]
pub enum JobFailure {
	/// The session drew no supplier for the application's model.
	NoSupplier,
	/// Every supplier drawn for it already held `MaxJobsPerSupplier` jobs.
	SuppliersBusy,
	/// The assigned supplier did not answer before the deadline.
	Timeout,
}

/// Why an assigned supplier refused a job's input.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug,
)]
pub enum Refusal {
	/// The prompt has more tokens (`prompt_tokens`, under the model's tokenizer and template)
	/// than the submitter declared.
	PromptAboveDeclared { prompt_tokens: u32 },
	/// The model cannot render the input as a prompt.
	Unrenderable,
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
	/// Refused by its assigned supplier.
	Refused { supplier: AccountId, reason: Refusal },
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
	/// The prompt's length in tokens as the submitter declared it: the most it pays for.
	pub prompt_tokens: u32,
	pub sampling: SamplingParams,
	/// Most the application pays for it.
	pub max_price: T::Balance,
	/// Held from the submitter until the job ends.
	pub deposit: T::Balance,
	pub submitted_at: BlockNumberFor<T>,
	pub status: JobStatus<T::AccountId, BlockNumberFor<T>>,
	pub result: Option<JobResult<T::MaxOutputLen>>,
}
