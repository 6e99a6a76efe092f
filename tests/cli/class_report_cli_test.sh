#!/usr/bin/env bash
# Class lists and the merged report, end to end with the real binary: `retain class import` reads a
# ;-separated CSV with a BOM and a header (skipping a repeat and an empty cell with file:line warnings),
# pasted names from stdin, replaces a list on re-import; `retain class list` shows them. Then two "lab
# machines" (data folders, the second a copy of the first plus one more student) merge in `retain report
# --data A --data B`: the copied attempt counted once, students spelt as on the class list. And the
# exam's review page: Enter after the last question shows every answer as (blank) and submits nothing.
# And `retain report --results FILE.csv`: lab B's export merged with lab A's folder, its rows already in
# the folder counted once, a bad line skipped with file:line, a non-results CSV refused.
# Usage: class_report_cli_test.sh RETAIN BANKS_DIR WORK_DIR
set -uo pipefail
retain="$1"; banks="$2"; work="$3"
rm -rf "$work"; mkdir -p "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# --- class import / list -----------------------------------------------------------------------------
printf '\xEF\xBB\xBFId;Student;Email\r\n1;Ana Lima;a@x\r\n2;Ben Okoro;b@x\r\n3;ana lima;c@x\r\n4;;d@x\r\n' >"$work/9b.csv"
out=$("$retain" class import "$work/9b.csv" --class 9B --data "$work/labA" 2>"$work/err") || fail "class import exited $?"
[ "$out" = "Class 9B: 2 names imported, 2 lines skipped." ] || fail "import summary: $out"
grep -qF "$work/9b.csv:4: warning: 'ana lima' is already on the list (line 2): line skipped" "$work/err" || fail "repeat warning: $(cat "$work/err")"
grep -qF "$work/9b.csv:5: warning: no name in column 2: line skipped" "$work/err" || fail "empty cell warning: $(cat "$work/err")"
[ "$("$retain" class list --class 9b --data "$work/labA")" = "$(printf 'Ana Lima\nBen Okoro')" ] || fail "class list --class 9b"
out=$(printf 'Carl Diaz\nDana\n' | "$retain" class import - --class 10A --data "$work/labA") || fail "pasted import exited $?"
[ "$out" = "Class 10A: 2 names imported." ] || fail "pasted summary: $out"
listing=$("$retain" class list --data "$work/labA")
echo "$listing" | grep -qE '^10A +2 students$' || fail "class list: $listing"
echo "$listing" | grep -qE '^9B +2 students$' || fail "class list: $listing"
printf 'name\nAna Lima\nBen Okoro\nEve Stone\n' >"$work/9b-new.csv"
out=$("$retain" class import "$work/9b-new.csv" --class 9B --data "$work/labA") || fail "re-import exited $?"
[ "$out" = "Class 9B: 3 names imported (replacing a list of 2)." ] || fail "re-import summary: $out"
"$retain" class import "$work/missing.csv" --class 9B --data "$work/labA" 2>"$work/err"; rc=$?
[ "$rc" -eq 3 ] && grep -qF "$work/missing.csv: cannot open the file: No such file or directory" "$work/err" || fail "missing file: rc $rc, $(cat "$work/err")"
printf 'name\n\n' >"$work/empty.csv"
"$retain" class import "$work/empty.csv" --class 9B --data "$work/labA" 2>"$work/err"; rc=$?
[ "$rc" -eq 1 ] || fail "a list without names should exit 1, got $rc"
[ "$("$retain" class list --class 9B --data "$work/labA" | wc -l)" -eq 3 ] || fail "an empty import must leave the list as it was"

# --- the review page: Enter after the last question does not submit ---------------------------------
exam() { "$retain" exam --bank study-e2e --student "$1" --count 3 --seed 7 --banks "$banks" --data "$2"; }
log=$(printf '\n\n\n\n' | exam "ana lima" "$work/labA" 2>&1)
before=$(echo "$log" | sed '/End of input/q')
echo "$before" | grep -q "Review your answers (0 of 3 answered):" || fail "no review page after the last question: $log"
[ "$(echo "$before" | grep -c '(blank)')" -ge 6 ] || fail "the review page (shown twice) should list 3 blanks each time: $log"
echo "$before" | grep -q "Submitted" && fail "Enter on the review page submitted: $log"
log=$(printf '\n\n\nsubmit\nsubmit\n' | exam "Ben Okoro" "$work/labA" 2>&1)
echo "$log" | grep -q "3 questions are blank. Type 'submit' again" || fail "blank paper not confirmed: $log"
echo "$log" | grep -q "End of input" && fail "the second submit should hand in: $log"
echo "$log" | grep -q "Submitted. Results for Ben Okoro" || fail "Ben's paper not handed in: $log"

