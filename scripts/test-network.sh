#!/usr/bin/env bash
# `npm run test:network`: the multi-node test (test/network/run.ts) — four sibyl-node
# authorities on 127.0.0.1 with the off-chain stack, and a supplier started with docker-compose.
# Needs the node binary (`npm run build:node`, hours cold: not built here). Sets up the rest if
# missing: npm dependencies and nats-server (scripts/setup.sh), Docker Engine and Compose from
# Debian (root or sudo), a running dockerd, and the images (scripts/build-images.sh, which also
# picks up code changed since they were built).
# The last line is `network: N passed, M failed`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bash scripts/setup.sh

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if ! command -v docker-compose >/dev/null || ! command -v dockerd >/dev/null; then
  echo "test-network: installing docker.io, docker-compose and debootstrap (Debian packages)"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq docker.io docker-compose debootstrap >/dev/null
fi
if ! docker info >/dev/null 2>&1; then
  echo "test-network: starting dockerd"
  mkdir -p "${SIBYL_CACHE:-$HOME/.cache/sibyl}"
  if command -v systemctl >/dev/null && $sudo systemctl start docker 2>/dev/null; then :; else
    $sudo setsid dockerd >"${SIBYL_CACHE:-$HOME/.cache/sibyl}/dockerd.log" 2>&1 < /dev/null &
  fi
  for _ in $(seq 1 30); do docker info >/dev/null 2>&1 && break; sleep 1; done
fi
bash scripts/build-images.sh

exec npx tsx test/network/run.ts "$@"
