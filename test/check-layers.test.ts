/**
 * The layering check (scripts/check-layers.ts) on a small workspace written to a temp directory:
 * the allowed directions pass, and each kind of upward or sideways reach is named.
 */
import { expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkLayers } from '../scripts/check-layers.js';

interface FixturePackage {
  dir: string;
  name: string;
  deps?: string[];
  files: Record<string, string>;
}

function workspace(packages: FixturePackage[], loose: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'sibyl-layers-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('package.json', JSON.stringify({ workspaces: packages.map((p) => p.dir) }));
  for (const p of packages) {
    const dependencies = Object.fromEntries((p.deps ?? []).map((d) => [d, '0.1.0']));
    write(`${p.dir}/package.json`, JSON.stringify({ name: p.name, dependencies, exports: { '.': './src/index.ts' } }));
    for (const [file, text] of Object.entries(p.files)) write(`${p.dir}/${file}`, text);
  }
  for (const [file, text] of Object.entries(loose)) write(file, text);
  return root;
}

const lib = (files: Record<string, string> = { 'src/index.ts': 'export const a = 1;' }, deps?: string[]): FixturePackage => ({ dir: 'offchain/libs/wire', name: '@sibyl/wire', deps, files });
const app = (files: Record<string, string>, deps: string[] = ['@sibyl/wire']): FixturePackage => ({ dir: 'offchain/apps/server', name: '@sibyl/server', deps, files });
const tool = (files: Record<string, string>): FixturePackage => ({ dir: 'offchain/tools/net', name: '@sibyl/net', deps: ['@sibyl/server', '@sibyl/wire'], files });

test('libraries → apps → tools passes', () => {
  const root = workspace(
    [lib(), app({ 'src/index.ts': "import { a } from '@sibyl/wire';\nimport { b } from './b.js';\nexport { a, b };" , 'src/b.ts': 'export const b = 2;' }), tool({ 'src/index.ts': "import '@sibyl/server';\nimport '@sibyl/wire';" })],
    { 'bench/x.bench.ts': "import '@sibyl/net';\nimport './lib/y.js';" },
  );
  expect(checkLayers(root).problems).toEqual([]);
});

test('a library reaching up to an app is named, in package.json and in the source', () => {
  const root = workspace([lib({ 'src/index.ts': "import '@sibyl/server';" }, ['@sibyl/server']), app({ 'src/index.ts': '' })]);
  const { problems } = checkLayers(root);
  expect(problems).toContainEqual(expect.stringContaining('lib @sibyl/wire depends on app @sibyl/server'));
  expect(problems).toContainEqual(expect.stringContaining("offchain/libs/wire/src/index.ts: import '@sibyl/server': a lib may not use the app @sibyl/server"));
});

test('an app using another app, an undeclared package, or a path out of its package is named', () => {
  const other: FixturePackage = { dir: 'offchain/apps/other', name: '@sibyl/other', files: { 'src/index.ts': '' } };
  const root = workspace([lib(), other, app({ 'src/index.ts': "import '@sibyl/other';\nimport '../../other/src/index.js';" }, [])]);
  const { problems } = checkLayers(root);
  expect(problems).toContainEqual(expect.stringContaining("import '@sibyl/other': @sibyl/other is not declared"));
  expect(problems).toContainEqual(expect.stringContaining("import '@sibyl/other': an app may not use the app @sibyl/other"));
  expect(problems).toContainEqual(expect.stringContaining("import '../../other/src/index.js': leaves @sibyl/server"));
});

test('a tool reaching past a package\'s public face is named', () => {
  const root = workspace([lib()], { 'test/x.test.ts': "import '@sibyl/wire/src/index.js';\nimport '../offchain/libs/wire/src/index.js';" });
  const { problems } = checkLayers(root);
  expect(problems).toContainEqual(expect.stringContaining("not part of @sibyl/wire's public face"));
  expect(problems).toContainEqual(expect.stringContaining("reaches into a package's sources"));
});

test('a cycle among libraries is named', () => {
  const second: FixturePackage = { dir: 'offchain/libs/codec', name: '@sibyl/codec', deps: ['@sibyl/wire'], files: { 'src/index.ts': '' } };
  const root = workspace([lib(undefined, ['@sibyl/codec']), second]);
  expect(checkLayers(root).problems).toContainEqual(expect.stringContaining('dependency cycle'));
});
