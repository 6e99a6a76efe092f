#!/usr/bin/env bash
# The Live tab with a class list, a kick during the reveal, and the reveal's buttons at a big font scale
# (issue 16), the real app under Xvfb driven with xdotool through the window's own layout report
# ($RETAIN_LAYOUT_REPORT), so the clicks find their widgets at any font scale and window size:
#  1. class 9B is imported (retain class import) into a fresh data folder; the Live tab's "Class list"
#     choice lists it and picks it; the lobby opens on 127.0.0.1 and a free port.
#  2. Three WebSocket students (tests/gui/live_students.py): "Ana Lima" and "Ben Okoro", on the list, are
#     welcomed; "Zed", not on it, is refused with not_on_class_list (the game really has the list).
#  3. Start; both answer; at the reveal "Next question" lies wholly inside the window.
#  4. Players, then Kick beside Ben, then the confirmation: Ben's phone is told "kicked", the reveal now
#     says 1 of 1 answered, and after Ctrl+Q the database holds Ana's answer only.
# Run at 200 % on 1280x800 and on 800x600 (where the reveal once pushed Next below the window).
# Usage: live_class_kick_e2e.sh RETAIN_BINARY FIXTURE_BANKS_DIR CLASS_CSV [SCREENSHOT_DIR]
set -uo pipefail
retain="$1"; banks="$2"; csv="$3"; shots="${4:-}"
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/app_session.sh"
need_tools xdotool import sqlite3
[ -n "$shots" ] && mkdir -p "$shots"
report="$data/layout.txt"
export RETAIN_LAYOUT_REPORT="$report"
students=""
trap '[ -n "$students" ] && kill "$students" 2>/dev/null; cleanup' EXIT

source "$here/layout_report.sh"
# reach NAME: scrolls the content down until NAME lies inside the window (at most 10 wheel turns).
reach() {
    need "$1"
    for _ in $(seq 1 10); do
        read -r _ _ _ y1 <<<"$(rect "$1")"
        [ "$y1" -le "$h" ] && return
        xdotool mousemove --window "$wid" $((w / 2)) $((h / 2)); sleep 0.2; xdotool click 5; sleep 0.5
    done
    fail "$1 stays below the ${w}x$h window at $label"
}
# hit NAME: clicks the middle of NAME (brought into the window first).
hit() {
    reach "$1"
    read -r x0 y0 x1 y1 <<<"$(rect "$1")"
    click $(((x0 + x1) / 2)) $(((y0 + y1) / 2)); sleep 0.8
}
shot() { [ -z "$shots" ] || import -window "$wid" "$shots/$1_$label.png" || fail "cannot capture $1"; }
# log_has PATTERN: waits (up to 10 s) for PATTERN in the students' log.
log_has() {
    for _ in $(seq 1 50); do grep -q "$1" "$data/students.log" && return; sleep 0.2; done
    fail "the students' log has no '$1': $(cat "$data/students.log")"
}

run_at() {  # SCALE WIDTH HEIGHT
    local scale="$1"; w="$2"; h="$3"
    label="$(awk -v s="$scale" 'BEGIN { printf "%d", s * 100 }')_${w}x$h"
    rm -rf "${data:?}"/*; printf 'font_scale = %s\n' "$scale" >"$data/settings.ini"
    "$retain" class import "$csv" --class 9B --data "$data" >/dev/null 2>&1 || fail "retain class import failed"
    "$retain" --data "$data" --banks "$banks" --size "${w}x$h" >"$data/app.log" 2>&1 &
    app=$!
    wid=$(timeout 30 xdotool search --sync --all --pid "$app" --name '^Retain$' | head -1)
    [ -n "$wid" ] || fail "no window titled Retain appeared"
    sleep 1.5; xdotool windowfocus "$wid"; sleep 0.5

    press ctrl+7                              # the Live tab
    hit live-class                            # the class-list choice: None, then 9B (5 students)
    need live-class-0
    hit live-class-0
    hit live-port; press ctrl+a; typed "0"; press Return
    hit live-local
    shot setup
    hit live-open
    local url
    url=$(sed -n 's/^retain: live game PIN [0-9]* open at //p' "$data/app.log" | head -1)
    [ -n "$url" ] || fail "the app logged no open game"

    : >"$data/students.log"
    /usr/bin/python3 "$here/live_students.py" "$url" "Ana Lima,Ben Okoro,Zed" --plan first --seconds 60 >"$data/students.log" 2>&1 &
    students=$!
    log_has '^Ben Okoro .*"type": "welcome"'
    log_has '^Zed .*"code": "not_on_class_list"'
    grep -q '^Ana Lima .*"type": "welcome"' "$data/students.log" || fail "Ana Lima was not welcomed"
    local ben
    ben=$(sed -n '/^Ben Okoro .*"type": "welcome"/s/.*"player": \([0-9]*\).*/\1/p' "$data/students.log" | head -1)
    [ -n "$ben" ] || fail "no player id in Ben's welcome"
    sleep 0.8
    hit live-start                            # Start the game
    log_has '^Ana Lima .*"type": "result"'
    log_has '^Ben Okoro .*"type": "result"'
    sleep 0.8
    on_screen live-next "$w" "$h"                      # the reveal's Next button, not below the window
    on_screen live-players "$w" "$h"
    shot reveal

    hit live-players
    need "live-kick-$ben"
    hit "live-kick-$ben"
    need live-kick-confirm
    shot kick
    hit live-kick-confirm
    log_has '^Ben Okoro .*"type": "kicked"'
    press Escape                              # close the players popup
    quit_app
    wait "$students" 2>/dev/null; students=""
    rows=$(sqlite3 "$data/retain.db" "SELECT player FROM live_answers ORDER BY player")
    [ "$rows" = "Ana Lima" ] || fail "live_answers holds '$rows' at $label, expected only Ana Lima's answer"
}

run_at 2 1280 800
run_at 2 800 600
echo "PASS"
