#!/usr/bin/env bash
# Measures the real Retain binary under Xvfb beside Mnemosyne 2.9, in one run, and prints the ratios:
#   - start-up: launch -> first frame drawn (the app's stderr line, polled) and launch -> main window
#     mapped (MapNotify events from xev), median of RUNS launches after one warm-up launch;
#   - idle CPU: user + system CPU seconds of the whole process tree over IDLE_SECONDS, 3 s after mapping;
#   - memory: VmRSS and VmHWM of the main process, RSS and PSS summed over the process tree, and for
#     Retain a split of its resident memory into Mesa/LLVM (llvmpipe) libraries, other files and anonymous.
# Retain is measured with the bundled banks and with a generated LIBRARY_SIZE-question library on its
# second start (the compiled-bank cache written by the first start). Usage:
#   bash bench/measure_gui.sh [BUILD_DIR]
# BUILD_DIR (default build) must hold src/app/retain and bench/gen_library (configure with
# -DRETAIN_BUILD_BENCH=ON). Environment: RUNS (5), IDLE_SECONDS (10), LIBRARY_SIZE (50000),
# SKIP_MNEMOSYNE=1 to leave Mnemosyne out. Mnemosyne is installed here with apt-get when missing (it is a
# comparison tool, not a dependency of Retain). A private Xvfb is started when DISPLAY is unset.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$repo/build}"
retain="$build/src/app/retain"
gen_library="$build/bench/gen_library"
runs="${RUNS:-5}"
idle_seconds="${IDLE_SECONDS:-10}"
library_size="${LIBRARY_SIZE:-50000}"
for tool in "$retain" "$gen_library"; do
  [ -x "$tool" ] || { echo "missing $tool: build with -DRETAIN_BUILD_BENCH=ON -DRETAIN_BUILD_GUI=ON" >&2; exit 1; }
done
for tool in xwininfo xev Xvfb ps; do
  command -v "$tool" >/dev/null || { echo "missing $tool (packages x11-utils, xvfb, procps)" >&2; exit 1; }
done

