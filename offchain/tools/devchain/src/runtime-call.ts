/**
 * Calls into a runtime wasm blob directly, with no node and no chain: Chopsticks' executor runs
 * the call against empty storage and reports what it wrote. This is how the raw chain spec and
 * the metadata are produced without a Rust binary.
 */
import { runTask } from '@acala-network/chopsticks-core';
import type { HexString } from '@polkadot/util/types';

/** What a runtime call returned and the storage it wrote. */
export interface RuntimeCallResult {
  result: HexString;
  storage: Map<HexString, HexString | null>;
}

/** Storage as seen by the call: empty, since genesis starts from nothing. */
const emptyStorage = {
  getStorage: async (_key: HexString) => undefined,
  getNextKey: async (_prefix: HexString, _key: HexString) => undefined,
  offchainGetStorage: async (_key: HexString) => undefined,
  offchainTimestamp: async () => Date.now(),
  offchainRandomSeed: async () => '0x' + '00'.repeat(32),
  offchainSubmitTransaction: async (_tx: HexString) => false,
};

/** Runs `method` (e.g. `GenesisBuilder_get_preset`) with SCALE-encoded `args` on `wasm`. */
export async function callRuntime(
  wasm: HexString,
  method: string,
  args: HexString[],
): Promise<RuntimeCallResult> {
  const response = await runTask(
    {
      wasm,
      calls: [[method, args]],
      mockSignatureHost: false,
      allowUnresolvedImports: false,
      runtimeLogLevel: 1,
    },
    // The executor's callback type is wider than what a pure call needs.
    emptyStorage as unknown as Parameters<typeof runTask>[1],
  );
  if ('Error' in response) {
    throw new Error(`runtime call ${method} failed: ${response.Error}`);
  }
  return {
    result: response.Call.result,
    storage: new Map(response.Call.storageDiff),
  };
}
