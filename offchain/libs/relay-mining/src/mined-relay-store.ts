/**
 * The mined relays of one (session, model), kept until the claim settles, on disk so that they
 * survive a restart (docs/relay-mining.md, "Mining (supplier side)").
 *
 * Values go to an append-only log, `<dir>/<session>-<model>.leaves`; memory holds only what the
 * claim needs for every leaf: key (32 B), weight (8 B) and log offset (8 B), in typed arrays that
 * double as they fill, plus an open-addressing index over the keys (4 B a slot, at most half full)
 * that rejects replays. About 60 B a relay, against the ~400 B value that stays on disk.
 *
 * Log: the 8-byte magic "SIBYLML1", then records of
 *   le32(value length) ‖ key[32] ‖ le64(weight) ‖ value ‖ le32(crc32 of the preceding bytes)
 * Records are written from a buffer every `syncEveryRecords` records or `syncEveryMs`, then
 * fdatasync'ed off the event loop. A relay is durable once a later {@link MinedRelayStore.flush}
 * resolves; a crash loses at most the unsynced tail. On open the log is replayed and cut at the
 * first record that is incomplete or fails its checksum (a torn write).
 *
 * Claiming freezes the store ({@link MinedRelayStore.freeze}): its leaf count is written to
 * `<log>.claimed` (and synced) before the claim goes on chain, and from then on the store takes
 * no relay and its tree is the tree of those leaves alone, also after a restart. A relay that
 * ends after its session was claimed can no longer change the claimed root, which would leave the
 * claim unprovable and its supplier slashed.
 */
