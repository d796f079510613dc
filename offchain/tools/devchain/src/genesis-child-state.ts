/**
 * Lets a dev chain started from genesis answer child-storage reads.
 *
 * Contracts keep their storage in child tries (pallet-revive). Chopsticks keeps what blocks write
 * in its own storage layers and asks its upstream only for keys it has never seen; started from a
 * chain spec, that upstream is its genesis provider, which implements no `childstate_*` method, so
 * the first read of a contract key that was never written fails the whole runtime call. A chain
 * spec here holds no child tries (chain-spec/build-spec.ts writes `top` only), so what the genesis
 * provider cannot answer is absent: no value, no keys. Only that refusal is turned into absence;
 * any other failure (and any chain forked from a live node) goes through untouched.
 */
type ChopsticksCore = typeof import('@acala-network/chopsticks-core');
type ApiPrototype = InstanceType<ChopsticksCore['Api']> & { sibylChildState?: true };

/** The genesis provider's refusal of a `childstate_*` method. */
const unanswered = (error: unknown) => error instanceof Error && /^childstate_\w+ not implemented$/.test(error.message);

/** Answers child-storage reads a genesis provider refuses as empty, once per process. */
export function answerGenesisChildState(core: ChopsticksCore): void {
  const proto = core.Api.prototype as ApiPrototype;
  if (proto.sibylChildState) return;
  const { getStorage, getKeysPaged, getStorageBatch } = proto;
  const absent = <T>(read: Promise<T>, empty: T) => read.catch((error: unknown) => (unanswered(error) ? empty : Promise.reject(error)));
  Object.assign(proto, {
    sibylChildState: true,
    getStorage(this: ApiPrototype, ...args: Parameters<typeof getStorage>) {
      return absent(getStorage.apply(this, args), null);
    },
    getKeysPaged(this: ApiPrototype, ...args: Parameters<typeof getKeysPaged>) {
      return absent(getKeysPaged.apply(this, args), []);
    },
    getStorageBatch(this: ApiPrototype, ...args: Parameters<typeof getStorageBatch>) {
      const keys = args[1];
      return absent(getStorageBatch.apply(this, args), keys.map((key) => [key, null]) as Awaited<ReturnType<typeof getStorageBatch>>);
    },
  });
}
