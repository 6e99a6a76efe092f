#!/usr/bin/env bash
# The man page covers the command line: every verb `retain --help` lists has a section in retain.1, and
# every option of `retain --help` and of each verb's --help appears in the page.
set -euo pipefail
retain="$1"; page="$2"
text=$(MANWIDTH=200 man -l "$page" 2>/dev/null) || { echo "FAIL: man cannot render $page"; exit 1; }
fail=0
options_of() { "$retain" "$@" --help | grep -oE '(^|[ ,])--[a-z][a-z-]*' | sed 's/^[ ,]*//' | sort -u; }
subcommands_of() { "$retain" "$@" --help | awk '/^Subcommands:/ {on=1; next} on && /^  [a-z]/ {print $1}'; }
verbs=$(subcommands_of)
[ -n "$verbs" ] || { echo "FAIL: no verbs in retain --help"; exit 1; }
for option in $(options_of); do
  grep -qF -- "$option" <<<"$text" || { echo "FAIL: global option $option is not in the man page"; fail=1; }
done
for verb in $verbs; do
  grep -qE "^   $verb( |$)" <<<"$text" || { echo "FAIL: verb $verb has no section in the man page"; fail=1; }
  for option in $(options_of "$verb"); do
    grep -qF -- "$option" <<<"$text" || { echo "FAIL: $verb $option is not in the man page"; fail=1; }
  done
  for sub in $(subcommands_of "$verb"); do   # fsrs replay
    grep -qE "^   $verb $sub( |$)" <<<"$text" || { echo "FAIL: $verb $sub has no section in the man page"; fail=1; }
    for option in $(options_of "$verb" "$sub"); do
      grep -qF -- "$option" <<<"$text" || { echo "FAIL: $verb $sub $option is not in the man page"; fail=1; }
    done
  done
done
[ "$fail" = 0 ] && echo "PASS: $(wc -w <<<"$verbs") verbs and their options are in the man page"
exit "$fail"
