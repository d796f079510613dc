#!/usr/bin/env bash
# Builds core, alloc and compiler_builtins for the wasm targets from Debian's rust-web-src and installs
# the rlibs into Debian rustc's sysroot. Rustup cannot fetch a wasm std on these machines, so this is
# how substrate-wasm-builder gets a working wasm target. Idempotent: skips targets already installed.
set -euo pipefail

RUSTC=${SIBYL_RUSTC:-/usr/bin/rustc}
CARGO=${SIBYL_CARGO:-/usr/bin/cargo}
sysroot=$("$RUSTC" --print sysroot)
version=$("$RUSTC" --version | awk '{print $2}')
src="$sysroot/lib/rustlib/src/rust/library"
[ -d "$src/core" ] || { echo "wasm-sysroot: no library sources at $src (install rust-web-src)" >&2; exit 1; }

work=${SIBYL_CACHE:-$HOME/.cache/sibyl}/wasm-sysroot-$version
mkdir -p "$work/src" "$work/.cargo"
cat >"$work/Cargo.toml" <<'TOML'
[package]
name = "sysroot-probe"
version = "0.0.0"
edition = "2021"
[lib]
path = "src/lib.rs"
[profile.release]
panic = "abort"
TOML
echo '#![no_std]' >"$work/src/lib.rs"
# std's own crates.io dependencies are vendored beside the library sources; use them in this
# directory only, so nothing else on the machine is redirected.
cat >"$work/.cargo/config.toml" <<TOML
[source.crates-io]
replace-with = "rust-library-vendor"
[source.rust-library-vendor]
directory = "$src/vendor"
TOML

for target in wasm32-unknown-unknown wasm32v1-none; do
  dest="$sysroot/lib/rustlib/$target/lib"
  if ls "$dest"/libcore-*.rlib >/dev/null 2>&1; then
    echo "wasm-sysroot: $target already installed in $dest"
    continue
  fi
  echo "wasm-sysroot: building core, alloc, compiler_builtins for $target (rustc $version)"
  # Its own target dir: the chain's CARGO_TARGET_DIR (chain-env.sh) must not receive these.
  (cd "$work" && CARGO_TARGET_DIR="$work/target" RUSTC="$RUSTC" RUSTC_BOOTSTRAP=1 \
    RUSTFLAGS="-Cembed-bitcode=yes" \
    "$CARGO" build --release --offline --target "$target" \
      -Zbuild-std=core,alloc -Zbuild-std-features=compiler-builtins-mem)
  mkdir -p "$dest"
  cp "$work/target/$target/release/deps/"*.rlib "$dest/"
  rm -f "$dest"/libsysroot_probe-*.rlib
  echo "wasm-sysroot: installed $(ls "$dest" | wc -l) rlibs into $dest"
done
