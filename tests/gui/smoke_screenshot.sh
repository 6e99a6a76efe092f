#!/usr/bin/env bash
# GUI smoke test: the real binary opens a window on the bundled banks, renders, and writes a screenshot
# that has the requested size, is not blank, and has text drawn where the bank list is.
set -euo pipefail
retain="$1"; out="$2"
source "$(dirname "$0")/display.sh"
mkdir -p "$out"
shot="$out/smoke.png"
rm -f "$shot"
data=$(mktemp -d)
trap 'rm -rf "$data"; [ -n "${RETAIN_TEST_XVFB_PID:-}" ] && kill $RETAIN_TEST_XVFB_PID 2>/dev/null; true' EXIT

"$retain" --data "$data" --size 1280x800 --screenshot "$shot" --frames 5

[ -s "$shot" ] || { echo "FAIL: no screenshot written"; exit 1; }
size=$(identify -format '%wx%h' "$shot")
[ "$size" = "1280x800" ] || { echo "FAIL: screenshot is $size, expected 1280x800"; exit 1; }
# Not blank: the whole image has some contrast.
whole=$(convert "$shot" -colorspace Gray -format '%[fx:standard_deviation]' info:)
# Text drawn: the band under the tab bar where the bank table stands has many distinct shades
# (anti-aliased glyphs), not just a flat background.
band=$(convert "$shot" -crop 1000x200+0+30 +repage -colorspace Gray -format '%k' info:)
echo "screenshot $size, gray std-dev $whole, distinct shades in the text band: $band"
awk -v s="$whole" 'BEGIN { exit !(s > 0.02) }' || { echo "FAIL: screenshot looks blank"; exit 1; }
[ "$band" -ge 8 ] || { echo "FAIL: no text drawn in the bank list region"; exit 1; }
echo "PASS"
