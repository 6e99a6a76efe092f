#!/usr/bin/env bash
# The scheduler belongs to the profile, and `retain study --terminal` uses the profile's: a data folder
# whose old settings.ini chose SM-2 is migrated into a profile scheduled by SM-2 (the interval line shows
# SM-2's intervals for a new card), and changing that profile's scheduler in the database to FSRS
# changes the intervals the next terminal session shows to FSRS-6's learning steps.
# Usage: profile_scheduler_cli_test.sh RETAIN_BINARY FIXTURE_BANKS_DIR
set -uo pipefail
retain="$1"; banks="$2"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
command -v sqlite3 >/dev/null || fail "sqlite3 is needed"

printf 'theme = light\nprofile = ana\nscheduler = sm2\nnew_per_day = 3\n' >"$data/settings.ini"
# One answer (choice 2 = Tokyo), Enter takes the suggested rating, then end of input.
out=$(printf '2\n\n' | "$retain" --data "$data" --banks "$banks" study --terminal --profile ana) || fail "study exited $?"
grep -q '^1 Again 1d · 2 Hard 1d · 3 Good 1d · 4 Easy 1d$' <<<"$out" || fail "SM-2's intervals expected; got: $out"
grep -q '\[new 3 ' <<<"$out" || fail "the profile's migrated new-per-day limit (3) expected; got: $out"
[ "$(sqlite3 "$data/retain.db" "SELECT scheduler FROM profiles WHERE name = 'ana'")" = sm2 ] || fail "profile ana is not SM-2"

sqlite3 "$data/retain.db" "UPDATE profiles SET scheduler = 'fsrs' WHERE name = 'ana'" || fail "cannot change the scheduler"
out=$(printf '\n' | "$retain" --data "$data" --banks "$banks" study --terminal --profile ana) || fail "study exited $?"
grep -q '^1 Again 1m · 2 Hard 6m · 3 Good 10m · 4 Easy 8d$' <<<"$out" || fail "FSRS-6's intervals expected; got: $out"
# settings.ini's old keys were moved once: the profile keeps its own scheduler, not the file's.
[ "$(sqlite3 "$data/retain.db" "SELECT scheduler FROM profiles WHERE name = 'ana'")" = fsrs ] || fail "the migration ran twice"
echo "ok"
