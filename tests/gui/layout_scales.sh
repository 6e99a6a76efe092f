#!/usr/bin/env bash
# Big fonts on small windows: the real app at 300 % on 1280x800 and at 200 % on 800x600 (and 200 % on
# 1366x768), driven with xdotool; the window's own layout report ($RETAIN_LAYOUT_REPORT: where the
# question, the card area, the rating buttons and the drill question landed, in pixels) must show the
# question on screen, the four rating buttons wholly inside the window, the card area (question and
# feedback) at least 35 % of the window's height (not a ~50 px strip), and the drill question and the top of its
# answer controls on screen, starting at the top of the screen (not at the setup's scroll); Stats and
# Check must not change when the mouse moves after their tab came up (no stale frame).
# Usage: layout_scales.sh RETAIN_BINARY FIXTURE_BANKS_DIR [SCREENSHOT_DIR]
# With SCREENSHOT_DIR, question, feedback and drill question are saved there as <screen>_<scale>_<size>.png.
set -uo pipefail
retain="$1"; banks="$2"; shots="${3:-}"
source "$(dirname "$0")/app_session.sh"
for tool in xdotool import compare; do command -v "$tool" >/dev/null || fail "$tool is needed"; done
[ -n "$shots" ] && mkdir -p "$shots"
report="$data/layout.txt"
export RETAIN_LAYOUT_REPORT="$report"

source "$(dirname "$0")/layout_report.sh"
shot() { [ -z "$shots" ] || import -window "$wid" "$shots/$1_$label.png" || fail "cannot capture $1"; }

check_at() {  # SCALE WIDTH HEIGHT
    local scale="$1" w="$2" h="$3"
    label="$(awk -v s="$scale" 'BEGIN { printf "%d", s * 100 }')_${w}x$h"
    rm -rf "$data"/*; printf 'font_scale = %s\n' "$scale" >"$data/settings.ini"
    in_bank_order "$retain" "$banks"          # the first card must be the bank's first, a choice question
    "$retain" --data "$data" --banks "$banks" --size "${w}x$h" >"$data/app.log" 2>&1 &
    app=$!
    wid=$(timeout 30 xdotool search --sync --all --pid "$app" --name '^Retain$' | head -1)
    [ -n "$wid" ] || fail "no window titled Retain appeared"
    sleep 1.5; xdotool windowfocus "$wid"; sleep 0.5
    for _ in $(seq 1 50); do grep -q "^display $w $h\$" "$report" 2>/dev/null && break; sleep 0.2; done
    grep -q "^display $w $h\$" "$report" || fail "the report is not of a ${w}x$h window: $(head -1 "$report")"

    typed s                                   # Home: Study; the first card is a choice question
    on_screen study-prompt "$w" "$h"
    shot question
    typed 2                                   # answer it: the feedback and the rating bar
    on_screen study-prompt "$w" "$h"
    for r in Again Hard Good Easy; do on_screen "rate-$r" "$w" "$h"; done
    need study-card
    read -r _ cy0 _ cy1 <<<"$(rect study-card)"
    [ $((cy1 - cy0)) -ge $((h * 35 / 100)) ] || fail "the question and feedback get $((cy1 - cy0)) px of $h at $label"
    shot feedback

    # Stats and Check: the frame drawn after the tab change is final; a mouse move over nothing redraws
    # the same pixels (a stale frame would change only now).
    for tab in 4 5; do
        xdotool mousemove --window "$wid" $((w - 3)) $((h - 3)); sleep 0.3
        press "ctrl+$tab"; sleep 1
        import -window "$wid" "$data/still.png" || fail "cannot capture tab $tab"
        xdotool mousemove --window "$wid" $((w - 2)) $((h - 2)); sleep 1
        import -window "$wid" "$data/moved.png" || fail "cannot capture tab $tab"
        diff=$(compare -metric AE "$data/still.png" "$data/moved.png" /dev/null 2>&1)
        [ "$diff" = "0" ] || fail "tab $tab at $label changed only when the mouse moved ($diff pixels)"
    done

    press ctrl+6                              # Drill: scroll the setup down, then start with the default teams
    xdotool mousemove --window "$wid" $((w / 2)) $((h / 2)); sleep 0.3
    for _ in 1 2 3 4 5 6 7 8; do xdotool click 5; sleep 0.1; done
    sleep 0.8
    need drill-start
    read -r sx0 sy0 sx1 sy1 <<<"$(rect drill-start)"
    [ "$sy1" -le "$h" ] || fail "Start drill is out of reach below the window at $label ($sy0..$sy1)"
    click $(((sx0 + sx1) / 2)) $(((sy0 + sy1) / 2)); sleep 1.2
    shot drill_question
    need drill-header
    read -r _ hy0 _ _ <<<"$(rect drill-header)"
    on_screen drill-prompt "$w" "$h"
    on_screen drill-answer "$w" "$h"          # the first row of the answer controls (their hint may need a scroll)
    # The question starts at the top, not at the scroll of the setup screen.
    [ "$hy0" -ge 0 ] && [ "$hy0" -le $((h / 4)) ] ||
        fail "the drill question's first line is at $hy0 px of $h at $label: it kept the setup's scroll"
    quit_app
}

check_at 3 1280 800
check_at 2 800 600
check_at 2 1366 768
echo "PASS"
