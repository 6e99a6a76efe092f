#!/usr/bin/env bash
# `retain import` of Anki packages with pictures: the 2.1.50+ fixture (zstd collection.anki21b, protobuf
# media map) and the legacy one both import, their pictures land in "<bank id>-media/" beside the bank,
# the bank lints clean of errors, a media name with a path trick is refused and nothing is written outside
# the folder. `export --format apkg` packs the pictures again; `export --format gift` warns per picture.
set -uo pipefail
retain="$1"; fixtures="$2"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
"$retain" import "$fixtures/modern-2.1.50.apkg" --out "$work/banks/flags.yaml" >"$work/modern.out" || fail "modern import exited $?: $(cat "$work/modern.out")"
grep -q '^imported 4 question(s)' "$work/modern.out" || fail "modern summary: $(cat "$work/modern.out")"
grep -q '^copied 2 picture(s) to .*banks/flags-media$' "$work/modern.out" || fail "copy line: $(cat "$work/modern.out")"
grep -q 'warning: 1 sound reference(s) \[sound:...\] in 1 note(s) skipped' "$work/modern.out" || fail "sound count"
cmp -s "$work/banks/flags-media/blue.png" "$fixtures/../images/blue-8x6.png" || fail "blue.png differs from the original"
grep -q '^    image: flags-media/red.jpg$' "$work/banks/flags.yaml" || fail "image: line: $(cat "$work/banks/flags.yaml")"
"$retain" lint "$work/banks/flags.yaml" >"$work/lint.out"; grep -q ', 0 errors,' "$work/lint.out" || fail "lint: $(tail -2 "$work/lint.out")"

"$retain" import "$fixtures/legacy-images.apkg" --out "$work/banks/old.yaml" >"$work/legacy.out" || fail "legacy import exited $?"
grep -q 'media file "../evil.png" (entry 2) refused: the name holds a path separator' "$work/legacy.out" || fail "path trick: $(cat "$work/legacy.out")"
[ ! -e "$work/banks/evil.png" ] && [ ! -e "$work/evil.png" ] || fail "a file was written outside the media folder"
[ "$(ls "$work/banks/old-media")" = "$(printf 'blue.png\nred.jpg')" ] || fail "old-media holds: $(ls "$work/banks/old-media")"

"$retain" export --format apkg "$work/banks/flags.yaml" --out "$work/flags.apkg" >/dev/null || fail "apkg export exited $?"
"$retain" import "$work/flags.apkg" --out "$work/again/flags.yaml" >"$work/again.out" || fail "re-import exited $?"
grep -q '^copied 2 picture(s)' "$work/again.out" || fail "re-import pictures: $(cat "$work/again.out")"
cmp -s "$work/again/flags-media/red.jpg" "$work/banks/flags-media/red.jpg" || fail "red.jpg changed on the round trip"

"$retain" export --format gift "$work/banks/flags.yaml" --out "$work/flags.gift" >"$work/gift.out" || fail "gift export exited $?"
[ "$(grep -c 'warning: question .*: picture flags-media/.* is not carried' "$work/gift.out")" -eq 2 ] || fail "gift warnings: $(cat "$work/gift.out")"
echo PASS
