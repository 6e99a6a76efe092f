#!/usr/bin/env bash
# `retain fsrs evaluate` and `optimize` on the shared real review log (12,580 reviews of 1,205 cards), read
# in its own layout, against fsrs-rs's figures (tools/fsrs_oracle/fsrs_rs_binding_figures.txt):
# default weights log loss 0.4526 (+-0.001), RMSE(bins) 0.0777 (+-0.002) over 6,032 items; optimised at most
# 0.4437 + 0.001 and 0.0522 + 0.003. Usage: fsrs_shared_log_test.sh RETAIN LOG.csv
set -euo pipefail
retain="$1"
log="$2"
evaluate=$("$retain" fsrs evaluate "$log" --json)
optimize=$("$retain" fsrs optimize "$log" --json)
# fsrs-rs's own optimised weights, scored by our evaluate: fsrs-rs scores them 0.443744 / 0.052242.
theirs=$("$retain" fsrs evaluate "$log" --json --weights 0.1659,0.8197,2.4880,6.4060,6.5646,0.4961,3.2013,0.0354,1.6375,0.2537,0.5868,1.5975,0.0306,0.3912,1.8249,0.6000,1.8729,0.8210,0.0983,0.1623,0.2237)
echo "evaluate: $evaluate"
echo "optimize: $optimize"
echo "fsrs-rs weights: $theirs"
/usr/bin/python3 - "$evaluate" "$optimize" "$theirs" <<'PY'
import json, sys
e, o, t = json.loads(sys.argv[1]), json.loads(sys.argv[2]), json.loads(sys.argv[3])
problems = []
def check(ok, what):
    if not ok:
        problems.append(what)
check(e["items"] == 6032, f"evaluate items {e['items']} != 6032")
check(abs(e["log_loss"] - 0.4526) <= 0.001, f"evaluate log loss {e['log_loss']} not 0.4526 +- 0.001")
check(abs(e["rmse_bins"] - 0.0777) <= 0.002, f"evaluate RMSE(bins) {e['rmse_bins']} not 0.0777 +- 0.002")
check(abs(t["log_loss"] - 0.443744) <= 0.0005 and abs(t["rmse_bins"] - 0.052242) <= 0.0005,
      f"fsrs-rs's weights scored {t['log_loss']} / {t['rmse_bins']}, fsrs-rs says 0.443744 / 0.052242")
check(o["outcome"] == "optimised", f"optimize outcome {o['outcome']}")
check(len(o["weights"]) == 21, "optimize weights are not 21 numbers")
check(o["default_log_loss"] == e["log_loss"], "optimize's default log loss differs from evaluate's")
check(o["log_loss"] <= 0.4447, f"optimised log loss {o['log_loss']} > 0.4447")
check(o["rmse_bins"] <= 0.0552, f"optimised RMSE(bins) {o['rmse_bins']} > 0.0552")
for p in problems:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
PY
