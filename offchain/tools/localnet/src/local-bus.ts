/**
 * A whole Sibyl bus on this machine (docs/bus.md): one nats-server or a cluster of three, and
 * the bus authorizer that admits chain accounts to them. `npm start` runs one server; the
 * multi-node network and the bus tests run the cluster.
 */
import { join } from 'node:path';
import { BusAuthorizer, loadOrCreateBusKeys, type BusKeys, type RoleSource } from '@sibyl/bus-authorizer';
import { freePort } from '@sibyl/supplier';
import { NatsServer } from './nats-server.js';

export interface LocalBusOptions {
  /** Keys (`bus-keys.json`, 0600) and the servers' stores live here. */
  dataDir: string;
  /** Who holds which role (chain stake, the operator's lists). */
  roles: RoleSource;
  /** Client ports, one per server: one port = one server, three = a cluster (0 picks a free one). */
  ports: number[];
  /** Admissions last this long (default 24 h). */
  ttlSeconds?: number;
  log?: (line: string) => void;
}

export class LocalBus {
  private constructor(
    readonly servers: NatsServer[],
    readonly authorizer: BusAuthorizer,
    readonly keys: BusKeys,
  ) {}

  /** Every server's client URL: give all of them to a client, it picks one and fails over. */
  get urls(): string[] {
    return this.servers.map((s) => s.url);
  }

  static async start(options: LocalBusOptions): Promise<LocalBus> {
    const keys = loadOrCreateBusKeys(join(options.dataDir, 'bus-keys.json'));
    const ports = await Promise.all(options.ports.map((p) => (p === 0 ? freePort() : p)));
    const clustered = ports.length > 1;
    const routePorts = clustered ? await Promise.all(ports.map(() => freePort())) : [];
    const routes = routePorts.map((p) => `nats-route://127.0.0.1:${p}`);
    const monitorPorts = await Promise.all(ports.map(() => freePort()));
    const servers = ports.map(
      (port, i) =>
        new NatsServer({
          name: clustered ? `sibyl-nats-${i}` : 'sibyl-nats',
          port,
          storeDir: join(options.dataDir, clustered ? `nats-${i}` : 'nats'),
          keys,
          cluster: clustered ? { port: routePorts[i]!, routes } : undefined,
          monitorPort: monitorPorts[i],
          log: options.log && ((line) => options.log!(`nats-${i}: ${line}`)),
        }),
    );
    try {
      await Promise.all(servers.map((s) => s.start()));
      const authorizer = await BusAuthorizer.start({
        servers: servers.map((s) => s.url),
        keys,
        roles: options.roles,
        ttlSeconds: options.ttlSeconds,
        log: options.log && ((line) => options.log!(`bus-authorizer: ${line}`)),
      });
      return new LocalBus(servers, authorizer, keys);
    } catch (error) {
      await Promise.all(servers.map((s) => s.stop()));
      throw error;
    }
  }

  /** The server holding the client connection named `name` (e.g. `sibyl-supplier-<address>`). */
  async serverHolding(name: string): Promise<NatsServer | undefined> {
    for (const server of this.servers) {
      const names = server.running ? await server.connectionNames().catch((): string[] => []) : [];
      if (names.includes(name)) return server;
    }
    return undefined;
  }

  async stop(): Promise<void> {
    await this.authorizer.stop();
    await Promise.all(this.servers.map((s) => s.stop()));
  }
}
