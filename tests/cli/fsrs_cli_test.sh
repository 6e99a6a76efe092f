#!/usr/bin/env bash
# `retain fsrs evaluate`, `optimize` and `simulate` end to end on the replay rows of the ts-fsrs golden file
# (400 random cards): JSON keys and sane figures, exit codes and messages for misuse and bad rows.
# Usage: fsrs_cli_test.sh RETAIN GOLDEN.csv
set -uo pipefail
retain="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cut -d, -f1-3 "$2" > "$work/log.csv"
fail() { echo "FAIL: $*"; exit 1; }

"$retain" fsrs evaluate "$work/log.csv" --json > "$work/evaluate.json" || fail "evaluate exit $?"
"$retain" fsrs optimize "$work/log.csv" --json --seed 5 > "$work/optimize.json" || fail "optimize exit $?"
"$retain" fsrs optimize "$work/log.csv" --json --seed 5 > "$work/optimize2.json" || fail "optimize exit $?"
"$retain" fsrs simulate --log "$work/log.csv" --new 100 --days 60 --json > "$work/simulate.json" || fail "simulate exit $?"
/usr/bin/python3 - "$work" <<'PY' || exit 1
import json, sys, os
w = sys.argv[1]
load = lambda name: json.load(open(os.path.join(w, name)))
e, o, o2, s = load("evaluate.json"), load("optimize.json"), load("optimize2.json"), load("simulate.json")
assert set(e) >= {"log_loss", "rmse_bins", "items"} and 0 < e["log_loss"] < 1 and 0 <= e["rmse_bins"] < 1, e
assert e["items"] >= e["evaluated_items"] > 0, e
assert o["weights"] == o2["weights"], "optimize is not deterministic for a seed"
assert len(o["weights"]) == 21 and o["default_log_loss"] == e["log_loss"], o
assert o["log_loss"] <= o["default_log_loss"] + 1e-9, o
points = s["points"]
assert [p["desired_retention"] for p in points][0] == 0.7 and points[-1]["desired_retention"] == 0.97, points
assert points[0]["reviews_per_day"] < points[-1]["reviews_per_day"], points
assert s["cards"] == 500 and s["new_cards"] == 100, s
PY

out=$("$retain" fsrs evaluate "$work/log.csv" --weights 1,2,3 2>&1); code=$?
[ $code -eq 2 ] || fail "bad --weights exit $code"
[[ "$out" == *"--weights"* ]] || fail "bad --weights message: $out"
printf 'card_id,unix_ms,rating\nx,0,3\nx,86400000,5\n' > "$work/bad.csv"
out=$("$retain" fsrs optimize "$work/bad.csv" 2>&1); code=$?
[ $code -eq 1 ] || fail "bad row exit $code"
[[ "$out" == *"bad.csv: line 3: rating must be 1, 2, 3 or 4"* ]] || fail "bad row message: $out"
out=$("$retain" fsrs simulate --days 0 2>&1); code=$?
[ $code -eq 2 ] || fail "simulate --days 0 exit $code"
out=$("$retain" fsrs simulate --optimize 2>&1); code=$?
[ $code -eq 2 ] || fail "simulate --optimize without --log exit $code"
echo "fsrs verbs: ok"
