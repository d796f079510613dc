/**
 * The validator's votes, on disk: a score is saved with its salt *before* its commitment goes on
 * chain, so a validator that restarts between commit and reveal still reveals (not revealing is
 * slashed). One JSON file, rewritten atomically.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface StoredVote {
  round: string;
  alphaPermill: number;
  withheld: boolean;
  /** 0x-hex, 32 bytes. */
  salt: string;
  commitEnd: number;
  revealEnd: number;
  committed: boolean;
  revealed: boolean;
}

export class VoteStore {
  private readonly votes = new Map<string, StoredVote>();

  constructor(private readonly path: string) {
    mkdirSync(dirname(path), { recursive: true });
    if (existsSync(path)) for (const v of JSON.parse(readFileSync(path, 'utf8')) as StoredVote[]) this.votes.set(v.round, v);
  }

  get(round: bigint): StoredVote | undefined {
    return this.votes.get(round.toString());
  }

  all(): StoredVote[] {
    return [...this.votes.values()];
  }

  put(vote: StoredVote): void {
    this.votes.set(vote.round, vote);
    this.save();
  }

  /** Forgets rounds finalized before `block`. */
  prune(block: number): void {
    let changed = false;
    for (const [k, v] of this.votes) if (v.revealEnd < block) changed = this.votes.delete(k) || changed;
    if (changed) this.save();
  }

  private save(): void {
    writeFileSync(`${this.path}.tmp`, JSON.stringify(this.all()));
    renameSync(`${this.path}.tmp`, this.path);
  }
}
