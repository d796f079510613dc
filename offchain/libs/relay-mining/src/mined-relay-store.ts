/**
 * The mined relays of one (session, model), kept until the claim settles, on disk so that they
 * survive a restart (docs/relay-mining.md, "Mining (supplier side)").
 *
 * Values go to an append-only log, `<dir>/<session>-<model>.leaves`; memory holds only what the
 * claim needs for every leaf: key (32 B) and weight (4 B: its high half, never used by relays,
 * in a map), in segments that are appended, never copied (leaf-columns.ts), the log position of
 * every 16th record (0.5 B a relay: the others are found by walking from it, relay-log.ts), and
 * an open-addressing index over the keys (4 B a slot, at most half full) that rejects replays.
 * About 45 B a relay, against the ~400 B value that stays on disk.
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
import { blake2Ready } from './blake2.js';
import { LeafColumns, keyOffset } from './leaf-columns.js';
import { KEY_BYTES, SumTreeError, U64_MAX, checkWeight } from './node-summary.js';
import { CHECKPOINT_STRIDE, LogReader, RECORD_HEAD, RECORD_OVERHEAD, readRecords, scanRecords, type LogIndex } from './relay-log.js';
import { SumTree, defaultBatchLeaves, type LeafSet, type SumTreeOptions } from './sum-tree.js';
import { BATCH_LEAF_BYTES } from './tree-builder.js';

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
/** Reads of the whole log (replay, building a tree) go through a buffer this large. */
const READ_CHUNK = 256 << 10;
/** A proof's reads of single records: a checkpoint's stride of relay-sized records. */
const RECORD_READ_CHUNK = 8 << 10;
const INITIAL_SLOTS = 2048;
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
  /** Every leaf's key and weight. */
  private readonly columns = new LeafColumns();
  /** Log position of records 0, 16, 32, … (relay-log.ts walks to the ones between). */
  private checkpoints = new Float64Array(INITIAL_SLOTS / CHECKPOINT_STRIDE);
  /**
   * The replay index: open addressing over leaf indices, a slot holds index + 1, 0 is free; kept
   * at most half full. Dropped while a tree is built (8 MB at a million relays, of no use to the
   * build) and rebuilt by the next {@link add} or {@link has}; a claimed store never needs it again.
   */
  private slots: Uint32Array | undefined = new Uint32Array(INITIAL_SLOTS);
  /** The dropped index's memory, lent to the build and reused when the index is rebuilt. */
  private spareSlots: ArrayBufferLike | undefined;

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
    const index = this.slots ?? this.spareSlots;
    return this.columns.memoryBytes + this.checkpoints.byteLength + (index?.byteLength ?? 0) + this.pending.byteLength;
  }

  has(key: Uint8Array): boolean {
    if (key.length !== KEY_BYTES) return false;
    const slots = this.replayIndex();
    return slots[findSlot(slots, this.columns, key)] !== 0;
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
    const total = this.weightTotal + weight;
    if (total > U64_MAX) throw new SumTreeError('sum-overflow', 'the claim would sum past u64');
    const slots = this.replayIndex();
    const slot = findSlot(slots, this.columns, key);
    if (slots[slot] !== 0) return false;

    this.append(slots, slot, key, weight, total, this.written + this.pendingBytes);
    this.appendRecord(key, weight, value);

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
   * claim covers) with {@link SumTree.build}, which reads the log a few times in order to hash
   * the values (a batch of leaves a pass). Proofs read values back from the log, so keep the log
   * until the proofs are in. Throws 'empty-claim' never: an empty store gives the empty root.
   */
  buildTree(options: SumTreeOptions = {}): SumTree {
    this.checkUsable();
    this.writePending();
    // The replay index is of no use to the build: its memory holds the build's batches instead
    // (as many leaves as fit, fewer passes over the log), and it is rebuilt when next needed.
    if (this.slots) this.spareSlots = this.slots.buffer;
    this.slots = undefined;
    const scratch = this.spareSlots;
    const batchLeaves = Math.max(defaultBatchLeaves(this.claimedSize), Math.floor((scratch?.byteLength ?? 0) / BATCH_LEAF_BYTES));
    const tree = SumTree.build({ ...this.leafSet(), scratch }, { batchLeaves, ...options });
    // A claimed store takes no relay: let its index's memory go for good.
    if (this.frozen) this.spareSlots = undefined;
    return tree;
  }

  /**
   * The claimed leaves as the tree reads them. Views, not copies: entries below `size` never
   * change and growing replaces the arrays, so a tree stays valid while the store grows or after
   * it is closed (it reads the log by path).
   */
  private leafSet(): LeafSet {
    const size = this.claimedSize;
    const index: LogIndex = { path: this.path, end: this.written, checkpoints: this.checkpoints.subarray(0, Math.ceil(size / CHECKPOINT_STRIDE)) };
    return {
      size,
      columns: this.columns,
      scanValues: (use) => {
        this.checkUsable();
        const reader = new LogReader(this.fd, index.end, READ_CHUNK);
        return use((wanted, visit) => scanRecords(reader, index, wanted, visit));
      },
      readValues: (use) => readRecords(index, size, RECORD_READ_CHUNK, use),
    };
  }

  /**
   * Takes the record at log position `at` into memory as leaf `count`: key, weight, checkpoint,
   * replay slot (the free one {@link findSlot} gave in `slots`); `total` is the new total weight.
   */
  private append(slots: Uint32Array, slot: number, key: Uint8Array, weight: bigint, total: bigint, at: number): void {
    const index = this.columns.push(key, weight);
    if (index % CHECKPOINT_STRIDE === 0) this.addCheckpoint(index / CHECKPOINT_STRIDE, at);
    slots[slot] = index + 1;
    this.count = index + 1;
    this.weightTotal = total;
    if (2 * this.count > slots.length) this.slots = this.indexed(2 * slots.length);
  }

  private checkUsable(): void {
    if (this.closed) throw new Error(`${this.path}: the store is closed`);
    if (this.failure) throw this.failure;
  }

  /** The replay index, rebuilt (in the memory it had, if that is big enough) if a tree build dropped it. */
  private replayIndex(): Uint32Array {
    if (!this.slots) {
      let slotCount = INITIAL_SLOTS;
      while (2 * this.count > slotCount) slotCount *= 2;
      const spare = this.spareSlots;
      this.spareSlots = undefined;
      this.slots = this.indexed(slotCount, spare && spare.byteLength >= 4 * slotCount ? new Uint32Array(spare, 0, slotCount).fill(0) : undefined);
    }
    return this.slots;
  }

  /** A replay index of `slotCount` slots (a power of two, more than twice the leaves) over every leaf, in `slots` if given (zeroed). */
  private indexed(slotCount: number, slots: Uint32Array = new Uint32Array(slotCount)): Uint32Array {
    const mask = slotCount - 1;
    for (let index = 0; index < this.count; index++) {
      let slot = hashKey(this.columns.keySegment(index), keyOffset(index)) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
    }
    return slots;
  }

  /** Checkpoints double as they fill: 0.5 B a relay, so their copies are small. */
  private addCheckpoint(checkpoint: number, at: number): void {
    if (checkpoint === this.checkpoints.length) {
      const bigger = new Float64Array(2 * this.checkpoints.length);
      bigger.set(this.checkpoints);
      this.checkpoints = bigger;
    }
    this.checkpoints[checkpoint] = at;
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
    const reader = new LogReader(this.fd, fileSize, READ_CHUNK);
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
      const total = this.weightTotal + weight;
      if (weight < 1n || total > U64_MAX) return at;
      const key = record.subarray(4, 4 + KEY_BYTES);
      const slots = this.replayIndex();
      const slot = findSlot(slots, this.columns, key);
      if (slots[slot] !== 0) return at;
      this.append(slots, slot, key, weight, total, at);
      at += RECORD_OVERHEAD + length;
    }
  }
}

/** The slot of replay index `slots` holding `key` (its leaf index + 1), or the free slot (0) it would take. */
function findSlot(slots: Uint32Array, columns: LeafColumns, key: Uint8Array): number {
  const mask = slots.length - 1;
  for (let slot = hashKey(key, 0) & mask; ; slot = (slot + 1) & mask) {
    const entry = slots[slot]!;
    if (entry === 0 || columns.sameKey(entry - 1, key)) return slot;
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
