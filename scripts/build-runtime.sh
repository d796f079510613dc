#!/usr/bin/env bash
# Builds the runtime wasm and regenerates the committed chain specs:
#   chain-spec/sibyl_runtime.compact.compressed.wasm, chain-spec/{dev,local}.raw.json,
#   chain-spec/runtime.sources.sha256 (checked by `npm run check:runtime`).
# Cold build: tens of minutes on 2 cores. Needs root for the one-off toolchain install.
set -euo pipefail
source "$(dirname "$0")/lib/chain-env.sh"
ensure_debian_rust
bash "$SIBYL_ROOT/scripts/wasm-sysroot.sh"

cd "$SIBYL_ROOT/chain"
cargo fetch --locked 2>/dev/null || cargo fetch
WASM_BUILD_RUSTFLAGS="$(wasm_build_rustflags)"
export WASM_BUILD_RUSTFLAGS
echo "build-runtime: WASM_BUILD_RUSTFLAGS='${WASM_BUILD_RUSTFLAGS}'"
cargo build --release --locked -p sibyl-runtime

wasm="$CARGO_TARGET_DIR/release/wbuild/sibyl-runtime/sibyl_runtime.compact.compressed.wasm"
install -m 0644 "$wasm" "$SIBYL_ROOT/chain-spec/sibyl_runtime.compact.compressed.wasm"
echo "build-runtime: $(du -h "$wasm" | cut -f1) wasm copied to chain-spec/"

cd "$SIBYL_ROOT"
npx tsx chain-spec/build-spec.ts
npx tsx scripts/runtime-fingerprint.ts --write
