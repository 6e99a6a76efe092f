#!/usr/bin/env bash
# Renders assets/retain.svg to the PNG sizes desktops look for (hicolor theme). The PNGs are committed;
# run this after changing the SVG (needs rsvg-convert, Debian package librsvg2-bin; the build does not).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
for size in 16 22 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$here/../retain.svg" -o "$here/retain-$size.png"
done
