/**
 * A TIQE+ round may sample an on-chain job instead of a relay: its digest is then in
 * `jobs.jobByDigest`, and its input and output are on chain, so the validator reads them there
 * instead of asking the supplier. The chain is the authority for both, so nothing needs
 * re-verifying; the job is shaped as a {@link VerifiedRelay} so the scorer treats it as any relay.
 */
import type { ApiPromise } from '@sibyl/chain-client';
import { decodeRelayBody, hash256, type VerifiedRelay } from '@sibyl/protocol';
import { u8aToHex, u8aToString } from '@polkadot/util';

/** The job `digest` names, as a relay, or undefined when the digest is not a job's. */
export async function readJob(api: ApiPromise, digest: string): Promise<VerifiedRelay | undefined> {
  const id = await api.query.jobs.jobByDigest(digest);
  if (id.isNone) return undefined;
  const entry = await api.query.jobs.jobs(id.unwrap());
  if (entry.isNone || entry.unwrap().result.isNone || !entry.unwrap().status.isCompleted) return undefined;
  const job = entry.unwrap();
  const result = job.result.unwrap();
  const input = u8aToString(job.input);
  const requestHash = hash256(input);
  const sampling = job.sampling;
  return {
    digest,
    envelope: {
      session: job.session.toBigInt(),
      app: job.app.toString(),
      // A job has no gateway; the application itself asked.
      gateway: job.app.toString(),
      supplier: job.status.asCompleted.supplier.toString(),
      model: job.model.toNumber(),
      requestHash,
      // The submitter's declared count: what it agreed to pay for at most.
      promptTokens: job.promptTokens.toNumber(),
      sampling: {
        maxTokens: sampling.maxTokens.toNumber(),
        temperatureMilli: sampling.temperatureMilli.toNumber(),
        topPMilli: sampling.topPMilli.toNumber(),
        seed: sampling.seed.isSome ? sampling.seed.unwrap().toBigInt() : null,
      },
      nonce: id.unwrap().toBigInt(),
    },
    response: {
      requestHash,
      responseHash: u8aToHex(result.outputHash),
      promptTokens: result.promptTokens.toNumber(),
      completionTokens: result.completionTokens.toNumber(),
    },
    body: decodeRelayBody(input),
    text: u8aToString(result.output),
    tokens: null,
  };
}
