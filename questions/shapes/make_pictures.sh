#!/usr/bin/env bash
# Renders each SVG of the shapes bank to the PNG its questions name. The PNGs are committed; run this
# after changing an SVG (needs rsvg-convert, Debian package librsvg2-bin; the build does not).
set -euo pipefail
cd "$(dirname "$0")"
for svg in *.svg; do rsvg-convert -w 320 -h 240 "$svg" -o "${svg%.svg}.png"; done
