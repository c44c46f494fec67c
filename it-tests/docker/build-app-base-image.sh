#!/usr/bin/env bash
# Builds the local base image the tests build deploy/Dockerfile FROM (as its BASE and
# BUILD_BASE build arguments): Debian bookworm (minbase) + the packages the Dockerfile would
# otherwise install from debian:bookworm-slim (a Java 17 runtime, rtorrent, tini, curl), made
# with debootstrap and `docker import` like build-rtorrent-image.sh, so no image registry is
# needed or contacted. Idempotent: if the image already exists, it does nothing.
set -euo pipefail

IMAGE="${APP_BASE_IMAGE:-pyrotorrent-app-base:bookworm}"
# Keep this list in step with the apt-get line in deploy/Dockerfile.
PACKAGES="openjdk-17-jre-headless,rtorrent,tini,curl,ca-certificates"

die() { echo "build-app-base-image: ERROR: $*" >&2; exit 1; }
log() { echo "build-app-base-image: $*" >&2; }

command -v docker >/dev/null 2>&1 || die "the docker CLI is missing (apt-get install docker.io)"
docker info >/dev/null 2>&1 || die "no Docker engine answers 'docker info'"

if docker image inspect "$IMAGE" >/dev/null 2>&1; then
  log "image $IMAGE already exists, nothing to do"
  exit 0
fi

[ "$(id -u)" -eq 0 ] || die "debootstrap needs root to build $IMAGE"
command -v debootstrap >/dev/null 2>&1 || die "debootstrap is missing (apt-get install debootstrap)"

# Two concurrent runs must not both debootstrap and import: serialize, then re-check.
exec 9>"${TMPDIR:-/tmp}/pyrotorrent-app-base-image.lock"
flock 9
if docker image inspect "$IMAGE" >/dev/null 2>&1; then
  log "image $IMAGE was built meanwhile, nothing to do"
  exit 0
fi

WORK="$(mktemp -d "${TMPDIR:-/var/tmp}/pyrotorrent-app-rootfs.XXXXXX")"
ROOTFS="$WORK/rootfs"

cleanup() {
  # debootstrap may leave /proc and /sys mounted in the target when it fails: unmount
  # everything below WORK first, and never let rm cross into a mount.
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
log "debootstrapping Debian bookworm (minbase + $PACKAGES) into $ROOTFS"
if ! debootstrap --variant=minbase --include="$PACKAGES" bookworm "$ROOTFS" >"$WORK/debootstrap.log" 2>&1; then
  tail -n 30 "$WORK/debootstrap.log" >&2 || true
  die "debootstrap failed (needs Debian's package mirror to be reachable); see the log above"
fi

# Smaller image, and no state of this host baked into it.
rm -rf "$ROOTFS"/var/cache/apt/archives/*.deb "$ROOTFS"/var/cache/apt/*.bin \
       "$ROOTFS"/var/lib/apt/lists/* "$ROOTFS"/var/log/*.log "$ROOTFS"/var/log/apt/*
: >"$ROOTFS/etc/resolv.conf"
: >"$ROOTFS/etc/hostname"

log "importing the rootfs as $IMAGE"
tar --numeric-owner -C "$ROOTFS" -c . | docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV LANG=C.UTF-8' \
  --message "pyroTorrent test base: Debian bookworm minbase + $PACKAGES" \
  - "$IMAGE" >/dev/null || die "docker import of $IMAGE failed"

log "built $IMAGE in $((SECONDS - started)) s"
