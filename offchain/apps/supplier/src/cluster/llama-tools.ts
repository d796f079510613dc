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

/** A child process whose output goes to `log`, killed with its parent. */
export function spawnTool(path: string, args: string[], log: (line: string) => void): ChildProcess {
  const child = spawn(path, args, { stdio: ['ignore', 'pipe', 'pipe'] });
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
