/**
 * Sessions snapshot their suppliers when they start, so an actor registered mid-session serves
 * from the next one. A dev network that has just registered its actors (or a test that added a
 * supplier) produces blocks until a session has started that includes them, instead of waiting
 * for the clock.
 */
import type { ApiPromise } from '@sibyl/chain-client';
import type { DevChain } from '@sibyl/devchain';

export async function startSessionWith(
  api: ApiPromise,
  chain: DevChain,
  app: string,
  model: number,
  suppliers: readonly string[],
  maxBlocks = 500,
): Promise<bigint> {
  for (let produced = 0; ; produced++) {
    const session = (await api.query.sessions.currentSession()).toBigInt();
    const drawn = (await api.call.sessionsApi.sessionSuppliers(session, app, model)).map((a) => a.toString());
    if (suppliers.every((s) => drawn.includes(s))) return session;
    if (produced >= maxBlocks) {
      throw new Error(`no session drew ${suppliers.join(', ')} for ${app}'s model ${model} within ${maxBlocks} blocks (drawn: ${drawn.join(', ') || 'none'})`);
    }
    await chain.newBlocks(1);
  }
}
