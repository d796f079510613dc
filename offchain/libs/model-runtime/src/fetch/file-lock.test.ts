import { expect, test } from '@jest/globals';
import { mkdtempSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withFileLock } from './file-lock.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test('holders of one lock file run one at a time, and the lock is gone after', async () => {
  const lock = join(mkdtempSync(join(tmpdir(), 'sibyl-lock-')), 'model.gguf.lock');
  const order: string[] = [];
  let waits = 0;
  const holder = (name: string) =>
    withFileLock(
      lock,
      async () => {
        order.push(`${name}+`);
        await sleep(50);
        order.push(`${name}-`);
      },
      { pollMs: 10, onWait: () => waits++ },
    );
  await Promise.all([holder('a'), holder('b'), holder('c')]);
  expect(order).toHaveLength(6);
  for (let i = 0; i < 6; i += 2) expect(order[i]!.slice(0, 1)).toBe(order[i + 1]!.slice(0, 1));
  expect(waits).toBeGreaterThanOrEqual(2);
  expect(existsSync(lock)).toBe(false);
});

test('a lock its holder left behind (untouched past staleMs) is taken over', async () => {
  const lock = join(mkdtempSync(join(tmpdir(), 'sibyl-lock-')), 'model.gguf.lock');
  writeFileSync(lock, '');
  const old = new Date(Date.now() - 10_000);
  utimesSync(lock, old, old);
  const result = await withFileLock(lock, async () => 'ran', { staleMs: 1_000, pollMs: 10 });
  expect(result).toBe('ran');
});
