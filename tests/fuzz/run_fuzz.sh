#!/usr/bin/env bash
# Runs every fuzz_* binary of a fuzz build dir for a bounded time, seeded with the bank fixtures and the
# source article (fuzz_draft).
# Usage: tests/fuzz/run_fuzz.sh BUILD_DIR SECONDS
# Exits 1 when a fuzzer finds a crash (the input is kept in BUILD_DIR/fuzz-artifacts/), 2 on misuse.
# The corpus grows in BUILD_DIR/fuzz-corpus/<target>/ across runs.
set -uo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 BUILD_DIR SECONDS" >&2
  exit 2
fi
build=$1
seconds=$2
root=$(cd "$(dirname "$0")/../.." && pwd)

mapfile -t fuzzers < <(find "$build" -type f -name 'fuzz_*' -perm -u+x 2>/dev/null | sort)
if [ ${#fuzzers[@]} -eq 0 ]; then
  echo "no fuzz_* binaries under $build; configure with -DRETAIN_BUILD_FUZZ=ON and build first" >&2
  exit 2
fi

seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
# Copy the fixtures flat, numbered, since several are called bank.yaml.
n=0
while IFS= read -r -d '' file; do
  n=$((n + 1))
  cp "$file" "$seeds/$n-$(basename "$file")"
done < <(find "$root/tests/data/banks" -type f -print0)
# Articles for fuzz_draft: the source article beside the checkout, when it is there.
for article in "$root"/../shared/source/*.txt; do
  [ -f "$article" ] && cp "$article" "$seeds/article-$(basename "$article")"
done

artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
status=0
for fuzzer in "${fuzzers[@]}"; do
  name=$(basename "$fuzzer")
  corpus="$build/fuzz-corpus/$name"
  mkdir -p "$corpus"
  echo "== $name: ${seconds}s"
  # The protocol fuzzer also starts from sample phone messages (JSON), beside the bank fixtures.
  extra=()
  if [ "$name" = fuzz_live_protocol ]; then extra=("$root/tests/fuzz/live_protocol_seeds"); fi
  # The Anki media fuzzer starts from a real protobuf media map, a zstd frame and field HTML.
  if [ "$name" = fuzz_anki_media ]; then extra=("$root/tests/fuzz/anki_media_seeds"); fi
  if ! "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
       -artifact_prefix="$artifacts/$name-" -print_final_stats=1 "$corpus" "$seeds" "${extra[@]}"; then
    echo "!! $name found a problem; the input is in $artifacts/" >&2
    status=1
  fi
done
exit $status
