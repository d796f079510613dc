#!/usr/bin/env bash
# Builds the Sibyl node binary, `sibyl-node`, into $SIBYL_CACHE/cargo-target/release/.
#   npm run build:node
# It embeds the committed runtime (chain-spec/sibyl_runtime.compact.compressed.wasm), so build
# the runtime first when chain/ changed (`npm run build:runtime`). Cold: 1.5–3 h on two cores
# (about a thousand crates); warm: minutes. Needs root once, for the toolchain and protoc.
set -euo pipefail
source "$(dirname "$0")/lib/chain-env.sh"
ensure_debian_rust
# libp2p's and litep2p's build scripts compile protobuf schemas with protoc.
if ! command -v protoc >/dev/null; then
  echo "build-node: installing protobuf-compiler" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq protobuf-compiler >/dev/null
fi
bash "$SIBYL_ROOT/scripts/wasm-sysroot.sh"

cd "$SIBYL_ROOT/chain"
cargo fetch --locked 2>/dev/null || cargo fetch
# The same flags as scripts/build-runtime.sh, so both share one build of the runtime crate.
WASM_BUILD_RUSTFLAGS="$(wasm_build_rustflags)"
export WASM_BUILD_RUSTFLAGS
# frame-benchmarking-cli's storage benchmark runtime is not used; do not build its wasm.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
# Link against the system's OpenSSL rather than building a vendored copy.
export OPENSSL_NO_VENDOR=1
start=$(date +%s)
cargo build --release --locked -p sibyl-node "$@"
echo "build-node: $CARGO_TARGET_DIR/release/sibyl-node built in $(( $(date +%s) - start )) s"
