/**
 * blake2b-256, the one hash of the sum tree, straight from @polkadot/wasm-crypto's WebAssembly
 * (the same binary, @polkadot/wasm-crypto-wasm), called through a binding of our own: about
 * 0.5 µs for a node's 97 bytes, against 6 µs for util-crypto's pure-JS blake2. The binary is
 * compiled on first use, synchronously (a few ms, once per process) unless {@link blake2Ready}
 * was awaited before, which compiles it off the event loop's critical path; it is idempotent.
 *
 * Why not @polkadot/wasm-crypto's own wrapper: it loads all of @polkadot/util (~16 MB of RSS in
 * a process that needs nothing else of it, such as the relay-miner bench's) and allocates a
 * fresh array for every digest, millions of them at claim time. {@link blake2b256Into} writes
 * the digest where the caller wants it. The calls mirror that wrapper's exactly (the binary's
 * wasm-bindgen ABI: inputs copied to `__wbindgen_malloc`ed memory, which the callee frees; the
 * result `Vec`'s pointer and length at address 8, freed with `__wbindgen_free`).
 */
import { bytes as compressedWasm } from '@polkadot/wasm-crypto-wasm/cjs/bytes';
import { inflateSync } from 'node:zlib';

const DIGEST_BYTES = 32;

/** The WebAssembly API used here (the project's TypeScript lib has no DOM types). */
type WasmModule = object;
interface WasmInstance {
  exports: object;
}
interface WebAssemblyApi {
  compile(bytes: Uint8Array): Promise<WasmModule>;
  instantiate(module: WasmModule, imports: WasmImports): Promise<WasmInstance>;
  Module: { new (bytes: Uint8Array): WasmModule; imports(module: WasmModule): { module: string; name: string }[] };
  Instance: new (module: WasmModule, imports: WasmImports) => WasmInstance;
}
type WasmImports = Record<string, Record<string, () => never>>;
const { WebAssembly: wasmApi } = globalThis as unknown as { WebAssembly: WebAssemblyApi };

/** What the binding uses of the binary's exports. */
interface WasmCrypto {
  memory: { buffer: ArrayBuffer };
  __wbindgen_malloc(size: number): number;
  __wbindgen_free(ptr: number, size: number): void;
  ext_blake2b(retptr: number, dataPtr: number, dataLen: number, keyPtr: number, keyLen: number, size: number): void;
}

/** Where the binary's exported functions leave a returned Vec's (pointer, length). */
const RETURN_AREA = 8;

let wasm: WasmCrypto | undefined;
let loading: Promise<void> | undefined;
let heap = new Uint8Array(0);
let heap32 = new Int32Array(0);

/** The binary imports randomness and a few host objects for its key generation; hashing never calls them. */
function unusedImports(module: WasmModule): WasmImports {
  const imports: WasmImports = {};
  for (const { module: name, name: field } of wasmApi.Module.imports(module)) {
    (imports[name] ??= {})[field] = () => {
      throw new Error(`blake2: the hashing binary called its import ${name}.${field}`);
    };
  }
  return imports;
}

function wasmBytes(): Uint8Array {
  return inflateSync(Buffer.from(compressedWasm, 'base64'));
}

/** The first instance made is the one used (the memory views below belong to it). */
function adopt(instance: WasmInstance): WasmCrypto {
  wasm ??= instance.exports as unknown as WasmCrypto;
  return wasm;
}

async function load(): Promise<void> {
  const module = await wasmApi.compile(wasmBytes());
  if (!wasm) adopt(await wasmApi.instantiate(module, unusedImports(module)));
}

/** Compiles the hashing binary ahead of the first hash, without blocking the event loop on it. */
export async function blake2Ready(): Promise<void> {
  if (wasm) return;
  loading ??= load();
  await loading;
}

/** The instance, compiled synchronously now if {@link blake2Ready} was not awaited. */
function crypto(): WasmCrypto {
  if (wasm) return wasm;
  const module = new wasmApi.Module(wasmBytes());
  return adopt(new wasmApi.Instance(module, unusedImports(module)));
}

/** Views of the wasm memory, renewed when it grew (growing detaches the old buffer). */
function memory(instance: WasmCrypto): Uint8Array {
  if (heap.byteLength === 0) {
    heap = new Uint8Array(instance.memory.buffer);
    heap32 = new Int32Array(instance.memory.buffer);
  }
  return heap;
}

/** Writes blake2b-256(data) to out[at, at + 32), allocating nothing on the JS heap. */
export function blake2b256Into(data: Uint8Array, out: Uint8Array, at: number): void {
  if (!Number.isInteger(at) || at < 0 || at + DIGEST_BYTES > out.length) throw new RangeError(`blake2b256: no room for a digest at ${at} of ${out.length} bytes`);
  const instance = crypto();
  const dataPtr = instance.__wbindgen_malloc(data.length);
  memory(instance).set(data, dataPtr);
  const keyPtr = instance.__wbindgen_malloc(0);
  instance.ext_blake2b(RETURN_AREA, dataPtr, data.length, keyPtr, 0, DIGEST_BYTES);
  const mem = memory(instance);
  const resultPtr = heap32[RETURN_AREA >> 2]!;
  const resultLen = heap32[(RETURN_AREA >> 2) + 1]!;
  if (resultLen !== DIGEST_BYTES) throw new Error(`blake2b256: the binary returned ${resultLen} bytes`);
  for (let i = 0; i < DIGEST_BYTES; i++) out[at + i] = mem[resultPtr + i]!;
  instance.__wbindgen_free(resultPtr, resultLen);
}

export function blake2b256(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(DIGEST_BYTES);
  blake2b256Into(data, out, 0);
  return out;
}
