#!/usr/bin/env bash
# Builds Retain's .deb (cpack in BUILD) and installs it with `apt install ./retain_*.deb` in a clean
# Debian 12 root made by debootstrap from the configured Debian mirror, then runs `retain --version` and
# `retain lint` on the installed banks inside it. Needs root, debootstrap and the mirror (apt's source).
#
#   bash tools/deb_in_clean_debian.sh [BUILD]     (default build/; the root is made and removed in /var/tmp)
#
# RETAIN_DEBOOTSTRAP_TARBALL=FILE: debootstrap --unpack-tarball from FILE (made by --make-tarball) instead
# of downloading the base system again; the root is still unpacked fresh.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$here/build}" && pwd)
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}
[ "$(id -u)" = 0 ] || { echo "run as root (debootstrap and chroot)"; exit 2; }
command -v debootstrap >/dev/null || { echo "needs debootstrap: apt-get install debootstrap"; exit 2; }

step() { printf '\n== %s\n' "$*"; }
step "cpack -G DEB in $build"
cmake --build "$build" -j2 --target retain
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/retain_*.deb | head -1)
dpkg-deb -f "$deb" Package Version Depends   # Depends: from dpkg-shlibdeps, plus the font

root=$(mktemp -d /var/tmp/retain-debian12.XXXXXX)
cleanup() {
  for m in proc dev/pts dev; do umount "$root/$m" 2>/dev/null || true; done
  rm -rf --one-file-system "$root"
}
trap cleanup EXIT
step "debootstrap bookworm (minbase) into $root from $mirror"
if [ -n "${RETAIN_DEBOOTSTRAP_TARBALL:-}" ] && [ -e "$RETAIN_DEBOOTSTRAP_TARBALL" ]; then
  debootstrap --variant=minbase --unpack-tarball="$RETAIN_DEBOOTSTRAP_TARBALL" bookworm "$root" "$mirror" >/dev/null
else
  debootstrap --variant=minbase bookworm "$root" "$mirror" >/dev/null
fi
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
cp "$deb" "$root/tmp/"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root DEBIAN_FRONTEND=noninteractive "$@"; }

step "apt install ./$(basename "$deb") in the clean root"
in_root apt-get update -qq
in_root apt-get install -y -qq --no-install-recommends "/tmp/$(basename "$deb")" >"$root/tmp/apt.log" \
  || { tail -30 "$root/tmp/apt.log"; exit 1; }
grep -E "^(Setting up|Unpacking) retain" "$root/tmp/apt.log" || true

step "retain --version"
in_root retain --version
step "retain lint (no path: the installed banks, /usr/share/retain/questions)"
in_root retain lint
step "retain lint /usr/share/retain/questions"
in_root retain lint /usr/share/retain/questions
step "installed files"
in_root dpkg -L retain | grep -E "bin/|applications|metainfo|man1|512x512|questions/[^/]*\.yaml$"
echo; echo "PASS: $(basename "$deb") installs with apt in a clean Debian 12 root; --version and lint ran there"
