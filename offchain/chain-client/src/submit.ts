/**
 * Signing and submitting transactions, waiting for inclusion, and turning a failed dispatch into
 * a typed error named after the pallet error (e.g. `models.UnsupportedUri`).
 *
 * Every submission from one account goes through that account's queue: a transaction is signed
 * with the next nonce only once the pool has taken the one before, so components of one process
 * that sign as the same account (a supplier's claim submitter and job worker, say) never take the
 * same nonce. Inclusion is still awaited concurrently.
 */
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { DispatchError, EventRecord, Hash } from '@polkadot/types/interfaces';
import type { SpRuntimeDispatchError } from '@polkadot/types/lookup';

/** A transaction that was included but whose dispatch failed, or that the pool rejected. */
export class ChainError extends Error {
  constructor(
    /** `pallet.Error`, e.g. `stakes.StakeBelowMinimum`, or `BadOrigin`, `Token.FundsUnavailable`. */
    override readonly name: string,
    /** The error's doc comment from the runtime metadata. */
    readonly docs: string,
    /** Block the failed transaction was included in, if it was. */
    readonly blockHash?: string,
  ) {
    super(docs ? `${name}: ${docs}` : name);
  }

  /** Whether this is the named pallet error, e.g. `is('models', 'DuplicateModel')`. */
  is(pallet: string, error: string): boolean {
    return this.name === `${pallet}.${error}`;
  }
}

/** What an included transaction produced. */
export interface Inclusion {
  blockHash: string;
  events: EventRecord[];
}

/** Decodes a `DispatchError` into a [`ChainError`]. */
export function decodeDispatchError(
  api: ApiPromise,
  error: DispatchError | SpRuntimeDispatchError,
  blockHash?: string,
): ChainError {
  if (error.isModule) {
    const meta = api.registry.findMetaError(error.asModule);
    return new ChainError(`${meta.section}.${meta.name}`, meta.docs.join(' ').trim(), blockHash);
  }
  if (error.isToken) return new ChainError(`Token.${error.asToken.type}`, '', blockHash);
  if (error.isArithmetic) return new ChainError(`Arithmetic.${error.asArithmetic.type}`, '', blockHash);
  return new ChainError(error.type, '', blockHash);
}

export interface SubmitOptions {
  /** Resolve at inclusion (default) or at finality. */
  waitFor?: 'inBlock' | 'finalized';
  /** Give up after this many milliseconds (default 60 000). */
  timeoutMs?: number;
}

/** Per chain connection and account: the submission in flight (until the pool answers it). */
const queues = new WeakMap<ApiPromise, Map<string, Promise<void>>>();

/**
 * Runs `submit` for `address` once every earlier submission of that account on `api` has been
 * answered by the pool. `submit` resolves `accepted` when the pool has the transaction (or
 * refused it); only then may the next one take a nonce.
 */
function inAccountQueue<T>(api: ApiPromise, address: string, submit: (accepted: () => void) => Promise<T>): Promise<T> {
  let byAccount = queues.get(api);
  if (!byAccount) queues.set(api, (byAccount = new Map()));
  const before = byAccount.get(address) ?? Promise.resolve();
  let release!: () => void;
  const turn = new Promise<void>((resolve) => (release = resolve));
  const tail = before.then(() => turn);
  byAccount.set(address, tail);
  void tail.then(() => {
    if (byAccount.get(address) === tail) byAccount.delete(address);
  });
  return before.then(() => {
    const result = submit(release);
    // Whatever happens, the next submission may go once this one is settled either way.
    result.then(release, release);
    return result;
  });
}

/**
 * Signs `tx` with `signer`, submits it and resolves with the block and the transaction's events
 * once included. Rejects with a [`ChainError`] if the dispatch failed (including a failed call
 * inside `sudo.sudo`) or the pool refused the transaction. Submissions of one account are
 * queued (see above).
 */
export function signAndWait(
  api: ApiPromise,
  tx: SubmittableExtrinsic<'promise'>,
  signer: KeyringPair,
  options: SubmitOptions = {},
): Promise<Inclusion> {
  return inAccountQueue(api, signer.address, (accepted) => submitOnce(api, tx, signer, options, accepted));
}

function submitOnce(
  api: ApiPromise,
  tx: SubmittableExtrinsic<'promise'>,
  signer: KeyringPair,
  options: SubmitOptions,
  accepted: () => void,
): Promise<Inclusion> {
  const waitFor = options.waitFor ?? 'inBlock';
  const timeoutMs = options.timeoutMs ?? 60_000;
  return new Promise<Inclusion>((resolve, reject) => {
    let unsubscribe: (() => void) | undefined;
    const timer = setTimeout(() => {
      unsubscribe?.();
      reject(new Error(`transaction ${tx.method.section}.${tx.method.method} not included within ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = (outcome: () => void) => {
      clearTimeout(timer);
      unsubscribe?.();
      outcome();
    };
    // `nonce: -1` asks the node for the account's next index, pool included: right once the
    // transaction before it is in the pool, which the queue waits for.
    tx.signAndSend(signer, { nonce: -1 }, (result) => {
      const { status, dispatchError, events } = result;
      accepted();
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        finish(() => reject(new ChainError(`Pool.${status.type}`, 'transaction rejected by the pool')));
        return;
      }
      const included: Hash | undefined = status.isInBlock ? status.asInBlock : status.isFinalized ? status.asFinalized : undefined;
      if (!included || (waitFor === 'finalized' && !status.isFinalized)) return;
      const blockHash = included.toHex();
      if (dispatchError) {
        finish(() => reject(decodeDispatchError(api, dispatchError, blockHash)));
        return;
      }
      const nested = events.find(({ event }) => api.events.sudo.Sudid.is(event) && event.data.sudoResult.isErr);
      if (nested && api.events.sudo.Sudid.is(nested.event)) {
        const error = nested.event.data.sudoResult.asErr;
        finish(() => reject(decodeDispatchError(api, error, blockHash)));
        return;
      }
      finish(() => resolve({ blockHash, events }));
    })
      .then((unsub) => {
        unsubscribe = unsub;
      })
      .catch((error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? new ChainError('Pool.Rejected', error.message) : error);
      });
  });
}

/** The first event `section.method` among `events`, or undefined. */
export function findEvent(events: EventRecord[], section: string, method: string): EventRecord | undefined {
  return events.find(({ event }) => event.section === section && event.method === method);
}
