/**
 * Jest environment for tests that run ONNX Runtime's native addon (onnxruntime-node). Jest gives
 * each test file its own JavaScript realm, with its own `Float32Array` and friends; the addon
 * creates its output arrays in Node's main realm, and onnxruntime-common then rejects them
 * (`A float32 tensor's data must be type of function Float32Array()`). Sharing the main realm's
 * typed-array constructors with the test realm makes both sides agree. Select it with a
 * `@jest-environment` docblock in the test file.
 */
import { TestEnvironment } from 'jest-environment-node';

const TYPED_ARRAYS = [
  'Int8Array',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int16Array',
  'Uint16Array',
  'Int32Array',
  'Uint32Array',
  'Float32Array',
  'Float64Array',
  'BigInt64Array',
  'BigUint64Array',
];

export default class NativeArraysEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of TYPED_ARRAYS) this.global[name] = globalThis[name];
  }
}
