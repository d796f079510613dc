/**
 * The supplier's archive of mined relays: each record (signed envelope and response, body,
 * output chunks, token ids) under its session and digest, on disk, so a TIQE+ committee can ask
 * for any relay a proof opened — also after a restart — and pruned by session once no round can
 * ask for it any more.
 *
 *   <dir>/<session>/<digest>.json   one record (written to a temporary name, then renamed: never torn)
 */
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RelayRecord } from '@sibyl/protocol';

interface StoredRelay {
  record: RelayRecord;
  model: number;
}

const DIGEST = /^0x[0-9a-f]{64}$/;
const SESSION_DIR = /^\d{1,20}$/;

export class RelayArchive {
  private constructor(private readonly dir: string) {}

  static async open(dir: string): Promise<RelayArchive> {
    await mkdir(dir, { recursive: true });
    return new RelayArchive(dir);
  }

  async put(digest: string, record: RelayRecord, model: number, session: bigint): Promise<void> {
    if (!DIGEST.test(digest)) throw new Error(`not a relay digest: ${digest}`);
    const stored: StoredRelay = { record, model };
    const dir = join(this.dir, session.toString());
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${digest}.json`);
    await writeFile(`${path}.tmp`, JSON.stringify(stored));
    await rename(`${path}.tmp`, path);
  }

  async get(session: bigint, digest: string): Promise<RelayRecord | undefined> {
    if (!DIGEST.test(digest)) return undefined;
    const text = await readFile(join(this.dir, session.toString(), `${digest}.json`), 'utf8').catch(() => undefined);
    return text === undefined ? undefined : (JSON.parse(text) as StoredRelay).record;
  }

  /** Sessions with archived relays, oldest first. */
  async sessions(): Promise<bigint[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names.filter((n) => SESSION_DIR.test(n)).map(BigInt).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Deletes the relays of every session before `session`; returns the sessions deleted. */
  async pruneBefore(session: bigint): Promise<bigint[]> {
    const old = (await this.sessions()).filter((s) => s < session);
    for (const s of old) await rm(join(this.dir, s.toString()), { recursive: true, force: true });
    return old;
  }
}
