/**
 * HTTP(S) download to a file: streamed to `<dest>.partial`, resumed with a Range request when a
 * partial file exists, renamed into place only when complete, so an interrupted fetch never leaves
 * a truncated file that looks finished.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { ProgressBar } from './progress.js';

export class FetchError extends Error {
  override readonly name = 'FetchError';
}

export interface DownloadOptions {
  label?: string;
  headers?: Record<string, string>;
  /** Abort if no bytes arrive for this long (default 60 s). */
  idleTimeoutMs?: number;
}

export async function downloadFile(url: string, dest: string, options: DownloadOptions = {}): Promise<void> {
  await mkdir(dirname(dest), { recursive: true });
  const partial = `${dest}.partial`;
  const have = await stat(partial).then((s) => s.size, () => 0);
  const headers: Record<string, string> = { 'user-agent': 'sibyl-model-fetch/0.1', ...options.headers };
  if (have > 0) headers.range = `bytes=${have}-`;
  const controller = new AbortController();
  let idle: NodeJS.Timeout | undefined;
  const idleMs = options.idleTimeoutMs ?? 60_000;
  const touch = () => {
    clearTimeout(idle);
    idle = setTimeout(() => controller.abort(new FetchError(`no data from ${url} for ${idleMs} ms`)), idleMs);
  };
  touch();
  let response: Response;
  try {
    response = await fetch(url, { headers, redirect: 'follow', signal: controller.signal });
  } catch (error) {
    clearTimeout(idle);
    throw new FetchError(`cannot reach ${url}: ${(error as Error).cause ?? (error as Error).message}`);
  }
  const resumed = response.status === 206;
  if (!response.ok || !response.body) {
    clearTimeout(idle);
    throw new FetchError(`GET ${url}: HTTP ${response.status}`);
  }
  const length = Number(response.headers.get('content-length') ?? 0);
  const total = resumed ? have + length : length;
  const bar = new ProgressBar(options.label ?? url.split('/').pop() ?? url, total);
  if (resumed) bar.add(have);
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      touch();
      bar.add(chunk.length);
      done(null, chunk);
    },
  });
  try {
    await pipeline(
      Readable.fromWeb(response.body as import('node:stream/web').ReadableStream),
      meter,
      createWriteStream(partial, { flags: resumed ? 'a' : 'w' }),
    );
  } catch (error) {
    throw new FetchError(`download of ${url} interrupted: ${(error as Error).message}`);
  } finally {
    clearTimeout(idle);
  }
  bar.finish();
  await rename(partial, dest);
}

/** GET a small JSON document. */
export async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new FetchError(`cannot reach ${url}: ${(error as Error).cause ?? (error as Error).message}`);
  }
  if (!response.ok) throw new FetchError(`GET ${url}: HTTP ${response.status}`);
  return response.json();
}
