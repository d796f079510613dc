#!/usr/bin/env node
// The `sibyl` command. Sibyl's packages are TypeScript sources (no build step), so this launcher
// registers tsx in this process and runs src/cli.ts (docs/cli.md). It exits explicitly: a chain
// connection's timers must not keep a finished command alive.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli.ts');
process.exit(await main(process.argv.slice(2)));
