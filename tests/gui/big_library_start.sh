#!/usr/bin/env bash
# The first start of a big library never blocks the window: a generated 50,000-question library (no
# compiled cache yet) is opened; the window's layout report must show the progress bar ("library-loading")
# before the log says the banks are loaded, the log must say "first frame drawn" before that, and then
# all 50,000 questions must arrive and Ctrl+Q must quit with 0.
# Usage: big_library_start.sh RETAIN_BINARY GEN_LIBRARY_BINARY [SCREENSHOT_DIR]
set -uo pipefail
retain="$1"; gen="$2"; shots="${3:-}"
source "$(dirname "$0")/app_session.sh"
for tool in xdotool import; do command -v "$tool" >/dev/null || fail "$tool is needed"; done
[ -n "$shots" ] && mkdir -p "$shots"
"$gen" "$data/banks" 50000 >/dev/null || fail "cannot generate the library"
# The window's layout report says, frame by frame, whether the progress bar was drawn.
export RETAIN_LAYOUT_REPORT="$data/layout.txt"
"$retain" --data "$data" --banks "$data/banks" --size 1280x800 >"$data/app.log" 2>&1 &
app=$!
# From the moment the app starts: the progress must be reported before the banks are in.
seen_progress=""
for _ in $(seq 1 300); do
    if grep -q '^library-loading ' "$data/layout.txt" 2>/dev/null && ! grep -Eq 'banks \(50000 questions\) loaded' "$data/app.log"; then
        seen_progress=yes; break
    fi
    grep -Eq 'banks \(50000 questions\) loaded' "$data/app.log" && break
    sleep 0.05
done
[ -n "$seen_progress" ] || fail "the window never reported the loading progress before the banks were in"
wid=$(timeout 30 xdotool search --sync --all --pid "$app" --name '^Retain$' | head -1)
[ -n "$wid" ] || fail "no window titled Retain appeared"
xdotool windowfocus "$wid"

loaded_line='banks \(50000 questions\) loaded'
for _ in $(seq 1 50); do grep -q 'first frame drawn' "$data/app.log" && break; sleep 0.2; done
first=$(grep -n 'first frame drawn' "$data/app.log" | head -1 | cut -d: -f1)
[ -n "$first" ] || fail "no first frame logged within 10 s of the window appearing"
if grep -Eq "$loaded_line" "$data/app.log"; then
    loaded=$(grep -En "$loaded_line" "$data/app.log" | head -1 | cut -d: -f1)
    [ "$loaded" -gt "$first" ] || fail "the banks were loaded before the first frame was drawn"
    echo "note: the library finished loading within the start-up wait; the order of the log lines still holds"
else
    # Still loading: the window is drawing the progress (capture it for a look).
    [ -z "$shots" ] || import -window "$wid" "$shots/loading.png" || fail "cannot capture the loading screen"
fi
for _ in $(seq 1 300); do grep -Eq "$loaded_line" "$data/app.log" && break; sleep 0.2; done
grep -Eq "$loaded_line" "$data/app.log" || fail "the 50,000 questions did not arrive within 60 s"
loaded=$(grep -En "$loaded_line" "$data/app.log" | head -1 | cut -d: -f1)
[ "$loaded" -gt "$first" ] || fail "the banks were loaded before the first frame was drawn"
sleep 0.5
[ -z "$shots" ] || import -window "$wid" "$shots/loaded.png" || fail "cannot capture the loaded window"
quit_app
grep -E 'first frame drawn|loaded' "$data/app.log"
echo "PASS"
