#!/usr/bin/env bash
# `npm run network`: the local network on a real chain — four `sibyl-node` authorities on
# 127.0.0.1 (p2p 30333-30336, RPC 9944-9947, Prometheus 9615-9618) peering over libp2p and
# finalizing with GRANDPA, nats-server, a supplier, a validator, the gateway and the dispatcher
# attached to them. State persists in .sibyl/network (the chain database among it); the
# endpoints go to .sibyl/dev.json as with `npm start`. Needs `npm run build:node` first.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
exec npx tsx offchain/tools/localnet/src/cli.ts --chain nodes --data-dir .sibyl/network --dev-json .sibyl/dev.json "$@"
