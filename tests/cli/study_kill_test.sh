#!/usr/bin/env bash
# Durability under SIGKILL: `retain study --terminal` on a fresh data folder is fed through a FIFO and
# killed with SIGKILL right after each answer it acknowledged ("Saved: ..." is printed only after the
# commit), then restarted, 24 times. At the end review_log must hold exactly one row per acknowledged
# answer and the database must pass an integrity check. Along the way: a second Retain on the same folder
# is refused, `retain stats --json` agrees with the log, and end of input ends a session with exit 0.
# Usage: study_kill_test.sh RETAIN_BINARY
set -uo pipefail
retain="$1"
answers=24          # answers to give, one per run, each followed by SIGKILL
timeout_s=20        # how long to wait for one prompt, seconds

source "$(dirname "$0")/test_lib.sh"
fail() { echo "FAIL: $*"; [ -n "${out:-}" ] && [ -f "$out" ] && { echo "--- last output:"; tail -n 20 "$out"; }; exit 1; }
need_sqlite3
cleanup_extra() { exec 3>&- 2>/dev/null; }

# A bank of 30 true/false statements, written here so the test does not depend on the shipped banks.
banks="$work/banks"
data="$work/data"
mkdir -p "$banks"
{
    printf 'bank:\n  id: kill-test\n  title: Kill test\n  language: en\nquestions:\n'
    for i in $(seq -w 1 30); do
        printf '  - id: s%s\n    type: true_false\n    prompt: Statement %s is true.\n    explanation: It is.\n    answer: true\n' "$i" "$i"
    done
} > "$banks/kill-test.yaml"

# Waits until file holds at least n occurrences of text (prompts end without a newline, so grep -o).
wait_for() {
    local file="$1" text="$2" n="$3" waited=0
    while [ "$(grep -o -F -- "$text" "$file" 2>/dev/null | wc -l)" -lt "$n" ]; do
        kill -0 "$pid" 2>/dev/null || fail "retain exited while waiting for '$text' (exit status in output above)"
        sleep 0.05
        waited=$((waited + 1))
        [ "$waited" -gt $((timeout_s * 20)) ] && fail "no '$text' within ${timeout_s}s"
    done
}

answer_lines=("true" "false" "" "true")
rating_lines=("" "1" "3" "4" "2")
acknowledged=0
for ((round = 1; round <= answers; round++)); do
    fifo="$work/in.$round"
    out="$work/out.$round"
    mkfifo "$fifo"
    "$retain" --banks "$banks" --data "$data" study --terminal --new-per-day 50 < "$fifo" > "$out" 2> "$work/err.$round" &
    pid=$!
    exec 3> "$fifo"   # the writer end stays open between lines, like a person at a keyboard

    if [ "$round" -eq 1 ]; then
        wait_for "$out" "Answer> " 1
        err=$("$retain" --banks "$banks" --data "$data" study --terminal < /dev/null 2>&1 >/dev/null); code=$?
        [ "$code" -eq 3 ] || fail "a second retain on the same folder exited $code, expected 3"
        echo "$err" | grep -q "Retain is already running on $data (pid $pid)" || fail "second retain said: $err"
    fi

    wait_for "$out" "Answer> " 1
    printf '%s\n' "${answer_lines[round % ${#answer_lines[@]}]}" >&3
    wait_for "$out" "Rate 1-4" 1
    printf '%s\n' "${rating_lines[round % ${#rating_lines[@]}]}" >&3
    wait_for "$out" "Saved: " 1
    acknowledged=$((acknowledged + 1))
    kill -9 "$pid"
    wait "$pid" 2>/dev/null
    pid=""
    exec 3>&-
    rm -f "$fifo"

    stored=$(sqlite3 "$data/retain.db" "SELECT count(*) FROM review_log") || fail "sqlite3 could not read the database"
    [ "$stored" -eq "$acknowledged" ] || fail "after kill $round: review_log has $stored rows, $acknowledged answers were saved"
done

[ "$(sqlite3 "$data/retain.db" "PRAGMA integrity_check")" = "ok" ] || fail "integrity_check failed"
stats=$("$retain" --banks "$banks" --data "$data" stats --json) || fail "retain stats exited $?"
echo "$stats" | grep -q "\"reviews_total\": $acknowledged" || fail "stats disagrees with the log: $stats"

# End of input ends the session cleanly, storing nothing for the card left unanswered.
"$retain" --banks "$banks" --data "$data" study --terminal < /dev/null > "$work/eof.out" 2>&1 || fail "end of input exited $?"
[ "$(sqlite3 "$data/retain.db" "SELECT count(*) FROM review_log")" -eq "$acknowledged" ] || fail "the EOF run changed the log"

echo "PASS: $acknowledged answers, each followed by SIGKILL, all in review_log"
