#!/usr/bin/env bash
# Retakes docs/classroom.md's screenshots of the window as live classroom host, under Xvfb with xdotool,
# on four choice questions of the bundled Russia–Japan bank: the lobby with its QR code and six students who joined, a question
# on the projector while they answer, its reveal, and the podium. The students are simulated
# (tests/gui/live_students.py: WebSocket clients on 127.0.0.1), so the game listens on 127.0.0.1 only
# and the join URL shows 127.0.0.1 where a classroom sees the machine's LAN address.
# Usage: bash docs/screenshots/take_live_host_screenshots.sh RETAIN_BINARY [OUT_DIR] [FONT_SCALE] [SIZE]
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
# The bank's first four choice questions, so the projector shows its tiles (the order is the game's own).
/usr/bin/python3 - "$root/questions/russia-japan-2018.yaml" "$data/banks/russia-japan-2018.yaml" <<'PY'
import sys, yaml
bank = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
bank["questions"] = [q for q in bank["questions"] if q.get("type") == "choice"][:4]
yaml.safe_dump(bank, open(sys.argv[2], "w", encoding="utf-8"), allow_unicode=True, sort_keys=False)
PY

"$retain" --data "$data" --banks "$data/banks" --size "$size" >"$data/app.log" 2>&1 &
app=$!
wid=$(timeout 30 xdotool search --sync --name '^Retain$' | head -1)
sleep 1.5
xdotool windowfocus "$wid"
sleep 0.5
source "$here/xdo_helpers.sh"

# The setup at 100 % (live_view.cpp's layout: one row every 36 px); a larger font scale is set afterwards.
press ctrl+7                                         # the Live tab
click 100 186; press ctrl+a; typed "4"; press Return # 4 questions
click 100 402; press ctrl+a; typed "0"; press Return # any free port
xdotool key Tab; sleep 0.3                           # leave the field
[ "$size" = 1280x800 ] && shot live_host_setup
click 28 482                                         # this machine only
click 60 526; sleep 1                                # Open the lobby
[ "$scale" != 1 ] && set_font_scale "$scale" ctrl+7  # Settings: the font scale, then back to Live
url=$(sed -n 's/^retain: live game PIN [0-9]* open at //p' "$data/app.log" | head -1)
[ -n "$url" ] || { echo "no game opened: $(cat "$data/app.log")" >&2; exit 1; }
/usr/bin/python3 "$root/tests/gui/live_students.py" "$url" "Ana,Ben,Chloé,Dmitri,Emi,Farid" --delay 2 --spacing 1.2 --seconds 150 >"$data/students.log" 2>&1 &
students=$!
sleep 4
shot live_host_lobby
press Return; sleep 3.2                              # Start: two or three of six have answered
shot live_host_question
sleep 6
shot live_host_reveal
for _ in 1 2 3; do press Return; sleep 9; done     # the other questions
press Return; sleep 1.5                              # the podium
shot live_host_podium
xdotool key ctrl+q; wait "$app"; app=""
wait "$students" || true; students=""
grep "Results stored" "$data/app.log"
