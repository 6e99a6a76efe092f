#!/usr/bin/env bash
# The window as live classroom host under Xvfb (issue 16): the real app on a fresh data folder and the
# fixture bank tests/data/banks/live (a choice and a typed question), driven with xdotool.
#  1. The Live tab opens a lobby on 127.0.0.1 and a free port; the lobby's QR code, read off a screenshot
#     with zbarimg, is the join URL the app logged (so a phone can scan it).
#  2. One student (tests/gui/live_students.py, a WebSocket client on 127.0.0.1) joins through the URL read
#     from the QR code; "Start the game", enabled only once the host has seen a player, sends the question.
#  3. The student answers; with everyone answered the host closes the question and sends the verdict.
#  4. Ctrl+Q in the middle of the game (question 1 of 2): the app exits 0, tells the phone the game is
#     over, and the database holds the student's one answer, in the bank's terms, with its nickname.
# Usage: live_host_e2e.sh RETAIN_BINARY FIXTURE_BANKS_DIR [SCREENSHOT_DIR]
set -uo pipefail
retain="$1"; banks="$2"; shots="${3:-}"
here="$(cd "$(dirname "$0")" && pwd)"
source "$here/app_session.sh"
for tool in xdotool import zbarimg sqlite3; do command -v "$tool" >/dev/null || fail "$tool is needed"; done
[ -n "$shots" ] && mkdir -p "$shots"
work="$data/shots"; mkdir -p "$work"
students=""
trap '[ -n "$students" ] && kill "$students" 2>/dev/null; cleanup' EXIT
capture() { import -window "$wid" "$work/$1.png" || fail "cannot capture $1"; [ -z "$shots" ] || cp "$work/$1.png" "$shots/"; }
start_app "$retain" "$banks"

# Window coordinates of the Live tab's setup at 1280x800 and the default font (live_view.cpp's layout).
press ctrl+7                                  # the Live tab
click 140 402; sleep 0.3; press ctrl+a        # Port: 0 = any free port
typed "0"; press Return
click 28 482; sleep 0.5                       # This machine only (127.0.0.1)
capture setup
click 80 526; sleep 1.5                       # Open the lobby
logged=$(sed -n 's/^retain: live game PIN [0-9]* open at //p' "$data/app.log" | head -1)
[ -n "$logged" ] || fail "the app logged no open game"
case "$logged" in http://127.0.0.1:[0-9]*/\?pin=[0-9][0-9][0-9][0-9][0-9][0-9]) ;; *) fail "unexpected join URL '$logged'";; esac
xdotool mousemove --window "$wid" 1200 790; sleep 0.5
capture lobby
scanned=$(zbarimg -q --raw "$work/lobby.png" 2>/dev/null | head -1)
[ "$scanned" = "$logged" ] || fail "the lobby's QR code reads '$scanned', not the join URL '$logged'"

/usr/bin/python3 "$here/live_students.py" "$scanned" Ana --plan first --seconds 40 >"$data/students.log" 2>&1 &
students=$!
for _ in $(seq 1 50); do grep -q '"type": "welcome"' "$data/students.log" && break; sleep 0.2; done
grep -q '"type": "welcome"' "$data/students.log" || fail "the student was not welcomed: $(cat "$data/students.log")"
sleep 1
capture lobby_joined
click 124 522                                 # Start the game (1 player): disabled until the host saw Ana
for _ in $(seq 1 50); do grep -q '"type": "result"' "$data/students.log" && break; sleep 0.2; done
grep -q '"type": "question"' "$data/students.log" || fail "the game did not start: the student got no question"
grep '"type": "result"' "$data/students.log" | grep -q '"answered": true' || fail "the student's answer got no verdict: $(cat "$data/students.log")"
sleep 0.5
capture reveal

# What the student was shown first and so answered: choice 0 of a choice question, or a typed line.
expected=$(/usr/bin/python3 - "$data/students.log" <<'PY'
import json, sys
for line in open(sys.argv[1]):
    name, _, body = line.partition(" ")
    message = json.loads(body)
    if message.get("type") == "question":
        choices = message["question"].get("choices")
        print(choices[0] if choices else "I do not know")
        break
PY
)
[ -n "$expected" ] || fail "no question in the student's log"

quit_app                                      # mid-game: question 1 of 2
wait "$students" 2>/dev/null; students=""
grep -q '"type": "game_over"' "$data/students.log" || fail "closing the window did not tell the phone the game is over"
grep -q "Results stored (game 1, 1 answers)" "$data/app.log" || fail "the app did not say it stored the answer"
rows=$(sqlite3 "$data/retain.db" "SELECT player || '|' || position || '|' || answer FROM live_answers")
[ "$rows" = "Ana|0|$expected" ] || fail "live_answers holds '$rows', expected 'Ana|0|$expected'"
games=$(sqlite3 "$data/retain.db" "SELECT COUNT(*) FROM live_games")
[ "$games" = "1" ] || fail "live_games holds $games games"
echo "PASS"
