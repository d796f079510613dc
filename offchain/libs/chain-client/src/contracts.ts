/**
 * ink! contracts on Sibyl's `pallet-revive`, through `@polkadot/api-contract` (docs/contracts.md).
 *
 * `@polkadot/api-contract` encodes and decodes with the contract's metadata, but its defaults do
 * not fit pallet-revive: a zero weight and storage deposit limit fail every call, and its
 * `gasRequired` reads an EVM-gas figure. So every call here is dry-run first through
 * `reviveApi` and sent with the weight and deposit that run needed; a message that returns an
 * error, or a call that reverts, becomes a {@link ContractError} before anything is signed.
 */
import type { ApiPromise } from '@polkadot/api';
import { Abi, ContractPromise } from '@polkadot/api-contract';
import type { KeyringPair } from '@polkadot/keyring/types';
import { hexToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { decodeDispatchError, findEvent, signAndWait, type Inclusion } from './submit.js';

/** A contract's build output: cargo-contract's `<name>.contract` (metadata and code). */
export type ContractArtifact = Record<string, unknown> & { source: { contract_binary: string } };

/** A contract refused a call: its own error (a message's `Err`), or a revert or trap. */
export class ContractError extends Error {
  constructor(
    /** The contract's error variant (e.g. `InsufficientCredits`), or `Reverted` / `Trapped`. */
    override readonly name: string,
    readonly detail = '',
  ) {
    super(detail ? `${name}: ${detail}` : name);
  }
}

/** What a dry run needed, plus a margin for state that moves before the transaction lands. */
interface Needs {
  weight: { refTime: bigint; proofSize: bigint };
  deposit: bigint;
}

const withMargin = (n: bigint) => n + n / 5n + 1n;

function needsOf(dry: {
  weightRequired: { refTime: { toBigInt(): bigint }; proofSize: { toBigInt(): bigint } };
  storageDeposit: { isCharge: boolean; asCharge: { toBigInt(): bigint } };
}): Needs {
  return {
    weight: { refTime: withMargin(dry.weightRequired.refTime.toBigInt()), proofSize: withMargin(dry.weightRequired.proofSize.toBigInt()) },
    deposit: dry.storageDeposit.isCharge ? withMargin(dry.storageDeposit.asCharge.toBigInt()) : 0n,
  };
}

/** The account a contract's H160 stands for on chain (pallet-revive's fallback account). */
export function contractAccountId(address: string): string {
  return u8aToHex(u8aConcat(hexToU8a(address), new Uint8Array(12).fill(0xee)));
}

/** A deployed ink! contract: dry-run, then signed calls, with typed errors. */
export class InkContract {
  readonly contract: ContractPromise;

  constructor(
    private readonly api: ApiPromise,
    readonly abi: Abi,
    /** The contract's address (H160, hex). */
    readonly address: string,
  ) {
    this.contract = new ContractPromise(api, abi, address);
  }

  /** The account that holds the contract's balance and stakes (see {@link contractAccountId}). */
  get accountId(): string {
    return contractAccountId(this.address);
  }

  /**
   * Deploys `artifact` with constructor `constructorName`, `value` (planck) sent along, signed by
   * `deployer`. Refuses with a {@link ContractError} if the dry run fails.
   */
  static async deploy(
    api: ApiPromise,
    artifact: ContractArtifact,
    deployer: KeyringPair,
    constructorName: string,
    args: unknown[] = [],
    value = 0n,
  ): Promise<InkContract> {
    const abi = new Abi(artifact as never, api.registry.getChainProperties());
    // As `Bytes`, a Uint8Array is taken to carry its length prefix; a hex string is the raw code.
    const code = artifact.source.contract_binary;
    // Messages and constructors encode with their length prefix already (selector ‖ arguments).
    const data = abi.findConstructor(constructorName).toU8a(args);
    const dry = await api.call.reviveApi.instantiate(deployer.address, value, null, null, { Upload: code }, data, null);
    if (dry.result.isErr) throw new ContractError('Trapped', decodeDispatchError(api, dry.result.asErr).message);
    const ok = dry.result.asOk;
    if (ok.result.flags.bits.toNumber() & 1) throw new ContractError('Reverted', ok.result.data.toHex());
    const needs = needsOf(dry);
    const tx = api.tx.revive.instantiateWithCode(value, needs.weight, needs.deposit, code, data, null);
    const { events } = await signAndWait(api, tx, deployer);
    const instantiated = findEvent(events, 'revive', 'Instantiated');
    if (!instantiated) throw new ContractError('Trapped', 'no Instantiated event');
    return new InkContract(api, abi, instantiated.event.data[1]!.toString());
  }

  /** Reads `message` as `origin` would see it (no transaction); the message's `Ok` value. */
  async query<T = unknown>(message: string, origin: string, args: unknown[] = [], value = 0n): Promise<T> {
    return (await this.dryRun(message, origin, args, value)).value as T;
  }

  /** Sends `message`, signed by `signer` with `value` (planck), once a dry run says it succeeds. */
  async send(message: string, signer: KeyringPair, args: unknown[] = [], value = 0n): Promise<Inclusion & { value: unknown }> {
    const { value: returned, needs } = await this.dryRun(message, signer.address, args, value);
    const tx = this.contract.tx[this.abi.findMessage(message).method]!({ gasLimit: this.api.createType('WeightV2', needs.weight), storageDepositLimit: needs.deposit, value }, ...args);
    return { ...(await signAndWait(this.api, tx, signer)), value: returned };
  }

  private async dryRun(message: string, origin: string, args: unknown[], value: bigint) {
    const spec = this.abi.findMessage(message);
    const dry = await this.api.call.reviveApi.call(origin, this.address, value, null, null, spec.toU8a(args));
    if (dry.result.isErr) throw new ContractError('Trapped', decodeDispatchError(this.api, dry.result.asErr).message);
    const ok = dry.result.asOk;
    const reverted = (ok.flags.bits.toNumber() & 1) === 1;
    // ink! wraps every message's return in `Result<_, LangError>`; a message that returns
    // `Result<T, E>` adds its own.
    const decoded = spec.returnType
      ? (this.abi.registry.createTypeUnsafe(spec.returnType.lookupName || spec.returnType.type, [ok.data.toU8a(true)]).toJSON() as Record<string, unknown>)
      : null;
    const inner = decoded && 'ok' in decoded ? decoded.ok : decoded;
    if (inner && typeof inner === 'object' && 'err' in inner) {
      throw new ContractError(String((inner as { err: unknown }).err));
    }
    if (reverted) throw new ContractError('Reverted', ok.data.toHex());
    const value_ = inner && typeof inner === 'object' && 'ok' in inner ? (inner as { ok: unknown }).ok : inner;
    return { value: value_, needs: needsOf(dry) };
  }
}
