/**
 * `npm run chain [-- --port 9944 --host 127.0.0.1 --block-mode Instant|Batch|Manual --spec dev|local]`
 *
 * Runs the dev chain in the foreground until Ctrl-C.
 */
import { parseArgs } from 'node:util';
import { startDevChain, type BlockMode, type ChainSpecName } from './index.js';

const BLOCK_MODES: readonly BlockMode[] = ['Instant', 'Batch', 'Manual'];
const SPECS: readonly ChainSpecName[] = ['dev', 'local'];

function fail(message: string): never {
  console.error(`sibyl chain: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.SIBYL_CHAIN_PORT ?? '9944' },
    host: { type: 'string', default: process.env.SIBYL_CHAIN_HOST ?? '127.0.0.1' },
    'block-mode': { type: 'string', default: 'Instant' },
    spec: { type: 'string', default: 'dev' },
    'log-level': { type: 'string', default: 'info' },
  },
  strict: true,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0..65535, got ${values.port}`);
const blockMode = values['block-mode'] as BlockMode;
if (!BLOCK_MODES.includes(blockMode)) fail(`--block-mode must be one of ${BLOCK_MODES.join(', ')}`);
const spec = values.spec as ChainSpecName;
if (!SPECS.includes(spec)) fail(`--spec must be one of ${SPECS.join(', ')}`);

const chain = await startDevChain({ port, host: values.host, blockMode, spec, logLevel: values['log-level'] });
console.log(`sibyl chain: ${spec} spec, ${blockMode} blocks, RPC at ${chain.endpoint}`);

const stop = async () => {
  await chain.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
