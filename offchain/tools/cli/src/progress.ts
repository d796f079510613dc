/**
 * A one-line spinner on stderr while a command waits for the chain (inclusion, the next block).
 * It draws only on a terminal and never with --json, so logs and pipes stay clean.
 */
const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export class Progress {
  private label = '';
  private frame = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly startedAt = new Map<string, number>();

  constructor(
    private readonly enabled: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  /** Draws on `stream` when it is a terminal and the output is not JSON. */
  static for(json: boolean, stream: NodeJS.WriteStream = process.stderr): Progress {
    return new Progress(!json && stream.isTTY === true, stream);
  }

  /** Shows `label` (replacing any label shown) until {@link stop}. */
  show(label: string): void {
    if (!this.enabled) return;
    this.label = label;
    if (!this.startedAt.has(label)) this.startedAt.set(label, Date.now());
    if (!this.timer) {
      this.timer = setInterval(() => this.draw(), 100);
      this.timer.unref();
    }
    this.draw();
  }

  /** Clears the line, if anything is shown. */
  stop(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.stream.write('\r\x1b[2K');
  }

  /** Shows `label` while `work` runs. */
  async during<T>(label: string, work: Promise<T>): Promise<T> {
    this.show(label);
    try {
      return await work;
    } finally {
      this.stop();
    }
  }

  private draw(): void {
    const seconds = Math.floor((Date.now() - (this.startedAt.get(this.label) ?? Date.now())) / 1000);
    // A terminal of unknown width (0, as under `script`) is taken as 80 columns.
    const columns = this.stream.columns || 80;
    const line = `${FRAMES[this.frame++ % FRAMES.length]} ${this.label} ${seconds}s`;
    this.stream.write(`\r\x1b[2K${line.slice(0, Math.max(10, columns - 1))}`);
  }
}
