#!/usr/bin/env bash
# Retakes docs/classroom.md's screenshot of the window hosting a self-paced paper, under Xvfb with xdotool,
# over the bundled Russia–Japan bank: six simulated students (tests/gui/live_paper_students.py, WebSocket
# clients on 127.0.0.1) join, get their papers and answer at their own pace; some hand in. The game listens
# on 127.0.0.1 only, so the join URL shows 127.0.0.1 where a classroom sees the machine's LAN address.
# Usage: bash docs/screenshots/take_live_paper_screenshots.sh RETAIN_BINARY [OUT_DIR] [FONT_SCALE] [SIZE]
# (OUT_DIR defaults to docs/screenshots; FONT_SCALE, e.g. 2, and SIZE, e.g. 800x600, check the layout.)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../.."
retain="$1"; out="${2:-$here}"; scale="${3:-1}"; size="${4:-1280x800}"
source "$root/tests/gui/display.sh"
data=$(mktemp -d)
app=""; students=""
trap '[ -n "$app" ] && kill -9 $app 2>/dev/null; [ -n "$students" ] && kill $students 2>/dev/null; rm -rf "$data"; [ -n "${RETAIN_TEST_XVFB_PID:-}" ] && kill $RETAIN_TEST_XVFB_PID 2>/dev/null; true' EXIT
mkdir -p "$out" "$data/banks"
cp "$root/questions/russia-japan-2018.yaml" "$data/banks/"

"$retain" --data "$data" --banks "$data/banks" --size "$size" >"$data/app.log" 2>&1 &
app=$!
wid=$(timeout 30 xdotool search --sync --name '^Retain$' | head -1)
sleep 1.5
xdotool windowfocus "$wid"
sleep 0.5
source "$here/xdo_helpers.sh"

# The setup at 100 % (live_view.cpp's layout; with "Self-paced paper" the rows below the time limit move
# down by the note under it); a larger font scale is set afterwards.
press ctrl+7                                         # the Live tab
click 100 186; press ctrl+a; typed "8"; press Return # 8 questions
click 495 186                                        # Self-paced paper
click 100 410; press ctrl+a; typed "0"; press Return # any free port
xdotool key Tab; sleep 0.3                           # leave the field
[ "$size" = 1280x800 ] && [ "$scale" = 1 ] && shot live_paper_host_setup
click 28 490                                         # this machine only
click 60 534; sleep 1                                # Open the lobby
[ "$scale" != 1 ] && set_font_scale "$scale" ctrl+7  # Settings: the font scale, then back to Live
url=$(sed -n 's/^retain: live paper PIN [0-9]* open at //p' "$data/app.log" | head -1)
[ -n "$url" ] || { echo "no paper opened: $(cat "$data/app.log")" >&2; exit 1; }
/usr/bin/python3 "$root/tests/gui/live_paper_students.py" "$url" "Ana,Ben,Chloé,Dmitri,Emi,Farid" --spacing 1.0 --seconds 90 >"$data/students.log" 2>&1 &
students=$!
sleep 3
press Return; sleep 6.5                              # Hand out the papers; they write
shot live_paper_host_progress
xdotool key ctrl+q; wait "$app" || true; app=""
kill "$students" 2>/dev/null || true; students=""
grep "Results stored" "$data/app.log"
