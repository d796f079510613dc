/**
 * The node runner's keys: one JSON file per key, `<home>/keys/<name>.json`, holding the secret
 * URI and the address. Directories are created 0700 and files 0600; a key file others may read is
 * refused, as the apps refuse a readable secret file (docs/cli.md, "Keys").
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, UsageError } from './errors.js';

/** A stored key, secret included. */
export interface StoredKey {
  name: string;
  address: string;
  /** Key type; always sr25519, as the chain's accounts are. */
  type: 'sr25519';
  /** The secret URI: a mnemonic (with an optional derivation path) or a dev URI. */
  suri: string;
  createdAt: string;
}

/** What may be shown of a key without showing its secret. */
export type PublicKey = Omit<StoredKey, 'suri'>;

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export class Keystore {
  constructor(
    /** The keystore's home directory (`--home`). */
    readonly home: string,
  ) {}

  get dir(): string {
    return join(this.home, 'keys');
  }

  /** Where the key `name` is kept. */
  fileOf(name: string): string {
    return join(this.dir, `${Keystore.checkName(name)}.json`);
  }

  /** `name` if it can name a key file, else a usage error. */
  static checkName(name: string): string {
    if (!NAME.test(name)) throw new UsageError(`a key name is 1–64 letters, digits, '.', '_' or '-', starting with a letter or digit; got "${name}"`);
    return name;
  }

  has(name: string): boolean {
    return existsSync(this.fileOf(name));
  }

  /** Stores a new key; refuses to overwrite one. */
  add(key: StoredKey): string {
    const file = this.fileOf(key.name);
    this.ensureDirs();
    if (existsSync(file)) throw new CliError(`a key named ${key.name} exists already (${file})`, 'pick another name, or `sibyl keys remove` it first');
    // 'wx': fail rather than replace a file that appeared meanwhile; mode applies on creation.
    writeFileSync(file, `${JSON.stringify(key, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
    return file;
  }

  /** The key `name`, secret included. */
  get(name: string): StoredKey {
    const file = this.fileOf(name);
    if (!existsSync(file)) {
      const known = this.names();
      throw new CliError(
        `no key named ${name} in ${this.dir}`,
        known.length ? `stored keys: ${known.join(', ')}` : 'create one with `sibyl keys create <name>`',
      );
    }
    if ((statSync(file).mode & 0o077) !== 0) throw new CliError(`key file ${file} may be read by others`, `chmod 600 ${file}`);
    const key = JSON.parse(readFileSync(file, 'utf8')) as StoredKey;
    if (typeof key.suri !== 'string' || typeof key.address !== 'string') throw new CliError(`key file ${file} is not a sibyl key`);
    return key;
  }

  /** Names of the stored keys, sorted. */
  names(): string[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((f) => f.endsWith('.json') && NAME.test(f.slice(0, -5)))
      .map((f) => f.slice(0, -5))
      .sort();
  }

  /** Every stored key without its secret. */
  list(): PublicKey[] {
    return this.names().map((name) => Keystore.public(this.get(name)));
  }

  remove(name: string): StoredKey {
    const key = this.get(name);
    unlinkSync(this.fileOf(name));
    return key;
  }

  /** A key without its secret. */
  static public(key: StoredKey): PublicKey {
    const { suri: _secret, ...rest } = key;
    return rest;
  }

  private ensureDirs(): void {
    for (const dir of [this.home, this.dir]) {
      if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
    }
    // The keys directory is ours: keep it private even if it was made looser.
    chmodSync(this.dir, 0o700);
  }
}
