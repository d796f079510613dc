/**
 * Signing and submitting transactions, waiting for inclusion, and turning a failed dispatch into
 * a typed error named after the pallet error (e.g. `models.UnsupportedUri`).
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

/**
 * Signs `tx` with `signer`, submits it and resolves with the block and the transaction's events
 * once included. Rejects with a [`ChainError`] if the dispatch failed (including a failed call
 * inside `sudo.sudo`) or the pool refused the transaction.
 */
export function signAndWait(
  api: ApiPromise,
  tx: SubmittableExtrinsic<'promise'>,
  signer: KeyringPair,
  options: SubmitOptions = {},
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
    tx.signAndSend(signer, { nonce: -1 }, (result) => {
      const { status, dispatchError, events } = result;
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
