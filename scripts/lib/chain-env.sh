# Sourced by the chain scripts: the toolchain and directories every Rust build of chain/ uses.
#
# - Debian's rustc/cargo (rustc-web, 1.96) come first in PATH: they have the wasm targets that
#   scripts/wasm-sysroot.sh builds, and rustup's 1.95 cannot compile 1.96's library sources.
#   Native tests use the same toolchain so that one target directory serves both.
# - CARGO_TARGET_DIR lives outside the clone, so CI on the same machine reuses the build.
SIBYL_ROOT=${SIBYL_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
SIBYL_CACHE=${SIBYL_CACHE:-$HOME/.cache/sibyl}
export SIBYL_ROOT SIBYL_CACHE
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$SIBYL_CACHE/cargo-target}
export PATH="/usr/bin:$PATH"
# The wasm build runs from the target dir, outside the workspace; tell it where Cargo.lock is.
export WASM_BUILD_WORKSPACE_HINT="$SIBYL_ROOT/chain"
# pallet-revive's benchmark fixtures would compile test contracts with rustup and solc: the
# benchmarks here do not need them.
export SKIP_PALLET_REVIVE_FIXTURES=1

# Installs Debian's Rust toolchain for chain builds if it is missing (needs root or sudo).
ensure_debian_rust() {
  if [ -x /usr/bin/cargo ] && /usr/bin/rustc --version 2>/dev/null | grep -q '^rustc 1\.9[6-9]'; then
    return 0
  fi
  echo "chain-env: installing Debian's rustc-web, cargo-web, rust-web-src and lld-22" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
    rustc-web cargo-web rust-web-src lld-22 >/dev/null
}

# The pinned substrate-wasm-builder stopped needing --allow-undefined once it carries
# polkadot-sdk PR #12440 (Rust 1.96 no longer passes it for wasm). Set the flag only if needed.
wasm_build_rustflags() {
  local builder
  builder=$(ls -d "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/substrate-wasm-builder-* 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$builder" ] && grep -rq -- "--allow-undefined" "$builder/src"; then
    echo ""
  else
    echo "-C link-arg=--allow-undefined"
  fi
}
