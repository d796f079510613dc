/**
 * API keys → on-chain application accounts. Keys are shown once when created and stored only as
 * sha256 hashes (a leaked key file does not leak keys). The store is a JSON file written
 * atomically, so a crash never leaves it half-written. A running gateway picks up keys another
 * process created or revoked (`npm run gateway -- keys …`) within a second: the file is read again
 * when it changed, so revoking a leaked key needs no restart.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { decodeAddress, encodeAddress } from '@polkadot/util-crypto';

export interface ApiKeyRecord {
  /** SS58 address of the application account that pays for the key's requests. */
  app: string;
  label: string;
  createdAt: string;
}

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

export class ApiKeyStore {
  private records = new Map<string, ApiKeyRecord>();
  /** The file's mtime when last read or written (0: absent). */
  private loadedMtime = 0;
  private checkedAt = 0;

  constructor(
    private readonly path: string,
    /** How often at most a lookup looks at the file for changes (default 1 s). */
    private readonly recheckMs = 1_000,
  ) {
    this.load();
  }

  private mtime(): number {
    try {
      return statSync(this.path).mtimeMs;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
  }

  private load(): void {
    let data: Record<string, ApiKeyRecord> = {};
    const mtime = this.mtime();
    try {
      if (mtime !== 0) data = JSON.parse(readFileSync(this.path, 'utf8')) as Record<string, ApiKeyRecord>;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`cannot read API keys from ${this.path}: ${(error as Error).message}`);
    }
    this.records = new Map(Object.entries(data));
    this.loadedMtime = mtime;
    this.checkedAt = Date.now();
  }

  /** Reads the file again if another process changed it (checked at most every `recheckMs`). */
  private refresh(force = false): void {
    if (!force && Date.now() - this.checkedAt < this.recheckMs) return;
    this.checkedAt = Date.now();
    if (this.mtime() === this.loadedMtime) return;
    try {
      this.load();
    } catch {
      // A half-read file (never written in place, but edited by hand, say): keep what we had.
    }
  }

  /** Creates a key for `app` and returns it; only its hash is kept. */
  create(app: string, label = ''): string {
    let address: string;
    try {
      address = encodeAddress(decodeAddress(app), 42);
    } catch {
      throw new Error(`not an account address: ${app}`);
    }
    const key = `sk-sibyl-${randomBytes(24).toString('base64url')}`;
    this.refresh(true);
    this.records.set(hashKey(key), { app: address, label, createdAt: new Date().toISOString() });
    this.save();
    return key;
  }

  /**
   * The application a key belongs to, or undefined. A key not known yet makes the file be looked
   * at again at once: one just created by another process works on its first request.
   */
  lookup(key: string): ApiKeyRecord | undefined {
    this.refresh();
    const hash = hashKey(key);
    if (!this.records.has(hash)) this.refresh(true);
    return this.records.get(hash);
  }

  /** Revokes every key of `app`; returns how many. */
  revokeApp(app: string): number {
    this.refresh(true);
    let n = 0;
    for (const [hash, record] of this.records) {
      if (record.app === app) {
        this.records.delete(hash);
        n++;
      }
    }
    if (n > 0) this.save();
    return n;
  }

  private save(): void {
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.tmp`;
    writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.records), null, 2), { mode: 0o600 });
    renameSync(tmp, this.path);
    this.loadedMtime = this.mtime();
  }
}
