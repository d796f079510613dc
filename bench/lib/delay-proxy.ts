/**
 * A TCP proxy that adds a fixed round-trip delay, standing in for a LAN hop (this kernel has no
 * sch_netem). Bytes towards the target wait `rttMs` before being forwarded; replies pass at once,
 * so each request/response exchange gains exactly one `rttMs`. Equal-delay timers fire in order,
 * so the byte stream stays ordered.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export class DelayProxy {
  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(target: { host: string; port: number }, rttMs: number): Promise<DelayProxy> {
    const sockets = new Set<Socket>();
    const server = createServer((inbound) => {
      inbound.setNoDelay(true);
      const outbound = connect(target, () => outbound.setNoDelay(true));
      sockets.add(inbound).add(outbound);
      inbound.on('data', (chunk) => {
        if (rttMs <= 0) outbound.write(chunk);
        else setTimeout(() => outbound.writable && outbound.write(chunk), rttMs);
      });
      outbound.on('data', (chunk) => inbound.writable && inbound.write(chunk));
      const close = () => {
        inbound.destroy();
        outbound.destroy();
      };
      inbound.on('close', close).on('error', close);
      outbound.on('close', close).on('error', close);
    });
    server.on('close', () => sockets.forEach((s) => s.destroy()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (typeof address !== 'object' || !address) throw new Error('proxy not listening');
    return new DelayProxy(server, address.port);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.emit('close');
    });
  }
}
