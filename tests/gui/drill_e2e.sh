#!/usr/bin/env bash
# End-to-end drill under Xvfb (issue 15, items 4 and 5): the real app on a fresh data folder and the
# fixture bank tests/data/banks/e2e, one player, turns, a 10 s timer and the two typed questions tagged
# "people" (a text and a date, in a random order), driven with xdotool clicks and keys.
#  - Item 4: the first question's timer runs out with no input at all: the screen must change to the
#    standings by itself, i.e. a capture taken then equals one taken after the mouse has moved (a screen
#    that waits for an event to redraw differs), and shows no countdown bar.
#  - Item 5: on the second, "+10 s" is clicked, then the answer is typed and Enter pressed: the answer
#    field must still have the keyboard, so the standings replace the question (its countdown bar is gone).
# Usage: drill_e2e.sh RETAIN_BINARY FIXTURE_BANKS_DIR [SCREENSHOT_DIR]
set -uo pipefail
retain="$1"; banks="$2"; shots="${3:-}"
source "$(dirname "$0")/app_session.sh"
for tool in xdotool import convert compare; do command -v "$tool" >/dev/null || fail "$tool is needed"; done
[ -n "$shots" ] && mkdir -p "$shots"
work="$data/shots"; mkdir -p "$work"
start_app "$retain" "$banks"

# Window coordinates of the drill screens at 1280x800 and the default font (drill_view.cpp's layout).
capture() { import -window "$wid" "$work/$1.png" || fail "cannot capture $1"; [ -z "$shots" ] || cp "$work/$1.png" "$shots/"; }
# The question screen has its countdown bar at the top: its right end is the bar's empty frame colour once
# a moment has passed. The standings have nothing there.
pixel() { convert "$work/$1.png" -crop "1x1+$2+$3" -format '%[pixel:p{0,0}]' info:; }
onQuestion() { [ "$(pixel "$1" 1262 100)" = "srgb(29,47,73)" ]; }

press ctrl+6                                  # the Drill tab
click 190 360; sleep 0.3; press ctrl+a        # players: one, Ana
xdotool type --delay 60 "Ana"; sleep 0.3
click 190 132; sleep 0.3                      # tags: people (two typed questions)
xdotool type --delay 60 "people"; sleep 0.3
click 185 240; sleep 0.5                      # mode: turns
ctrlclick 190 204; press ctrl+a; xdotool type --delay 60 "10"; press Return   # 10 s per question
ctrlclick 103 168; press ctrl+a; xdotool type --delay 60 "2"; press Return    # two questions
capture setup
click 57 452; sleep 1                         # Start drill
capture question1
onQuestion question1 || fail "the first question shows no countdown bar ($(pixel question1 1262 100))"

# Item 4: the first question's timer runs out with no input.
xdotool mousemove --window "$wid" 1200 700    # park the pointer over nothing
sleep 10.5                                    # 10 s limit, no input at all
capture timeout_still
xdotool mousemove --window "$wid" 1210 710; sleep 1
capture timeout_moved
onQuestion timeout_still && fail "the question is still on screen after the time ran out"
diff=$(compare -metric AE "$work/timeout_still.png" "$work/timeout_moved.png" /dev/null 2>&1)
[ "$diff" = "0" ] || fail "the screen after the timeout changed only when the mouse moved ($diff pixels differ)"

# Item 5 (the second question; +10 s lasts for the player from then on): a click on +10 s, then the
# answer typed straight into the field.
click 188 307; sleep 1                        # Next question (a click: a held Enter could reach the new field)
capture question2
onQuestion question2 || fail "the second question shows no countdown bar"
click 44 151; sleep 0.5
xdotool type --delay 60 "zzz"                 # no right answer needed: any readable-or-not answer submits or refuses
press Return
sleep 0.5
capture after_extend
if onQuestion after_extend; then
    # The date question refuses "zzz" (unreadable) and stays: a readable date must then go in.
    press ctrl+a; xdotool type --delay 60 "2018"; press Return; sleep 0.5; capture after_extend2
    onQuestion after_extend2 && fail "after +10 s the typed answer and Enter went nowhere"
fi


quit_app
echo "PASS"
