/**
 * Following an on-chain job block by block until it ends: answered (Completed), refused by its
 * supplier, failed for want of a supplier, or expired (its supplier did not answer before the
 * deadline). Each new block's state is read at that block, so no transition is missed or seen
 * out of order.
 */
import { u8aToHex, u8aToString } from '@polkadot/util';
import type { PalletSibylJobsJob } from '@polkadot/types/lookup';
import type { ApiPromise } from '@sibyl/chain-client';
import { sblText } from './amounts.js';
import { CliError } from './errors.js';

/** Where a job stands, as the CLI reports it. */
export interface JobState {
  job: number;
  status: 'Pending' | 'Assigned' | 'Completed' | 'Refused' | 'Failed' | 'Expired';
  block: number;
  model: number;
  app: string;
  maxPrice: string;
  supplier?: string;
  deadline?: number;
  reason?: string;
  output?: string;
  outputHash?: string;
  promptTokens?: number;
  completionTokens?: number;
  /** What the application paid, once the job settled. */
  charged?: string;
}

const ENDED: readonly JobState['status'][] = ['Completed', 'Refused', 'Failed', 'Expired'];

/** Whether the job can change no more. */
export function hasEnded(state: JobState): boolean {
  return ENDED.includes(state.status);
}

function stateOf(job: number, block: number, entry: PalletSibylJobsJob, charged: bigint | undefined): JobState {
  const base = { job, block, model: entry.model.toNumber(), app: entry.app.toString(), maxPrice: sblText(entry.maxPrice.toBigInt()) };
  const s = entry.status;
  if (s.isAssigned) return { ...base, status: 'Assigned', supplier: s.asAssigned.supplier.toString(), deadline: s.asAssigned.deadline.toNumber() };
  if (s.isCompleted) {
    const result = entry.result.unwrap();
    return {
      ...base,
      status: 'Completed',
      supplier: s.asCompleted.supplier.toString(),
      output: u8aToString(result.output),
      outputHash: u8aToHex(result.outputHash),
      promptTokens: result.promptTokens.toNumber(),
      completionTokens: result.completionTokens.toNumber(),
      ...(charged === undefined ? {} : { charged: sblText(charged) }),
    };
  }
  if (s.isRefused) {
    const reason = s.asRefused.reason;
    return {
      ...base,
      status: 'Refused',
      supplier: s.asRefused.supplier.toString(),
      reason: reason.isPromptAboveDeclared ? `PromptAboveDeclared (${reason.asPromptAboveDeclared.promptTokens.toNumber()} tokens)` : reason.type,
    };
  }
  if (s.isFailed) return { ...base, status: s.asFailed.isTimeout ? 'Expired' : 'Failed', reason: s.asFailed.type };
  return { ...base, status: 'Pending' };
}

/** The job's state at block `hash` (the best block if none), or undefined if there is no such record. */
export async function readJob(api: ApiPromise, job: number, hash?: string): Promise<JobState | undefined> {
  const header = hash ? await api.rpc.chain.getHeader(hash) : await api.rpc.chain.getHeader();
  const at = await api.at(header.hash);
  const [entry, charge] = await Promise.all([at.query.jobs.jobs(job), at.query.jobs.jobCharges(job)]);
  if (entry.isNone) return undefined;
  return stateOf(job, header.number.toNumber(), entry.unwrap(), charge.isSome ? charge.unwrap().toBigInt() : undefined);
}

/** The error for a job id with no record: never submitted, or pruned after it ended. */
async function missingJob(api: ApiPromise, job: number): Promise<CliError> {
  const next = (await api.query.jobs.nextJobId()).toNumber();
  if (job < next) {
    const retention = (await api.query.jobs.parameters()).retention.toNumber();
    return new CliError(`job ${job} is no longer on chain: ended jobs are pruned ${retention} blocks after they end`, 'its events remain in the blocks it ran in');
  }
  return new CliError(`no job ${job} on chain (the next job id is ${next})`, 'the id is what `sibyl job submit` printed');
}

/**
 * Follows `job` until it ends and resolves with its last state; `onChange` hears every new state
 * (a status change, or the first sight). Rejects after `timeoutMs` if given.
 */
export async function watchJob(api: ApiPromise, job: number, onChange: (state: JobState) => void, timeoutMs?: number): Promise<JobState> {
  const first = await readJob(api, job);
  if (!first) throw await missingJob(api, job);
  onChange(first);
  if (hasEnded(first)) return first;
  return new Promise<JobState>((resolve, reject) => {
    let last = first;
    let settled = false;
    let unsubscribe: (() => void) | undefined;
    let timer: NodeJS.Timeout | undefined;
    let checks: Promise<void> = Promise.resolve();
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      unsubscribe?.();
      outcome();
    };
    if (timeoutMs) {
      timer = setTimeout(() => finish(() => reject(new CliError(`job ${job} did not end within ${timeoutMs / 1000} s (last: ${last.status} at block #${last.block})`, `\`sibyl job watch ${job}\` again to keep following it`))), timeoutMs);
    }
    const check = async (hash: string) => {
      if (settled) return;
      const state = await readJob(api, job, hash);
      if (!state) {
        finish(() => reject(new CliError(`job ${job} disappeared from chain at block ${hash} (pruned)`)));
        return;
      }
      if (state.block < last.block) return;
      if (state.status !== last.status) onChange(state);
      last = state;
      if (hasEnded(state)) finish(() => resolve(state));
    };
    api.rpc.chain
      .subscribeNewHeads((header) => {
        // One block at a time, in order.
        checks = checks.then(() => check(header.hash.toHex())).catch((error: unknown) => finish(() => reject(error)));
      })
      .then((unsub) => {
        if (settled) unsub();
        else unsubscribe = unsub;
      })
      .catch((error: unknown) => finish(() => reject(error)));
  });
}
