#!/usr/bin/env bash
# Installs what the TypeScript side needs, once: npm dependencies (from the lockfile). Safe to run
# repeatedly; it only does work when something is missing or the lockfile changed.
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
