/**
 * @sibyl/cli: `sibyl`, the node runner's command line (docs/cli.md).
 * - {@link main}: runs a command line and resolves with its exit code (bin/sibyl.js calls it).
 * - {@link Keystore}: where `sibyl keys` keeps keys.
 * - {@link hintFor}: what to do about a chain error, by name.
 */
export { main } from './cli.js';
export { Keystore, type StoredKey, type PublicKey } from './keystore.js';
export { hintFor } from './chain-errors.js';
export { ExitCode } from './errors.js';
