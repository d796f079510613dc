#!/usr/bin/env bash
# Measures the Sibyl pallets' weights and regenerates chain/pallets/*/src/weights.rs
# (docs/network.md, "Weights"):
#   1. builds the runtime wasm with the `runtime-benchmarks` feature, in its own target directory
#      so that it can never be mistaken for the release runtime in chain-spec/;
#   2. runs `sibyl-node benchmark pallet` against that wasm for each pallet (genesis from the
#      runtime's `development` preset), writing weights.rs from chain/benchmarking/weight-template.hbs.
# Needs the node binary (`npm run build:node`). Usage:
#   npm run bench:weights                        # every Sibyl pallet
#   npm run bench:weights -- stakes relay-mining # some of them
# STEPS and REPEAT (defaults 20 and 5) trade time for precision; the files record both.
set -euo pipefail
source "$(dirname "$0")/lib/chain-env.sh"
ensure_debian_rust
bash "$SIBYL_ROOT/scripts/wasm-sysroot.sh"

node="$CARGO_TARGET_DIR/release/sibyl-node"
[ -x "$node" ] || { echo "bench-weights: $node is missing; run npm run build:node first" >&2; exit 1; }

pallets=("$@")
if [ ${#pallets[@]} -eq 0 ]; then
  pallets=(authorities models stakes tiqe sessions pricing relay-mining settlement jobs)
fi

cd "$SIBYL_ROOT/chain"
bench_target="$SIBYL_CACHE/cargo-target-bench"
WASM_BUILD_RUSTFLAGS="$(wasm_build_rustflags)"
export WASM_BUILD_RUSTFLAGS
start=$(date +%s)
# `check` still runs the build script, which builds the wasm; the native crate needs no codegen.
CARGO_TARGET_DIR="$bench_target" cargo check --release --locked -p sibyl-runtime --features runtime-benchmarks
wasm="$bench_target/release/wbuild/sibyl-runtime/sibyl_runtime.compact.compressed.wasm"
[ -f "$wasm" ] || { echo "bench-weights: no wasm at $wasm" >&2; exit 1; }
echo "bench-weights: benchmarking runtime built in $(( $(date +%s) - start )) s"

cd "$SIBYL_ROOT"
for pallet in "${pallets[@]}"; do
  dir="chain/pallets/$pallet"
  [ -d "$dir" ] || { echo "bench-weights: no pallet $pallet" >&2; exit 1; }
  start=$(date +%s)
  # Benchmarks run on one thread; run them on an otherwise idle machine, or the weights grow.
  "$node" benchmark pallet \
    --runtime "$wasm" --genesis-builder runtime --genesis-builder-preset development \
    --pallet "pallet_sibyl_${pallet//-/_}" --extrinsic '*' \
    --steps "${STEPS:-20}" --repeat "${REPEAT:-5}" \
    --wasm-execution compiled --heap-pages 4096 \
    --template chain/benchmarking/weight-template.hbs \
    --output "$dir/src/weights.rs"
  echo "bench-weights: $pallet measured in $(( $(date +%s) - start )) s"
done
