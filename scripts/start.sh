#!/usr/bin/env bash
# `npm start`: sets up what is missing and brings up the local network. Today that is the dev
# chain (the committed runtime in Chopsticks on 127.0.0.1:9944); NATS, a supplier, a validator
# and the gateway join as their issues land. Ctrl-C stops everything.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
exec npx tsx offchain/devchain/src/cli.ts "$@"
