/**
 * `sibyl-validator` command line (npm run validator -- …):
 *
 *   serve   run the TIQE+ committee daemon for the validator account
 *
 * The validator's secret URI comes from --suri, SIBYL_VALIDATOR_SURI or the file SIBYL_VALIDATOR_SURI_FILE names
 * (mode 600); never commit it.
 */
import { parseArgs } from 'node:util';
import { secretUriFor } from '@sibyl/chain-client';
import { ValidatorDaemon } from './daemon/validator-daemon.js';

const USAGE = `usage: npm run validator -- serve [options]
  serve  --rpc ws://127.0.0.1:9944 --nats nats://127.0.0.1:4222 [--suri //Eve]
         [--data-dir DIR] [--cache DIR] [--threads N]
         [--judge-model PATH | --no-judge] [--judge-share 0.1]`;

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      rpc: { type: 'string', default: 'ws://127.0.0.1:9944' },
      nats: { type: 'string', default: 'nats://127.0.0.1:4222' },
      suri: { type: 'string' },
      'data-dir': { type: 'string' },
      cache: { type: 'string' },
      threads: { type: 'string' },
      'judge-model': { type: 'string' },
      'no-judge': { type: 'boolean', default: false },
      'judge-share': { type: 'string' },
    },
  });
  const fraction = (v: string | undefined, name: string): number | undefined => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!(n >= 0 && n <= 1)) throw new Error(`--${name} must be a number in [0, 1], got ${v}`);
    return n;
  };
  if (command !== 'serve') {
    console.error(USAGE);
    process.exit(command ? 2 : 0);
  }
  const suri = secretUriFor('validator', values.suri);
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads > 0)) throw new Error(`--threads must be a positive integer, got ${values.threads}`);
  const daemon = await ValidatorDaemon.start({
    rpc: values.rpc,
    nats: values.nats,
    suri,
    dataDir: values['data-dir'],
    cacheDir: values.cache,
    threads,
    judgeModelPath: values['no-judge'] ? null : values['judge-model'],
    judgeShare: fraction(values['judge-share'], 'judge-share'),
  });
  console.error(`validator: ${daemon.address} following the chain for TIQE+ duties`);
  const stop = () => void daemon.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`sibyl-validator: ${error.message}`);
  process.exit(1);
});
