#!/usr/bin/env bash
# `cmake --install` into a temporary prefix, then the installed binary, moved to a second prefix so
# nothing it finds can come from the build tree or the first prefix: --version, lint on the installed
# banks (found with no flag), and a --screenshot whose window found its installed icon.
set -euo pipefail
build="$1"; version="$2"
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${RETAIN_TEST_XVFB_PID:-}" ] && kill $RETAIN_TEST_XVFB_PID 2>/dev/null; true' EXIT
cmake --install "$build" --prefix "$work/first" >"$work/install.log" || { cat "$work/install.log"; echo "FAIL: install"; exit 1; }
mv "$work/first" "$work/prefix"
p="$work/prefix"
for f in bin/retain share/retain/questions/russia-japan-2018.yaml share/applications/retain.desktop \
         share/metainfo/io.github.retain.Retain.metainfo.xml share/man/man1/retain.1 \
         share/icons/hicolor/scalable/apps/retain.svg share/icons/hicolor/16x16/apps/retain.png \
         share/icons/hicolor/512x512/apps/retain.png; do
  [ -e "$p/$f" ] || { echo "FAIL: $f was not installed"; exit 1; }
done
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$p/share/applications/retain.desktop"; fi
if command -v appstreamcli >/dev/null; then appstreamcli validate --no-net "$p/share/metainfo/io.github.retain.Retain.metainfo.xml"; fi

got=$("$p/bin/retain" --version)
[ "$got" = "retain $version" ] || { echo "FAIL: --version printed '$got', expected 'retain $version'"; exit 1; }

# lint with no path checks the installed banks: a broken bank put there is found, by its installed path.
export XDG_DATA_HOME="$work/xdg"
"$p/bin/retain" lint | tee "$work/lint.txt"
grep -q "0 errors" "$work/lint.txt" || { echo "FAIL: the installed banks do not lint clean"; exit 1; }
printf 'bank: broken\ntitle: Broken\nquestions:\n  - id: x\n    type: nonsense\n' >"$p/share/retain/questions/zz-broken.yaml"
set +e; "$p/bin/retain" lint >"$work/lint-broken.txt"; code=$?; set -e
[ "$code" = 1 ] || { cat "$work/lint-broken.txt"; echo "FAIL: lint exit $code on a broken installed bank, expected 1"; exit 1; }
grep -qF "$p/share/retain/questions/zz-broken.yaml:" "$work/lint-broken.txt" \
  || { cat "$work/lint-broken.txt"; echo "FAIL: lint did not read the installed banks folder"; exit 1; }
rm "$p/share/retain/questions/zz-broken.yaml"
"$p/bin/retain" lint "$p/share/retain/questions" >/dev/null

source "$(dirname "$0")/../gui/display.sh"
"$p/bin/retain" --data "$work/data" --size 800x600 --screenshot "$work/shot.png" --frames 3 2>"$work/stderr.txt"
cat "$work/stderr.txt"
[ "$(identify -format '%wx%h' "$work/shot.png")" = "800x600" ] || { echo "FAIL: no 800x600 screenshot"; exit 1; }
if grep -q "no window icon" "$work/stderr.txt"; then echo "FAIL: the installed window found no icon"; exit 1; fi
echo "PASS: installed into a prefix, moved, ran --version, lint and --screenshot"
