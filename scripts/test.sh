#!/usr/bin/env bash
# `npm test`: sets up what is missing, then runs the whole suite — type check, the committed
# runtime artifacts check, the layering check, Rust tests, and the TypeScript unit and end-to-end tests.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# The suite runs llama.cpp RPC clusters and quantizes a model: it needs llama.cpp's tools; the
# dashboard's test drives Chromium.
SIBYL_LLAMA_TOOLS=1 SIBYL_BROWSER=1 bash scripts/setup.sh

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

echo "== type check"
npm run --silent typecheck
echo "== layers: libraries → apps → tools"
npm run --silent check:layers
echo "== committed runtime artifacts"
npm run --silent check:runtime
echo "== Rust: pallets and runtime"
SIBYL_RUST_TEST_LOG="$logs/rust.log" bash scripts/test-rust.sh
echo "== ink! contracts: unit tests, then built for PolkaVM"
bash scripts/build-contracts.sh 2>&1 | tee -a "$logs/rust.log"
echo "== TypeScript: unit and end-to-end"
NODE_OPTIONS=--experimental-vm-modules npx jest --json --outputFile="$logs/jest.json"

# One closing line over both runners.
rust_passed=$(grep -Eo '[0-9]+ passed' "$logs/rust.log" | awk '{s+=$1} END {print s+0}')
rust_failed=$(grep -Eo '[0-9]+ failed' "$logs/rust.log" | awk '{s+=$1} END {print s+0}')
read -r ts_passed ts_failed < <(node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(r.numPassedTests, r.numFailedTests);' "$logs/jest.json")
echo "sibyl: $((rust_passed + ts_passed)) passed, $((rust_failed + ts_failed)) failed"
