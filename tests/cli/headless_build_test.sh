#!/usr/bin/env bash
# The retain of a RETAIN_BUILD_GUI=OFF build: it links no OpenGL, GLFW or ImGui (neither as a shared
# library nor statically), runs the verbs a server or a teacher's script needs on the bundled bank (lint,
# grade, study --terminal from scripted input, stats, fsrs replay), and refuses the window and
# --screenshot with a message that says the build has no GUI (exit 2, no file written).
# Usage: headless_build_test.sh RETAIN QUESTIONS_DIR FSRS_DATA_DIR
set -uo pipefail   # no `echo "$big" | grep -q`: grep -q stops reading and the echo would fail
retain="$1"; banks="$2"; fsrs="$3"
bank="$banks/russia-japan-2018.yaml"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Linked libraries: none of the GUI stack.
libs=$(ldd "$retain") || fail "ldd $retain exited $?"
grep -q "libyaml-cpp" <<<"$libs" || fail "ldd shows no libyaml-cpp, so its list cannot be trusted: $libs"
grep -qiE "libGL|libOpenGL|libEGL|libglfw|libX11|libimgui" <<<"$libs" && fail "links a GUI library: $libs"
# Static symbols: ImGui (a static library in Debian) and GLFW leave their names in the symbol table.
symbols=$(nm -C "$retain") || fail "nm $retain exited $?"
grep -q "retain::cli::runCommandLine" <<<"$symbols" || fail "nm shows no retain::cli::runCommandLine: is the binary stripped?"
gui=$(grep -E "ImGui::|ImGui_Impl|\bglfw[A-Z]|\bgl[A-Z][a-zA-Z]+\b" <<<"$symbols" | head -5)
[ -z "$gui" ] || fail "GUI symbols in the binary: $gui"

# lint: the bank is clean.
out=$("$retain" lint "$bank" 2>&1) || fail "lint exited $?: $out"
[ "$out" = "1 bank, 198 questions, 0 errors, 0 warnings" ] || fail "lint printed: $out"

# grade: one accepted and one refused form.
out=$("$retain" grade --bank "$bank" --question trade-turnover --answer '$18bn' --json) || fail "grade exited $?"
grep -q '"verdict":"correct"' <<<"$out" || fail "grade of \$18bn: $out"
out=$("$retain" grade --bank "$bank" --question trade-turnover --answer '19 billion' --json) || fail "grade exited $?"
grep -q '"verdict":"wrong"' <<<"$out" || fail "grade of 19 billion: $out"

# study --terminal: two answers from stdin (in bank order: new questions come shuffled by default), then end
# of input ends the session with its summary.
printf 'Anna Kireeva\n3\nJune 14, 2018\n1\n' \
  | "$retain" --data "$work/data" --banks "$banks" study --terminal --bank russia-japan-2018 --new-order bank >"$work/study.out" 2>&1 \
  || fail "study exited $?: $(tail -5 "$work/study.out")"
grep -q '^End of input: 2 answers saved.' "$work/study.out" || fail "study end: $(tail -5 "$work/study.out")"
grep -q '^Score: 2 of 2 right (100 %)' "$work/study.out" || fail "study summary: $(tail -3 "$work/study.out")"

# stats: the two reviews are in the log, one passed (Good) and one failed (Again).
out=$("$retain" --data "$work/data" stats --json) || fail "stats exited $?"
grep -q '"reviews_total": 2,' <<<"$out" || fail "stats reviews_total: $(echo "$out" | head -c 300)"
retention='"retention": {"from": "[0-9-]*", "days": 30, "reviews": 2, "passed": 1,'
grep -q "$retention" <<<"$out" || fail "stats retention: $(echo "$out" | grep -o '"retention": {[^[]*')"

# fsrs replay: the documented sample, row for row.
"$retain" fsrs replay "$fsrs/replay_sample.csv" >"$work/replay.csv" || fail "fsrs replay exited $?"
diff "$work/replay.csv" "$fsrs/replay_sample_expected.csv" >/dev/null || fail "fsrs replay rows differ: $(diff "$work/replay.csv" "$fsrs/replay_sample_expected.csv" | head -5)"

# The window and a screenshot are refused, clearly and with exit 2.
err=$("$retain" --data "$work/data" 2>&1 >/dev/null); code=$?
[ "$code" -eq 2 ] || fail "retain without a verb exited $code, expected 2"
grep -q "this build has no GUI" <<<"$err" || fail "no-verb message: $err"
err=$("$retain" --data "$work/data" --screenshot "$work/shot.png" 2>&1 >/dev/null); code=$?
[ "$code" -eq 2 ] || fail "--screenshot exited $code, expected 2"
grep -q "this build has no GUI" <<<"$err" || fail "--screenshot message: $err"
[ ! -e "$work/shot.png" ] || fail "--screenshot wrote a file"

[ "$failures" -eq 0 ] && echo "PASS" || { echo "$failures failures"; exit 1; }
