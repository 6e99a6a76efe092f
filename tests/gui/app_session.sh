# Sourced by the GUI end-to-end scripts: an X display (display.sh), a fresh data folder in $data removed
# on exit, fail(), start_app (the real binary at 1280x800 on a bank folder; sets $app and $wid), the
# xdotool helpers press/typed/click/ctrlclick, in_bank_order, and quit_app (Ctrl+Q, then the app must exit 0 in 15 s).
source "$(dirname "${BASH_SOURCE[0]}")/display.sh"

data=$(mktemp -d)
app=""
cleanup() {
    [ -n "$app" ] && kill -9 "$app" 2>/dev/null
    rm -rf "$data"
    [ -n "${RETAIN_TEST_XVFB_PID:-}" ] && kill "$RETAIN_TEST_XVFB_PID" 2>/dev/null
    true
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; echo "--- app log:"; cat "$data/app.log" 2>/dev/null; exit 1; }
# need_tools TOOL...: fails naming the first tool that is not installed.
need_tools() { for tool in "$@"; do command -v "$tool" >/dev/null || fail "$tool is needed"; done; }

# start_app RETAIN_BINARY BANKS_DIR: opens the window and gives it the keyboard.
start_app() {
    "$1" --data "$data" --banks "$2" --size 1280x800 >"$data/app.log" 2>&1 &
    app=$!
    wid=$(timeout 30 xdotool search --sync --all --pid "$app" --name '^Retain$' | head -1)
    [ -n "$wid" ] || fail "no window titled Retain appeared"
    sleep 1
    # No window manager under Xvfb: windowfocus gives the window the keyboard (windowactivate would wait for one).
    xdotool windowfocus "$wid"
    sleep 0.5
}

# in_bank_order RETAIN_BINARY BANKS_DIR: before start_app, creates the data folder's default profile and
# sets its new questions to bank order (the default is a daily shuffle), for scripts that answer a known order.
in_bank_order() {
    "$1" --data "$data" --banks "$2" study --terminal --new-per-day 0 </dev/null >/dev/null 2>&1 \
        || fail "could not create the profile"
    sqlite3 "$data/retain.db" "UPDATE profile_settings SET new_order = 'bank'" || fail "could not set bank order"
}

# ImGui 1.86 reads key states once per frame, so a press and release inside one frame would be lost:
# named keys are held for a moment. Typed characters are queued and never lost.
press() { xdotool keydown "$1"; sleep 0.15; xdotool keyup "$1"; sleep 0.7; }
typed() { xdotool type --delay 80 "$1"; sleep 0.7; }
# click X Y: a left click at window coordinates, returning at once (the caller decides how long to wait).
click() { xdotool mousemove --window "$wid" "$1" "$2"; sleep 0.3; xdotool mousedown 1; sleep 0.15; xdotool mouseup 1; }
# ctrlclick X Y: Ctrl+click, which turns an ImGui slider into a text field.
ctrlclick() {
    xdotool mousemove --window "$wid" "$1" "$2"; sleep 0.3
    xdotool keydown ctrl; xdotool mousedown 1; sleep 0.15; xdotool mouseup 1; xdotool keyup ctrl; sleep 0.5
}

# quit_app: Ctrl+Q; the app must exit with code 0 within 15 s.
quit_app() {
    xdotool key ctrl+q
    local code=""
    for _ in $(seq 1 75); do
        if ! kill -0 "$app" 2>/dev/null; then wait "$app"; code=$?; break; fi
        sleep 0.2
    done
    [ -n "$code" ] || fail "the app did not exit within 15 s of Ctrl+Q"
    app=""
    [ "$code" -eq 0 ] || fail "the app exited with code $code"
}
