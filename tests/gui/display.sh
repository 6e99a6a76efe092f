# Sourced by GUI test scripts: makes sure an X display is there. The README's test command starts Xvfb
# and exports DISPLAY; when a test is run on its own without one, start a private Xvfb for it.
if [ -z "${DISPLAY:-}" ]; then
  if ! command -v Xvfb >/dev/null; then
    echo "FAIL: no DISPLAY and no Xvfb (install the xvfb package, or run the README's test command)" >&2
    exit 1
  fi
  for n in $(seq 90 130); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
    Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
    RETAIN_TEST_XVFB_PID=$!
    export DISPLAY=":$n"
    trap 'kill $RETAIN_TEST_XVFB_PID 2>/dev/null' EXIT
    for _ in $(seq 1 50); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
    break
  done
fi