# --- two lab machines merged ------------------------------------------------------------------------
cp -r "$work/labA" "$work/labB"
printf '\n\n\nsubmit\nsubmit\n' | exam "Carl" "$work/labB" >/dev/null 2>&1 || fail "Carl's exam"
report=$("$retain" report --data "$work/labA" --data "$work/labB" --class 9B --csv "$work/merged.csv" --banks "$banks") || fail "merged report exited $?"
echo "$report" | grep -qF "Merged 2 data folders: 3 attempts (2 found twice, counted once)." || fail "merge summary: $report"
csv=$(tr -d '\r' <"$work/merged.csv")
[ "$(echo "$csv" | wc -l)" -eq 10 ] || fail "3 attempts x 3 questions + header expected: $csv"
[ "$(echo "$csv" | grep -c '^Ana Lima,')" -eq 3 ] || fail "ana lima should be written as the class list's Ana Lima: $csv"
echo "$report" | grep -q "Note: Only 3 students took it: with fewer than 5" || fail "few-students warning: $report"
echo "$report" | grep -q "      Who was Prime Minister of Japan in 2018?" || fail "the report should show prompts: $report"
"$retain" report --data "$work/labA" --data "$work/nowhere" >/dev/null 2>"$work/err"; rc=$?
[ "$rc" -eq 3 ] && grep -qF "$work/nowhere" "$work/err" || fail "a missing folder among several: rc $rc, $(cat "$work/err")"

# --- an exported results CSV merged in (`--results`) ------------------------------------------------
# Lab B hands in its export instead of its folder: Carl is new, Ana's and Ben's rows are lab A's again.
"$retain" report --data "$work/labB" --csv "$work/labB.csv" --banks "$banks" >/dev/null || fail "lab B export"
report=$("$retain" report --data "$work/labA" --results "$work/labB.csv" --csv "$work/with-file.csv" --banks "$banks") || fail "report --results exited $?"
echo "$report" | grep -qF "Read $work/labB.csv: 9 rows (6 already in the data folders, counted once)." || fail "--results summary: $report"
[ "$(tr -d '\r' <"$work/with-file.csv" | wc -l)" -eq 10 ] || fail "--results: 3 students x 3 questions + header expected: $(cat "$work/with-file.csv")"
[ "$(grep -c '^Carl,' "$work/with-file.csv")" -eq 3 ] || fail "--results: Carl's 3 rows expected: $(cat "$work/with-file.csv")"
# A bad line is skipped with its file:line; a file that is not a results export is refused (exit 3).
{ cat "$work/labB.csv"; printf 'Dana,study-e2e,q1,x,7,1\r\n'; } >"$work/bad-line.csv"
"$retain" report --data "$work/labA" --results "$work/bad-line.csv" --banks "$banks" >/dev/null 2>"$work/err" || fail "a bad line must not fail the report"
grep -qF "$work/bad-line.csv:11: warning: score '7' is not a number from 0 to 1: line skipped" "$work/err" || fail "bad line warning: $(cat "$work/err")"
printf 'bank,question,students\r\n' >"$work/items-only.csv"
"$retain" report --data "$work/labA" --results "$work/items-only.csv" >/dev/null 2>"$work/err"; rc=$?
[ "$rc" -eq 3 ] && grep -qF "not a results file" "$work/err" || fail "items CSV as --results: rc $rc, $(cat "$work/err")"
"$retain" report --data "$work/labA" --class 11C >/dev/null 2>"$work/err"; rc=$?
[ "$rc" -eq 2 ] && grep -qF "no class '11C'" "$work/err" || fail "unknown class: rc $rc, $(cat "$work/err")"

[ "$failures" -eq 0 ] && echo "class_report_cli_test: all passed"
exit "$failures"
