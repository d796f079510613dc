/**
 * CPU time of another process (user + system, in ms) from /proc/<pid>/stat, for benches that
 * account a daemon's CPU per token. Linux only; the kernel counts in clock ticks (100 per second
 * on every Linux this runs on), so the figure has 10 ms steps.
 */
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after the name.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}
