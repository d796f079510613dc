#!/usr/bin/env bash
# `npm start`: sets up what is missing, then brings up the local network — the dev chain
# (Chopsticks, 127.0.0.1:9944), nats-server with JetStream (127.0.0.1:4222), a supplier serving the
# default model, the gateway (http://127.0.0.1:8080/v1) — with the dev accounts registered and
# staked. Endpoints and a dev API key are printed and written to .sibyl/dev.json. Ctrl-C stops all.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
exec npx tsx offchain/tools/localnet/src/cli.ts "$@"
