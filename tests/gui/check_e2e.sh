#!/usr/bin/env bash
# End-to-end retention check under Xvfb (issue 15, item 2): the real app on a fresh data folder and the
# fixture bank tests/data/banks/e2e. On the Check tab the question count and the seed are edited (1
# question, seed 3: the typed "Prime Minister" question), "Start the check" is clicked and the answer is
# typed at once, with no pause after the click, as a quick learner does. The stored check must hold the
# whole answer: the letters typed while the field was taking the keyboard were dropped before.
# Usage: check_e2e.sh RETAIN_BINARY FIXTURE_BANKS_DIR [SCREENSHOT_DIR]
set -uo pipefail
retain="$1"; banks="$2"; shots="${3:-}"
source "$(dirname "$0")/app_session.sh"
for tool in xdotool sqlite3 import; do command -v "$tool" >/dev/null || fail "$tool is needed"; done
[ -n "$shots" ] && mkdir -p "$shots"
start_app "$retain" "$banks"

shot() { [ -z "$shots" ] || import -window "$wid" "$shots/$1.png" || fail "cannot capture $1"; }

# Window coordinates of the Check setup at 1280x800 and the default font (retention_check_view.cpp's layout).
press ctrl+5                      # the Check tab
shot setup
click 50 226; sleep 0.5           # the Questions field
press ctrl+a
xdotool type --delay 80 1; sleep 0.5
click 120 262; sleep 0.5          # the Seed field
press ctrl+a
xdotool type --delay 80 3; sleep 0.5
click 80 334                      # Start the check, and type straight away
xdotool type --delay 40 "Shinzo Abe"
sleep 0.7
shot question
press Return                      # the only question: the report follows
shot report
quit_app

db="$data/retain.db"
[ -f "$db" ] || fail "no database in the data folder"
rows=$(sqlite3 -separator '|' "$db" "SELECT question_id, score, response FROM retention_check_answers ORDER BY position")
echo "retention_check_answers:"; echo "$rows"
[ "$(echo "$rows" | wc -l)" -eq 1 ] || fail "expected one stored check answer"
[ "$rows" = "prime-minister|1.0|Shinzo Abe" ] || fail "the answer was not stored whole and right: '$rows'"
echo "PASS"
