/**
 * API keys → on-chain application accounts. Keys are shown once when created and stored only as
 * sha256 hashes (a leaked key file does not leak keys). The store is a JSON file written
 * atomically, so a crash never leaves it half-written.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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
  private readonly records: Map<string, ApiKeyRecord>;

  constructor(private readonly path: string) {
    let data: Record<string, ApiKeyRecord> = {};
    try {
      data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ApiKeyRecord>;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`cannot read API keys from ${path}: ${(error as Error).message}`);
    }
    this.records = new Map(Object.entries(data));
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
    this.records.set(hashKey(key), { app: address, label, createdAt: new Date().toISOString() });
    this.save();
    return key;
  }

  /** The application a key belongs to, or undefined. */
  lookup(key: string): ApiKeyRecord | undefined {
    return this.records.get(hashKey(key));
  }

  /** Revokes every key of `app`; returns how many. */
  revokeApp(app: string): number {
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
  }
}
