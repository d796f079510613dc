import { expect, test } from '@jest/globals';
import { LlamaDistRng } from './llama-dist-rng.js';

// Reference: g++ (libstdc++) `std::uniform_real_distribution<double>(0, 1)` over `std::mt19937(seed)`,
// printed with %.17g: the draws llama.cpp's dist sampler makes.
const REFERENCE: Record<number, number[]> = {
  0: [0.59284461651668263, 0.84426574425659828, 0.85794561998982988, 0.84725173738433124, 0.62356369649610832],
  7: [0.22733907496470684, 0.31897222781086315, 0.97822289621420422, 0.45558490783988154, 0.30801276722410448],
  42: [0.79654298428784598, 0.18343478789336848, 0.77969099761266125, 0.59685016158005655, 0.44583275754843343],
  4294967294: [0.10184899170898529, 0.94789751258733013, 0.82893340139475558, 0.37232930669741121, 0.5176980985702806],
};

test('reproduces libstdc++ mt19937 + uniform_real_distribution<double> bit for bit', () => {
  for (const [seed, draws] of Object.entries(REFERENCE)) {
    const rng = new LlamaDistRng(Number(seed));
    expect(draws.map(() => rng.next())).toEqual(draws);
  }
});

test('stays exact past the state refills (the 1000th draw of seed 7)', () => {
  const rng = new LlamaDistRng(7);
  let u = 0;
  for (let i = 0; i < 1000; i++) u = rng.next();
  expect(u).toBe(0.28714774619239586);
});

test('refuses seeds that are not u32', () => {
  expect(() => new LlamaDistRng(-1)).toThrow(RangeError);
  expect(() => new LlamaDistRng(2 ** 32)).toThrow(RangeError);
});
