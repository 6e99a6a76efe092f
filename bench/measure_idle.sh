#!/usr/bin/env bash
# Measures the real binary under an X display: CPU time used (user + system, seconds) while the window
# sits idle for 10 s after start-up, and its resident memory. Usage:
#   bash bench/measure_idle.sh [path/to/retain] [extra retain args...]
# Starts a private Xvfb when DISPLAY is unset.
set -euo pipefail
retain="${1:-build/src/app/retain}"; shift || true
source "$(dirname "$0")/../tests/gui/display.sh"
data=$(mktemp -d)
"$retain" --data "$data" "$@" 2>"$data/log" &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
sleep 3  # start-up and the first settle frames are not idle time
ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
before=$(ticks)
sleep 10
after=$(ticks)
rss_kb=$(awk '/VmRSS/ { print $2 }' "/proc/$pid/status")
cpu=$(awk -v a="$after" -v b="$before" -v hz="$hz" 'BEGIN { printf "%.3f", (a - b) / hz }')
echo "idle CPU over 10 s: ${cpu} s; resident memory: $((rss_kb / 1024)) MiB; $(grep 'first frame' "$data/log" || true)"