work="$(mktemp -d /tmp/retain-measure.XXXXXX)"
started=()      # process group ids this script started
xvfb_pid=""
cleanup() {
  disown -a 2>/dev/null || true
  for group in "${started[@]}"; do kill -KILL -- "-$group" 2>/dev/null || true; done
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${DISPLAY:-}" ]; then
  n=90
  while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=":$n"
  for _ in $(seq 1 100); do [ -e "/tmp/.X11-unix/X$n" ] && break; sleep 0.1; done
fi

# --- helpers ----------------------------------------------------------------------------------------
# The waits below poll with shell builtins only (no process per poll), so the measuring does not take
# CPU from the application being measured on a small machine.
now_ms() { local t="${EPOCHREALTIME/./}"; echo $((t / 1000)); }
exec {tick_fd}<> <(:)  # a pipe nobody writes: `read -t` on it is a sleep without a fork
pause_briefly() { read -r -t 0.005 -u "$tick_fd" _ || true; }
median() { tr ' ' '\n' | awk 'NF' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# One xev listens to the root window for the whole run and appends the id of every window mapped on the
# display to $maps_file, as the X server reports it (no polling of the window tree).
maps_file="$work/maps"
: > "$maps_file"
setsid bash -c 'stdbuf -oL xev -root -event substructure 2>/dev/null | while read -r line; do
    if [[ $line == MapNotify* ]]; then want=1
    elif [[ -n ${want:-} && $line =~ window\ (0x[0-9a-f]+) ]]; then echo "${BASH_REMATCH[1]}" >>"$1"; want=""
    fi
  done' _ "$maps_file" &
started+=("$!")

# Starts "$@" in a new session (so its whole process tree can be stopped), output appended to log;
# sets $pid. Forgets the windows mapped so far.
launch() {  # log command...
  local log="$1"; shift
  : > "$maps_file"
  setsid "$@" >>"$log" 2>&1 &
  pid=$!
  started+=("$pid")
}

stop() {  # pid
  kill -TERM -- "-$1" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# Waits until a window whose name starts with the regex is mapped (since the last launch); prints the ms
# from start-ms to the moment the map was seen.
wait_mapped() {  # name-regex start-ms
  local seen=0 ids id at
  for _ in $(seq 1 12000); do
    mapfile -t ids < "$maps_file"
    while [ "$seen" -lt "${#ids[@]}" ]; do
      at=$(now_ms)
      id="${ids[$seen]}"; seen=$((seen + 1))
      # The named window, at least 100 pixels wide (toolkits also map tiny helper windows).
      if xwininfo -id "$id" 2>/dev/null | awk -v re="^xwininfo: Window id: $id \"$1" '$0 ~ re { named = 1 } /Width:/ { wide = $2 >= 100 } END { exit !(named && wide) }'; then
        echo $((at - $2)); return 0
      fi
    done
    pause_briefly
  done
  echo "timeout"; return 1
}

# Waits until file holds text matching the regex; prints ms since start-ms.
wait_log() {  # file regex start-ms
  local content
  for _ in $(seq 1 12000); do
    content=""
    read -r -d '' content < "$1" || true
    [[ "$content" =~ $2 ]] && { echo $(($(now_ms) - $3)); return 0; }
    pause_briefly
  done
  echo "timeout"; return 1
}

# The pid and all its descendants.
tree_pids() {
  local all=("$1") i=0
  while [ $i -lt ${#all[@]} ]; do
    for child in $(ps -o pid= --ppid "${all[$i]}" 2>/dev/null); do all+=("$child"); done
    i=$((i + 1))
  done
  echo "${all[@]}"
}

cpu_ticks() {  # pids...  (user + system clock ticks; a process gone meanwhile counts 0)
  local total=0 line fields
  for p in "$@"; do
    { read -r line < "/proc/$p/stat"; } 2>/dev/null || continue
    read -r -a fields <<<"${line##*) }"  # fields after "pid (comm) ": state, ppid, ...; utime, stime are 12th, 13th
    total=$((total + fields[11] + fields[12]))
  done
  echo "$total"
}

# Prints a "Name: N kB" field of /proc/PID/FILE in KiB; 0 when the process or the field is gone.
kib_field() { awk -v f="$2:" '$1 == f { v = $2 } END { print v + 0 }' "/proc/$1/${3:-status}" 2>/dev/null || echo 0; }
sum_field() {  # field file pids...
  local field="$1" file="$2" total=0; shift 2
  for p in "$@"; do total=$((total + $(kib_field "$p" "$field" "$file"))); done
  echo "$total"
}
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

# Resident KiB of one process in Mesa/LLVM libraries, in other files, and anonymous (heap, stacks, JIT).
retain_rss_split() {  # pid
  awk '
    /^[0-9a-f]+-[0-9a-f]+ / { path = $6 }
    /^Rss:/ {
      if (path ~ /(dri|gallium|LLVM|libGLX_mesa|libglapi|libEGL_mesa|swrast|libdrm)/) mesa += $2
      else if (path ~ /^\//) files += $2
      else anon += $2
    }
    END { printf "%d %d %d\n", mesa, files, anon }' "/proc/$1/smaps"
}

# --- one application ----------------------------------------------------------------------------------
# Runs a warm-up launch, then RUNS timed launches, then one long launch for idle CPU and memory. Sets
# r_map (median ms to window mapped), r_frame (median ms to first frame, Retain only), r_cpu (s),
# r_rss, r_hwm (KiB, main process), r_tree_rss, r_tree_pss (KiB), r_split (Retain only).
measure_app() {  # label window-regex log-file command...
  local label="$1" regex="$2" log="$3"; shift 3
  local maps="" frames="" t0 m f
  echo "  $label: warm-up launch" >&2
  t0=$(now_ms); launch "$log" "$@"; m=$(wait_mapped "$regex" "$t0") || true
  [[ "$regex" == Retain* ]] && { wait_log "$log" 'first frame drawn' "$t0" >/dev/null || true; }
  r_first_map="$m"; r_first_frame=""
  [[ "$regex" == Retain* ]] && r_first_frame=$(grep -oE 'first frame drawn [0-9]+' "$log" | awk '{ print $4 }' || true)
  sleep 2; stop "$pid"
  for run in $(seq 1 "$runs"); do
    : > "$log"
    t0=$(now_ms); launch "$log" "$@"
    m=$(wait_mapped "$regex" "$t0") || true
    maps="$maps $m"
    if [[ "$regex" == Retain* ]]; then f=$(wait_log "$log" 'first frame drawn' "$t0") || true; frames="$frames $f"; fi
    echo "  $label: run $run: mapped ${m} ms${f:+, first frame ${f} ms}" >&2
    sleep 1; stop "$pid"
  done
  r_map=$(echo "$maps" | median)
  r_frame=$(echo "$frames" | median)
  : > "$log"
  t0=$(now_ms); launch "$log" "$@"; wait_mapped "$regex" "$t0" >/dev/null || true
  sleep 3
  local pids hz before after
  pids=$(tree_pids "$pid")
  hz=$(getconf CLK_TCK)
  before=$(cpu_ticks $pids)
  sleep "$idle_seconds"
  pids=$(tree_pids "$pid")
  after=$(cpu_ticks $pids)
  r_cpu=$(awk -v a="$after" -v b="$before" -v hz="$hz" 'BEGIN { printf "%.3f", (a - b) / hz }')
  r_rss=$(kib_field "$pid" VmRSS); r_hwm=$(kib_field "$pid" VmHWM)
  r_tree_rss=$(sum_field Rss smaps_rollup $pids); r_tree_pss=$(sum_field Pss smaps_rollup $pids)
  r_nprocs=$(echo $pids | wc -w)
  r_split=""
  [[ "$regex" == Retain* ]] && r_split=$(retain_rss_split "$pid")
  stop "$pid"
}

report_app() {  # label
  echo "| $1 | ${r_map} ms | ${r_frame:-n/a} ms | ${r_cpu} s | $(mib "$r_rss") / $(mib "$r_hwm") MiB | $(mib "$r_tree_rss") / $(mib "$r_tree_pss") MiB (${r_nprocs} proc) |"
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) RAM" >&2
echo "display: $DISPLAY" >&2

# --- Retain with the bundled banks -------------------------------------------------------------------
mkdir -p "$work/retain-bundled"
echo "Retain, bundled banks" >&2
measure_app "retain (bundled)" "Retain\"" "$work/retain-bundled.log" "$retain" --data "$work/retain-bundled"
declare -A R=([map]=$r_map [frame]=$r_frame [cpu]=$r_cpu [rss]=$r_rss [hwm]=$r_hwm)
line_bundled=$(report_app "Retain, bundled banks")
split_bundled="$r_split"

# --- Retain with a generated library, second start ----------------------------------------------------
echo "Retain, ${library_size}-question library" >&2
"$gen_library" "$work/library" "$library_size" >&2
mkdir -p "$work/retain-large"
measure_app "retain (${library_size})" "Retain\"" "$work/retain-large.log" \
  "$retain" --data "$work/retain-large" --banks "$work/library"
large_first_map="$r_first_map"; large_first_frame_internal="$r_first_frame"
declare -A L=([map]=$r_map [frame]=$r_frame [cpu]=$r_cpu [rss]=$r_rss [hwm]=$r_hwm)
line_large=$(report_app "Retain, ${library_size} questions, second start")
split_large="$r_split"

# --- Mnemosyne ---------------------------------------------------------------------------------------
line_mnemo=""
if [ "${SKIP_MNEMOSYNE:-0}" != 1 ]; then
  if ! command -v mnemosyne >/dev/null; then
    echo "installing mnemosyne (comparison only)" >&2
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mnemosyne >&2
  fi
  echo "Mnemosyne $(dpkg-query -W -f='${Version}' mnemosyne 2>/dev/null)" >&2
  mkdir -p "$work/mnemo-home" "$work/mnemo-data"
  measure_app "mnemosyne" "Mnemosyne\"" "$work/mnemo.log" \
    env HOME="$work/mnemo-home" XDG_CONFIG_HOME="$work/mnemo-home/.config" XDG_DATA_HOME="$work/mnemo-home/.local/share" \
    QTWEBENGINE_CHROMIUM_FLAGS=--no-sandbox mnemosyne -d "$work/mnemo-data"
  declare -A M=([map]=$r_map [cpu]=$r_cpu [rss]=$r_rss [tree]=$r_tree_rss [pss]=$r_tree_pss)
  line_mnemo=$(report_app "Mnemosyne $(dpkg-query -W -f='${Version}' mnemosyne 2>/dev/null)")
fi

# --- report ------------------------------------------------------------------------------------------
echo
echo "| run | launch → window mapped (median of $runs) | launch → first frame | idle CPU over ${idle_seconds} s | VmRSS / VmHWM (main process) | RSS / PSS summed over the process tree |"
echo "|---|---|---|---|---|---|"
echo "$line_bundled"
echo "$line_large"
[ -n "$line_mnemo" ] && echo "$line_mnemo"
echo
read -r mesa files anon <<<"$split_bundled"
echo "Retain (bundled) resident memory: $(mib "$mesa") MiB Mesa/LLVM libraries, $(mib "$files") MiB other files, $(mib "$anon") MiB anonymous"
read -r mesa files anon <<<"$split_large"
echo "Retain (${library_size}) resident memory: $(mib "$mesa") MiB Mesa/LLVM libraries, $(mib "$files") MiB other files, $(mib "$anon") MiB anonymous"
echo "Retain (${library_size}) first start (YAML, cache written): window mapped ${large_first_map} ms, first frame ${large_first_frame_internal:-?} ms after the window was requested"

verdict() { awk -v ok="$1" 'BEGIN { print (ok ? "met" : "MISSED") }'; }
echo
echo "targets:"
if [ -n "$line_mnemo" ]; then
  ratio=$(awk -v a="${R[frame]}" -v b="${M[map]}" 'BEGIN { printf "%.3f", a / b }')
  echo "- first frame / Mnemosyne's window: ${R[frame]} / ${M[map]} ms = $ratio (target <= 0.25): $(verdict "$(awk -v r="$ratio" 'BEGIN { print r <= 0.25 }')")"
  ratio=$(awk -v a="${R[rss]}" -v b="${M[tree]}" 'BEGIN { printf "%.3f", a / b }')
  echo "- resident memory / Mnemosyne's (tree RSS): $(mib "${R[rss]}") / $(mib "${M[tree]}") MiB = $ratio (target <= 0.4): $(verdict "$(awk -v r="$ratio" 'BEGIN { print r <= 0.4 }')")"
  ratio=$(awk -v a="${R[rss]}" -v b="${M[pss]}" 'BEGIN { printf "%.3f", a / b }')
  echo "  (against Mnemosyne's tree PSS, which does not count shared pages twice: $ratio)"
  echo "- idle CPU: Retain ${R[cpu]} s, Mnemosyne ${M[cpu]} s per ${idle_seconds} s"
fi
echo "- idle CPU over ${idle_seconds} s: ${R[cpu]} s bundled, ${L[cpu]} s with ${library_size} (target <= 0.05): $(verdict "$(awk -v a="${R[cpu]}" -v b="${L[cpu]}" 'BEGIN { print a <= 0.05 && b <= 0.05 }')")"
echo "- ${library_size} questions, second start: first frame ${L[frame]} ms after launch (target < 1000): $(verdict "$(awk -v a="${L[frame]}" 'BEGIN { print a < 1000 }')"); peak resident $(mib "${L[hwm]}") MiB (target <= 300): $(verdict "$(awk -v a="${L[hwm]}" 'BEGIN { print a <= 300 * 1024 }')")"
