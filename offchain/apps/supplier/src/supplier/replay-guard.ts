/**
 * Replay protection for relays: a (gateway, session, nonce) is accepted once. Only the sessions
 * a supplier still accepts are remembered, so memory is bounded by one session's traffic.
 */
export class ReplayGuard {
  private readonly seen = new Map<bigint, Map<string, Set<bigint>>>();

  /** Records the relay; returns false if it was seen before. */
  accept(gateway: string, session: bigint, nonce: bigint): boolean {
    let bySession = this.seen.get(session);
    if (!bySession) this.seen.set(session, (bySession = new Map()));
    let nonces = bySession.get(gateway);
    if (!nonces) bySession.set(gateway, (nonces = new Set()));
    if (nonces.has(nonce)) return false;
    nonces.add(nonce);
    return true;
  }

  /** Forgets sessions before `oldest`. */
  prune(oldest: bigint): void {
    for (const session of this.seen.keys()) if (session < oldest) this.seen.delete(session);
  }
}
