#!/usr/bin/env bash
# Stand-in base images for machines that cannot pull public images: made from Debian packages with debootstrap
# (the mirror this machine's apt uses) and tagged with the names the Dockerfile's FROM lines use. A machine that
# can pull the real images does not need this.
#
#   bash docker/base-images.sh        # needs root, debootstrap and a running Docker engine
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BUILD_IMAGE=$(sed -n 's/^FROM \([^ ]*\) AS build$/\1/p' docker/Dockerfile)
RUN_IMAGE=$(sed -n 's/^FROM \([^ ]*\)$/\1/p' docker/Dockerfile | tail -1)
MIRROR=$(sed -n 's/^URIs: *\([^ ]*\/debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
MIRROR=${MIRROR:-$(sed -n 's/^deb \(http[^ ]*\/debian\) .*/\1/p' /etc/apt/sources.list 2>/dev/null | head -1)}
SUITE=${SUITE:-bookworm}
[ -n "$MIRROR" ] || { echo "base-images.sh: no Debian mirror found in this machine's apt sources" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "base-images.sh: debootstrap is needed (apt-get install -y debootstrap)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

make_image() { # tag, extra packages (comma-separated)
  local root="$WORK/$(echo "$1" | tr ':/' '__')"
  echo "base-images.sh: $1 from $SUITE with $2"
  debootstrap --variant=minbase --include="$2" "$SUITE" "$root" "$MIRROR" > "$WORK/debootstrap.log" 2>&1 \
    || { tail -20 "$WORK/debootstrap.log" >&2; exit 1; }
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
  # this machine's trust: a network that reaches Maven Central through its own certificate authority needs it in
  # the image too (for Java as well), or the build stage cannot download anything
  cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
  if [ -f /etc/ssl/certs/java/cacerts ]; then
    mkdir -p "$root/etc/ssl/certs/java" && cp /etc/ssl/certs/java/cacerts "$root/etc/ssl/certs/java/cacerts"
  fi
  tar -C "$root" -c . | docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' - "$1" > /dev/null
}

make_image "$RUN_IMAGE" "openjdk-17-jre-headless,ca-certificates,passwd"
# the build stage downloads Maven's plugins and dependencies: it needs the CA bundle (ca-certificates-java for Java)
make_image "$BUILD_IMAGE" "openjdk-17-jdk-headless,maven,ca-certificates,ca-certificates-java"
docker image ls --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep -E "^(${BUILD_IMAGE}|${RUN_IMAGE}) "
