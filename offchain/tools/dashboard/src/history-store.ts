/**
 * The history on disk: `<data-dir>/history.json`, written whole to a temporary file and renamed
 * over the old one, so a crash mid-write leaves the previous copy, never half a file. The history
 * is bounded (model.ts `HistoryBounds`), and so is the file.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { History } from './model.js';

export class HistoryStore {
  readonly path: string;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.path = join(dataDir, 'history.json');
  }

  /** The saved history, if there is one of this format; a damaged file is set aside. */
  load(): History | undefined {
    if (!existsSync(this.path)) return undefined;
    try {
      const history = JSON.parse(readFileSync(this.path, 'utf8')) as History;
      return history.version === 1 && typeof history.genesis === 'string' ? history : undefined;
    } catch {
      renameSync(this.path, `${this.path}.damaged-${Date.now()}`);
      return undefined;
    }
  }

  save(history: History): void {
    const temporary = `${this.path}.tmp`;
    writeFileSync(temporary, JSON.stringify(history));
    renameSync(temporary, this.path);
  }
}
