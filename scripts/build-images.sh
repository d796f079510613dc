#!/usr/bin/env bash
# Builds Sibyl's Docker images for docker-compose.yml without any Docker registry:
#
#   sibyl/base:bookworm  Debian bookworm (minbase), made by debootstrap from the Debian mirror
#   sibyl/nats           nats-server (built from source by scripts/build-nats-server.sh) with JetStream
#   sibyl/nodejs:<ver>   the host's Node.js 20+ and npm (Debian bookworm's nodejs is 18)
#   sibyl/app            the supplier, validator and gateway with the installed node_modules
#   sibyl/node           the sibyl-node binary (`npm run build:node`) and chain-spec/
#
#   bash scripts/build-images.sh [--refresh-base] [base|nats|app|node ...]   (default: all four)
#
# Needs dockerd, debootstrap (installed through apt if missing; root or sudo) and, for the app
# image, `npm install` done in the clone. The base rootfs is cached as a tarball in
# $SIBYL_CACHE/images/, so a rerun does not debootstrap again (--refresh-base does, and picks up
# Debian's security updates). No keys and no model weights go into any image.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
SIBYL_CACHE=${SIBYL_CACHE:-$HOME/.cache/sibyl}
CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$SIBYL_CACHE/cargo-target}
images_dir=$SIBYL_CACHE/images
suite=bookworm
mirror=${SIBYL_DEBIAN_MIRROR:-http://deb.debian.org/debian}
security_mirror=${SIBYL_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
base_image=sibyl/base:$suite
base_tar=$images_dir/debian-$suite-minbase.tar
node_binary=$CARGO_TARGET_DIR/release/sibyl-node
# The classic builder needs no buildx plugin, and its FROM takes local images without asking a
# registry (there is none reachable).
export DOCKER_BUILDKIT=0

log() { echo "build-images: $*" >&2; }
die() { log "$*"; exit 1; }

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

refresh_base=0
targets=()
for arg in "$@"; do
  case "$arg" in
    --refresh-base) refresh_base=1 ;;
    base|nats|app|node) targets+=("$arg") ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$arg' (expected --refresh-base, base, nats, app or node)" ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(base nats app node)
wants() { [[ " ${targets[*]} " == *" $1 "* ]]; }

# Check what each image needs before spending minutes on the others.
command -v docker >/dev/null || die "docker is not installed (apt-get install docker.io docker-compose)"
docker info >/dev/null 2>&1 \
  || die "cannot reach the Docker daemon: start dockerd (systemctl start docker) and make sure you may use it (root or the docker group)"
if wants node && [ ! -x "$node_binary" ]; then
  die "no sibyl-node binary at $node_binary: run \`npm run build:node\` first (1.5-3 h cold), or build the other images with: bash scripts/build-images.sh base nats app"
fi
if wants app; then
  [ -d "$root/node_modules/tsx" ] || die "no node_modules in $root: run \`npm install\` first (the app image takes the installed dependencies)"
  node=$(command -v node) || die "node is not installed: Sibyl needs Node.js 20+"
  node_version=$("$node" -p 'process.versions.node')
  [ "${node_version%%.*}" -ge 20 ] || die "the host's node is $node_version; Sibyl needs Node.js 20+"
  npm_cli=$(command -v npm) || die "npm is not installed"
  npm_dir=$(cd "$(dirname "$(readlink -f "$npm_cli")")/.." && pwd)
  [ -f "$npm_dir/bin/npm-cli.js" ] || die "cannot find npm's package directory (looked in $npm_dir)"
  # The image gets the node binary alone: a build that links a shared libnode cannot go.
  if ldd "$node" 2>/dev/null | grep -q 'libnode\.so'; then
    die "$node is a distribution build linked to libnode.so; install the Node.js 20 of nodejs.org or NodeSource (a single binary)"
  fi
  # node and the native addons in node_modules were built on this host and run on bookworm's
  # glibc 2.36: a newer host glibc may leave symbols missing in the image.
  host_glibc=$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}')
  if [ -n "$host_glibc" ] && [ "$(printf '%s\n2.36\n' "$host_glibc" | sort -V | tail -n 1)" != 2.36 ]; then
    log "warning: this host's glibc is $host_glibc, newer than bookworm's 2.36; if the app image fails to start, build it on Debian 12"
  fi
fi

mkdir -p "$images_dir"
stage=$(mktemp -d "$images_dir/stage.XXXXXX")
trap '$sudo rm -rf "$stage"' EXIT

image_exists() { docker image inspect "$1" >/dev/null 2>&1; }
# Which source an image was built from (`-dirty`: with uncommitted changes), for `docker inspect`.
revision=$(git -C "$root" describe --always --dirty 2>/dev/null || echo unknown)

