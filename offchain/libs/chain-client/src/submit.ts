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

/** Per chain connection and account: the submission in flight and the next nonce it left. */
interface AccountQueue {
  /** Settles once the last queued submission has been answered by the pool. */
  tail: Promise<void>;
  /** The nonce after the last one the pool took, or undefined after a refusal or a drop. */
  next?: number;
}
const queues = new WeakMap<ApiPromise, Map<string, AccountQueue>>();

/**
 * Runs `submit` for `address` with the account's next nonce once every earlier submission of that
 * account on `api` has been answered by the pool. The node's own answer (`accountNextIndex`) is
 * not enough: while a block that includes the previous transaction is being built, the node
 * counts it neither as pending nor in state, and hands out its nonce again (Chopsticks does in
 * instant mode). So the queue remembers the nonce it used last and takes the larger of the two.
 * `submit` resolves `accepted(taken)` when the pool has answered; a refused transaction makes
 * the next one ask the node afresh.
 */
function inAccountQueue<T>(
  api: ApiPromise,
  address: string,
  submit: (nonce: number, accepted: (taken: boolean) => void) => Promise<T>,
): Promise<T> {
  let byAccount = queues.get(api);
  if (!byAccount) queues.set(api, (byAccount = new Map()));
  let queue = byAccount.get(address);
  if (!queue) byAccount.set(address, (queue = { tail: Promise.resolve() }));
  const state = queue;
  const before = state.tail;
  let release!: () => void;
  const turn = new Promise<void>((resolve) => (release = resolve));
  const tail = before.then(() => turn);
  state.tail = tail;
  return before.then(async () => {
    let nonce: number;
    try {
      const fromNode = (await api.rpc.system.accountNextIndex(address)).toNumber();
      nonce = Math.max(fromNode, state.next ?? 0);
    } catch (error) {
      release();
      throw error;
    }
    let answered = false;
    const accepted = (taken: boolean) => {
      if (answered) return;
      answered = true;
      state.next = taken ? nonce + 1 : undefined;
      release();
    };
    const result = submit(nonce, accepted);
    // Whatever happens, the next submission may go once this one is settled either way. A
    // transaction the pool dropped after taking it (or that never came back) left its nonce
    // unused: the next one asks the node again rather than build on it. One whose dispatch
    // failed was included, and used its nonce.
    result.then(
      () => accepted(true),
      (error: unknown) => {
        if (!(error instanceof ChainError && error.blockHash)) state.next = undefined;
        accepted(false);
      },
    );
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
  return inAccountQueue(api, signer.address, (nonce, accepted) => submitOnce(api, tx, signer, nonce, options, accepted));
}

function submitOnce(
  api: ApiPromise,
  tx: SubmittableExtrinsic<'promise'>,
  signer: KeyringPair,
  nonce: number,
  options: SubmitOptions,
  accepted: (taken: boolean) => void,
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
    tx.signAndSend(signer, { nonce }, (result) => {
      const { status, dispatchError, events } = result;
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        accepted(false);
        finish(() => reject(new ChainError(`Pool.${status.type}`, 'transaction rejected by the pool')));
        return;
      }
      accepted(true);
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
