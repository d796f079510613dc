#!/usr/bin/env bash
# Installs what Sibyl's off-chain side needs, once, and only what is missing:
#   - npm dependencies (from the lockfile; redone when it changes)
#   - nats-server v2.15.3 with JetStream, built from source with Go (~30 s, once; cached in ~/.cache/sibyl)
#   - with SIBYL_BROWSER=1 only: Debian's chromium, which the dashboard's end-to-end test drives
#     headless (puppeteer-core downloads no browser)
#   - with SIBYL_LLAMA_TOOLS=1 only: llama.cpp's rpc-server / llama-server / llama-quantize, built
#     offline from the source node-llama-cpp ships (about 5-8 min on two cores, once; cached in
#     ~/.cache/sibyl). Clusters, the TIQE+ benches and the test suite use them; a single-device
#     supplier (what `npm start` runs) never does. `npm run build:llama-tools` builds them alone.
# Models are fetched and verified when a supplier first needs them.
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

# nats-server from source (Go and the Go module proxy; ~30 s once, then a cached binary).
bash scripts/build-nats-server.sh >/dev/null

if [ "${SIBYL_BROWSER:-0}" = 1 ] && [ ! -x /usr/bin/chromium ]; then
  echo "setup: installing chromium (apt)"
  as_root=()
  [ "$(id -u)" = 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq chromium >/dev/null
fi

if [ "${SIBYL_LLAMA_TOOLS:-0}" = 1 ]; then
  bash scripts/build-llama-tools.sh >/dev/null
fi
