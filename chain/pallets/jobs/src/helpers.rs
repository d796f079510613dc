//! The Jobs pallet's helpers: the parameters' check, a result's TIQE+ digest, and finding the
//! job a supplier acts on.

use super::*;

/// Domain separating job digests from relay digests.
pub const JOB_DIGEST_DOMAIN: &[u8] = b"sibyl/job";

impl<T: Config> Pallet<T> {
	/// Whether `parameters` may be set.
	pub fn valid(parameters: &JobParametersOf<T>) -> bool {
		!parameters.job_timeout.is_zero() &&
			!parameters.retention.is_zero() &&
			!parameters.min_price.is_zero()
	}

	/// The TIQE+ digest of a job's result.
	pub fn digest(job: JobId, output_hash: &[u8; 32]) -> [u8; 32] {
		blake2_256(&(JOB_DIGEST_DOMAIN, job, output_hash).encode())
	}

	/// `job`, if it is assigned to `supplier` and still open.
	pub(crate) fn assigned_job(job: JobId, supplier: &T::AccountId) -> Result<Job<T>, DispatchError> {
		let entry = Jobs::<T>::get(job).ok_or(Error::<T>::UnknownJob)?;
		match &entry.status {
			JobStatus::Assigned { supplier: assigned, .. } if assigned == supplier => Ok(entry),
			_ => Err(Error::<T>::NotAssigned.into()),
		}
	}
}
