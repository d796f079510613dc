import { afterEach, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { secretUriFor } from './accounts.js';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

test('a secret URI comes from the flag, then the variable, then the file the _FILE variable names', () => {
  delete process.env.SIBYL_SUPPLIER_SURI;
  delete process.env.SIBYL_SUPPLIER_SURI_FILE;
  expect(() => secretUriFor('supplier')).toThrow('pass --suri, or set SIBYL_SUPPLIER_SURI or SIBYL_SUPPLIER_SURI_FILE');
  const file = join(mkdtempSync(join(tmpdir(), 'sibyl-suri-')), 'supplier.suri');
  writeFileSync(file, '//Bob\n', { mode: 0o600 });
  process.env.SIBYL_SUPPLIER_SURI_FILE = file;
  expect(secretUriFor('supplier')).toBe('//Bob');
  process.env.SIBYL_SUPPLIER_SURI = '//Ferdie';
  expect(secretUriFor('supplier')).toBe('//Ferdie');
  expect(secretUriFor('supplier', '//Eve')).toBe('//Eve');
});

test('a key file others may read, or an empty one, is refused', () => {
  delete process.env.SIBYL_GATEWAY_SURI;
  const dir = mkdtempSync(join(tmpdir(), 'sibyl-suri-'));
  const open = join(dir, 'open.suri');
  writeFileSync(open, '//Charlie', { mode: 0o644 });
  process.env.SIBYL_GATEWAY_SURI_FILE = open;
  expect(() => secretUriFor('gateway')).toThrow('chmod 600');
  const empty = join(dir, 'empty.suri');
  writeFileSync(empty, '\n', { mode: 0o600 });
  process.env.SIBYL_GATEWAY_SURI_FILE = empty;
  expect(() => secretUriFor('gateway')).toThrow('is empty');
});
