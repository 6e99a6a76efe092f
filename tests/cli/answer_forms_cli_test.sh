#!/usr/bin/env bash
# `retain grade` on the bundled bank with the forms of issue 18: titles before a name, "name (SHORT)",
# company suffixes, the article's own qualifiers and its date phrases are accepted, with feedback saying
# what was set aside; the wrong person, the wrong year and the wrong figure are still refused.
set -uo pipefail
retain="$1"; bank="$2"
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect() {  # expect correct|wrong QUESTION ANSWER [FEEDBACK-FRAGMENT]
  local want="$1" question="$2" answer="$3" fragment="${4:-}" json verdict
  json=$("$retain" grade --bank "$bank" --question "$question" --answer "$answer" --json)
  local code=$?
  if [ "$code" -ne 0 ]; then fail "exit $code for $question '$answer'"; return; fi
  if echo "$json" | grep -q '"correct": *true'; then verdict=correct; else verdict=wrong; fi
  [ "$verdict" = "$want" ] || { fail "$question '$answer' graded $verdict, expected $want: $json"; return; }
  if [ -n "$fragment" ] && ! echo "$json" | grep -qF -- "$fragment"; then fail "$question '$answer': no \"$fragment\" in $json"; fi
}
# Titles and posts before a name.
expect correct visit-host "President Putin" "accepted without the title 'President'"
expect correct visit-visitor "Prime Minister Shinzo Abe" "accepted without the title 'Prime Minister'"
expect correct visit-visitor "PM Abe" "accepted without the title 'PM'"
expect correct kono-name "Foreign Minister Taro Kono" "accepted without the title 'Foreign Minister'"
# A name with its short form in brackets, either way round.
expect correct ldp-name "Liberal Democratic Party (LDP)" "with 'LDP' in brackets"
expect correct eef-name "Eastern Economic Forum (EEF)" "with 'EEF' in brackets"
expect correct keidanren "Keidanren (Japan Business Federation)" "with 'Japan Business Federation' in brackets"
# Company suffixes.
expect correct engine-plant-partner "Mazda Motor Corporation" "without the company suffix 'Corporation'"
# The article's own wording, allowed per question (allow_extra).
expect correct kuril-islands-name "southern Kuril Islands" "without 'southern'"
expect correct kuril-islands-name "the four Kuril Islands" "without 'four'"
expect correct aegis-name "US Aegis Ashore" "without 'US'"
expect correct aegis-name "Aegis Ashore missile defense system" "without 'missile defense system'"
# Date phrases.
expect correct two-plus-two-when "second half of 2018"
expect correct two-plus-two-when "H2 2018"
# Still refused: the wrong person (with or without a title), the wrong year, the wrong figure.
expect wrong visit-host "Prime Minister Abe"
expect wrong visit-visitor "President Putin"
expect wrong kono-name "Foreign Minister Lavrov"
expect wrong ldp-name "Liberal Democratic Party (DPJ)"
expect wrong engine-plant-partner "Toyota Motor Corporation"
expect wrong kuril-islands-name "northern Sakhalin"
expect wrong two-plus-two-when "second half of 2019"
expect wrong two-plus-two-when "first half of 2018"
expect wrong trade-turnover-year "2018"
expect wrong trade-turnover "19 billion"
expect wrong trade-turnover "USD 18 million"

[ "$failures" -eq 0 ] && echo "PASS" || { echo "$failures failures"; exit 1; }
