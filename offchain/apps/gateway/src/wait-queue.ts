/**
 * Requests waiting their turn, in the order they arrived (a ticket each): a request that tried
 * again and found every supplier still busy keeps its place. Each wait also ends on its own timer.
 */
export class WaitQueue {
  private readonly waiters: { ticket: number; wake: () => void }[] = [];
  private tickets = 0;

  get length(): number {
    return this.waiters.length;
  }

  ticket(): number {
    return this.tickets++;
  }

  /** Resolves when woken or after `ms`. */
  wait(ticket: number, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const waiter = {
        ticket,
        wake: () => {
          clearTimeout(timer);
          const i = this.waiters.indexOf(waiter);
          if (i >= 0) this.waiters.splice(i, 1);
          resolve();
        },
      };
      const timer = setTimeout(waiter.wake, Math.max(0, ms));
      const at = this.waiters.findIndex((w) => w.ticket > ticket);
      this.waiters.splice(at < 0 ? this.waiters.length : at, 0, waiter);
    });
  }

  wakeOne(): void {
    this.waiters[0]?.wake();
  }
}
