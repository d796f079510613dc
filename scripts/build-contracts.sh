#!/usr/bin/env bash
# Tests and builds every ink! contract under contracts-ink/ (each its own Cargo workspace):
# `cargo test` in ink!'s off-chain environment, then `cargo contract build --release` for
# PolkaVM. Artifacts (<name>.contract, .polkavm, .json) land in
# ~/.cache/sibyl/contracts-target/ink/, outside the clone; the directory is printed last.
# `--no-test` skips the unit tests. Toolchain: docs/contracts.md, "Toolchain facts".
set -euo pipefail
source "$(dirname "$0")/lib/chain-env.sh"
run_tests=1
[ "${1:-}" = "--no-test" ] && run_tests=0

bin=$(bash "$SIBYL_ROOT/scripts/build-contract-tools.sh" | tail -n 1)
# Debian's compiler and its rust-src, never rustup's (no rust-src there); cargo ≥ 1.95 takes
# cargo-contract's JSON target only when told to.
export CARGO=/usr/bin/cargo RUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc
export CARGO_UNSTABLE_JSON_TARGET_SPEC=true
export CARGO_TARGET_DIR="$SIBYL_CACHE/contracts-target"
out="$CARGO_TARGET_DIR/ink"
for manifest in "$SIBYL_ROOT"/contracts-ink/*/Cargo.toml; do
  dir=$(dirname "$manifest")
  echo "build-contracts: $(basename "$dir")" >&2
  if [ "$run_tests" = 1 ]; then
    (cd "$dir" && /usr/bin/cargo test --locked --quiet 2>&1 | grep -E "test result|FAILED|panicked|^error" >&2)
  fi
  (cd "$dir" && "$bin/cargo-contract" contract build --release --quiet >&2)
done
echo "$out"
