/**
 * Governance calls: what Root may do on a Sibyl chain, done the way the chain allows — through
 * Sudo where a sudo key exists (development chains), otherwise as a Council motion that a strict
 * majority of the Council approves (`configs::AdminOrigin` in the runtime).
 */
import type { ApiPromise } from '@polkadot/api';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { decodeDispatchError, signAndWait, type Inclusion } from './submit.js';

/**
 * Proposes `call` to the Council as `members[0]`, has a strict majority of `members` vote aye,
 * and closes the motion, which executes it; returns the close's inclusion (its events hold the
 * call's). Throws a `ChainError` when the motion is not approved or the call fails.
 */
export async function passCouncilMotion(
  api: ApiPromise,
  call: SubmittableExtrinsic<'promise'>,
  members: readonly KeyringPair[],
): Promise<Inclusion> {
  const proposer = members[0];
  if (!proposer) throw new Error('a Council motion needs at least one member');
  const councilSize = (await api.query.council.members()).length;
  const threshold = Math.floor(councilSize / 2) + 1;
  if (members.length < threshold) {
    throw new Error(`a Council motion needs ${threshold} of ${councilSize} members; ${members.length} given`);
  }
  const length = call.method.encodedLength;
  const proposed = await signAndWait(api, api.tx.council.propose(threshold, call.method, length), proposer);
  const event = proposed.events.map(({ event }) => event).find((e) => api.events.council.Proposed.is(e));
  if (!event || !api.events.council.Proposed.is(event)) throw new Error('council.propose emitted no Proposed event');
  const { proposalIndex, proposalHash } = event.data;
  for (const member of members.slice(0, threshold)) {
    await signAndWait(api, api.tx.council.vote(proposalHash, proposalIndex, true), member);
  }
  const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(call.method.toHex(), length);
  const closed = await signAndWait(api, api.tx.council.close(proposalHash, proposalIndex, weight, length), proposer);
  const executed = closed.events.map(({ event }) => event).find((e) => api.events.council.Executed.is(e));
  if (!executed || !api.events.council.Executed.is(executed)) throw new Error('the Council motion closed without executing');
  if (executed.data.result.isErr) throw decodeDispatchError(api, executed.data.result.asErr, closed.blockHash);
  return closed;
}

/**
 * Dispatches `call` as Root: with Sudo when `admin` holds the chain's sudo key, else by a
 * Council motion of `council`.
 */
export async function dispatchAsRoot(
  api: ApiPromise,
  call: SubmittableExtrinsic<'promise'>,
  admin: KeyringPair,
  council: readonly KeyringPair[],
): Promise<Inclusion> {
  const sudoKey = api.query.sudo ? await api.query.sudo.key() : undefined;
  if (sudoKey?.isSome && sudoKey.unwrap().toString() === admin.address) {
    return signAndWait(api, api.tx.sudo.sudo(call), admin);
  }
  return passCouncilMotion(api, call, council);
}
