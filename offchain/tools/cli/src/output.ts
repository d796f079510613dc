/**
 * What a command prints. Results go to stdout, as text or — with `--json` — as exactly one JSON
 * document, so scripts can parse stdout whole; notes, progress and errors go to stderr.
 */

/** A JSON-ready value: bigints become decimal strings, undefined fields are left out. */
function jsonReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

export class Output {
  private printed = false;

  constructor(
    readonly json: boolean,
    private readonly stdout: NodeJS.WritableStream = process.stdout,
    private readonly stderr: NodeJS.WritableStream = process.stderr,
  ) {}

  /** The command's result: `document` with --json, else the lines `text` renders. */
  result(document: unknown, text: () => string | readonly string[]): void {
    if (this.json) {
      if (this.printed) throw new Error('a command printed two JSON documents');
      this.printed = true;
      this.stdout.write(`${JSON.stringify(document, jsonReplacer, 2)}\n`);
      return;
    }
    const rendered = text();
    const lines = typeof rendered === 'string' ? [rendered] : rendered;
    if (lines.length) this.stdout.write(`${lines.join('\n')}\n`);
  }

  /** A line for the person at the terminal (stderr); kept out of --json's stdout. */
  note(line: string): void {
    this.stderr.write(`${line}\n`);
  }

  /** Whether a result was printed already (a failure after it adds no second document). */
  get hasResult(): boolean {
    return this.printed;
  }
}
