/**
 * Makes every dev-chain block's timestamp agree with its Aura slot.
 *
 * Chopsticks derives a new block's Aura slot (the pre-runtime digest) and its timestamp inherent
 * separately, each from the parent's `Timestamp::Now`. Under load the two have come out one slot
 * apart; pallet-aura then panics (`Timestamp slot must match CurrentSlot`), the block is lost and
 * the transactions submitted meanwhile are refused. Setting the timestamp to the start of the
 * block's own digest slot makes them agree by construction. With the genesis `Now` on a slot
 * boundary (see `startDevChain`) this is the parent's timestamp plus one slot, which is what
 * Chopsticks sets when nothing goes wrong.
 */
import type { Block, InherentProvider } from '@acala-network/chopsticks-core';

type ChopsticksCore = typeof import('@acala-network/chopsticks-core');

/** Replaces Chopsticks' timestamp inherent, once per process. */
export function pinTimestampsToSlots(core: ChopsticksCore): void {
  const provider = core.inherentProviders.find((p) => p.constructor.name === 'SetTimestamp');
  if (!provider || (provider as { pinned?: true }).pinned) return;
  const fallback = provider.createInherents.bind(provider);
  const pinned: InherentProvider['createInherents'] = async (newBlock: Block, params) => {
    const slot = await auraSlot(newBlock);
    const meta = await newBlock.meta;
    const set = meta.tx.timestamp?.set;
    if (slot === undefined || !set) return fallback(newBlock, params);
    const now = slot * BigInt(await core.getSlotDuration(newBlock));
    return [meta.registry.createType('GenericExtrinsic', set(now)).toHex()];
  };
  Object.assign(provider, { createInherents: pinned, pinned: true });
}

/** The slot in `block`'s Aura pre-runtime digest, if it has one. */
async function auraSlot(block: Block): Promise<bigint | undefined> {
  const header = await block.header;
  const meta = await block.meta;
  for (const log of header.digest.logs) {
    if (!log.isPreRuntime) continue;
    const [engine, data] = log.asPreRuntime;
    if (engine.isAura) return meta.registry.createType('u64', data.toU8a(true)).toBigInt();
  }
  return undefined;
}
