#!/usr/bin/env bash
# Runs the Rust tests: every pallet's unit tests against its mock runtime, the runtime's
# genesis-preset tests (native only; the wasm is not rebuilt), then every pallet's benchmarks.
# The node (chain/node) is built and tested by `npm run build:node` and `npm run test:network`,
# outside `npm test`.
set -euo pipefail
source "$(dirname "$0")/lib/chain-env.sh"
ensure_debian_rust
cd "$SIBYL_ROOT/chain"
log="${SIBYL_RUST_TEST_LOG:-/dev/null}"
SKIP_WASM_BUILD=1 cargo test --workspace --exclude sibyl-node --locked 2>&1 | tee "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || exit 1
# Every benchmark once at each end of its components' ranges, on the pallets' mocks, and the
# runtime's benchmark helpers compiled (they run for real in `npm run bench:weights`).
SKIP_WASM_BUILD=1 cargo test --workspace --exclude sibyl-node --locked --features runtime-benchmarks benchmarking 2>&1 | tee -a "$log"
exit "${PIPESTATUS[0]}"