import { closeSync, constants, fdatasync, fstatSync, ftruncateSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import { blake2Ready, blake2b256 } from './blake2.js';
import { KEY_BYTES, SumTreeError, U64_MAX, checkWeight, leafHash } from './node-summary.js';
import { SumTree, type SumTreeOptions } from './sum-tree.js';

export interface MinedRelayStoreOptions {
  dir: string;
  session: bigint;
  model: number;
  /** Write and sync once this many records wait (default 1024). */
  syncEveryRecords?: number;
  /** ... or once the oldest waiting record is this old (default 200 ms). */
  syncEveryMs?: number;
}

/** Leaf values are relay leaves of a few hundred bytes; anything near this is corruption. */
export const MAX_VALUE_BYTES = 1 << 20;

const MAGIC = new TextEncoder().encode('SIBYLML1');
const RECORD_HEAD = 4 + KEY_BYTES + 8;
const RECORD_OVERHEAD = RECORD_HEAD + 4;
const READ_CHUNK = 4 << 20;
const INITIAL_CAPACITY = 1024;
const PENDING_BYTES = 1 << 20;
const fdatasyncAsync = promisify(fdatasync);

export function minedRelayLogPath(dir: string, session: bigint, model: number): string {
  return join(dir, `${session}-${model}.leaves`);
}

/** Where a store's claimed leaf count is kept once it is frozen. */
function claimedPath(logPath: string): string {
  return `${logPath}.claimed`;
}

export class MinedRelayStore {
  readonly path: string;
  /** Bytes cut from the end of the log on open (a record torn by a crash); 0 normally. */
  readonly recoveredBytes: number;

  private fd: number;
  private count = 0;
  private weightTotal = 0n;
  private capacity = INITIAL_CAPACITY;
  private keys = new Uint8Array(INITIAL_CAPACITY * KEY_BYTES);
  private weights = new BigUint64Array(INITIAL_CAPACITY);
  /** Log position of each record. */
  private offsets = new Float64Array(INITIAL_CAPACITY);
  /** Open addressing over leaf indices: slot holds index + 1, 0 is free; kept at most half full. */
  private slots = new Uint32Array(2 * INITIAL_CAPACITY);

  /** Records not yet written; they start at log position `written`. */
  private pending = Buffer.allocUnsafe(PENDING_BYTES);
  private pendingBytes = 0;
  private pendingRecords = 0;
  private written: number;
  private timer: NodeJS.Timeout | undefined;
  /** A sync queued behind the running one: every write before it starts is covered by it. */
  private queuedSync: Promise<void> | undefined;
  private syncTail: Promise<void> = Promise.resolve();
  private failure: Error | undefined;
  private closed = false;
  /** Leaves in the claim, once frozen. */
  private claimed: number | undefined;

  private readonly syncEveryRecords: number;
  private readonly syncEveryMs: number;

  private constructor(options: MinedRelayStoreOptions) {
    this.syncEveryRecords = options.syncEveryRecords ?? 1024;
    this.syncEveryMs = options.syncEveryMs ?? 200;
    mkdirSync(options.dir, { recursive: true });
    this.path = minedRelayLogPath(options.dir, options.session, options.model);
    this.fd = openSync(this.path, constants.O_RDWR | constants.O_CREAT, 0o644);
    try {
      const size = fstatSync(this.fd).size;
      if (size < MAGIC.length) {
        // New, or a crash tore the header: nothing was logged yet.
        ftruncateSync(this.fd, 0);
        writeSync(this.fd, MAGIC, 0, MAGIC.length, 0);
        fsyncSync(this.fd);
        this.written = MAGIC.length;
        this.recoveredBytes = size;
      } else {
        const end = this.replay(size);
        this.recoveredBytes = size - end;
        if (end < size) {
          ftruncateSync(this.fd, end);
          fsyncSync(this.fd);
        }
        this.written = end;
      }
    } catch (error) {
      closeSync(this.fd);
      throw error;
    }
    try {
      const marker = JSON.parse(readFileSync(claimedPath(this.path), 'utf8')) as { count: number };
      if (Number.isSafeInteger(marker.count) && marker.count >= 0) this.claimed = marker.count;
    } catch {
      // Not claimed yet.
    }
  }

  /** Opens (or creates) the store of (session, model) and replays its log. */
  static async open(options: MinedRelayStoreOptions): Promise<MinedRelayStore> {
    await blake2Ready();
    return new MinedRelayStore(options);
  }

  /** Deletes the log of (session, model) once its claim has settled. */
  static discard(dir: string, session: bigint, model: number): void {
    const path = minedRelayLogPath(dir, session, model);
    rmSync(path, { force: true });
    rmSync(claimedPath(path), { force: true });
  }

  get size(): number {
    return this.count;
  }

  /** Whether the store was claimed and takes no more relays. */
  get frozen(): boolean {
    return this.claimed !== undefined;
  }

  /** The leaves its claim covers: all of them until frozen. */
  get claimedSize(): number {
    return Math.min(this.claimed ?? this.count, this.count);
  }

  /**
   * Freezes the store at its current leaves, durably, before its root is claimed: from now on
   * {@link add} refuses relays and {@link buildTree} covers exactly these leaves, also after a
   * restart. Freezing a frozen store changes nothing.
   */
  async freeze(): Promise<void> {
    if (this.claimed !== undefined) return;
    await this.flush();
    const count = this.count;
    const path = claimedPath(this.path);
    const fd = openSync(`${path}.tmp`, 'w', 0o644);
    try {
      writeSync(fd, JSON.stringify({ count }));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(`${path}.tmp`, path);
    this.claimed = count;
  }

  /** The CU sum of every leaf, the claim's sum. */
  get totalWeight(): bigint {
    return this.weightTotal;
  }

  /** Bytes this store holds in memory (its arrays at their current capacity and the write buffer). */
  get memoryBytes(): number {
    return this.keys.byteLength + this.weights.byteLength + this.offsets.byteLength + this.slots.byteLength + this.pending.byteLength;
  }

  has(key: Uint8Array): boolean {
    return key.length === KEY_BYTES && this.findSlot(key, 0)[1] !== -1;
  }

  /**
   * Adds a mined relay. Returns false, storing nothing, when `key` is already in (a replay) or
   * the store is frozen (claimed).
   * Throws SumTreeError on a bad key or weight or when the sum would leave u64.
   */
  add(key: Uint8Array, weight: bigint, value: Uint8Array): boolean {
    this.checkUsable();
    if (this.claimed !== undefined) return false;
    if (key.length !== KEY_BYTES) throw new SumTreeError('bad-key', `a key is ${KEY_BYTES} bytes, not ${key.length}`);
    checkWeight(weight);
    if (value.length > MAX_VALUE_BYTES) throw new RangeError(`a leaf value is at most ${MAX_VALUE_BYTES} bytes`);
    if (this.weightTotal + weight > U64_MAX) throw new SumTreeError('sum-overflow', 'the claim would sum past u64');
    const [slot, found] = this.findSlot(key, 0);
    if (found !== -1) return false;

    const index = this.count;
    if (index === this.capacity) this.grow();
    this.keys.set(key, index * KEY_BYTES);
    this.weights[index] = weight;
    this.offsets[index] = this.written + this.pendingBytes;
    this.slots[slot] = index + 1;
    this.count = index + 1;
    this.weightTotal += weight;
    this.appendRecord(key, weight, value);
    if (2 * this.count > this.slots.length) this.rehash(2 * this.slots.length);

    if (this.pendingRecords >= this.syncEveryRecords) this.writeAndSync();
    else this.timer ??= setTimeout(() => this.writeAndSync(), this.syncEveryMs).unref();
    return true;
  }

  /** Writes everything added so far and resolves once it is on disk. */
  async flush(): Promise<void> {
    this.checkUsable();
    this.writePending();
    await this.sync();
    if (this.failure) throw this.failure;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.flush();
    } finally {
      clearTimeout(this.timer);
      this.closed = true;
      closeSync(this.fd);
    }
  }

  /** Closes the store and deletes its log: the claim has settled. */
  async discard(): Promise<void> {
    if (!this.closed) {
      clearTimeout(this.timer);
      this.closed = true;
      await this.syncTail;
      closeSync(this.fd);
    }
    rmSync(this.path, { force: true });
    rmSync(claimedPath(this.path), { force: true });
  }

  /**
   * Builds the claim's tree over every leaf added so far (or, once frozen, over the leaves the
   * claim covers): reads the log once to hash the values, then {@link SumTree.build}. Proofs read their leaf's value back from the log, so keep the log
   * until the proofs are in. Throws 'empty-claim' never: an empty store gives the empty root.
   */
  buildTree(options: SumTreeOptions = {}): SumTree {
    this.checkUsable();
    this.writePending();
    const size = this.claimedSize;
    // Views, not copies: entries below `size` never change, and growing replaces the arrays.
    const keys = this.keys.subarray(0, size * KEY_BYTES);
    const weights = this.weights.subarray(0, size);
    const total = this.count;
    const offsets = this.offsets.subarray(0, total);
    const end = this.written;
    const leafHashes = new Uint8Array(size * KEY_BYTES);
    this.scanValues(size, (index, value) => leafHashes.set(leafHash(keys, blake2b256(value), weights[index]!, index * KEY_BYTES), index * KEY_BYTES));
    const path = this.path;
    const readValue = (index: number): Uint8Array => {
      const start = offsets[index]!;
      const length = (index + 1 < total ? offsets[index + 1]! : end) - start - RECORD_OVERHEAD;
      const value = new Uint8Array(length);
      const fd = openSync(path, 'r');
      try {
        if (readSync(fd, value, 0, length, start + RECORD_HEAD) !== length) throw new Error(`${path}: leaf ${index} is cut short`);
      } finally {
        closeSync(fd);
      }
      return value;
    };
    return SumTree.build({ size, keys, weights, leafHashes, readValue }, options);
  }

  private checkUsable(): void {
    if (this.closed) throw new Error(`${this.path}: the store is closed`);
    if (this.failure) throw this.failure;
  }

  /** [slot, index]: the slot holding `key` and its leaf index, or the free slot it would take and -1. */
  private findSlot(key: Uint8Array, keyOffset: number): [number, number] {
    const { slots, keys } = this;
    const mask = slots.length - 1;
    for (let slot = hashKey(key, keyOffset) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry === 0) return [slot, -1];
      const base = (entry - 1) * KEY_BYTES;
      let same = true;
      for (let b = 0; b < KEY_BYTES; b++) {
        if (keys[base + b] !== key[keyOffset + b]) {
          same = false;
          break;
        }
      }
      if (same) return [slot, entry - 1];
    }
  }

  private rehash(slotCount: number): void {
    this.slots = new Uint32Array(slotCount);
    const mask = slotCount - 1;
    for (let index = 0; index < this.count; index++) {
      let slot = hashKey(this.keys, index * KEY_BYTES) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = index + 1;
    }
  }

  private grow(): void {
    this.capacity *= 2;
    const keys = new Uint8Array(this.capacity * KEY_BYTES);
    keys.set(this.keys);
    this.keys = keys;
    const weights = new BigUint64Array(this.capacity);
    weights.set(this.weights);
    this.weights = weights;
    const offsets = new Float64Array(this.capacity);
    offsets.set(this.offsets);
    this.offsets = offsets;
  }

  private appendRecord(key: Uint8Array, weight: bigint, value: Uint8Array): void {
    const size = RECORD_OVERHEAD + value.length;
    if (this.pendingBytes + size > this.pending.length) {
      const bigger = Buffer.allocUnsafe(Math.max(2 * this.pending.length, this.pendingBytes + size));
      this.pending.copy(bigger, 0, 0, this.pendingBytes);
      this.pending = bigger;
    }
    const buf = this.pending;
    const start = this.pendingBytes;
    buf.writeUInt32LE(value.length, start);
    buf.set(key, start + 4);
    buf.writeBigUInt64LE(weight, start + 4 + KEY_BYTES);
    buf.set(value, start + RECORD_HEAD);
    buf.writeUInt32LE(crc32(buf.subarray(start, start + RECORD_HEAD + value.length)), start + RECORD_HEAD + value.length);
    this.pendingBytes += size;
    this.pendingRecords++;
  }

  private writeAndSync(): void {
    try {
      this.writePending();
    } catch (error) {
      this.failure ??= error as Error;
      return;
    }
    this.sync().catch(() => undefined);
  }

  /** Hands the buffered records to the kernel (page cache: survives a crash of this process). */
  private writePending(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    let done = 0;
    while (done < this.pendingBytes) done += writeSync(this.fd, this.pending, done, this.pendingBytes - done, this.written + done);
    this.written += this.pendingBytes;
    this.pendingBytes = 0;
    this.pendingRecords = 0;
    if (this.pending.length > PENDING_BYTES) this.pending = Buffer.allocUnsafe(PENDING_BYTES);
  }

  /** fdatasync on the libuv pool, so the event loop never waits on the disk; one at a time. */
  private sync(): Promise<void> {
    if (this.queuedSync) return this.queuedSync;
    const fd = this.fd;
    const run = this.syncTail.then(() => {
      this.queuedSync = undefined;
      return fdatasyncAsync(fd);
    });
    this.queuedSync = run;
    this.syncTail = run.catch((error: Error) => {
      this.failure ??= error;
    });
    return run;
  }

  /**
   * Replays the log into memory; returns where the valid records end. Stops at the first record
   * that is cut short, fails its checksum, or breaks an invariant add() keeps.
   */
  private replay(fileSize: number): number {
    const magic = new Uint8Array(MAGIC.length);
    readSync(this.fd, magic, 0, MAGIC.length, 0);
    if (!magic.every((b, i) => b === MAGIC[i])) throw new Error(`${this.path} is not a mined-relay log`);
    const reader = new LogReader(this.fd, fileSize);
    let at = MAGIC.length;
    for (;;) {
      const head = reader.view(at, RECORD_HEAD);
      if (!head) return at;
      const length = head.readUInt32LE(0);
      if (length > MAX_VALUE_BYTES) return at;
      const record = reader.view(at, RECORD_OVERHEAD + length);
      if (!record) return at;
      if (crc32(record.subarray(0, RECORD_HEAD + length)) !== record.readUInt32LE(RECORD_HEAD + length)) return at;
      const weight = record.readBigUInt64LE(4 + KEY_BYTES);
      if (weight < 1n || this.weightTotal + weight > U64_MAX) return at;
      const key = record.subarray(4, 4 + KEY_BYTES);
      const [slot, found] = this.findSlot(key, 0);
      if (found !== -1) return at;
      const index = this.count;
      if (index === this.capacity) this.grow();
      this.keys.set(key, index * KEY_BYTES);
      this.weights[index] = weight;
      this.offsets[index] = at;
      this.slots[slot] = index + 1;
      this.count = index + 1;
      this.weightTotal += weight;
      if (2 * this.count > this.slots.length) this.rehash(2 * this.slots.length);
      at += RECORD_OVERHEAD + length;
    }
  }

  /** Calls `visit` with each of the first `size` records' values, reading the log in order. */
  private scanValues(size: number, visit: (index: number, value: Uint8Array) => void): void {
    const reader = new LogReader(this.fd, this.written);
    for (let index = 0; index < size; index++) {
      const at = this.offsets[index]!;
      const head = reader.view(at, RECORD_HEAD);
      if (!head) throw new Error(`${this.path}: leaf ${index} is missing`);
      const length = head.readUInt32LE(0);
      const record = reader.view(at, RECORD_HEAD + length);
      if (!record) throw new Error(`${this.path}: leaf ${index} is cut short`);
      visit(index, record.subarray(RECORD_HEAD));
    }
  }
}

/** Sequential reads of a log through a large buffer; `view` re-reads when a range is not in it. */
class LogReader {
  private buf = Buffer.allocUnsafe(READ_CHUNK);
  private start = 0;
  private length = 0;

  constructor(
    private readonly fd: number,
    private readonly end: number,
  ) {}

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

/** Mixes all 32 key bytes: mined keys share their leading bits and tests use patterned keys. */
function hashKey(key: Uint8Array, offset: number): number {
  let h = 0x811c9dc5;
  for (let i = offset; i < offset + KEY_BYTES; i += 4) {
    const word = key[i]! | (key[i + 1]! << 8) | (key[i + 2]! << 16) | (key[i + 3]! << 24);
    h = Math.imul(h ^ word, 0x9e3779b1);
    h ^= h >>> 15;
  }
  return h >>> 0;
}
