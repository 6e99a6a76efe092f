#!/usr/bin/env bash
# A database that passes the opening's quick_check but fails the start backup's integrity_check: the
# window opens, and the backup's failure ("... failed integrity_check ...") appears on Home by itself
# (no input) while the window is open, not only on stderr after it closes.
# Usage: backup_warning_window.sh RETAIN_BINARY BANKS_DIR [SCREENSHOT_DIR]
set -uo pipefail
retain="$1"; banks="$2"; shots="${3:-}"
source "$(dirname "$0")/app_session.sh"
need_tools xdotool sqlite3
[ -n "$shots" ] && mkdir -p "$shots"
"$retain" --data "$data" --banks "$banks" study --terminal --new-per-day 0 </dev/null >/dev/null 2>&1 \
    || fail "could not create the data folder"
rm -rf "$data/backups"  # so the window's start backup is due
# Damage that quick_check does not see but integrity_check does: an index that misses a row.
sqlite3 "$data/retain.db" "CREATE TABLE extra(x TEXT); CREATE INDEX extra_x ON extra(x); INSERT INTO extra VALUES ('a'), ('b');
  PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = 'CREATE INDEX extra_x ON extra(x) WHERE x <> ''b''' WHERE name = 'extra_x';" \
    || fail "could not prepare the damage"
sqlite3 "$data/retain.db" "REINDEX extra_x; PRAGMA writable_schema = ON;
  UPDATE sqlite_schema SET sql = 'CREATE INDEX extra_x ON extra(x)' WHERE name = 'extra_x';" || fail "could not damage the index"
[ "$(sqlite3 "$data/retain.db" 'PRAGMA quick_check')" = ok ] || fail "quick_check should pass"
[ "$(sqlite3 "$data/retain.db" 'PRAGMA integrity_check')" != ok ] || fail "integrity_check should fail"

export RETAIN_LAYOUT_REPORT="$data/layout.txt"
start_app "$retain" "$banks"
# No key or mouse from here on: the loop must draw the warning when the backup's worker is done.
for _ in $(seq 1 50); do grep -q '^home_store_warning ' "$data/layout.txt" 2>/dev/null && break; sleep 0.2; done
grep -q '^home_store_warning ' "$data/layout.txt" 2>/dev/null || fail "Home shows no warning within 10 s: $(cat "$data/layout.txt" 2>/dev/null | head -3)"
grep -q 'no backup was taken at start: .*integrity_check' "$data/app.log" || fail "the log does not name the integrity failure"
[ -z "$shots" ] || import -window "$wid" "$shots/backup_warning.png" || fail "cannot capture the window"
quit_app
echo "PASS"
