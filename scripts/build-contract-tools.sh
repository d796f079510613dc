#!/usr/bin/env bash
# Installs cargo-contract, the ink! build tool, once per version into the cache outside the clone
# (~/.cache/sibyl/cargo-contract/<version>/bin) and prints that directory. A cold install compiles
# ~780 crates (an hour or more on two cores); later runs return at once.
#
# It is compiled with Debian's rustc-web (as the runtime is): cargo-contract decides the contract
# target's pointer width by the version of the compiler that builds it, and the contracts are then
# built with the same compiler and its rust-src (docs/contracts.md, "Toolchain facts").
set -euo pipefail
source "$(dirname "$0")/lib/chain-env.sh"
ensure_debian_rust

version=${SIBYL_CARGO_CONTRACT_VERSION:-6.0.0-beta.2}
root="$SIBYL_CACHE/cargo-contract/$version"
if [ -x "$root/bin/cargo-contract" ]; then
  echo "$root/bin"
  exit 0
fi

echo "build-contract-tools: installing cargo-contract $version into $root (a long compile, once)" >&2
mkdir -p "$root"
# Its own target dir, kept: an interrupted install resumes where it stopped.
CARGO=/usr/bin/cargo RUSTC=/usr/bin/rustc CARGO_TARGET_DIR="$SIBYL_CACHE/cargo-contract/build" \
  nice -n 5 /usr/bin/cargo install cargo-contract --version "=$version" --locked --root "$root" \
  >"$root/install.log" 2>&1 || {
  tail -n 30 "$root/install.log" >&2
  echo "build-contract-tools: cargo install failed; the whole log is $root/install.log" >&2
  exit 1
}
rm -rf "$SIBYL_CACHE/cargo-contract/build"
echo "$root/bin"
