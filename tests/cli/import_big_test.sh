#!/usr/bin/env bash
# A CSV import too big for one bank file (issue 19, case 5): 28,000 rows, about 10 MB of YAML, used to end
# "a bank file may hold at most 8 MiB" after all the work and write nothing. It must write the bank
# folder NAME/ of several files, each under 8 MiB, that lint reads as one bank with every question.
# Where a single-file NAME.yaml of the same --out was, the import needs --force and then removes it (else
# the bank would be loaded twice); a later single-file import beside the folder is refused, even with --force.
# Usage: import_big_test.sh RETAIN_BINARY
set -uo pipefail
retain="$1"
rows=28000

fail() { echo "FAIL: $*"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

awk -v rows=$rows 'BEGIN { pad = sprintf("%230s", ""); gsub(/ /, "w", pad);
    for (i = 1; i <= rows; i++) printf "term %d,definition %d %s\n", i, i, pad }' > "$work/big.csv"
printf 'one term,one definition\n' > "$work/small.csv"
"$retain" import "$work/small.csv" --out "$work/questions/big.yaml" --bank-id big > "$work/out" 2>&1 || fail "the small import failed"
"$retain" import "$work/big.csv" --out "$work/questions/big.yaml" > "$work/out" 2>&1
[ $? -eq 2 ] || fail "the big import over an existing big.yaml without --force should be refused"
"$retain" import "$work/big.csv" --out "$work/questions/big.yaml" --force > "$work/out" 2>&1
code=$?
cat "$work/out" | tail -3
[ "$code" -eq 0 ] || fail "import exited $code"
[ ! -e "$work/questions/big.yaml" ] || fail "the old single-file big.yaml was left beside the folder"
grep -q "removed the old single-file bank $work/questions/big.yaml" "$work/out" || fail "the output does not say big.yaml was removed"
[ -d "$work/questions/big" ] || fail "no bank folder questions/big/"
[ ! -e "$work/questions/big.importing" ] || fail "the building folder was left behind"
files=$(ls "$work/questions/big" | wc -l)
[ "$files" -ge 2 ] || fail "only $files file(s) in the bank folder"
for file in "$work"/questions/big/*.yaml; do
    size=$(stat -c %s "$file")
    [ "$size" -le $((8 * 1024 * 1024)) ] || fail "$file is $size bytes, over 8 MiB"
done
grep -q "wrote the bank folder $work/questions/big of $files files" "$work/out" || fail "the output does not say a folder was written"
"$retain" lint "$work/questions" > "$work/lint" 2>&1 || { tail -5 "$work/lint"; fail "lint refused the bank folder"; }
grep -q "1 bank, $rows questions, 0 errors" "$work/lint" || { tail -3 "$work/lint"; fail "lint did not find every question, once"; }
"$retain" import "$work/small.csv" --out "$work/questions/big.yaml" --force > "$work/out" 2>&1
[ $? -eq 2 ] || fail "a single-file import beside the bank folder should be refused"
grep -q "the bank folder $work/questions/big is beside" "$work/out" || fail "the refusal does not name the folder: $(cat "$work/out")"
[ ! -e "$work/questions/big.yaml" ] || fail "the refused import wrote big.yaml"
echo "ok: $rows rows imported into $files files"
