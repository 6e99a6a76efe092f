#!/usr/bin/env bash
# The command line: --version and --help exit 0; an unknown flag is named in a clear message and exits 2.
set -uo pipefail
retain="$1"
fail() { echo "FAIL: $*"; exit 1; }

out=$("$retain" --version) || fail "--version exited $?"
[[ "$out" == retain\ * ]] || fail "--version printed '$out'"
"$retain" --help | grep -q -- "--screenshot" || fail "--help does not list --screenshot"

err=$("$retain" --no-such-flag 2>&1 >/dev/null); code=$?
[ "$code" -eq 2 ] || fail "unknown flag exited $code, expected 2"
echo "$err" | grep -q -- "--no-such-flag" || fail "message does not name the unknown flag: $err"
# Global options may follow a verb as well as precede it.
data=$(mktemp -d); trap 'rm -rf "$data"' EXIT
after=$("$retain" stats --json --data "$data" 2>&1) || fail "stats with --data after the verb exited $?: $after"
before=$("$retain" --data "$data" stats --json 2>&1) || fail "stats with --data before the verb exited $?"
[ "$(echo "$after" | grep -o '"reviews_total": *[0-9]*')" = "$(echo "$before" | grep -o '"reviews_total": *[0-9]*')" ] \
  || fail "--data after the verb gave other figures: $after"
echo "PASS"
