#!/usr/bin/env bash
# `retain report --data DIR` on a folder an older Retain wrote (schema 5, built here from the SQL of the
# first five migrations in schema_sql.cpp, with one submitted exam): the report is printed from an
# upgraded copy in memory, a note says so, and the folder is left byte for byte as it was (still schema 5,
# never locked, no -wal).
# Usage: report_older_schema_test.sh RETAIN SCHEMA_SQL_CPP
set -uo pipefail
retain="$1"; schema_sql="$2"
source "$(dirname "$0")/test_lib.sh"
need_sqlite3

mkdir -p "$work/data"
for n in 1 2 3 4 5; do
    # The text between `kMigrationN = R"sql(` and `)sql";`.
    awk -v start="kMigration$n = R\"sql(" 'index($0, start) { on = 1; next } on && index($0, ")sql\";") == 1 { exit } on { print }' "$schema_sql"
done >"$work/schema5.sql"
grep -q "CREATE TABLE exam_results" "$work/schema5.sql" || fail "could not read migrations 1-5 from $schema_sql"
sqlite3 "$work/data/retain.db" <"$work/schema5.sql" || fail "the schema-5 SQL does not run"
sqlite3 "$work/data/retain.db" "PRAGMA user_version = 5;
  INSERT INTO exam_attempts (id, title, seed, student, time_limit_seconds, started_ms, submitted_ms)
      VALUES (1, 'Quiz', 7, 'Ana', 0, 1750000000000, 1750000060000);
  INSERT INTO exam_results (attempt_id, position, student, bank_id, question_id, answer, score, time_seconds, exam_title, exam_seed, submitted_ms)
      VALUES (1, 0, 'Ana', 'geo', 'capital', 'Tokyo', 1.0, 12.5, 'Quiz', 7, 1750000060000);" || fail "cannot fill the fixture"
before=$(sha256sum "$work/data/retain.db" | cut -d' ' -f1)
{ ls -lA --time-style=full-iso "$work/data"; stat -c "%y" "$work/data"; } >"$work/listing.before"

"$retain" report --data "$work/data" --csv "$work/class.csv" >"$work/out" 2>"$work/err" \
    || fail "report exited $?: $(cat "$work/err")"
grep -q "^retain report: note: .*older schema (version 5; this Retain writes [0-9]*).*left as it was" "$work/err" \
    || fail "no note about the older schema: $(cat "$work/err")"
grep -q "Ana" "$work/class.csv" || fail "Ana's exam is not in the class CSV: $(cat "$work/class.csv")"
grep -q "capital" "$work/class.csv" || fail "the question is not in the class CSV: $(cat "$work/class.csv")"

[ "$(sha256sum "$work/data/retain.db" | cut -d' ' -f1)" = "$before" ] || fail "retain.db was changed"
[ "$(sqlite3 "$work/data/retain.db" 'PRAGMA user_version')" = 5 ] || fail "the folder's schema was upgraded"
{ ls -lA --time-style=full-iso "$work/data"; stat -c "%y" "$work/data"; } >"$work/listing.after"
diff "$work/listing.before" "$work/listing.after" >/dev/null || fail "the folder changed: $(diff "$work/listing.before" "$work/listing.after" | tr "\n" " ")"
echo "PASS"
