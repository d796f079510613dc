/** Reading Python wheels (zip files): the metadata's requirements and the data files inside. */
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

export interface WheelEntry {
  /** Path inside the wheel. */
  name: string;
  size: number;
}

export interface WheelContents {
  entries: WheelEntry[];
  /** `Requires-Dist` names and pinned versions, markers for extras dropped. */
  requires: { name: string; version?: string }[];
}

function open(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (err, zip) => (err ? reject(err) : resolve(zip))),
  );
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<NodeJS.ReadableStream> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream))),
  );
}

async function forEachEntry(path: string, visit: (zip: yauzl.ZipFile, entry: yauzl.Entry) => Promise<boolean | void>): Promise<void> {
  const zip = await open(path);
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        visit(zip, entry).then((stop) => (stop ? resolve() : zip.readEntry()), reject);
      });
      zip.on('end', () => resolve());
      zip.on('error', reject);
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}

/** Parses `Requires-Dist: name (==1.0)` / `name==1.0; marker` lines of a wheel's METADATA. */
export function parseRequiresDist(metadata: string): { name: string; version?: string }[] {
  const out: { name: string; version?: string }[] = [];
  for (const line of metadata.split(/\r?\n/)) {
    if (line === '') break; // headers end at the first blank line; the description follows
    const m = /^Requires-Dist:\s*([A-Za-z0-9._-]+)\s*(?:\[[^\]]*\])?\s*\(?\s*(?:==\s*([^\s,;)]+))?[^;]*(?:;\s*(.*))?$/.exec(line);
    if (!m) continue;
    if (m[3] && /extra\s*==/.test(m[3])) continue;
    out.push(m[2] ? { name: m[1]!, version: m[2] } : { name: m[1]! });
  }
  return out;
}

export async function readWheel(path: string): Promise<WheelContents> {
  const entries: WheelEntry[] = [];
  let metadata = '';
  await forEachEntry(path, async (zip, entry) => {
    if (entry.fileName.endsWith('/')) return;
    entries.push({ name: entry.fileName, size: entry.uncompressedSize });
    if (/^[^/]+\.dist-info\/METADATA$/.test(entry.fileName)) {
      const chunks: Buffer[] = [];
      for await (const c of (await readEntry(zip, entry)) as AsyncIterable<Buffer>) chunks.push(c);
      metadata = Buffer.concat(chunks).toString('utf8');
    }
  });
  return { entries, requires: parseRequiresDist(metadata) };
}

/** Streams one file of a wheel to `dest` (appending if `append`). */
export async function extractEntry(path: string, name: string, dest: string, append = false, onBytes?: (n: number) => void): Promise<void> {
  let found = false;
  await forEachEntry(path, async (zip, entry) => {
    if (entry.fileName !== name) return false;
    found = true;
    const stream = await readEntry(zip, entry);
    if (onBytes) stream.on('data', (c: Buffer) => onBytes(c.length));
    await pipeline(stream, createWriteStream(dest, { flags: append ? 'a' : 'w' }));
    return true;
  });
  if (!found) throw new Error(`${name} not found in ${path}`);
}
