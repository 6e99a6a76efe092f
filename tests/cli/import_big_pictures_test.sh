#!/usr/bin/env bash
# An Anki deck with pictures too big for one bank file (8 MiB): the import writes the bank folder NAME/,
# its pictures inside it (NAME/<bank id>-media/, beside bank.yaml), so every file of the folder finds
# them by the same relative path: lint reads the folder with every question and no error, and the
# pictures of the first and the last note (in different files of the folder) are there.
# Usage: import_big_pictures_test.sh RETAIN_BINARY FIXTURE_SCRIPT
set -uo pipefail
retain="$1"; fixtures="$2"
notes=30000
fail() { echo "FAIL: $*"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

/usr/bin/python3 "$fixtures" --big-deck "$work/big.apkg" $notes || fail "could not build the deck"
"$retain" import "$work/big.apkg" --out "$work/questions/deck.yaml" > "$work/out" 2>&1
code=$?
tail -3 "$work/out"
[ "$code" -eq 0 ] || fail "import exited $code"
[ -d "$work/questions/deck" ] || fail "no bank folder questions/deck/"
[ ! -e "$work/questions/deck.importing" ] || fail "the building folder was left behind"
[ ! -e "$work/questions/deck-media" ] || fail "pictures were written beside the folder, where its files cannot see them"
cmp -s "$work/questions/deck/deck-media/blue.png" "$(dirname "$fixtures")/../images/blue-8x6.png" || fail "blue.png is not in the folder"
[ -f "$work/questions/deck/deck-media/red.jpg" ] || fail "red.jpg is not in the folder"
grep -q "^copied 2 picture(s) to $work/questions/deck/deck-media$" "$work/out" || fail "copy line: $(grep copied "$work/out")"
first=$(grep -l 'image: deck-media/blue.png' "$work"/questions/deck/*.yaml)
last=$(grep -l 'image: deck-media/red.jpg' "$work"/questions/deck/*.yaml)
[ -n "$first" ] && [ -n "$last" ] && [ "$first" != "$last" ] || fail "the two pictures should be named in two different files ($first, $last)"
"$retain" lint "$work/questions/deck" > "$work/lint" 2>&1 || { tail -5 "$work/lint"; fail "lint refused the bank folder"; }
grep -q "1 bank, $notes questions, 0 errors" "$work/lint" || { tail -3 "$work/lint"; fail "lint did not find every question"; }
echo "ok: $notes notes into $(ls "$work/questions/deck"/*.yaml | wc -l) files, pictures found from each"
