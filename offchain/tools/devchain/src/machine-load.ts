/**
 * How busy the machine's cores were since the last look: the share of all cores' time not idle,
 * from the kernel's per-core counters (`os.cpus()`), whoever used it.
 */
import { cpus } from 'node:os';

interface Times {
  busy: number;
  total: number;
}

function sample(): Times {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const all = times.user + times.nice + times.sys + times.irq + times.idle;
    total += all;
    busy += all - times.idle;
  }
  return { busy, total };
}

export class MachineLoad {
  private last = sample();

  /** The busy share of all cores' time since the previous call (or since construction), 0..1. */
  busyFraction(): number {
    const now = sample();
    const total = now.total - this.last.total;
    const busy = now.busy - this.last.busy;
    this.last = now;
    return total > 0 ? Math.min(1, Math.max(0, busy / total)) : 0;
  }
}
