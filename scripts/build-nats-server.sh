#!/usr/bin/env bash
# Builds nats-server (the version below) from source with the Go toolchain and the Go module
# proxy, once per machine: ~30 s on two cores. The binary lands in
# $SIBYL_CACHE/nats-server/<version>/nats-server; a rerun prints its path and does nothing else.
# Why from source: Debian's package is 2.9 (2022), without the auth-callout fixes and JetStream
# clustering improvements Sibyl's bus relies on (docs/bus.md), and no other registry is reachable.
set -euo pipefail
version=v2.15.3
cache=${SIBYL_CACHE:-$HOME/.cache/sibyl}
out="$cache/nats-server/$version"
if [ -x "$out/nats-server" ] && "$out/nats-server" --version 2>/dev/null | grep -q "${version#v}"; then
  echo "$out/nats-server"
  exit 0
fi
go=$(command -v go || true)
[ -n "$go" ] || { [ -x /usr/local/go/bin/go ] && go=/usr/local/go/bin/go; }
[ -n "$go" ] || { echo "build-nats-server: Go is required (https://go.dev/dl or apt-get install golang)" >&2; exit 1; }
mkdir -p "$out"
echo "build-nats-server: building nats-server $version with $("$go" version | cut -d' ' -f3)" >&2
GOBIN="$out" GOFLAGS=-trimpath CGO_ENABLED=0 "$go" install "github.com/nats-io/nats-server/v2@$version" >&2
"$out/nats-server" --version >&2
echo "$out/nats-server"
