#!/usr/bin/env bash
# `retain export --format csv`: the review results answered in `retain study --terminal` come out as
# CSV rows of that bank, and a data folder without a database is a clear error (exit 3). The session
# ends with its summary: score and accuracy per tag. Verbs load banks through the compiled-bank cache of
# an existing data folder and never create a data folder they only read.
set -uo pipefail
retain="$1"; banks="$2"
data=$(mktemp -d); trap 'rm -rf "$data"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
printf 'Anna Kireeva\n3\nJune 14, 2018\n1\n' | "$retain" --data "$data" --banks "$banks" study --terminal --new-order bank >"$data/study.out" \
  || fail "study exited $?"
# Both answers right, the second rated Again by the learner: full credit 2 of 2, accuracy (as Stats counts) 50 %.
grep -q '^Score: 2 of 2 right (100 %), accuracy 50 % (rated Hard, Good or Easy), mean score 100 %' "$data/study.out" || fail "summary: $(tail -3 "$data/study.out")"
grep -q '^By tag: dates 1/1; people 1/1;' "$data/study.out" || fail "per-tag summary: $(tail -3 "$data/study.out")"
"$retain" --data "$data" --banks "$banks" export --format csv russia-japan-2018 --out "$data/reviews.csv" || fail "export exited $?"
[ "$(wc -l < "$data/reviews.csv")" -eq 3 ] || fail "expected a header and 2 rows: $(cat "$data/reviews.csv")"
grep -q '^reviewed_at,bank,question,rating,score,answer,answer_seconds,interval_days' "$data/reviews.csv" || fail "header"
grep -q ',russia-japan-2018,source-author,good,1,Anna Kireeva,' "$data/reviews.csv" || fail "first review row"
grep -q ',russia-japan-2018,source-date,again,1,"June 14, 2018",' "$data/reviews.csv" || fail "second review row (quoted answer)"
"$retain" --data "$data/none" --banks "$banks" export --format csv russia-japan-2018 --out "$data/x.csv" 2>"$data/err"
[ $? -eq 3 ] || fail "missing database should exit 3"
grep -q "no database" "$data/err" || fail "message: $(cat "$data/err")"
[ ! -e "$data/none" ] || fail "export created the data folder it only reads"
ls "$data"/cache/banks/*.bankcache >/dev/null 2>&1 || fail "no compiled-bank cache entry after study"
echo PASS
