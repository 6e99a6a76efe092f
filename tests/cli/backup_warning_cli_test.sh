#!/usr/bin/env bash
# A backup that fails is said, never dropped: with <data>/backups a plain file (so no backup can be
# written), `retain study --terminal`, `retain exam` and `retain live` (ended by SIGINT) each finish their
# work, exit 0 and print "retain VERB: warning: no backup was taken at start: ..." and "... on close: ...".
# Usage: backup_warning_cli_test.sh RETAIN E2E_BANKS LIVE_BANKS
set -uo pipefail
retain="$1"; e2e="$2"; live="$3"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# fresh: a data folder with a profile and no backups folder, only a file in its place.
fresh() {
    rm -rf "$work/data"
    "$retain" --data "$work/data" --banks "$e2e" study --terminal --new-per-day 0 </dev/null >/dev/null 2>&1 \
        || fail "could not create the data folder"
    rm -rf "$work/data/backups"
    printf 'not a folder\n' >"$work/data/backups"
}

# said VERB: the verb's stderr ($work/err) names both failed backups.
said() {
    grep -q "^retain $1: warning: no backup was taken at start: .*backups" "$work/err" || fail "$1 did not say the start backup failed: $(cat "$work/err")"
    grep -q "^retain $1: warning: no backup was taken on close: .*backups" "$work/err" || fail "$1 did not say the close backup failed: $(cat "$work/err")"
}

fresh
printf 't\n3\n' | "$retain" --data "$work/data" --banks "$e2e" study --terminal >/dev/null 2>"$work/err" || fail "study exited $?"
said study

fresh
printf 'x\nsubmit\n' | "$retain" --data "$work/data" --banks "$e2e" exam --bank study-e2e --student Ana --count 1 \
    >"$work/out" 2>"$work/err" || fail "exam exited $?"
grep -q "Score: 0 / 1" "$work/out" || fail "the exam did not finish: $(tail -3 "$work/out")"
said exam

fresh
"$retain" --data "$work/data" --banks "$live" live --bank live-fixture --port 0 --bind 127.0.0.1 </dev/null \
    >"$work/out" 2>"$work/err" &
host=$!
for _ in $(seq 1 100); do grep -q "Game PIN" "$work/out" && break; sleep 0.1; done
grep -q "Game PIN" "$work/out" || fail "retain live did not listen within 10 s"
kill -INT "$host"
for _ in $(seq 1 100); do kill -0 "$host" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$host" 2>/dev/null; then kill -9 "$host"; fail "retain live did not end within 10 s of SIGINT"; fi
wait "$host" || fail "live exited $?"
said live

[ "$failures" -eq 0 ] && echo "PASS" || exit 1
