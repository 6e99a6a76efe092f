# Sourced by the screenshot scripts once $wid (the window) and $out (the folder) are set: key presses,
# typing, clicks and screenshots with xdotool and ImageMagick's import, each followed by a short pause so
# the event-driven window has drawn the change.
press() { xdotool keydown "$1"; sleep 0.15; xdotool keyup "$1"; sleep 0.8; }
typed() { xdotool type --delay 60 "$1"; sleep 0.5; }
click() { xdotool mousemove --window "$wid" "$1" "$2"; sleep 0.3; xdotool mousedown 1; sleep 0.15; xdotool mouseup 1; sleep 0.5; }
park() { xdotool mousemove --window "$wid" 5 5; sleep 0.5; }
shot() { park; import -window "$wid" "$out/$1.png"; }
ctrlclick() {
    xdotool mousemove --window "$wid" "$1" "$2"; sleep 0.3
    xdotool keydown ctrl; xdotool mousedown 1; sleep 0.15; xdotool mouseup 1; xdotool keyup ctrl; sleep 0.5
}
# Settings: the font scale slider set to $1 (e.g. 2 -> 200 %), then the key $2 (back to the tab shot).
set_font_scale() {
    press ctrl+comma
    ctrlclick 157 140; press ctrl+a; typed "$(awk -v s="$1" 'BEGIN { printf "%d", s * 100 }')"; press Return
    press "$2"
}
