/**
 * The TypeScript workspace's one direction of dependency (docs/architecture.md, "Layout"):
 *   libraries (offchain/libs)  →  apps (offchain/apps)  →  tools (offchain/tools, bench, test, scripts, chain-spec)
 * Fails, naming the file and the import, when:
 *   - a package depends on a package of its own layer or above (libraries may use libraries, without
 *     cycles; an app uses libraries only; tools use anything);
 *   - a source file imports a `@sibyl/*` package its package.json does not declare, or reaches into
 *     a package past its public face (`exports`);
 *   - a relative import leaves the package it is written in, or a tool reaches into a package's
 *     sources by path.
 *
 *   npm run check:layers            (run by `npm test`)
 *   npm run check:layers -- --graph (prints the package graph)
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const layers = ['lib', 'app', 'tool'] as const;
type Layer = (typeof layers)[number];

/** Where each layer lives; everything under these directories belongs to it. */
const layerDirs: Record<Layer, string[]> = {
  lib: ['offchain/libs'],
  app: ['offchain/apps'],
  tool: ['offchain/tools', 'bench', 'test', 'scripts', 'chain-spec'],
};

export interface Workspace {
  name: string;
  dir: string;
  layer: Layer;
  deps: string[];
  exports: string[];
}

function layerOf(root: string, dir: string): Layer {
  const rel = relative(root, dir).split(sep).join('/');
  for (const layer of layers) if (layerDirs[layer].some((d) => rel === d || rel.startsWith(`${d}/`))) return layer;
  throw new Error(`${rel} is in no layer: add it to scripts/check-layers.ts`);
}

function readWorkspaces(root: string): Workspace[] {
  const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] };
  return rootPkg.workspaces.map((w) => {
    const dir = join(root, w);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      name: string;
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
      exports?: Record<string, string>;
    };
    const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((d) => d.startsWith('@sibyl/'));
    return { name: pkg.name, dir, layer: layerOf(root, dir), deps, exports: Object.keys(pkg.exports ?? { '.': '' }) };
  });
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (entry.endsWith('.ts')) out.push(path);
  }
  return out;
}

function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((f) => f.fileName);
}

const allowed = (from: Layer, to: Layer): boolean => (from === 'tool' ? true : from === 'app' ? to === 'lib' : to === 'lib');

/** Checks the workspace rooted at `root` (a package.json with `workspaces`). */
export function checkLayers(root = repoRoot): { problems: string[]; workspaces: Workspace[] } {
  const workspaces = readWorkspaces(root);
  const byName = new Map(workspaces.map((w) => [w.name, w]));
  const problems: string[] = [];
  const rel = (p: string) => relative(root, p);

  for (const w of workspaces) {
    for (const dep of w.deps) {
      const target = byName.get(dep);
      if (!target) problems.push(`${rel(w.dir)}/package.json: ${dep} is not a workspace package`);
      else if (!allowed(w.layer, target.layer)) problems.push(`${rel(w.dir)}/package.json: ${w.layer} ${w.name} depends on ${target.layer} ${dep}`);
    }
  }
  // Libraries may build on libraries, never in a circle.
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (name: string, path: string[]): void => {
    if (done.has(name)) return;
    if (visiting.has(name)) {
      problems.push(`dependency cycle: ${[...path, name].join(' → ')}`);
      return;
    }
    visiting.add(name);
    for (const dep of byName.get(name)?.deps ?? []) visit(dep, [...path, name]);
    visiting.delete(name);
    done.add(name);
  };
  for (const w of workspaces) visit(w.name, []);

  const packageDirs = workspaces.map((w) => w.dir);
  const packageHolding = (file: string) => workspaces.find((w) => file.startsWith(w.dir + sep));
  const scanned = new Set<string>();
  const looseToolDirs = layerDirs.tool.filter((d) => !d.startsWith('offchain/')).map((d) => join(root, d)).filter((d) => existsSync(d));
  for (const dir of [...packageDirs, ...looseToolDirs]) {
    for (const file of sourceFiles(dir)) {
      if (scanned.has(file)) continue;
      scanned.add(file);
      const owner = packageHolding(file);
      for (const spec of importsOf(file)) {
        const where = `${rel(file)}: import '${spec}'`;
        if (spec.startsWith('@sibyl/')) {
          const [scope, name, ...sub] = spec.split('/');
          const target = byName.get(`${scope}/${name}`);
          if (!target) {
            problems.push(`${where}: no such package`);
            continue;
          }
          const face = sub.length ? `./${sub.join('/')}` : '.';
          if (!target.exports.includes(face)) problems.push(`${where}: not part of ${target.name}'s public face (${target.exports.join(', ')})`);
          if (owner && owner !== target && !owner.deps.includes(target.name)) problems.push(`${where}: ${target.name} is not declared in ${rel(owner.dir)}/package.json`);
          const fromLayer = owner?.layer ?? 'tool';
          if (owner !== target && !allowed(fromLayer, target.layer)) problems.push(`${where}: ${fromLayer === 'app' ? 'an' : 'a'} ${fromLayer} may not use the ${target.layer} ${target.name}`);
        } else if (spec.startsWith('.')) {
          const resolved = resolve(dirname(file), spec);
          if (owner && !resolved.startsWith(owner.dir + sep)) problems.push(`${where}: leaves ${owner.name}; import the package instead`);
          if (!owner && packageDirs.some((d) => resolved.startsWith(d + sep))) problems.push(`${where}: reaches into a package's sources; import the package instead`);
        }
      }
    }
  }
  return { problems, workspaces };
}

function printGraph(workspaces: Workspace[]): void {
  for (const layer of layers) {
    console.log(`${layer}s:`);
    for (const w of workspaces.filter((x) => x.layer === layer)) console.log(`  ${w.name} → ${w.deps.join(', ') || '(none)'}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { problems, workspaces } = checkLayers();
  if (process.argv.includes('--graph')) printGraph(workspaces);
  if (problems.length) {
    console.error(`check-layers: ${problems.length} import(s) against the direction libraries → apps → tools:`);
    for (const p of problems) console.error(`  ${p}`);
    process.exit(1);
  }
  console.log(`check-layers: ${workspaces.length} packages, every import points from tools to apps to libraries`);
}
