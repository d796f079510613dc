/** Streaming sha256 of a file, with progress for big files. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { ProgressBar } from './progress.js';

export async function sha256File(path: string, label?: string): Promise<string> {
  const { size } = await stat(path);
  // Hashing is quick (about 1 s per 250 MB); its bar is worth drawing on a terminal only.
  const bar = label && size > 64 * 1024 * 1024 && process.stderr.isTTY ? new ProgressBar(label, size) : undefined;
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 4 * 1024 * 1024 })) {
    hash.update(chunk as Buffer);
    bar?.add((chunk as Buffer).length);
  }
  bar?.finish();
  return hash.digest('hex');
}
