/**
 * The gateway and the validator in their own processes (`npm run gateway -- serve`, `npm run
 * validator -- serve`), as `npm start` runs them: each ready when it prints the line its command
 * line prints once it serves.
 */
import { ServiceProcess } from './service-process.js';

export interface GatewayProcessOptions {
  rpc: string;
  nats: string;
  suri: string;
  port: number;
  dataDir: string;
  defaultMaxTokens?: number;
  busyWaitMs?: number;
  log?: (line: string) => void;
}

/** Starts `npm run gateway -- serve` and resolves once it serves HTTP. */
export async function startGatewayProcess(o: GatewayProcessOptions, timeoutMs = 120_000): Promise<ServiceProcess> {
  const args = ['serve', '--rpc', o.rpc, '--nats', o.nats, '--port', String(o.port), '--data-dir', o.dataDir];
  if (o.defaultMaxTokens) args.push('--default-max-tokens', String(o.defaultMaxTokens));
  if (o.busyWaitMs) args.push('--busy-wait-ms', String(o.busyWaitMs));
  const gateway = new ServiceProcess({ name: 'gateway', cli: 'offchain/apps/gateway/src/cli.ts', args, env: { SIBYL_GATEWAY_SURI: o.suri }, log: o.log });
  await gateway.start({ line: (line) => /^gateway: \S+ serving /.test(line) }, timeoutMs);
  return gateway;
}

export interface ValidatorProcessOptions {
  rpc: string;
  nats: string;
  suri: string;
  dataDir: string;
  log?: (line: string) => void;
}

/** Starts `npm run validator -- serve` and resolves once it follows the chain. */
export async function startValidatorProcess(o: ValidatorProcessOptions, timeoutMs = 180_000): Promise<ServiceProcess> {
  const args = ['serve', '--rpc', o.rpc, '--nats', o.nats, '--data-dir', o.dataDir];
  const validator = new ServiceProcess({ name: 'validator', cli: 'offchain/apps/validator/src/cli.ts', args, env: { SIBYL_VALIDATOR_SURI: o.suri }, log: o.log });
  await validator.start({ line: (line) => /^validator: \S+ following the chain/.test(line) }, timeoutMs);
  return validator;
}
