/**
 * A lock file shared by processes — and containers — that fetch into one cache directory, so two
 * suppliers (or a supplier and a gateway) starting together do not write the same partial file.
 * `open(…, 'wx')` creates it only if absent; the holder touches it while it works, and a lock
 * untouched for `staleMs` (its holder died) is taken over. Process ids are not used: containers
 * sharing a volume do not share a pid namespace.
 */
import { open, rm, stat, utimes } from 'node:fs/promises';

export interface FileLockOptions {
  /** A lock untouched this long is stale (default 60 s). */
  staleMs?: number;
  /** How often a waiter looks again (default 500 ms). */
  pollMs?: number;
  /** Called once when this process starts waiting for another's lock. */
  onWait?: () => void;
}

export async function withFileLock<T>(path: string, body: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const staleMs = options.staleMs ?? 60_000;
  const pollMs = options.pollMs ?? 500;
  let waited = false;
  for (;;) {
    try {
      const handle = await open(path, 'wx');
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const touched = await stat(path).then((s) => s.mtimeMs, () => undefined);
    if (touched !== undefined && Date.now() - touched > staleMs) {
      await rm(path, { force: true });
      continue;
    }
    if (!waited) options.onWait?.();
    waited = true;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  const heartbeat = setInterval(() => {
    const now = new Date();
    void utimes(path, now, now).catch(() => undefined);
  }, staleMs / 4);
  try {
    return await body();
  } finally {
    clearInterval(heartbeat);
    await rm(path, { force: true });
  }
}
