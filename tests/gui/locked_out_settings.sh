#!/usr/bin/env bash
# A window locked out of its data folder (another Retain holds retain.lock) writes nothing when it
# closes: settings.ini keeps the first window's size (issue 19: a second window's 1280x800 replaced it).
# Usage: locked_out_settings.sh RETAIN_BINARY BANKS_DIR
set -u
source "$(dirname "$0")/app_session.sh"
retain=$1
banks=$2

printf 'theme = dark\nwindow_width = 1600\nwindow_height = 1000\n' > "$data/settings.ini"
cp "$data/settings.ini" "$data/settings.before"
# The first Retain: this shell holds the folder lock with flock(2), as Retain's own lock does (no
# background holder, whose open stdout would keep ctest waiting).
exec 9>>"$data/retain.lock"
flock -n 9 || fail "cannot take the folder lock for the test"

start_app "$retain" "$banks"
quit_app
exec 9>&-

grep -q "already running" "$data/app.log" || fail "the second window did not say the folder is in use"
cmp -s "$data/settings.ini" "$data/settings.before" || { diff "$data/settings.before" "$data/settings.ini"; fail "the locked-out window rewrote settings.ini"; }
[ ! -e "$data/backups" ] || fail "the locked-out window touched backups/"
echo "ok: the locked-out window left settings.ini as it was"
