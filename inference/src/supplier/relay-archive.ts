/**
 * The supplier's archive of mined relays: each record (signed envelope and response, body,
 * output chunks, token ids) under its digest, on disk, so a TIQE+ committee can ask for any relay
 * a proof opened — also after a restart.
 *
 *   <dir>/<digest>.json   one record (written to a temporary name, then renamed: never torn)
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RelayRecord } from '@sibyl/protocol';

interface StoredRelay {
  record: RelayRecord;
  model: number;
  session: string;
}

const DIGEST = /^0x[0-9a-f]{64}$/;

export class RelayArchive {
  private constructor(private readonly dir: string) {}

  static async open(dir: string): Promise<RelayArchive> {
    await mkdir(dir, { recursive: true });
    return new RelayArchive(dir);
  }

  async put(digest: string, record: RelayRecord, model: number, session: bigint): Promise<void> {
    const stored: StoredRelay = { record, model, session: session.toString() };
    const path = join(this.dir, `${digest}.json`);
    await writeFile(`${path}.tmp`, JSON.stringify(stored));
    await rename(`${path}.tmp`, path);
  }

  async get(digest: string): Promise<RelayRecord | undefined> {
    if (!DIGEST.test(digest)) return undefined;
    const text = await readFile(join(this.dir, `${digest}.json`), 'utf8').catch(() => undefined);
    return text === undefined ? undefined : (JSON.parse(text) as StoredRelay).record;
  }
}
