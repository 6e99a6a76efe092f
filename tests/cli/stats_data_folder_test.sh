#!/usr/bin/env bash
# `retain stats --data` on a regular file or a missing folder (issue 19, case 8) says there is no data
# folder there and exits non-zero, instead of printing all-zero figures; an empty folder still reports.
# Usage: stats_data_folder_test.sh RETAIN_BINARY
set -uo pipefail
retain="$1"
fail() { echo "FAIL: $*"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/banks"
echo "not a folder" > "$work/file"

err=$("$retain" --banks "$work/banks" --data "$work/file" stats 2>&1 >/dev/null); code=$?
[ "$code" -eq 3 ] || fail "stats on a regular file exited $code"
echo "$err" | grep -q "there is no Retain data folder at $work/file (it is not a folder)" || fail "stats on a file said: $err"

err=$("$retain" --banks "$work/banks" --data "$work/missing" stats 2>&1 >/dev/null); code=$?
[ "$code" -eq 3 ] || fail "stats on a missing folder exited $code"
echo "$err" | grep -q "(it does not exist)" || fail "stats on a missing folder said: $err"
[ ! -e "$work/missing" ] || fail "stats created the missing folder"

mkdir -p "$work/empty"
"$retain" --banks "$work/banks" --data "$work/empty" stats > /dev/null 2>&1 || fail "stats on an empty data folder exited $?"
echo "PASS: stats refuses a file and a missing folder, reports on an empty one"
