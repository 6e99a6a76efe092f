#!/usr/bin/env bash
# A kill during a backup (issue 19, cases 7 and 8): `retain study --terminal` on a 30 MB database starts
# its interval backup on a worker thread and is killed with SIGKILL while backups/*.db.part is being
# written. The next start must delete that .part (it used to stay, 0 bytes, forever), study must work,
# and every backup left must be a complete database. Bounded: 8 kills, seconds in all.
# Usage: backup_kill_test.sh RETAIN_BINARY
set -uo pipefail
retain="$1"
runs=8

source "$(dirname "$0")/test_lib.sh"
need_sqlite3

banks="$work/banks"
data="$work/data"
mkdir -p "$banks"
one_question_bank "$banks/b.yaml" backup-kill "Backup kill"
"$retain" --banks "$banks" --data "$data" study --terminal < /dev/null > /dev/null 2>&1 || fail "the first start failed"
# 30 MB of history stand-in, so a copy takes long enough to be caught half-way.
sqlite3 "$data/retain.db" "CREATE TABLE padding(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 30) INSERT INTO padding SELECT randomblob(1000000) FROM n;" \
    || fail "cannot pad the database"

caught=0
for ((run = 0; run < runs; run++)); do
    rm -rf "$data/backups"   # so the start backup is due
    "$retain" --banks "$banks" --data "$data" study --terminal < <(sleep 20) > /dev/null 2>&1 &
    pid=$!
    for ((spin = 0; spin < 2000000; spin++)); do
        compgen -G "$data/backups/*.db.part" > /dev/null && break
        ((spin % 1000 == 0)) && ! kill -0 "$pid" 2>/dev/null && break
    done
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    pid=""
    compgen -G "$data/backups/*.db.part" > /dev/null && caught=$((caught + 1))

    "$retain" --banks "$banks" --data "$data" study --terminal < /dev/null > "$work/out" 2>&1 \
        || { cat "$work/out"; fail "run $run: the start after a kill during a backup failed"; }
    if compgen -G "$data/backups/*.part*" > /dev/null; then
        ls -l "$data/backups"; fail "run $run: a .part file survived the next start"
    fi
    for backup in "$data"/backups/retain-*.db; do
        [ "$(sqlite3 "$backup" 'PRAGMA integrity_check')" = ok ] || fail "run $run: $backup is not a complete database"
    done
    [ "$(sqlite3 "$data/retain.db" 'PRAGMA integrity_check')" = ok ] || fail "run $run: retain.db is damaged"
done
((caught >= runs / 2)) || fail "only $caught of $runs kills landed during a backup; the test did not test"
echo "ok: $caught of $runs kills during a backup; every .part was removed at the next start"
