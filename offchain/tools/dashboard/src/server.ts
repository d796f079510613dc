/**
 * The dashboard's HTTP server: the web app's files, the JSON API and the live stream, GET (and
 * HEAD) only, on 127.0.0.1 unless told otherwise.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpError, type ApiRoutes } from './api-routes.js';
import type { LiveStream } from './live-stream.js';
import { SECURITY_HEADERS, serveStatic } from './static-files.js';

export class DashboardServer {
  private readonly server: Server;

  constructor(
    private readonly api: ApiRoutes,
    private readonly live: LiveStream,
    /** The first message of a new live stream: where the indexer is now. */
    private readonly liveState: () => unknown,
    private readonly log: (line: string) => void,
  ) {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  /** Listens on `host`:`port` (0: a free port); resolves to the port. */
  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve((this.server.address() as AddressInfo).port));
    });
  }

  async close(): Promise<void> {
    this.live.close();
    if (!this.server.listening) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://dashboard');
    const path = url.pathname;
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, `${req.method} is not served`);
      if (path === '/api/stream') {
        this.live.add(req, res, this.liveState());
        return;
      }
      if (path.startsWith('/api/')) {
        sendJson(res, 200, await this.api.handle(path), req.method === 'HEAD');
        return;
      }
      // Pages are hash routes of "/" (#/usage, #/supplier/<address>, …): other paths are files.
      if (!(await serveStatic(path, res, req.method === 'HEAD'))) throw new HttpError(404, `no file ${path}`);
    } catch (error) {
      if (error instanceof HttpError) return sendJson(res, error.status, { error: error.message });
      this.log(`dashboard: ${req.method} ${path}: ${(error as Error).stack ?? error}`);
      sendJson(res, 502, { error: `chain read failed: ${(error as Error).message}` });
    }
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, head = false): void {
  if (res.headersSent) return void res.end();
  const text = JSON.stringify(body ?? null);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS });
  res.end(head ? undefined : text);
}
