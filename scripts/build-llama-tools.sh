#!/usr/bin/env bash
# Builds llama.cpp's rpc-server, llama-server and llama-quantize from the source node-llama-cpp
# ships (node_modules/node-llama-cpp/llama/gitRelease.bundle): offline, CPU only, GGML_RPC on.
# The tools land in $SIBYL_CACHE/llama-tools/<tag>/bin; a stamp makes reruns free.
#
# Why these flags: LLAMA_USE_PREBUILT_UI is on by default and downloads the web UI at build time
# (no network here); OpenSSL is not needed for a loopback/LAN server. GGML_NATIVE is off because
# -march=native turns on AMX kernels on Sapphire Rapids hosts, which segfault where the kernel
# does not grant AMX tile state (seen here); an AVX2 baseline also runs on every x86-64 node
# runner's machine. SIBYL_LLAMA_CPU_FLAGS overrides the CPU flags.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cache=${SIBYL_CACHE:-$HOME/.cache/sibyl}
bundle="$root/node_modules/node-llama-cpp/llama/gitRelease.bundle"
[ -f "$bundle" ] || { echo "build-llama-tools: $bundle is missing; run scripts/setup.sh first" >&2; exit 1; }
tag=$(node -p "require('$root/node_modules/node-llama-cpp/llama/llama.cpp.info.json').tag")
# A flavour (SIBYL_LLAMA_TOOLS_FLAVOR, with its own SIBYL_LLAMA_CPU_FLAGS) builds beside the
# baseline, e.g. the host's AVX-512 build the llama-server bench compares against.
flavor=${SIBYL_LLAMA_TOOLS_FLAVOR:-}
out="$cache/llama-tools/$tag${flavor:+-$flavor}"
stamp="$out/.built-v2"
if [ -f "$stamp" ] && [ -x "$out/bin/rpc-server" ] && [ -x "$out/bin/llama-server" ]; then
  echo "$out/bin"
  exit 0
fi
command -v cmake >/dev/null || { echo "build-llama-tools: cmake is required (apt-get install cmake)" >&2; exit 1; }
src="$out/src"
rm -rf "$src" "$out/build"
mkdir -p "$out"
echo "build-llama-tools: cloning llama.cpp $tag from node-llama-cpp's bundle" >&2
git -c advice.detachedHead=false clone -q "$bundle" "$src"
jobs=${SIBYL_BUILD_JOBS:-$(nproc)}
echo "build-llama-tools: building rpc-server, llama-server, llama-quantize with -j$jobs (about 5 min on 2 cores)" >&2
cpu_flags=${SIBYL_LLAMA_CPU_FLAGS:--DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON}
# shellcheck disable=SC2086
cmake -S "$src" -B "$out/build" -DCMAKE_BUILD_TYPE=Release -DGGML_RPC=ON $cpu_flags \
  -DLLAMA_USE_PREBUILT_UI=OFF -DLLAMA_OPENSSL=OFF -DLLAMA_CURL=OFF -DLLAMA_BUILD_TESTS=OFF \
  -DLLAMA_BUILD_EXAMPLES=OFF -DBUILD_SHARED_LIBS=OFF >"$out/cmake.log" 2>&1 \
  || { tail -30 "$out/cmake.log" >&2; exit 1; }
# The RPC worker's target is `ggml-rpc-server` in this llama.cpp (older trees called it rpc-server).
rpc_target=rpc-server
grep -q 'set(TARGET ggml-rpc-server)' "$src/tools/rpc/CMakeLists.txt" 2>/dev/null && rpc_target=ggml-rpc-server
cmake --build "$out/build" -j"$jobs" --target "$rpc_target" llama-server llama-quantize >"$out/build.log" 2>&1 \
  || { tail -30 "$out/build.log" >&2; exit 1; }
mkdir -p "$out/bin"
cp "$out/build/bin/$rpc_target" "$out/bin/rpc-server"
for t in llama-server llama-quantize; do cp "$out/build/bin/$t" "$out/bin/"; done
rm -rf "$out/build" "$src"
touch "$stamp"
echo "$out/bin"
