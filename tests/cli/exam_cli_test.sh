#!/usr/bin/env bash
# `retain exam` then `retain report` end to end: two students take the same five-question exam in the
# terminal, each in their own question order, answering by reading the prompt (Ana everything right, Ben
# only the capital); then the class CSV has one row per student and question with the scores, and the
# item analysis flags the question everybody got right as too easy.
# Usage: exam_cli_test.sh RETAIN BANKS_DIR WORK_DIR
set -uo pipefail
retain="$1"; banks="$2"; work="$3"
rm -rf "$work"; mkdir -p "$work"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# take STUDENT right|wrong: answers each question as it is printed (prompts end in "Answer> ").
take() {
  local student="$1" mode="$2" chunk answer out in
  coproc EXAM { "$retain" exam --bank study-e2e --student "$student" --count 5 --seed 7 --minutes 30 \
                  --banks "$banks" --data "$work/data" 2>&1; }
  local pid=$EXAM_PID
  exec {out}<&"${EXAM[0]}" {in}>&"${EXAM[1]}"
  while IFS= read -r -d '>' chunk <&"$out"; do
    printf '%s>' "$chunk" >>"$work/$student.log"
    case "$chunk" in
      *"Review"*) answer="submit" ;;  # the review page after the last question: everything answered
      *"capital of Japan"*) answer="Tokyo" ;;
      *"Prime Minister"*) [ "$mode" = right ] && answer="Abe" || answer="Putin" ;;
      *"Russia–Japan trade"*) [ "$mode" = right ] && answer="18 billion USD" || answer="3 billion USD" ;;
      *"official visit"*) [ "$mode" = right ] && answer="true" || answer="false" ;;
      *"Saint Petersburg"*) [ "$mode" = right ] && answer="26 May 2018" || answer="1 June 2018" ;;
      *) answer="" ;;
    esac
    printf '%s\n' "$answer" >&"$in"
  done
  printf '%s' "$chunk" >>"$work/$student.log"  # the text after the last prompt (read keeps it at end of input)
  exec {in}>&- {out}<&-
  wait "$pid" || fail "retain exam for $student exited $?"
}

take Ana right
take Ben wrong
grep -q "Score: 5 / 5" "$work/Ana.log" || fail "Ana should score 5 / 5: $(tail -8 "$work/Ana.log")"
grep -q "Score: 1 / 5" "$work/Ben.log" || fail "Ben should score 1 / 5: $(tail -8 "$work/Ben.log")"
# No feedback before submission: no score line before "Submitted".
sed '/^Submitted/q' "$work/Ana.log" | grep -qiE "correct|score|wrong" && fail "feedback shown before submission"
# The two papers come in different question orders.
order() { grep -oE "capital of Japan|Prime Minister|trade in 2017|official visit|Saint Petersburg" "$work/$1.log" | head -5 | tr '\n' ' '; }
[ "$(order Ana)" != "$(order Ben)" ] || fail "Ana and Ben got the same question order: $(order Ana)"

report=$("$retain" report --csv "$work/class.csv" --items "$work/items.csv" --data "$work/data") || fail "retain report exited $?"
csv=$(tr -d '\r' <"$work/class.csv")
[ "$(echo "$csv" | head -1)" = "student,bank,question,answer,score,time_seconds" ] || fail "CSV header: $(echo "$csv" | head -1)"
[ "$(echo "$csv" | wc -l)" -eq 11 ] || fail "CSV should have 10 rows and a header: $csv"
[ "$(echo "$csv" | grep -c '^Ana,study-e2e,.*,1,')" -eq 5 ] || fail "Ana's five rows should score 1: $csv"
[ "$(echo "$csv" | grep -c '^Ben,study-e2e,.*,0,')" -eq 4 ] || fail "Ben's four wrong rows should score 0: $csv"
echo "$csv" | grep -q '^Ben,study-e2e,capital,Tokyo,1,' || fail "Ben's capital row: $csv"
echo "$csv" | grep -q '^Ben,study-e2e,prime-minister,Putin,0,' || fail "Ben's answer text kept: $csv"
# capital: both right -> facility 1 > 0.9, flagged too easy; the others split the class (facility 0.5).
echo "$report" | grep -E "study-e2e/capital +2 +1.000 " | grep -q "too easy" || fail "capital not flagged too easy: $report"
echo "$report" | grep -qE "study-e2e/prime-minister +2 +0.500 " || fail "prime-minister facility: $report"
grep -q "^study-e2e,capital,2,1.000," "$work/items.csv" || fail "items CSV: $(cat "$work/items.csv")"
# --bank filters; an unknown bank reports nothing.
"$retain" report --bank no-such-bank --data "$work/data" | grep -q "No exam or live game results yet" || fail "--bank filter"

[ "$failures" -eq 0 ] && echo "exam_cli_test: all passed"
exit "$failures"
