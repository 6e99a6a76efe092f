#!/usr/bin/env bash
# `retain draft`: on the article (when given) the drafted bank passes `retain lint --source`; bad input
# (empty, binary, 5 MB, no facts, non-English, missing) is refused with a clear message and exit 1 or 2,
# never a crash; an existing --out is not overwritten.
set -uo pipefail
retain="$1"; article="${2:-}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

if [ -n "$article" ]; then
  "$retain" draft "$article" --out "$work/d.yaml" > "$work/out.txt" 2>&1 || fail "draft of the article exited $?: $(cat "$work/out.txt")"
  grep -q "^drafted [0-9]* question" "$work/out.txt" || fail "no summary line: $(cat "$work/out.txt")"
  "$retain" lint --source "$article" "$work/d.yaml" > "$work/lint.txt" 2>&1 || fail "lint --source failed: $(cat "$work/lint.txt")"
  grep -q "error" "$work/lint.txt" && ! grep -q " 0 errors" "$work/lint.txt" && fail "lint reports errors: $(cat "$work/lint.txt")"
  [ "$(grep -c '^  - id:' "$work/d.yaml")" -eq "$(grep -c 'draft: true' "$work/d.yaml")" ] || fail "a question is not marked draft"
  "$retain" draft "$article" --out "$work/d.yaml" > /dev/null 2>&1
  [ $? -eq 2 ] || fail "an existing --out should be refused with exit 2"
  "$retain" draft "$article" --out "$work/five.yaml" --max 5 > /dev/null 2>&1 || fail "--max 5 failed"
  [ "$(grep -c '^  - id:' "$work/five.yaml")" -eq 5 ] || fail "--max 5 wrote $(grep -c '^  - id:' "$work/five.yaml") questions"
fi

expect_refused() {  # expect_refused NAME PATTERN: draft $work/NAME exits 1 with PATTERN in its message
  local name="$1" pattern="$2" message code
  message=$("$retain" draft "$work/$name" --out "$work/$name.yaml" 2>&1)
  code=$?
  [ "$code" -eq 1 ] || fail "$name: exit $code, expected 1 ($message)"
  echo "$message" | grep -qi -- "$pattern" || fail "$name: message '$message' lacks '$pattern'"
  echo "$message" | grep -q -- "$work/$name" || fail "$name: message '$message' does not name the file"
  [ -e "$work/$name.yaml" ] && fail "$name: a bank was written"
}
: > "$work/empty.txt"
expect_refused empty.txt "empty"
head -c 4096 /dev/urandom > "$work/binary.bin"; printf '\0' >> "$work/binary.bin"
expect_refused binary.bin "binary"
yes "On May 25, 2018, the council signed 11 documents in the city of Tokyo and the forum." | head -c 5242880 > "$work/huge.txt"
expect_refused huge.txt "at most"
for i in 1 2 3 4 5 6; do echo "the rain is soft and it falls on the hill and on the sea, as it was in the old days of the tale."; done > "$work/nofacts.txt"
expect_refused nofacts.txt "no checkable facts"
for i in 1 2 3 4 5; do echo "Der Präsident besuchte am 25. Mai 2018 die Stadt und unterzeichnete elf Dokumente über die Zusammenarbeit der beiden Länder."; done > "$work/german.txt"
expect_refused german.txt "English"
"$retain" draft "$work/missing.txt" --out "$work/m.yaml" > /dev/null 2>&1
[ $? -eq 2 ] || fail "a missing article should exit 2"

[ "$failures" -eq 0 ] && echo "draft CLI: all checks passed"
exit $((failures > 0))
