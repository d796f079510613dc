/** Locating and running the llama.cpp tools that scripts/build-llama-tools.sh builds. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defaultCacheDir } from '@sibyl/model-runtime';

/** The directory holding rpc-server, llama-server and llama-quantize for node-llama-cpp's llama.cpp tag. */
export function llamaToolsDir(): string {
  if (process.env.SIBYL_LLAMA_TOOLS) return process.env.SIBYL_LLAMA_TOOLS;
  const require = createRequire(import.meta.url);
  // The package exports no package.json; its entry is <root>/dist/index.js.
  const info = join(dirname(require.resolve('node-llama-cpp')), '..', 'llama', 'llama.cpp.info.json');
  const tag = (JSON.parse(readFileSync(info, 'utf8')) as { tag: string }).tag;
  return join(defaultCacheDir(), 'llama-tools', tag, 'bin');
}

export function llamaTool(name: 'rpc-server' | 'llama-server' | 'llama-quantize', dir = llamaToolsDir()): string {
  const path = join(dir, name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run scripts/build-llama-tools.sh`);
  return path;
}

/**
 * The environment for a device of a cluster. These tools run their layers on OpenMP threads,
 * which by default spin for milliseconds after each parallel region; on a device that shares its
 * cores (the coordinator with the supplier daemon, several workers on one host) that spinning
 * takes the CPU the next stage of the same token needs: measured here, 37% of all cycles went to
 * it and a two-device split ran at 0.59× one device with no added latency, 0.95× once bounded
 * (docs/inference.md, "A cluster of devices"). A short spin keeps the barriers inside one token
 * fast. An explicit `GOMP_SPINCOUNT` or `OMP_WAIT_POLICY` in the environment wins.
 */
export function clusterToolEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  if (env.GOMP_SPINCOUNT !== undefined || env.OMP_WAIT_POLICY !== undefined) return env;
  return { ...env, GOMP_SPINCOUNT: '10000' };
}

/** A child process whose output goes to `log`, killed with its parent. */
export function spawnTool(path: string, args: string[], log: (line: string) => void, env?: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(path, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  const forward = (data: Buffer) => {
    for (const line of data.toString().split('\n')) if (line.trim()) log(line);
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  const kill = () => child.kill('SIGTERM');
  process.once('exit', kill);
  child.once('exit', () => process.removeListener('exit', kill));
  return child;
}

/** Resolves when `child` exits (immediately if it already has). */
export function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}
