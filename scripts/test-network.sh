#!/usr/bin/env bash
# `npm run test:network`: the multi-node test (test/network/run.ts) — four sibyl-node
# authorities on 127.0.0.1 with the off-chain stack. Needs the node binary (`npm run build:node`);
# the docker-compose step needs a Docker engine and the images (`scripts/build-images.sh`).
# The last line is `network: N passed, M failed`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh
exec npx tsx test/network/run.ts "$@"
