#!/usr/bin/env bash
# A FIFO named *.yaml in the banks folder (issue 19, case 2) must neither hang `retain lint` nor the
# start of a study: it is reported with its path, the other banks load. Each run is bounded by timeout,
# so a regression fails in seconds instead of hanging the suite.
# Usage: fifo_bank_test.sh RETAIN_BINARY
set -uo pipefail
retain="$1"
limit_s=20

fail() { echo "FAIL: $*"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
banks="$work/banks"
mkdir -p "$banks"
printf 'bank:\n  id: good\n  title: Good\n  language: en\nquestions:\n  - id: q1\n    type: true_false\n    prompt: The sky is blue.\n    answer: true\n' > "$banks/a-good.yaml"
mkfifo "$banks/b-pipe.yaml"

out=$(timeout "$limit_s" "$retain" lint "$banks" 2>&1); code=$?
[ "$code" -ne 124 ] || fail "retain lint hung on the FIFO (killed after ${limit_s}s)"
[ "$code" -ne 0 ] || fail "retain lint exited 0 with a FIFO in the folder: $out"
echo "$out" | grep -q "$banks/b-pipe.yaml.*FIFO (named pipe), not a regular file" || fail "lint did not name the FIFO: $out"

out=$(timeout "$limit_s" "$retain" --banks "$banks" --data "$work/data" study --terminal < /dev/null 2>&1); code=$?
[ "$code" -ne 124 ] || fail "retain study hung on the FIFO (killed after ${limit_s}s)"
[ "$code" -eq 0 ] || fail "retain study exited $code: $out"
echo "$out" | grep -q "The sky is blue." || fail "the good bank was not studied: $out"
echo "PASS: the FIFO was reported by lint and skipped by study"
