#!/usr/bin/env bash
# Renders each SVG of the shapes bank to the PNG its questions name. The PNGs are committed; run this
# after changing an SVG (needs rsvg-convert, Debian package librsvg2-bin; the build does not).
# Question pictures are 320x240; option pictures (option-*.svg, drawn in choice buttons and matching
# items) are 160x120.
set -euo pipefail
cd "$(dirname "$0")"
for svg in *.svg; do
    case "$svg" in
        option-*) size=(-w 160 -h 120) ;;
        *) size=(-w 320 -h 240) ;;
    esac
    rsvg-convert "${size[@]}" "$svg" -o "${svg%.svg}.png"
done
