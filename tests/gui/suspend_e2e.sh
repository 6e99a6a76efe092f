#!/usr/bin/env bash
# Suspend and its undo end to end under Xvfb (issue 15, item 12): the real app on a fresh data folder and
# the fixture bank tests/data/banks/e2e, driven by keys only. S starts studying; @ suspends the first
# question (the choice "Which city is the capital of Japan?"): card_state must say suspended, the next
# question must be on screen and the line under the header must say so in the notice colour; Ctrl+Z
# must take it back: no card_state row (it was new), and answering 2 then rating 3 must store the review
# of that same question (it is on screen again).
# Usage: suspend_e2e.sh RETAIN_BINARY FIXTURE_BANKS_DIR [SCREENSHOT_DIR]
set -uo pipefail
retain="$1"; banks="$2"; shots="${3:-}"
source "$(dirname "$0")/app_session.sh"
need_tools xdotool sqlite3 import convert
work="$data/shots"
mkdir -p "$work" ${shots:+"$shots"}
db="$data/retain.db"
in_bank_order "$retain" "$banks"  # the script suspends the bank's first question
start_app "$retain" "$banks"

capture() { import -window "$wid" "$work/$1.png" || fail "cannot capture $1"; [ -z "$shots" ] || cp "$work/$1.png" "$shots/"; }
# notice_pixels SHOT: how many pixels of the line under the header (1280x800, default font) have the
# notice colour (partialColour in the dark theme, 234,185,75, antialiasing allowed).
notice_pixels() {
    convert "$work/$1.png" -crop 600x22+10+131 +repage -fx 'abs(r-0.918)<0.06 && abs(g-0.725)<0.06 && abs(b-0.294)<0.08 ? 1 : 0' \
        -format '%[fx:round(mean*w*h)]' info:
}
suspended() { sqlite3 "$db" "SELECT suspended FROM card_state WHERE question_id = 'capital'"; }

typed s                         # Home: Study
capture question
[ "$(notice_pixels question)" -lt 5 ] || fail "a notice is shown before anything was suspended"
typed @                         # suspend, as in Anki
capture suspended
[ "$(suspended)" = "1" ] || fail "the question is not suspended in the database ('$(suspended)')"
[ "$(notice_pixels suspended)" -gt 40 ] || fail "no 'Suspended: ...' line under the header ($(notice_pixels suspended) notice pixels)"
press ctrl+z
capture undone
[ -z "$(suspended)" ] || fail "after Ctrl+Z the question still has a card_state row ('$(suspended)')"
typed 2                         # the choice is back on screen: 2 = Tokyo
typed 3                         # rate Good
quit_app
rows=$(sqlite3 -separator '|' "$db" "SELECT question_id, rating, response FROM review_log ORDER BY id")
echo "review_log: $rows"
[ "$rows" = "capital|3|Tokyo" ] || fail "expected the suspended-then-restored question answered Tokyo and rated 3, found '$rows'"
echo "PASS"
