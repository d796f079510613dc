/**
 * The supplier's archive of answered relays: every relay's record (signed envelope and response,
 * body, output chunks, token ids) under its digest, on disk, so a TIQE+ committee can ask for any
 * relay committed on chain — also after a restart. Which digests are already committed on chain
 * is an append-only log beside them, so a restart resumes committing exactly where it stopped.
 *
 *   <dir>/<digest>.json   one record (written to a temporary name, then renamed: never torn)
 *   <dir>/committed.log   one committed digest per line
 */
import { appendFile, mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RelayRecord } from '@sibyl/protocol';

/** A relay the supplier still has to commit on chain. */
export interface ArchivedRelay {
  digest: string;
  model: number;
  session: bigint;
}

interface StoredRelay {
  record: RelayRecord;
  model: number;
  session: string;
}

const DIGEST = /^0x[0-9a-f]{64}$/;

export class RelayArchive {
  private constructor(
    private readonly dir: string,
    private readonly committed: Set<string>,
  ) {}

  static async open(dir: string): Promise<RelayArchive> {
    await mkdir(dir, { recursive: true });
    const log = await readFile(join(dir, 'committed.log'), 'utf8').catch(() => '');
    return new RelayArchive(dir, new Set(log.split('\n').filter((l) => DIGEST.test(l))));
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

  /** Relays archived but not yet committed on chain (read from disk: what a restart resumes). */
  async uncommitted(): Promise<ArchivedRelay[]> {
    const out: ArchivedRelay[] = [];
    for (const name of await readdir(this.dir)) {
      const digest = name.slice(0, -'.json'.length);
      if (!name.endsWith('.json') || !DIGEST.test(digest) || this.committed.has(digest)) continue;
      const stored = JSON.parse(await readFile(join(this.dir, name), 'utf8')) as StoredRelay;
      out.push({ digest, model: stored.model, session: BigInt(stored.session) });
    }
    return out;
  }

  async markCommitted(digests: readonly string[]): Promise<void> {
    await appendFile(join(this.dir, 'committed.log'), digests.map((d) => `${d}\n`).join(''));
    for (const d of digests) this.committed.add(d);
  }
}
