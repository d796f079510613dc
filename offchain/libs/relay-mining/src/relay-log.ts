/**
 * Reading a mined-relay log (its format is in mined-relay-store.ts): records are walked from a
 * known position, since memory keeps the position of only every {@link CHECKPOINT_STRIDE}th one.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { KEY_BYTES } from './node-summary.js';

/** le32(value length) ‖ key[32] ‖ le64(weight), then the value, then le32(crc32). */
export const RECORD_HEAD = 4 + KEY_BYTES + 8;
export const RECORD_OVERHEAD = RECORD_HEAD + 4;
/** Memory keeps the log position of records 0, 16, 32, …: 0.5 B a relay instead of 8. */
export const CHECKPOINT_STRIDE = 16;

/** Sequential reads of a log through a buffer; `view` re-reads when a range is not in it. */
export class LogReader {
  private buf: Buffer;
  private start = 0;
  private length = 0;

  constructor(
    private readonly fd: number,
    private readonly end: number,
    chunkBytes: number,
  ) {
    this.buf = Buffer.allocUnsafe(chunkBytes);
  }

  /** Bytes [at, at + n) of the log, or undefined when the log ends first. Valid until the next call. */
  view(at: number, n: number): Buffer | undefined {
    if (at + n > this.end) return undefined;
    if (at < this.start || at + n > this.start + this.length) {
      if (n > this.buf.length) this.buf = Buffer.allocUnsafe(n);
      const want = Math.min(this.buf.length, this.end - at);
      let got = 0;
      while (got < want) {
        const read = readSync(this.fd, this.buf, got, want - got, at + got);
        if (read === 0) break;
        got += read;
      }
      this.start = at;
      this.length = got;
      if (got < n) return undefined;
    }
    return this.buf.subarray(at - this.start, at - this.start + n);
  }
}

/** The records of a log below `end` whose positions every {@link CHECKPOINT_STRIDE}th one of `checkpoints` gives. */
export interface LogIndex {
  readonly path: string;
  readonly end: number;
  /** checkpoints[j] = log position of record j · CHECKPOINT_STRIDE. */
  readonly checkpoints: Float64Array;
}

/**
 * Walks `reader` from record `from` at log position `at` to record `to` (`from` ≤ `to`); returns
 * the position of record `to`.
 */
function skipRecords(reader: LogReader, path: string, from: number, at: number, to: number): number {
  for (let index = from; index < to; index++) at += RECORD_OVERHEAD + valueLength(reader, path, index, at);
  return at;
}

/** The value length in the head of record `index`, at `at`. */
function valueLength(reader: LogReader, path: string, index: number, at: number): number {
  const head = reader.view(at, RECORD_HEAD);
  if (!head) throw new Error(`${path}: leaf ${index} is missing`);
  return head.readUInt32LE(0);
}

/** The value of record `index`, viewed in `reader` (valid until its next read). */
function viewValue(reader: LogReader, path: string, index: number, at: number): Buffer {
  const length = valueLength(reader, path, index, at);
  const record = reader.view(at, RECORD_HEAD + length);
  if (!record) throw new Error(`${path}: leaf ${index} is cut short`);
  return record.subarray(RECORD_HEAD);
}

/** Calls `visit` with the values of the records in `wanted` (ascending), skipping the others. */
export function scanRecords(reader: LogReader, index: LogIndex, wanted: Uint32Array, visit: (index: number, value: Uint8Array) => void): void {
  let current = 0;
  let at = index.checkpoints[0] ?? index.end;
  for (const want of wanted) {
    if (want < current) throw new RangeError(`leaf ${want} wanted after leaf ${current}`);
    // Jump ahead by checkpoint when the wanted record is past the next one.
    const checkpoint = Math.floor(want / CHECKPOINT_STRIDE);
    if (checkpoint * CHECKPOINT_STRIDE > current) {
      current = checkpoint * CHECKPOINT_STRIDE;
      at = checkpointAt(index, checkpoint);
    }
    at = skipRecords(reader, index.path, current, at, want);
    current = want;
    visit(want, viewValue(reader, index.path, want, at));
  }
}

/**
 * Runs `use` with a reader of single records' values (copies), the log opened by path for it
 * (so it works after the store is closed): each read walks from the record's checkpoint.
 */
export function readRecords<T>(index: LogIndex, size: number, chunkBytes: number, use: (read: (leaf: number) => Uint8Array) => T): T {
  const fd = openSync(index.path, 'r');
  try {
    const reader = new LogReader(fd, index.end, chunkBytes);
    return use((leaf) => {
      if (!Number.isInteger(leaf) || leaf < 0 || leaf >= size) throw new RangeError(`no leaf ${leaf} of ${size}`);
      const checkpoint = Math.floor(leaf / CHECKPOINT_STRIDE);
      const at = skipRecords(reader, index.path, checkpoint * CHECKPOINT_STRIDE, checkpointAt(index, checkpoint), leaf);
      return Uint8Array.from(viewValue(reader, index.path, leaf, at));
    });
  } finally {
    closeSync(fd);
  }
}

function checkpointAt(index: LogIndex, checkpoint: number): number {
  const at = index.checkpoints[checkpoint];
  if (at === undefined) throw new RangeError(`${index.path}: no checkpoint ${checkpoint}`);
  return at;
}
