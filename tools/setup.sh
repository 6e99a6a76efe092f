#!/usr/bin/env bash
# Retain's one set-up script, behind the README's two commands:
#   bash tools/setup.sh run    install what is missing, build (Release), open the app on questions/
#   bash tools/setup.sh test   install what is missing, build, start Xvfb, run every test suite
# A re-run skips apt when nothing is missing and rebuilds incrementally.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mode="${1:-}"
shift || true
jobs="$(nproc 2>/dev/null || echo 2)"

# Each step is printed with the time since the start (minutes:seconds), so a slow step shows.
say() { printf '\n==> [%d:%02d] %s\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*"; }

# --- packages ---------------------------------------------------------------
install_packages() {
  local -a wanted=() missing=()
  mapfile -t wanted < <(grep -vE '^[[:space:]]*(#|$)' "$repo/third_party/debian-packages.txt" | tr -d '[:blank:]')
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    say "All ${#wanted[@]} Debian packages are installed"
    return
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Not root and no sudo: install ${missing[*]} first." >&2; exit 1; }
    sudo="sudo"
  fi
  say "Installing ${#missing[@]} missing packages: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# --- builds -----------------------------------------------------------------
configure_and_build() {  # dir, extra cmake args...
  local dir="$1"; shift
  # Configured every time (a second or two), so a folder made by an older set-up gets today's options.
  # ccache (in the package list) makes a re-run on the same machine recompile only what changed.
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  # Unity batches: a cold build (CI, a newcomer's first run) takes about 2.5 times less CPU (CMakeLists.txt).
  cmake -S "$repo" -B "$dir" -DCMAKE_BUILD_TYPE=Release -DRETAIN_UNITY_BUILD=ON "${launcher[@]}" "$@" >/dev/null
  cmake --build "$dir" -j "$jobs"
}

# --- X display for GUI tests ------------------------------------------------
start_xvfb() {
  if [ -n "${DISPLAY:-}" ] && xdpyinfo >/dev/null 2>&1; then return; fi
  local n=99
  while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
  export DISPLAY=":$n"
  for _ in $(seq 1 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
  say "Started Xvfb on $DISPLAY"
}

case "$mode" in
  run)
    install_packages
    say "Building (Release) in build/"
    configure_and_build "$repo/build"
    say "Opening Retain on $repo/questions"
    exec "$repo/build/src/app/retain" --banks "$repo/questions" "$@"
    ;;
  test)
    install_packages
    start_xvfb
    if [ -x "$repo/tests/fuzz/run_fuzz.sh" ]; then
      say "Fuzzing the parsers for a bounded time (clang, libFuzzer)"
      CC=clang CXX=clang++ configure_and_build "$repo/build-fuzz" -DRETAIN_BUILD_FUZZ=ON -DRETAIN_BUILD_GUI=OFF -DRETAIN_BUILD_TESTS=OFF
      "$repo/tests/fuzz/run_fuzz.sh" "$repo/build-fuzz" "${RETAIN_FUZZ_SECONDS:-15}"
    fi
    say "Core and command-line tests, headless retain, under AddressSanitizer + UBSan (build-asan/)"
    # -O1 -g1 with assertions on: what the sanitizers need, and the quickest build that still has them.
    configure_and_build "$repo/build-asan" -DRETAIN_SANITIZE=ON -DRETAIN_BUILD_GUI=OFF -DCMAKE_BUILD_TYPE=Debug \
      -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1"
    (cd "$repo/build-asan" && ctest --output-on-failure -j "$jobs")
    say "Building (Release) in build/"
    configure_and_build "$repo/build"
    say "All tests (Release build, GUI under Xvfb)"
    cd "$repo/build" && ctest --output-on-failure -j "$jobs"
    ;;
  *)
    echo "usage: bash tools/setup.sh run|test   (see README.md)" >&2
    exit 2
    ;;
esac
