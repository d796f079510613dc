/**
 * The uniform draws of llama.cpp's `dist` sampler, reproduced: `std::mt19937(seed)` read through
 * libstdc++'s `std::uniform_real_distribution<double>(0, 1)`, one draw per sampled token. With
 * the relay's seed a validator knows the number the supplier's sampler drew at every position,
 * so a sampled answer is checked token by token (see `sampling-replay.ts`).
 */

const N = 624;
const M = 397;

/** MT19937, the 32-bit Mersenne Twister exactly as `std::mt19937`. */
class Mt19937 {
  private readonly state = new Uint32Array(N);
  private index = N;

  constructor(seed: number) {
    this.state[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = this.state[i - 1]! ^ (this.state[i - 1]! >>> 30);
      // 1812433253 * prev + i, mod 2^32, without losing bits to float precision.
      this.state[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
  }

  next(): number {
    if (this.index >= N) this.twist();
    let y = this.state[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  private twist(): void {
    const s = this.state;
    for (let i = 0; i < N; i++) {
      const y = (s[i]! & 0x80000000) | (s[(i + 1) % N]! & 0x7fffffff);
      s[i] = s[(i + M) % N]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    this.index = 0;
  }
}

const TWO_32 = 2 ** 32;
const ONE_BELOW = 1 - 2 ** -53;

/** The sequence of `rnd` values llama.cpp's `dist` sampler draws for a seed. */
export class LlamaDistRng {
  private readonly mt: Mt19937;

  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed >= TWO_32) throw new RangeError(`seed ${seed} is not a u32`);
    this.mt = new Mt19937(seed);
  }

  /** The next draw in [0, 1): `std::generate_canonical<double, 53>` takes two 32-bit outputs. */
  next(): number {
    const low = this.mt.next();
    const high = this.mt.next();
    const value = (low + high * TWO_32) / (TWO_32 * TWO_32);
    return value >= 1 ? ONE_BELOW : value;
  }
}
