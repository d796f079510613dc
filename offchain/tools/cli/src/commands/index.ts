/** Every `sibyl` command, in the order help lists them. */
import type { AnyCommand } from '../command.js';
import { jobCommands } from './job.js';
import { keyCommands } from './keys.js';
import { modelCommands } from './model.js';
import { serve } from './serve.js';
import { stakeCommands } from './stake.js';
import { status } from './status.js';

export const COMMANDS: readonly AnyCommand[] = [...keyCommands, ...modelCommands, ...stakeCommands, serve, status, ...jobCommands];

/** The command whose words lead `words` (the longest such), if any. */
export function findCommand(words: readonly string[]): AnyCommand | undefined {
  return COMMANDS.filter((c) => c.words.every((w, i) => words[i] === w)).sort((a, b) => b.words.length - a.words.length)[0];
}

/** Commands whose first words are `prefix` (e.g. every `keys …` command). */
export function commandsUnder(prefix: readonly string[]): AnyCommand[] {
  return COMMANDS.filter((c) => prefix.every((w, i) => c.words[i] === w));
}
