#!/usr/bin/env bash
# Runs the Rust tests: every pallet's unit tests against its mock runtime, and the runtime's
# genesis-preset tests (native only; the wasm is not rebuilt). The node (chain/node) is built and
# tested by `npm run build:node` and `npm run test:network`, outside `npm test`.
set -euo pipefail
source "$(dirname "$0")/lib/chain-env.sh"
ensure_debian_rust
cd "$SIBYL_ROOT/chain"
SKIP_WASM_BUILD=1 cargo test --workspace --exclude sibyl-node --locked 2>&1 | tee "${SIBYL_RUST_TEST_LOG:-/dev/null}"
exit "${PIPESTATUS[0]}"
