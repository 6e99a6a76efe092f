#!/usr/bin/env bash
# End-to-end study under Xvfb: the real app on a fresh data folder and the fixture bank
# tests/data/banks/e2e (five new questions in a known order) is driven with xdotool key presses only:
# S on Home starts studying; a choice (key 2), a typed text (Enter), a number (Enter), a true/false (T)
# and a date (Enter) are answered and rated with keys 1-4, Space or Enter; Ctrl+3 and Ctrl+comma open Browse
# and Settings; Ctrl+Q quits. The app must exit 0, and review_log must hold the five answers with their
# responses, scores and ratings, in one study session that was closed cleanly.
# Usage: study_e2e.sh RETAIN_BINARY FIXTURE_BANKS_DIR [SCREENSHOT_DIR]
# With SCREENSHOT_DIR, the home screen, a question, its feedback, Browse and Settings are saved there.
set -uo pipefail
retain="$1"; banks="$2"; shots="${3:-}"
source "$(dirname "$0")/app_session.sh"
for tool in xdotool sqlite3 import; do command -v "$tool" >/dev/null || fail "$tool is needed"; done
[ -n "$shots" ] && mkdir -p "$shots"
in_bank_order "$retain" "$banks"  # the five questions come in the order answered below
start_app "$retain" "$banks"

shot() { [ -z "$shots" ] || import -window "$wid" "$shots/$1.png" || fail "cannot capture $1"; }

shot home
typed s                    # Home: Study
shot question
typed 2                    # choice shown unshuffled: 2 = Tokyo
shot feedback
typed 3                    # rate Good
typed "Shinzo Abe"         # text: the field has the keyboard at once
press Return               # check
press Return               # Enter takes the suggested rating
typed "18 billion"         # numeric
press Return
typed " "                  # Space takes the suggested rating
typed t                    # true/false
typed 4                    # rate Easy
typed "26 May 2018"        # date
press Return
typed 1                    # rate Again (the learner's choice)
press ctrl+3               # Browse
shot browse
press ctrl+comma           # Settings
shot settings
quit_app

db="$data/retain.db"
[ -f "$db" ] || fail "no database in the data folder"
rows=$(sqlite3 -separator '|' "$db" "SELECT question_id, rating, score, response FROM review_log ORDER BY id")
echo "review_log:"; echo "$rows"
expect_row() {  # question_id, rating pattern (regex), response
    echo "$rows" | grep -Eq "^$1\|$2\|1\.0\|$3\$" || fail "no review of $1 rated $2 with score 1.0 and response '$3'"
}
expect_row capital 3 "Tokyo"
expect_row prime-minister "[234]" "Shinzo Abe"   # the suggestion depends on the seconds taken
expect_row trade-2017 "[234]" "18 billion"
expect_row visit-official 4 "true"
[ "$(echo "$rows" | grep -c '^summit-day|1|1.0|26 May 2018$')" -eq 1 ] || fail "the date answer rated Again is missing"
[ "$(echo "$rows" | wc -l)" -eq 5 ] || fail "expected 5 reviews, found $(echo "$rows" | wc -l)"
sessions=$(sqlite3 "$db" "SELECT count(*) FROM study_sessions WHERE kind = 'window' AND ended_ms IS NOT NULL")
[ "$sessions" -eq 1 ] || fail "expected one closed window session, found $sessions"
linked=$(sqlite3 "$db" "SELECT count(*) FROM review_log r JOIN study_sessions s ON s.id = r.session_id")
[ "$linked" -eq 5 ] || fail "reviews not linked to the session ($linked of 5)"
state=$(sqlite3 "$db" "SELECT phase FROM card_state WHERE question_id = 'summit-day'")
[ "$state" = "1" ] || fail "the card rated Again should be in learning (phase 1), is '$state'"
echo "PASS"
