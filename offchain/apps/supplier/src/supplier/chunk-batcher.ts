/**
 * Groups output text into chunk frames. The first piece goes out at once (time to first token
 * is what users feel); later pieces are gathered for up to `intervalMs` and sent together, so
 * at tens of tokens per second every hop (NATS, gateway, SSE, client) handles a fraction of the
 * messages, and their CPU does not compete with generation on the supplier's cores.
 */
export class ChunkBatcher {
  private pending = '';
  private timer: NodeJS.Timeout | undefined;
  private sentFirst = false;

  constructor(
    private readonly send: (text: string) => void,
    private readonly intervalMs: number,
  ) {}

  push(text: string): void {
    if (text.length === 0) return;
    if (!this.sentFirst || this.intervalMs <= 0) {
      this.sentFirst = true;
      this.send(text);
      return;
    }
    this.pending += text;
    this.timer ??= setTimeout(() => this.flush(), this.intervalMs);
  }

  /** Sends whatever is pending now. */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.length === 0) return;
    const text = this.pending;
    this.pending = '';
    this.send(text);
  }
}
