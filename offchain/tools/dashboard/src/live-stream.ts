/**
 * Live updates for the pages: a Server-Sent Events stream (`GET /api/stream`) with one `block`
 * message per indexed block (at most one per `minIntervalMs` while the indexer catches up), and a
 * comment every 15 s to keep proxies from closing it. At most `maxClients` streams are open.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export class LiveStream {
  private readonly clients = new Set<ServerResponse>();
  private readonly keepAlive: NodeJS.Timeout;
  private pending: unknown;
  private lastSent = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly maxClients = 100,
    private readonly minIntervalMs = 500,
  ) {
    this.keepAlive = setInterval(() => this.write(': keep-alive\n\n'), 15_000);
    this.keepAlive.unref();
  }

  get size(): number {
    return this.clients.size;
  }

  /** Opens a stream on `res`; false (and a 503) when too many are open. */
  add(req: IncomingMessage, res: ServerResponse, first: unknown): boolean {
    if (this.clients.size >= this.maxClients) {
      res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'too many live streams' }));
      return false;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(`retry: 3000\nevent: block\ndata: ${JSON.stringify(first)}\n\n`);
    this.clients.add(res);
    req.once('close', () => this.clients.delete(res));
    return true;
  }

  /** Sends `data` as a `block` message, coalescing bursts into the latest. */
  publish(data: unknown): void {
    this.pending = data;
    if (this.timer) return;
    const wait = Math.max(0, this.lastSent + this.minIntervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.lastSent = Date.now();
      this.write(`event: block\ndata: ${JSON.stringify(this.pending)}\n\n`);
    }, wait);
    this.timer.unref();
  }

  close(): void {
    clearInterval(this.keepAlive);
    clearTimeout(this.timer);
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private write(text: string): void {
    for (const res of this.clients) res.write(text);
  }
}
