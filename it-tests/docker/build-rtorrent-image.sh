#!/usr/bin/env bash
# Builds a local Docker image the integration tests run rTorrent in, made with debootstrap
# and `docker import`:
#   build-rtorrent-image.sh          # or 0.9.8: Debian bookworm (minbase) + rtorrent 0.9.8 + nginx-light
#   build-rtorrent-image.sh 0.16     # Debian sid (minbase) + rtorrent 0.16.x + nginx
# No image registry is needed or contacted: debootstrap fetches Debian packages from its
# default mirror (the same one for both suites), and no base image is ever pulled.
# Idempotent: if the image already exists, it does nothing.
# (it-tests/docker/Dockerfile builds the same image where a registry is reachable; this
# script deliberately does not use it.)
set -euo pipefail

VERSION="${1:-0.9.8}"
case "$VERSION" in
  # nginx-light is gone after bookworm; sid's plain nginx serves the same scgi_pass config.
  0.9.8) SUITE=bookworm; PACKAGES=rtorrent,nginx-light; EXPECTED_RTORRENT_VERSION="0.9.8" ;;
  0.16) SUITE=sid; PACKAGES=rtorrent,nginx; EXPECTED_RTORRENT_VERSION="0.16." ;;
  *) echo "build-rtorrent-image: ERROR: unknown rTorrent version '$VERSION' (0.9.8 or 0.16)" >&2; exit 2 ;;
esac
IMAGE="${RTORRENT_IMAGE:-pyrotorrent-rtorrent:$VERSION}"

die() { echo "build-rtorrent-image: ERROR: $*" >&2; exit 1; }
log() { echo "build-rtorrent-image: $*" >&2; }

command -v docker >/dev/null 2>&1 || die "the docker CLI is missing (apt-get install docker.io)"
docker info >/dev/null 2>&1 || die "no Docker engine answers 'docker info' (start one: setsid dockerd --ip 127.0.0.1 &)"

if docker image inspect "$IMAGE" >/dev/null 2>&1; then
  log "image $IMAGE already exists, nothing to do"
  exit 0
fi

[ "$(id -u)" -eq 0 ] || die "debootstrap needs root to build $IMAGE"
command -v debootstrap >/dev/null 2>&1 || die "debootstrap is missing (apt-get install debootstrap)"

# Two concurrent runs must not both debootstrap and import: serialize, then re-check.
exec 9>"${TMPDIR:-/tmp}/pyrotorrent-rtorrent-image-$VERSION.lock"
flock 9
if docker image inspect "$IMAGE" >/dev/null 2>&1; then
  log "image $IMAGE was built meanwhile, nothing to do"
  exit 0
fi

WORK="$(mktemp -d "${TMPDIR:-/var/tmp}/pyrotorrent-rootfs.XXXXXX")"
ROOTFS="$WORK/rootfs"

cleanup() {
  # debootstrap mounts /proc and /sys inside the target and may leave them mounted when it
  # fails: unmount everything below WORK first, and never let rm cross into a mount.
  local m
  for m in $(awk -v w="$WORK/" 'index($2, w) == 1 { print $2 }' /proc/mounts | sort -r); do
    umount -l "$m" 2>/dev/null || true
  done
  if awk -v w="$WORK/" 'index($2, w) == 1 { found = 1 } END { exit !found }' /proc/mounts; then
    log "WARNING: something is still mounted under $WORK, leaving it in place"
  else
    rm -rf --one-file-system "$WORK"
  fi
}
trap cleanup EXIT

started=$SECONDS
log "debootstrapping Debian $SUITE (minbase + $PACKAGES) into $ROOTFS"
if ! debootstrap --variant=minbase --include="$PACKAGES" "$SUITE" "$ROOTFS" >"$WORK/debootstrap.log" 2>&1; then
  tail -n 30 "$WORK/debootstrap.log" >&2 || true
  die "debootstrap failed (needs Debian's package mirror to be reachable); see the log above"
fi

version="$(chroot "$ROOTFS" dpkg-query -W -f='${Version}' rtorrent 2>/dev/null || true)"
case "$version" in
  "$EXPECTED_RTORRENT_VERSION"*) ;;
  *) die "expected rtorrent $EXPECTED_RTORRENT_VERSION in the rootfs, found '${version:-nothing}'" ;;
esac

# Smaller image, and no state of this host baked into it (Docker provides its own
# resolv.conf and hostname at run time).
rm -rf "$ROOTFS"/var/cache/apt/archives/*.deb "$ROOTFS"/var/cache/apt/*.bin \
       "$ROOTFS"/var/lib/apt/lists/* "$ROOTFS"/var/log/*.log "$ROOTFS"/var/log/apt/*
: >"$ROOTFS/etc/resolv.conf"
: >"$ROOTFS/etc/hostname"
mkdir -p "$ROOTFS/rt"

log "importing the rootfs as $IMAGE"
tar --numeric-owner -C "$ROOTFS" -c . | docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV LANG=C.UTF-8' \
  --change 'ENV HOME=/rt' \
  --change 'WORKDIR /rt' \
  --change 'CMD ["rtorrent", "-n", "-o", "import=/rt/rtorrent.rc"]' \
  --message "pyroTorrent IT image: Debian $SUITE minbase, rtorrent $version, ${PACKAGES#rtorrent,}" \
  - "$IMAGE" >/dev/null || die "docker import of $IMAGE failed"

log "built $IMAGE in $((SECONDS - started)) s"
