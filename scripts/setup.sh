#!/usr/bin/env bash
# Installs what Sibyl's off-chain side needs, once, and only what is missing:
#   - npm dependencies (from the lockfile; redone when it changes)
#   - nats-server with JetStream (Debian package; needs root or sudo the first time)
#   - llama.cpp's rpc-server / llama-server / llama-quantize, built offline from the source
#     node-llama-cpp ships (about 5-8 min on two cores, once; cached in ~/.cache/sibyl)
# Models are fetched and verified when a supplier first needs them.
# SIBYL_SKIP_LLAMA_TOOLS=1 skips the llama.cpp build (single-device suppliers do not need it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

stamp=node_modules/.sibyl-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing npm dependencies"
  # `npm ci` rejects this lockfile's platform-specific optional packages under npm 11; install
  # resolves the same locked versions.
  npm install --no-audit --no-fund --loglevel=error
  echo "$want" >"$stamp"
fi

if ! command -v nats-server >/dev/null && [ ! -x /usr/sbin/nats-server ]; then
  echo "setup: installing nats-server (Debian package)"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nats-server >/dev/null
fi

if [ "${SIBYL_SKIP_LLAMA_TOOLS:-0}" != 1 ]; then
  bash scripts/build-llama-tools.sh >/dev/null
fi
