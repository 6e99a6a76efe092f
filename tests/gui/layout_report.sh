# Sourced by the GUI scripts that find widgets through the window's own layout report: $report is the
# file the app writes ($RETAIN_LAYOUT_REPORT: "display W H", then "name x0 y0 x1 y1" in window pixels) and
# $label names the run in messages. Needs fail() (app_session.sh).

# need NAME: waits (up to 10 s) for NAME in the report of the frame last drawn, or fails.
need() {
    for _ in $(seq 1 50); do awk -v n="$1" '$1 == n { found = 1 } END { exit !found }' "$report" 2>/dev/null && return; sleep 0.2; done
    fail "no '$1' in the layout report at $label: $(cat "$report")"
}
# rect NAME: prints "x0 y0 x1 y1" of NAME in the report (call need NAME first).
rect() { awk -v n="$1" '$1 == n { print $2, $3, $4, $5 }' "$report"; }
# on_screen NAME W H: the rectangle lies wholly inside the W x H window.
on_screen() {
    need "$1"
    read -r x0 y0 x1 y1 <<<"$(rect "$1")"
    [ "$x0" -ge 0 ] && [ "$y0" -ge 0 ] && [ "$x1" -le "$2" ] && [ "$y1" -le "$3" ] ||
        fail "$1 ($x0 $y0 $x1 $y1) is not inside the ${2}x$3 window at $label"
}
