#!/usr/bin/env bash
# A kill during the very first start (issue 19, case 1): `retain study --terminal` on a fresh data folder
# is killed with SIGKILL while it creates and migrates its database: in half the runs the moment a
# rollback journal and a non-empty database file stand side by side (retain.db* + retain.db*-journal:
# a kill then leaves the journal hot, which read-only checks cannot roll back); in the others after
# 0, 2, 4, ... ms. Every folder so left must open at the next start (exit 0 at end of input) with a
# database that passes integrity_check. Bounded: 24 short runs, seconds in all.
# Usage: first_start_kill_test.sh RETAIN_BINARY
set -uo pipefail
retain="$1"
runs=24             # one fresh folder each

source "$(dirname "$0")/test_lib.sh"
need_sqlite3

banks="$work/banks"
mkdir -p "$banks"
one_question_bank "$banks/first-start.yaml" first-start "First start"

killed_with_files=0
for ((run = 0; run < runs; run++)); do
    data="$work/data.$run"
    "$retain" --banks "$banks" --data "$data" study --terminal < /dev/null > /dev/null 2>&1 &
    pid=$!
    if ((run % 2 == 0)); then
        when="while a journal was hot"
        # Busy-wait (builtins only, so it reacts within microseconds) for a journal beside a written
        # database file, under either name, or for the end of retain.
        for ((spin = 0; spin < 2000000; spin++)); do
            { [ -e "$data/retain.db-journal" ] && [ -s "$data/retain.db" ]; } && break
            { [ -e "$data/retain.db.creating-journal" ] && [ -s "$data/retain.db.creating" ]; } && break
            ((spin % 1000 == 0)) && ! kill -0 "$pid" 2>/dev/null && break
        done
    else
        when="after $((run - 1)) ms"
        sleep "$(printf '0.%03d' $((run - 1)))"
    fi
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    pid=""
    [ -e "$data/retain.db" ] || [ -e "$data/retain.db-journal" ] && killed_with_files=$((killed_with_files + 1))
    left=$(ls -A "$data" 2>/dev/null | tr '\n' ' ')

    err=$("$retain" --banks "$banks" --data "$data" study --terminal < /dev/null 2>&1 >/dev/null); code=$?
    [ "$code" -eq 0 ] || fail "killed $when (left: $left), the next start exited $code: $err"
    [ "$(sqlite3 "$data/retain.db" "PRAGMA integrity_check")" = "ok" ] || fail "killed $when: integrity_check failed"
    version=$(sqlite3 "$data/retain.db" "PRAGMA user_version")
    [ "$version" -gt 0 ] || fail "killed $when: the next start left user_version $version"
    rm -rf "$data"
done
echo "PASS: $runs first starts killed ($killed_with_files left files behind); each folder opened again"
