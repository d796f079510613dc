/**
 * What each application has spent through this gateway in the current session, against the
 * per-session spend limit it set on chain. Spending is recorded when a relay completes (its
 * usage is known only then), and a request is refused with 429 once the limit is reached.
 * The ledger is saved to disk so a gateway restart does not reset an app's session spend.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export class SpendTracker {
  private session = -1n;
  private spent = new Map<string, bigint>();
  private saveTimer: NodeJS.Timeout | undefined;

  constructor(private readonly path?: string) {
    if (!path) return;
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as { session: string; spent: Record<string, string> };
      this.session = BigInt(data.session);
      this.spent = new Map(Object.entries(data.spent).map(([k, v]) => [k, BigInt(v)]));
    } catch {
      // No ledger yet.
    }
  }

  private roll(session: bigint): void {
    if (session !== this.session) {
      this.session = session;
      this.spent.clear();
    }
  }

  spentBy(app: string, session: bigint): bigint {
    this.roll(session);
    return this.spent.get(app) ?? 0n;
  }

  record(app: string, session: bigint, amount: bigint): void {
    this.roll(session);
    this.spent.set(app, (this.spent.get(app) ?? 0n) + amount);
    this.scheduleSave();
  }

  private scheduleSave(): void {
    if (!this.path || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.flush();
    }, 200);
  }

  flush(): void {
    if (!this.path) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    mkdirSync(dirname(this.path), { recursive: true });
    const data = { session: this.session.toString(), spent: Object.fromEntries([...this.spent].map(([k, v]) => [k, v.toString()])) };
    writeFileSync(`${this.path}.tmp`, JSON.stringify(data));
    renameSync(`${this.path}.tmp`, this.path);
  }
}
