/**
 * A terminal progress bar for long downloads and hashes. On a TTY it redraws one line; otherwise
 * (CI logs, files) it prints a line every 10% so logs stay short.
 */
export class ProgressBar {
  private done = 0;
  private lastPercent = -10;
  private lastDraw = 0;
  private readonly started = Date.now();

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  add(bytes: number): void {
    this.done += bytes;
    const now = Date.now();
    if (this.out.isTTY) {
      if (now - this.lastDraw < 100 && this.done < this.total) return;
      this.lastDraw = now;
      this.out.write(`\r${this.render()}`);
    } else {
      const percent = this.total > 0 ? Math.floor((100 * this.done) / this.total) : 0;
      if (percent >= this.lastPercent + 10) {
        this.lastPercent = percent - (percent % 10);
        this.out.write(`${this.render()}\n`);
      }
    }
  }

  finish(): void {
    if (this.out.isTTY) this.out.write(`\r${this.render()}\n`);
  }

  private render(): string {
    const width = 30;
    const fraction = this.total > 0 ? Math.min(1, this.done / this.total) : 0;
    const filled = Math.round(fraction * width);
    const seconds = Math.max(0.001, (Date.now() - this.started) / 1000);
    const rate = this.done / seconds / 1e6;
    return (
      `${this.label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` +
      `${(fraction * 100).toFixed(0).padStart(3)}% ${(this.done / 1e6).toFixed(1)}/${(this.total / 1e6).toFixed(1)} MB ` +
      `${rate.toFixed(1)} MB/s`
    );
  }
}
