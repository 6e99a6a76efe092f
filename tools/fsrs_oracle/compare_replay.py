#!/usr/bin/env python3
"""Counts the rows where `retain fsrs replay` agrees with an oracle's output (same format).

Usage: compare_replay.py ORACLE.csv RETAIN.csv
A row agrees in memory when the state is the same and stability, difficulty and retrievability are each
within 1e-6 x max(1, |value|) plus half a unit of the replay's 6th decimal (relative above 1, because
ts-fsrs rounds R and S to 8 decimals at every step, which moves a stability of 100 days by ~1e-5), and in interval when interval_days is
within 1e-6 days (0.09 s; intervals are whole minutes or whole days, so any real difference is larger).
"""
import sys


def rows(path):
    with open(path) as f:
        return [line.rstrip("\n").split(",") for line in f if not line.startswith("card_id")]


oracle, retain = rows(sys.argv[1]), rows(sys.argv[2])
assert len(oracle) == len(retain), (len(oracle), len(retain))
memory = interval = 0
for o, r in zip(oracle, retain):
    assert o[:3] == r[:3], (o, r)
    if o[3] == r[3] and all(abs(float(o[i]) - float(r[i])) <= 1e-6 * max(1.0, abs(float(o[i]))) + 5e-7 for i in (4, 5, 6)):
        memory += 1
    if abs(float(o[7]) - float(r[7])) <= 1e-6:
        interval += 1
print(f"{len(oracle)} rows: state, S, D and R agree on {memory}; interval on {interval}")
