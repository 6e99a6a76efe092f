#!/usr/bin/env bash
# `retain grade` on the bundled bank: every equivalent form the grading issue lists is accepted, and
# near-but-wrong answers (19 billion, 2017, the wrong person) are refused, with the documented exit codes.
set -uo pipefail
retain="$1"; bank="$2"
failures=0
expect() {  # expect correct|wrong QUESTION ANSWER
  local want="$1" question="$2" answer="$3" json verdict
  json=$("$retain" grade --bank "$bank" --question "$question" --answer "$answer" --json)
  local code=$?
  if [ "$code" -ne 0 ]; then echo "FAIL: exit $code for $question '$answer'"; failures=$((failures + 1)); return; fi
  if echo "$json" | grep -q '"correct": *true'; then verdict=correct; else verdict=wrong; fi
  if [ "$verdict" != "$want" ]; then
    echo "FAIL: $question '$answer' graded $verdict, expected $want: $json"; failures=$((failures + 1))
  fi
}
for answer in "18" "18 billion" "USD 18 billion" '$18bn' "US\$ 18 bn" "18 bln" "18,000,000,000" "18 000 000 000" \
              "1.8e10" "eighteen billion"; do
  expect correct trade-turnover "$answer"
done
for answer in "19 billion" "18 million" "EUR 18 billion" "17"; do expect wrong trade-turnover "$answer"; done
for answer in "June 14, 2018" "14 June 2018" "2018-06-14" "14.06.2018"; do expect correct source-date "$answer"; done
for answer in "June 14, 2017" "2018"; do expect wrong source-date "$answer"; done
expect correct visit-dates "May 25–26, 2018"
expect correct visit-dates "25-26 May 2018"
expect wrong visit-dates "May 25, 2018"
for answer in "Shinzo Abe" "Abe" "Abe Shinzo" "shinzo abe"; do expect correct visit-visitor "$answer"; done
for answer in "Vladimir Putin" "Taro Kono"; do expect wrong visit-visitor "$answer"; done
expect correct trade-turnover-year "2017"
expect wrong trade-turnover-year "2018"

# An ambiguous slash date is refused with a message, never guessed.
out=$("$retain" grade --bank "$bank" --question source-date --answer "05/06/2018")
echo "$out" | grep -qi "ambiguous" || { echo "FAIL: 05/06/2018 not refused as ambiguous: $out"; failures=$((failures + 1)); }
# Exit codes: unknown question 1, misuse 2.
"$retain" grade --bank "$bank" --question no-such-question --answer x >/dev/null 2>&1
[ $? -eq 1 ] || { echo "FAIL: unknown question should exit 1"; failures=$((failures + 1)); }
"$retain" grade --bank "$bank" >/dev/null 2>&1
[ $? -eq 2 ] || { echo "FAIL: missing --question should exit 2"; failures=$((failures + 1)); }

[ "$failures" -eq 0 ] && echo "PASS" || { echo "$failures failures"; exit 1; }