build_base() {
  if [ "$refresh_base" -eq 1 ] || [ ! -s "$base_tar" ]; then
    if ! command -v debootstrap >/dev/null; then
      log "installing debootstrap"
      $sudo apt-get update -qq
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq debootstrap >/dev/null
    fi
    local rootfs=$stage/rootfs
    log "debootstrap $suite (minbase) from $mirror into $rootfs"
    # ca-certificates for model downloads over https, libssl3 for sibyl-node (system OpenSSL).
    $sudo debootstrap --variant=minbase --include=ca-certificates,libssl3 "$suite" "$rootfs" "$mirror" \
      >"$stage/debootstrap.log" 2>&1 || { tail -n 30 "$stage/debootstrap.log" >&2; die "debootstrap failed (log above)"; }
    # debootstrap installs from the release alone; add updates and security, and apply them.
    $sudo tee "$rootfs/etc/apt/sources.list" >/dev/null <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security_mirror $suite-security main
EOF
    $sudo chroot "$rootfs" apt-get update -qq
    $sudo chroot "$rootfs" env DEBIAN_FRONTEND=noninteractive apt-get upgrade -y -qq >/dev/null
    $sudo chroot "$rootfs" apt-get clean
    # Package lists are stale in a day; images that install packages fetch them again.
    $sudo rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/log/*.log "$rootfs"/var/log/apt/*
    # Docker provides /dev, /proc, /sys, resolv.conf and hosts at run time.
    $sudo tar -C "$rootfs" --numeric-owner --sort=name \
      --exclude='./dev/*' --exclude='./proc/*' --exclude='./sys/*' --exclude='./etc/resolv.conf' --exclude='./etc/hostname' \
      -cf "$base_tar.partial" .
    $sudo chown "$(id -u):$(id -g)" "$base_tar.partial"
    mv "$base_tar.partial" "$base_tar"
    $sudo rm -rf "$rootfs"
    refresh_base=1 # the image must be re-imported from the new tarball
  fi
  if [ "$refresh_base" -eq 1 ] || ! image_exists "$base_image"; then
    log "importing $base_tar as $base_image"
    docker import \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      --change 'ENV LANG=C.UTF-8' \
      --change 'CMD ["/bin/bash"]' \
      - "$base_image" <"$base_tar" >/dev/null
  else
    log "$base_image is up to date (cached rootfs $base_tar; --refresh-base to rebuild)"
  fi
}

build_nats() {
  local ctx=$stage/nats binary
  mkdir -p "$ctx"
  binary=$(bash "$root/scripts/build-nats-server.sh")
  cp "$binary" "$ctx/nats-server"
  log "building sibyl/nats from $binary"
  docker build -t sibyl/nats -f "$root/docker/nats.Dockerfile" "$ctx"
  docker run --rm --network none sibyl/nats --version
}

build_app() {
  local ctx=$stage/nodejs tag
  mkdir -p "$ctx"
  tag=sibyl/nodejs:$node_version
  cp "$node" "$ctx/node"
  cp -a "$npm_dir" "$ctx/npm"
  log "building $tag from the host's $node and $npm_dir"
  docker build -t "$tag" -f "$root/docker/nodejs.Dockerfile" "$ctx"
  log "building sibyl/app from $root (context filtered by .dockerignore)"
  docker build -t sibyl/app --build-arg "NODEJS_IMAGE=$tag" --label "org.opencontainers.image.revision=$revision" \
    -f "$root/docker/app.Dockerfile" "$root"
  docker run --rm --network none sibyl/app node --version
}

build_node() {
  local ctx=$stage/node
  mkdir -p "$ctx"
  # A hard link when the target dir is on the same filesystem: the binary is hundreds of MB.
  ln "$node_binary" "$ctx/sibyl-node" 2>/dev/null || cp "$node_binary" "$ctx/sibyl-node"
  cp -a "$root/chain-spec" "$ctx/chain-spec"
  log "building sibyl/node from $node_binary"
  docker build -t sibyl/node --label "org.opencontainers.image.revision=$revision" -f "$root/docker/node.Dockerfile" "$ctx"
  docker run --rm --network none sibyl/node --version
}

for target in base nats app node; do
  wants "$target" || continue
  # Every image is FROM the base; make sure it exists even when only another image was asked for.
  if [ "$target" != base ] && ! wants base && ! image_exists "$base_image"; then build_base; fi
  "build_$target"
done
log "done: $(for t in "${targets[@]}"; do [ "$t" = base ] && printf '%s ' "$base_image" || printf 'sibyl/%s ' "$t"; done)"
